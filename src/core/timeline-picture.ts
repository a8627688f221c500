import { createRequire } from 'node:module';
import { sourceRefs } from './citations';
import { parseDateText } from './dates';
import type { Library } from './library';
import type { Reply } from './reply';
import { momentDate, type Moment } from './timeline';
import type { Language } from './language';
import { say } from './phrases';

/**
 * `/timeline [from] [to]`: the events of a span of years or of a topic, drawn as a picture.
 * The picture is built as SVG here (every text escaped) and turned into PNG by resvg, with the
 * PT Sans font shipped by an npm package (Latin and Cyrillic, Kazakh letters included), so it
 * looks the same on a machine without any system fonts.
 */

/** What a timeline shows: a span of years, a topic, or both. */
export interface TimelineSpan {
  /** First and last year, inclusive. Absent for a topic over all years. */
  from?: number;
  to?: number;
  topic?: string;
}

/** With nothing asked: the years of the Alash autonomy. */
export const DEFAULT_SPAN: TimelineSpan = { from: 1917, to: 1920 };

/** Rows the picture holds at most; a longer span says how many more there are. */
export const MAX_ROWS = 24;

/** One line of the timeline: an event (or dated fact) with every date the sources give it. */
export interface TimelineRow {
  date: string;
  end?: string;
  circa?: boolean;
  /** Days since 1970-01-01 of its first and last day, for drawing. */
  first: number;
  last: number;
  label: string;
  /** Other dates that other sources give; non-empty means the date is disputed. */
  others: { date: string; end?: string; circa?: boolean; first: number; last: number }[];
  sources: string[];
  entry: string;
}

/**
 * Reads `1917`, `1917 1920`, `1917-1920`, `1917 to 1920`, a topic (`repression`) or a topic
 * with years. Returns a message for the user instead, in `lang` (default English), when the
 * text is neither.
 */
export function readSpan(text: string, topics: ReadonlySet<string>, lang: Language = 'en'): TimelineSpan | { error: string } {
  const words = text
    .toLowerCase()
    .replace(/(\d)\s*[-–—]\s*(\d)/g, '$1 $2')
    .split(/[\s,]+/)
    .filter((w) => w && !['to', 'till', 'until', 'from', 'and', 'до', 'по', 'с', 'от', 'дейін', 'бастап'].includes(w));
  const years: number[] = [];
  let topic: string | undefined;
  for (const w of words) {
    if (/^\d{3,4}$/.test(w)) years.push(Number(w));
    else if (topics.has(w) && !topic) topic = w;
    else return { error: say('ui.timeline.unreadable', { topics: [...topics].sort().join(', ') }, lang) };
  }
  if (years.length > 2) return { error: say('ui.timeline.tooManyYears', {}, lang) };
  if (years.some((y) => y < 1000 || y > 2100)) return { error: say('ui.timeline.yearRange', {}, lang) };
  if (!years.length) return topic ? { topic } : DEFAULT_SPAN;
  const [a, b = a] = years as [number, number?];
  return { from: Math.min(a, b!), to: Math.max(a, b!), ...(topic ? { topic } : {}) };
}

/**
 * The rows for a span: the events (and the dated facts of events) it holds, each once with all
 * its datings; when there are fewer than five, every dated thing (births, deaths, facts).
 */
export function timelineRows(library: Library, span: TimelineSpan, lang: Language = 'en'): TimelineRow[] {
  const first = span.from === undefined ? -Infinity : Date.UTC(span.from, 0, 1) / 86_400_000;
  const last = span.to === undefined ? Infinity : Date.UTC(span.to, 11, 31) / 86_400_000;
  const inSpan = library.timeline.moments.filter(
    (m) => m.span.first <= last && m.span.last >= first && (!span.topic || m.entry.topics.includes(span.topic)),
  );
  const events = inSpan.filter((m) => m.entry.kind === 'event');
  // Rows are labelled in `lang`: the same moments, told in the language.
  const told = (m: Moment) => library.momentIn(m, lang);
  const rows = toRows(events, told);
  return notableFirst(rows.length >= 5 ? rows : toRows(inSpan, told), library);
}

/**
 * A picture holds MAX_ROWS rows: when a span has more, the most notable ones (the entries other
 * entries refer to most, and events with most participants) come first, in date order, and the
 * rest follow, so that a drawing of `rows.slice(0, MAX_ROWS)` spreads over the whole span.
 */
function notableFirst(rows: TimelineRow[], library: Library): TimelineRow[] {
  if (rows.length <= MAX_ROWS) return rows;
  const mentions = new Map<string, number>();
  for (const e of library.knowledge.entries) {
    for (const id of [...e.related, ...(e.kind === 'event' ? e.participants : [])]) mentions.set(id, (mentions.get(id) ?? 0) + 1);
  }
  const weight = (r: TimelineRow) => {
    const e = library.knowledge.byId.get(r.entry);
    return (mentions.get(r.entry) ?? 0) + (e?.kind === 'event' ? e.participants.length : 0);
  };
  const kept = new Set([...rows].sort((a, b) => weight(b) - weight(a) || a.first - b.first).slice(0, MAX_ROWS));
  return [...rows.filter((r) => kept.has(r)), ...rows.filter((r) => !kept.has(r))];
}

function toRows(moments: Moment[], told: (m: Moment) => Moment): TimelineRow[] {
  // An event's first dating (as its entry lists them) leads; the others go with it.
  const lead = (m: Moment) => (m.what === 'event' && m.entry.kind === 'event' ? m.entry.when.findIndex((v) => v.date === m.date && v.end === m.end) : 0);
  const ordered = [...moments].sort((a, b) => lead(a) - lead(b));
  const covered = new Set<string>();
  const rows: TimelineRow[] = [];
  for (const m of ordered) {
    const key = `${m.entry.id}|${m.date}|${m.end ?? ''}`;
    if (covered.has(key)) continue;
    covered.add(key);
    const others = m.otherVersions.flatMap((o) => {
      covered.add(`${m.entry.id}|${o.date}|${o.end ?? ''}`);
      const span = daySpan(o.date, o.end);
      return span ? [{ date: o.date, end: o.end, circa: o.circa, ...span }] : [];
    });
    rows.push({
      date: m.date,
      end: m.end,
      circa: m.circa,
      first: m.span.first,
      last: m.span.last,
      label: labelOf(told(m)),
      others,
      sources: [...new Set([...m.sources, ...m.otherVersions.flatMap((o) => o.sources)])],
      entry: m.entry.id,
    });
  }
  return rows.sort((a, b) => a.first - b.first || a.last - b.last);
}

function labelOf(m: Moment): string {
  const name = m.entry.name;
  if (m.what === 'event') return name;
  // A dated fact of an event reads on its own ("Bukeikhanov was shot ..."), the event's name
  // would only repeat down the list.
  const text = m.entry.kind === 'event' && m.text.startsWith(`${name}: `) ? m.text.slice(name.length + 2) : m.text;
  return text.replace(/\.$/, '');
}

function daySpan(date: string, end?: string): { first: number; last: number } | undefined {
  const a = parseDateText(date);
  const b = end ? parseDateText(end) : a;
  return a && b ? { first: a.first, last: b.last } : undefined;
}

/** The span's name as people write it: `1917–1920`, `1917`, `repression`, `repression, 1930–1939`. */
export function spanName(span: TimelineSpan): string {
  const years = span.from === undefined ? '' : span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
  return [span.topic, years].filter(Boolean).join(', ');
}

// ---- Drawing ------------------------------------------------------------------------------------

const WIDTH = 1100;
const DATE_RIGHT = 300;
const AXIS_X = 320;
const LABEL_X = 340;
const LINE = 23;
const LABEL_CHARS = 78;
const BLUE = '#1f5fa8';
const ORANGE = '#c25e00';
const GREY = '#5f6b76';
const INK = '#1b1f24';

/** The timeline as an SVG document, every text escaped. */
export function timelineSvg(rows: readonly TimelineRow[], options: { title: string; hidden?: number; sources?: string[]; lang?: Language }): string {
  const lang = options.lang ?? 'en';
  const shown = rows.slice(0, MAX_ROWS);
  const hidden = (options.hidden ?? 0) + (rows.length - shown.length);
  const out: string[] = [];
  const disputed = shown.filter((r) => r.others.length).length;

  out.push(text(48, 56, options.title, { size: 30, weight: 'bold' }));
  const legend = `${shown.length + hidden} ${shown.length + hidden === 1 ? 'entry' : 'entries'}${disputed ? ` · orange: the sources disagree on the date` : ''}`;
  out.push(text(48, 86, legend, { size: 16, fill: GREY }));

  // The overview: every row on one axis, to scale, so the rhythm of the period shows.
  const all = shown.flatMap((r) => [r, ...r.others]);
  const lo = Math.min(...all.map((r) => r.first));
  const hi = Math.max(...all.map((r) => r.last));
  const y0 = new Date(lo * 86_400_000).getUTCFullYear();
  const y1 = new Date(hi * 86_400_000).getUTCFullYear() + 1;
  const start = Date.UTC(y0, 0, 1) / 86_400_000;
  const stop = Date.UTC(y1, 0, 1) / 86_400_000;
  const left = 60;
  const right = WIDTH - 60;
  const x = (day: number) => left + ((day - start) / Math.max(1, stop - start)) * (right - left);
  const axisY = 150;
  out.push(`<line x1="${left}" y1="${axisY}" x2="${right}" y2="${axisY}" stroke="${GREY}" stroke-width="2"/>`);
  const step = niceStep(y1 - y0);
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const tx = x(Date.UTC(y, 0, 1) / 86_400_000);
    out.push(`<line x1="${f(tx)}" y1="${axisY - 6}" x2="${f(tx)}" y2="${axisY + 6}" stroke="${GREY}" stroke-width="1.5"/>`);
    out.push(text(tx, axisY + 26, String(y), { size: 14, fill: GREY, anchor: 'middle' }));
  }
  for (const r of shown) {
    const colour = r.others.length ? ORANGE : BLUE;
    const versions = [r, ...r.others];
    if (r.others.length) {
      const a = Math.min(...versions.map((v) => v.first));
      const b = Math.max(...versions.map((v) => v.last));
      out.push(`<line x1="${f(x(a))}" y1="${axisY - 14}" x2="${f(x(b))}" y2="${axisY - 14}" stroke="${ORANGE}" stroke-width="2" stroke-dasharray="5 4"/>`);
    }
    for (const v of versions) {
      if (x(v.last) - x(v.first) >= 4) {
        out.push(`<line x1="${f(x(v.first))}" y1="${axisY}" x2="${f(x(v.last))}" y2="${axisY}" stroke="${colour}" stroke-width="8" stroke-linecap="round" opacity="0.75"/>`);
      } else {
        out.push(`<circle cx="${f(x(v.first))}" cy="${axisY}" r="5" fill="${colour}" opacity="0.8"/>`);
      }
    }
  }

  // The list: one row per entry, its date on the left, what happened on the right.
  let y = 220;
  const top = y - 8;
  const marks: string[] = [];
  for (const r of shown) {
    const colour = r.others.length ? ORANGE : BLUE;
    const lines = wrap(r.label, LABEL_CHARS, 2);
    out.push(text(DATE_RIGHT, y + 6, momentDate(r, lang), { size: 16, weight: 'bold', fill: colour, anchor: 'end' }));
    marks.push(`<circle cx="${AXIS_X}" cy="${y}" r="7" fill="${colour}" stroke="#ffffff" stroke-width="2"/>`);
    lines.forEach((line, i) => out.push(text(LABEL_X, y + 6 + i * LINE, line, { size: 17, fill: INK })));
    let height = lines.length * LINE;
    if (r.others.length) {
      const also = say('timeline.sourcesDiffer', { dates: r.others.map((o) => momentDate(o, lang)).join('; ') }, lang);
      for (const line of wrap(also, LABEL_CHARS + 8, 2)) {
        out.push(text(LABEL_X, y + 6 + height, line, { size: 15, fill: ORANGE, style: 'italic' }));
        height += LINE - 3;
      }
    }
    y += height + 16;
  }
  const bottom = y - 16 - LINE + 8;
  const list = [`<line x1="${AXIS_X}" y1="${top}" x2="${AXIS_X}" y2="${Math.max(top, bottom)}" stroke="#c9d1d9" stroke-width="3"/>`, ...marks];
  if (hidden > 0) {
    out.push(text(LABEL_X, y + 8, say('timeline.hidden', { count: hidden }, lang), { size: 16, fill: GREY, style: 'italic' }));
    y += 34;
  }
  if (options.sources?.length) {
    for (const line of wrap(say('timeline.sources', { keys: options.sources.join(', ') }, lang), 120, 3)) {
      out.push(text(48, y + 14, line, { size: 13, fill: GREY }));
      y += 19;
    }
  }
  const height = Math.ceil(y + 30);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="PT Sans">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...list,
    ...out,
    '</svg>',
  ].join('\n');
}

/** Escapes text for SVG (XML): the five special characters, and control characters dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function text(
  x: number,
  y: number,
  value: string,
  style: { size: number; weight?: 'bold'; fill?: string; anchor?: 'middle' | 'end'; style?: 'italic' },
): string {
  const attrs = [
    `x="${f(x)}"`,
    `y="${f(y)}"`,
    `font-size="${style.size}"`,
    style.weight ? `font-weight="${style.weight}"` : '',
    style.style ? `font-style="${style.style}"` : '',
    `fill="${style.fill ?? INK}"`,
    style.anchor ? `text-anchor="${style.anchor}"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(value)}</text>`;
}

function f(n: number): string {
  return n.toFixed(1);
}

function niceStep(years: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 500]) if (years / step <= 12) return step;
  return 1000;
}

/** Words into at most `max` lines of about `width` characters; the last line ends in … when cut. */
export function wrap(value: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = value.replace(/\s+/g, ' ').trim().split(' ');
  for (const [i, word] of words.entries()) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
      if (lines.length === max) {
        const last = lines[max - 1]!;
        lines[max - 1] = (last.length > width - 1 ? last.slice(0, width - 1) : last) + '…';
        return lines;
      }
    }
    line = line ? `${line} ${word}` : word.length > width ? word.slice(0, width - 1) + '…' : word;
    if (i === words.length - 1) lines.push(line);
  }
  return lines;
}

// ---- Rendering ----------------------------------------------------------------------------------

const require = createRequire(import.meta.url);

/** The TTF files resvg draws with; none of the machine's own fonts are used. */
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf'),
  require.resolve('@expo-google-fonts/pt-sans/400Regular_Italic/PTSans_400Regular_Italic.ttf'),
];

/** Renders SVG to PNG off the main thread, at `width` pixels wide (default 1650: sharp on phones). */
export async function svgToPng(svg: string, width = 1650): Promise<Uint8Array> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'PT Sans', sansSerifFamily: 'PT Sans' },
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
  });
  return new Uint8Array(image.asPng());
}

/** `/timeline`: the picture, with a short text (what it shows and its sources) to go with it. */
export async function timelineReply(library: Library, span: TimelineSpan, lang: Language = 'en'): Promise<Reply> {
  const name = spanName(span);
  const rows = timelineRows(library, span, lang);
  const title = say('timeline.title', { name }, lang);
  if (!rows.length) {
    return { kind: 'not-found', title, body: say(span.from === undefined ? 'timeline.nothingUnder' : 'timeline.nothingIn', { name }, lang), entries: [], language: lang };
  }
  const shown = rows.slice(0, MAX_ROWS);
  const keys = [...new Set(shown.flatMap((r) => r.sources))];
  const svg = timelineSvg(rows, { title: say('timeline.pictureTitle', { name }, lang), sources: keys, lang });
  const png = await svgToPng(svg);
  const disputed = shown.filter((r) => r.others.length).length;
  const alt = shown
    .map((r) => `${momentDate(r, lang)}: ${r.label}${r.others.length ? ` (${say('timeline.alsoDated', { dates: r.others.map((o) => momentDate(o, lang)).join('; ') }, lang)})` : ''}`)
    .join('\n');
  const body = [
    rows.length > shown.length ? say('timeline.countDrawn', { count: rows.length, shown: shown.length }, lang) : say('timeline.count', { count: rows.length }, lang),
    disputed ? say('timeline.disputed', { count: disputed }, lang) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    kind: 'answer',
    language: lang,
    title,
    body,
    sources: sourceRefs(library.knowledge.sources, keys),
    entries: [...new Set(shown.map((r) => r.entry))],
    image: { png, name: 'timeline.png', alt },
  };
}
