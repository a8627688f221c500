import type { Language } from './language';
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

/** Russian months: genitive after a day ("26 августа"), nominative alone ("август 1920 г."). */
const MONTHS_RU_OF = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
export const MONTHS_RU = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
/** Kazakh months (one form: "26 тамыз 1920 ж.", "1920 ж. тамыз"). */
export const MONTHS_KK = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

/** A day's month in `lang`: "July", "июля", "шілде". */
function dayMonthName(month: number, lang: Language): string {
  return (lang === 'ru' ? MONTHS_RU_OF : lang === 'kk' ? MONTHS_KK : MONTHS_EN)[month - 1]!;
}

/** A day of the year, no year: "2 December", "2 декабря", "2 желтоқсан". */
export function formatDayMonth(month: number, day: number, lang: Language = 'en'): string {
  return `${day} ${dayMonthName(month, lang)}`;
}

/** The year mark of `lang`: "1920 г.", "1920 ж."; English none. */
function yearMark(lang: Language): string {
  return lang === 'ru' ? ' г.' : lang === 'kk' ? ' ж.' : '';
}

/**
 * `1917-07-21` -> `21 July 1917` (Russian `21 июля 1917 г.`, Kazakh `21 шілде 1917 ж.`);
 * `1917-07` -> `July 1917` (`июль 1917 г.`, `1917 ж. шілде`); `1917` -> `1917` (`1917 г.`, `1917 ж.`).
 * `lang` defaults to English.
 */
export function formatDateText(text: string, lang: Language = 'en'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return text;
  const year = `${m[1]}${yearMark(lang)}`;
  if (m[3]) return `${Number(m[3])} ${dayMonthName(Number(m[2]), lang)} ${year}`;
  if (m[2] && lang === 'ru') return `${MONTHS_RU[Number(m[2]) - 1]} ${year}`;
  if (m[2] && lang === 'kk') return `${year} ${MONTHS_KK[Number(m[2]) - 1]}`;
  if (m[2]) return `${MONTHS_EN[Number(m[2]) - 1]} ${m[1]}`;
  return year;
}

/** `21 July 1917`-`28 July 1917` -> `21–28 July 1917`, sharing what the two ends share; `lang` defaults to English. */
export function formatRange(from: string, to?: string, lang: Language = 'en'): string {
  if (!to || to === from) return formatDateText(from, lang);
  const a = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(from);
  const b = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(to);
  if (a && b && a[3] && b[3] && a[1] === b[1] && a[2] === b[2]) {
    return `${Number(a[3])}–${Number(b[3])} ${dayMonthName(Number(a[2]), lang)} ${a[1]}${yearMark(lang)}`;
  }
  if (a && b && a[3] && b[3] && a[1] === b[1]) {
    return `${Number(a[3])} ${dayMonthName(Number(a[2]), lang)} – ${formatDateText(to, lang)}`;
  }
  if (a && b && !a[2] && !b[2] && lang !== 'en') return `${a[1]}–${b[1]} ${lang === 'ru' ? 'гг.' : 'жж.'}`;
  return `${formatDateText(from, lang)} – ${formatDateText(to, lang)}`;
}

/** A date someone mentioned in a message. */
export interface DateMention {
  /** The days it covers; absent for a day and month without a year ("July 4"). */
  span?: DateSpan;
  /** Month and day, for "July 4" (every year) and for full dates. */
  month?: number;
  day?: number;
  /** How to say it back: "26 August 1920", "1935–1938", "4 July". */
  label: string;
  /** A day that does not exist ("30.02.1920"): the reply says so rather than guessing. */
  invalid?: boolean;
}

const MONTH_WORDS: [RegExp, number][] = [
  [/^(jan(uary)?|январ[ья]|янв|қаңтар)$/, 1],
  [/^(feb(ruary)?|феврал[ья]|фев|ақпан)$/, 2],
  [/^(mar(ch)?|март[а]?|мар|наурыз)$/, 3],
  [/^(apr(il)?|апрел[ья]|апр|сәуір)$/, 4],
  [/^(may|ма[йя]|мамыр)$/, 5],
  [/^(jun(e)?|июн[ья]|маусым)$/, 6],
  [/^(jul(y)?|июл[ья]|шілде)$/, 7],
  [/^(aug(ust)?|август[а]?|авг|тамыз)$/, 8],
  [/^(sep(t(ember)?)?|сентябр[ья]|сен|қыркүйек)$/, 9],
  [/^(oct(ober)?|октябр[ья]|окт|қазан)$/, 10],
  [/^(nov(ember)?|ноябр[ья]|ноя|қараша)$/, 11],
  [/^(dec(ember)?|декабр[ья]|дек|желтоқсан)$/, 12],
];

/** The month a word names, in English, Russian or Kazakh; 0 when none. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [pattern, n] of MONTH_WORDS) if (pattern.test(w)) return n;
  return 0;
}

const M = '([a-zа-яёәғқңөұүһі]+\\.?)'; // a month word, checked by monthNumber
const D = '(\\d{1,2})(?:st|nd|rd|th|-?го|-?ші|-?шы)?';
const Y = '(\\d{4})';
const YEAR_SUFFIX = '(?:\\s*(?:г\\.?|года?|жылы|жылғы|ж\\.))?';

/** Patterns in the order they are tried; each match is blanked so its year is not read twice. */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => DateMention | null }[] = [
  // 1920-08-26
  { re: new RegExp(`\\b${Y}-(\\d{1,2})-(\\d{1,2})\\b`, 'g'), read: (m) => full(m[0], +m[1]!, +m[2]!, +m[3]!) },
  // 26.08.1920, 26/08/1920 (day first, as in Kazakhstan, Russia and Europe)
  { re: new RegExp(`\\b(\\d{1,2})[./](\\d{1,2})[./]${Y}\\b`, 'g'), read: (m) => full(m[0], +m[3]!, +m[2]!, +m[1]!) },
  // 26 August 1920, 26th of August, 1920, 26 августа 1920 г.
  { re: new RegExp(`\\b${D}\\s+(?:of\\s+)?${M},?\\s+${Y}${YEAR_SUFFIX}`, 'giu'), read: (m) => full(m[0], +m[3]!, monthNumber(m[2]!), +m[1]!) },
  // August 26, 1920
  { re: new RegExp(`${M}\\s+${D},?\\s+${Y}\\b`, 'giu'), read: (m) => full(m[0], +m[3]!, monthNumber(m[1]!), +m[2]!) },
  // 1920 жылғы 26 тамыз, 1920 26 August
  { re: new RegExp(`\\b${Y}${YEAR_SUFFIX}\\s+${D}\\s+${M}`, 'giu'), read: (m) => full(m[0], +m[1]!, monthNumber(m[3]!), +m[2]!) },
  // 1935-1938, 1935–38, 1935 to 1938, from 1935 till 1938
  {
    re: new RegExp(`\\b${Y}\\s*(?:-|–|—|to|till|until|through|по|до)\\s*(\\d{2,4})\\b`, 'giu'),
    read: (m) => {
      const a = +m[1]!;
      const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + +m[2]! : +m[2]!;
      if (b <= a || b - a > 200 || m[2]!.length === 3) return null;
      return { span: joinSpans(yearSpan(a), yearSpan(b)), label: `${a}–${b}` };
    },
  },
  // August 1920, in July 1917, июль 1917
  {
    re: new RegExp(`${M}\\s+${Y}\\b`, 'giu'),
    read: (m) => {
      const month = monthNumber(m[1]!);
      const span = month ? monthSpan(+m[2]!, month) : null;
      return span ? { span, month, label: `${MONTHS_EN[month - 1]} ${m[2]}` } : null;
    },
  },
  // 4 July, 4th of July, 26 августа
  { re: new RegExp(`\\b${D}\\s+(?:of\\s+)?${M}`, 'giu'), read: (m) => monthOfDay(monthNumber(m[2]!), +m[1]!) },
  // July 4
  { re: new RegExp(`${M}\\s+${D}\\b`, 'giu'), read: (m) => monthOfDay(monthNumber(m[1]!), +m[2]!) },
  // the 1930s
  {
    re: /\b(1[5-9]\d0|20\d0)(?:'?s|-е|-х)\b/giu,
    read: (m) => ({ span: joinSpans(yearSpan(+m[1]!), yearSpan(+m[1]! + 9)), label: `the ${m[1]}s` }),
  },
  // 1917
  { re: /\b(1[5-9]\d\d|20\d\d)\b/g, read: (m) => ({ span: yearSpan(+m[1]!), label: m[1]! }) },
];

function full(raw: string, y: number, month: number, day: number): DateMention | null {
  if (!month || month > 12) return null;
  const span = daySpan(y, month, day);
  if (!span) return { label: raw.trim(), invalid: true };
  return { span, month, day, label: `${day} ${MONTHS_EN[month - 1]} ${y}` };
}

function monthOfDay(month: number, day: number): DateMention | null {
  // 29 February is a real day in some years; anything past the longest month is not.
  if (!month || day < 1 || day > daysInMonth(2000, month)) return null;
  return { month, day, label: `${day} ${MONTHS_EN[month - 1]}` };
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const CENTURIES: Record<string, number> = { sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
/** Two spelled digits of a year: "seventeen", "oh five", "thirty-seven", "twenty one". */
const SPELLED_PAIR = `(?:(?:oh|o|zero)[\\s-]+(?:${UNITS.slice(1).join('|')})|${TEENS.join('|')}|(?:${TENS.slice(2).join('|')})(?:[\\s-]+(?:${UNITS.slice(1).join('|')}))?)`;
const SPELLED_YEAR = new RegExp(`\\b(${Object.keys(CENTURIES).join('|')})[\\s-]+(${SPELLED_PAIR}|hundred)\\b`, 'giu');

/** The number two spelled digits of a year say ("oh five" 5, "thirty-seven" 37). */
function spelledPair(words: string): number {
  const parts = words.toLowerCase().split(/[\s-]+/);
  if (parts[0] === 'hundred') return 0;
  if (parts[0] === 'oh' || parts[0] === 'o' || parts[0] === 'zero') return UNITS.indexOf(parts[1]!);
  const teen = TEENS.indexOf(parts[0]!);
  if (teen >= 0) return 10 + teen;
  return TENS.indexOf(parts[0]!) * 10 + (parts[1] ? UNITS.indexOf(parts[1]) : 0);
}

/**
 * The text with English years said in words written in digits, as people type what they would
 * say: "nineteen seventeen" 1917, "nineteen oh five" 1905, "eighteen sixty-six" 1866, "twenty
 * twenty-one" 2021. Everything else is left as it is.
 */
export function spelledYears(text: string): string {
  if (!/(teen|twenty)/i.test(text)) return text;
  SPELLED_YEAR.lastIndex = 0;
  return text.replace(SPELLED_YEAR, (_, century: string, pair: string) => String(CENTURIES[century.toLowerCase()]! * 100 + spelledPair(pair)));
}

/** Every date, year, range or day-and-month mentioned in a message, in order of first appearance, each once. */
export function findDates(text: string): DateMention[] {
  // Every form has digits; most messages have none, and this is on every message's path.
  if (!/\d/.test(text)) return [];
  let rest = text;
  const found: { at: number; mention: DateMention }[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const at = args[args.length - 2] as number;
      const mention = read(m);
      if (!mention) return args[0] as string;
      found.push({ at, mention });
      return ' '.repeat((args[0] as string).length);
    });
  }
  // "1917 1917 1917..." asks about 1917 once.
  const labels = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.mention)
    .filter((m) => !labels.has(m.label) && Boolean(labels.add(m.label)));
}
