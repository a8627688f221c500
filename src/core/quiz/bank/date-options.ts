import { daysInMonth, formatRange, joinSpans, overlaps, parseDateText, type DateSpan, type Precision } from '../../dates';
import type { Language } from '../../language';
import { OPTIONS } from './make';
import { seededRandom, shuffle } from './random';

/** A date as the knowledge writes one: a day, month or year, or a range of them. */
export interface DateText {
  date: string;
  end?: string;
  calendar?: 'julian' | 'gregorian';
}

/** The days a dated version covers; null when malformed. */
export function spanOf(v: { date: string; end?: string }): DateSpan | null {
  const a = parseDateText(v.date);
  if (!a) return null;
  const b = v.end ? parseDateText(v.end) : null;
  return b ? joinSpans(a, b) : a;
}

/**
 * The days a version may stand for: an old-style (Julian) date also covers its new-style
 * equivalent, which other sources may give; so a wrong option overlaps neither.
 */
export function spansOf(v: DateText): DateSpan[] {
  const s = spanOf(v);
  if (!s) return [];
  if (v.calendar !== 'julian') return [s];
  return [s, { ...s, first: s.first + julianOffset(s.first), last: s.last + julianOffset(s.last) }];
}

/** Days to add to an old-style (Julian) date for the new style: 13 in 1900-2099, 12 in the 1800s. */
function julianOffset(day: number): number {
  return day >= parseDateText('1900-03-01')!.first ? 13 : 12;
}

/** How a date reads in a question or option: "21–28 July 1917", "1917"; in `lang` (default English). */
export function showDate(v: { date: string; end?: string }, lang: Language = 'en'): string {
  return formatRange(v.date, v.end, lang);
}

/**
 * Wrong dates for a question whose answer is `v`: of the same precision, near it (years apart
 * for a year, months for a month, days or weeks for a day), a range moved by more than its
 * length; none overlapping any of `taken` (every version of the same fact, so a wrong option is
 * never what some source says). Formatted in `lang` (default English), distinct, in a stable order
 * that is the same in every language.
 */
export function nearbyDates(v: DateText, seed: string, taken: readonly DateSpan[], count = OPTIONS - 1, lang: Language = 'en'): string[] {
  const span = parseDateText(v.date);
  if (!span) return [];
  const precision: Precision = span.precision;
  const end = v.end ? parseDateText(v.end) : null;
  let steps: number[];
  if (precision === 'year' || precision === 'month') {
    // A range moves by more than its length (1935-1938 against 1936-1939 would be half right).
    const length = end ? (precision === 'year' ? end.year - span.year : monthsBetween(v.date, v.end!)) + 1 : 1;
    steps = [-3, -2, -1, 1, 2, 3].map((s) => s * length);
  } else {
    const length = end ? end.last - span.first + 1 : 1;
    const unit = Math.max(length + 1, 3);
    steps = [-3, -2, -1, 1, 2, 3].map((s) => s * unit);
  }
  // Farther dates only where nearer ones are taken by some version.
  const farther = [4, -4, 5].map((s) => s * (steps[3] ?? 1));
  const out: string[] = [];
  for (const s of [...shuffle(steps, seededRandom(`dates:${seed}`)), ...farther]) {
    const moved = { date: shift(v.date, precision, s), end: v.end && end ? shift(v.end, end.precision, s, precision) : undefined };
    const ms = spanOf(moved);
    if (!ms || taken.some((t) => overlaps(ms, t))) continue;
    const text = showDate(moved, lang);
    if (!out.includes(text)) out.push(text);
    if (out.length >= count) break;
  }
  return out;
}

/** Moves a date by `by` units of `unit` precision (years, months or days). */
function shift(text: string, precision: Precision, by: number, unit: Precision = precision): string {
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (unit === 'year') return [String(y + by).padStart(4, '0'), ...text.split('-').slice(1)].join('-');
  if (unit === 'month') {
    const total = y * 12 + ((m ?? 1) - 1) + by;
    const ny = Math.floor(total / 12);
    const nm = (total % 12) + 1;
    if (precision === 'year') return String(ny);
    if (precision === 'month') return `${ny}-${pad(nm)}`;
    return `${ny}-${pad(nm)}-${pad(Math.min(d ?? 1, daysInMonth(ny, nm)))}`;
  }
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1) + by * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number | undefined];
  const [ty, tm] = to.split('-').map(Number) as [number, number | undefined];
  return (ty - fy) * 12 + ((tm ?? 12) - (fm ?? 1));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The precision a date question asks for sets its difficulty: a year is easy, a month medium, a day hard. */
export function dateDifficulty(v: { date: string }): 'easy' | 'medium' | 'hard' {
  const p = parseDateText(v.date)?.precision;
  return p === 'year' ? 'easy' : p === 'month' ? 'medium' : 'hard';
}
