/**
 * Calendar dates as the knowledge writes them (`1917`, `1917-07`, `1917-07-21`) and as people
 * type them in chat. A date is kept as the span of days it covers, so that "1917" contains
 * "21 July 1917" and a range overlaps a day inside it.
 */

export type Precision = 'year' | 'month' | 'day';

export interface DateSpan {
  /** First and last day covered, as days since 1970-01-01 (UTC). */
  first: number;
  last: number;
  precision: Precision;
  /** The year of `first`, for quick filters. */
  year: number;
}

const DAY = 86_400_000;

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A real calendar day? (Rejects 30 February and month 13.) */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when malformed or impossible. */
export function parseDateText(text: string): DateSpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) return daySpan(y, Number(m[2]), Number(m[3]));
  if (m[2] !== undefined) return monthSpan(y, Number(m[2]));
  return yearSpan(y);
}

export function daySpan(y: number, m: number, d: number): DateSpan | null {
  if (!isValidDay(y, m, d)) return null;
  const n = dayNumber(y, m, d);
  return { first: n, last: n, precision: 'day', year: y };
}

export function monthSpan(y: number, m: number): DateSpan | null {
  if (m < 1 || m > 12) return null;
  return { first: dayNumber(y, m, 1), last: dayNumber(y, m, daysInMonth(y, m)), precision: 'month', year: y };
}

export function yearSpan(y: number): DateSpan {
  return { first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31), precision: 'year', year: y };
}

/** The span from the start of `a` to the end of `b` (a range such as 1935-1938). */
export function joinSpans(a: DateSpan, b: DateSpan): DateSpan {
  return { first: a.first, last: Math.max(a.last, b.last), precision: a.precision, year: a.year };
}

export function overlaps(a: DateSpan, b: DateSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

export const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** `1917-07-21` -> `21 July 1917`; `1917-07` -> `July 1917`; `1917` -> `1917`. */
export function formatDateText(text: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return text;
  const month = m[2] ? MONTHS_EN[Number(m[2]) - 1] : undefined;
  if (m[3]) return `${Number(m[3])} ${month} ${m[1]}`;
  if (month) return `${month} ${m[1]}`;
  return m[1]!;
}

/** `21 July 1917`-`28 July 1917` -> `21–28 July 1917`, sharing what the two ends share. */
export function formatRange(from: string, to?: string): string {
  if (!to || to === from) return formatDateText(from);
  const a = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(from);
  const b = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(to);
  if (a && b && a[3] && b[3] && a[1] === b[1] && a[2] === b[2]) {
    return `${Number(a[3])}–${Number(b[3])} ${MONTHS_EN[Number(a[2]) - 1]} ${a[1]}`;
  }
  if (a && b && a[3] && b[3] && a[1] === b[1]) {
    return `${Number(a[3])} ${MONTHS_EN[Number(a[2]) - 1]} – ${formatDateText(to)}`;
  }
  return `${formatDateText(from)} – ${formatDateText(to)}`;
}
