import { formatRange, overlaps, parseDateText, type DateMention, type DateSpan, type Precision } from './dates';
import type { Knowledge } from './knowledge/load';
import type { Language } from './language';
import { say } from './phrases';
import { isDisputed, type DateVersion, type Entry } from './knowledge/schema';

/** One dated thing the knowledge records: an event, a birth, a death, a dated fact. */
export interface Moment {
  span: DateSpan;
  /** As written in knowledge/: `1920-08-26`, with `end` for a range. */
  date: string;
  end?: string;
  circa?: boolean;
  /** What happened, one sentence, plain text. */
  text: string;
  entry: Entry;
  /** Entries this moment also concerns (an event's participants). */
  people: string[];
  sources: string[];
  /** What dates it: an event's own date, a birth or death, or a dated fact. */
  what: 'event' | 'life' | 'fact';
  /** Other dates that other sources give for the same thing. */
  otherVersions: { date: string; end?: string; circa?: boolean; note?: string; sources: string[] }[];
}

const RANK: Record<Precision, number> = { year: 1, month: 2, day: 3 };

/** Every dated thing in the knowledge, sorted by date, for "what happened in/on ...?". */
export class Timeline {
  readonly moments: readonly Moment[];

  /**
   * @param knowledge the knowledge, in `lang` for moments told in another language
   * @param lang the language of the moments' texts (default English); every language's timeline
   *   has the same moments in the same order
   */
  constructor(knowledge: Knowledge, lang: Language = 'en') {
    const out: Moment[] = [];
    for (const entry of knowledge.entries) out.push(...momentsOf(entry, lang));
    out.sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last);
    this.moments = withoutEchoes(out);
  }

  /** What happened at a mentioned date: events before other moments, undisputed dates before disputed ones, else in date order. */
  at(mention: DateMention): Moment[] {
    if (mention.invalid) return [];
    if (!mention.span) {
      // "4 July": the same day in any year.
      return this.moments.filter((m) => m.span.precision === 'day' && dayMonthMatches(m.span.first, mention.month!, mention.day!));
    }
    const q = mention.span;
    const rank = RANK[q.precision];
    const isRange = q.last - q.first > 366;
    const length = q.last - q.first;
    // A year-only fact does not answer a question about one day, nor does a span of years that
    // merely runs through the date asked about (membership of a party from 1905 to 1917).
    const found = this.moments.filter(
      (m) =>
        overlaps(m.span, q) &&
        (isRange || RANK[m.span.precision] >= rank) &&
        (m.span.first >= q.first || m.span.last - m.span.first <= length),
    );
    // Events first: they are what "what happened in 1917?" asks for. Among them, those every
    // source dates so come first, then those their entry dates so first (the best-supported
    // version), then those only another version dates so.
    const order = (m: Moment) => (m.entry.kind !== 'event' ? 3 : !byMainDate(m) ? 2 : m.otherVersions.length ? 1 : 0);
    return found.map((m, i) => ({ m, i })).sort((a, b) => order(a.m) - order(b.m) || a.i - b.i).map((x) => x.m);
  }

  /**
   * What happened on a day and month in any year ("on this day"), in date order: moments dated
   * to the day that begin or end on it. 29 February matches only leap years' moments.
   */
  onDay(month: number, day: number): Moment[] {
    return this.moments.filter(
      (m) => m.span.precision === 'day' && (dayMonthMatches(m.span.first, month, day) || (m.span.last !== m.span.first && dayMonthMatches(m.span.last, month, day))),
    );
  }

  /**
   * The nearest days of the year before and after a day and month that have moments of their
   * own (`onDay`), looking around the calendar at most half a year each way. Either is undefined
   * when the knowledge dates nothing to the day.
   */
  nearestDays(month: number, day: number): { before?: DayOfYear; after?: DayOfYear } {
    // A leap year, so that 29 February is a day of the calendar like any other.
    const origin = Date.UTC(2000, month - 1, day);
    const find = (step: 1 | -1): DayOfYear | undefined => {
      for (let i = 1; i <= 183; i++) {
        const d = new Date(origin + step * i * 86_400_000);
        const at = { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        if (this.onDay(at.month, at.day).length) return at;
      }
      return undefined;
    };
    return { before: find(-1), after: find(1) };
  }

  /** The moments nearest to a day, within `days`, for "nothing on that day; closest: ...". */
  near(span: DateSpan, days: number): Moment[] {
    return this.moments
      .filter((m) => m.span.precision === 'day' && Math.abs(m.span.first - span.first) <= days)
      .sort((a, b) => Math.abs(a.span.first - span.first) - Math.abs(b.span.first - span.first));
  }
}

/**
 * One thing dated by several entries ("the Kirghiz ASSR was created", "he was shot on 27
 * September 1937") is told once: by the event itself, else by the event's own facts, else by a
 * birth or death, else by another entry's fact. A fact inside its own event's dates is part of
 * that event and is not told again either.
 */
function withoutEchoes(moments: Moment[]): Moment[] {
  const rank = (m: Moment) => (m.what === 'event' ? 3 : m.entry.kind === 'event' ? 2 : m.what === 'life' ? 1 : 0);
  const linked = (a: Moment, b: Moment) =>
    a.entry === b.entry ||
    a.people.includes(b.entry.id) ||
    b.people.includes(a.entry.id) ||
    a.entry.related.includes(b.entry.id) ||
    b.entry.related.includes(a.entry.id);
  const kept = new Set<Moment>();
  for (const m of [...moments].sort((x, y) => rank(y) - rank(x))) {
    const echo =
      m.what !== 'event' &&
      [...kept].some((o) => {
        if (rank(o) <= rank(m)) return false;
        // A fact dated within a short event (a week's congress) is part of that event.
        if (o.entry === m.entry && o.what === 'event') return overlaps(o.span, m.span) && o.span.last - o.span.first <= 62;
        return o.date === m.date && o.end === m.end && linked(o, m);
      });
    if (!echo) kept.add(m);
  }
  return moments.filter((m) => kept.has(m));
}

/** Whether a moment is not an event's date, or is dated by its event's first (best-supported) date. */
function byMainDate(m: Moment): boolean {
  if (m.what !== 'event' || m.entry.kind !== 'event') return true;
  const first = m.entry.when[0];
  return !first || (first.date === m.date && first.end === m.end);
}

/** A day of the calendar, in no particular year. */
export interface DayOfYear {
  month: number;
  day: number;
}

function dayMonthMatches(epochDay: number, month: number, day: number): boolean {
  const d = new Date(epochDay * 86_400_000);
  return d.getUTCMonth() + 1 === month && d.getUTCDate() === day;
}

function momentsOf(entry: Entry, lang: Language): Moment[] {
  const out: Moment[] = [];
  // One entry may date the same thing twice (an event's date, and a fact about that date):
  // say it once.
  const seen = new Set<string>();
  const add = (
    v: { date: string; end?: string; circa?: boolean; sources: string[] },
    text: string,
    people: string[],
    others: DateVersion[] | { date?: string; end?: string; sources: string[]; text?: string }[] = [],
    what: Moment['what'] = 'fact',
  ) => {
    const first = parseDateText(v.date);
    const key = `${v.date}|${v.end ?? ''}`;
    if (!first || seen.has(key)) return;
    seen.add(key);
    const last = v.end ? parseDateText(v.end) : null;
    const span = last ? { ...first, last: last.last } : first;
    out.push({
      span,
      date: v.date,
      end: v.end,
      circa: v.circa,
      text,
      entry,
      people,
      what,
      sources: v.sources,
      otherVersions: others
        .filter((o) => o !== v && o.date !== undefined && (o.date !== v.date || o.end !== v.end))
        .map((o) => ({
          date: o.date!,
          end: o.end,
          circa: 'circa' in o ? o.circa : undefined,
          note: 'note' in o ? o.note : undefined,
          sources: o.sources,
        })),
    });
  };

  const people = entry.kind === 'event' ? entry.participants : [];
  if (entry.kind === 'event') {
    for (const v of entry.when) add(v, `${entry.name}: ${entry.summary.text}`, entry.participants, entry.when, 'event');
  }
  if (entry.kind === 'person') {
    for (const v of entry.born) add(v, say(v.place ? 'moment.bornIn' : 'moment.born', { name: entry.name, place: v.place }, lang), [], entry.born, 'life');
    for (const v of entry.died) add(v, say(v.place ? 'moment.diedIn' : 'moment.died', { name: entry.name, place: v.place }, lang), [], entry.died, 'life');
  }
  for (const fact of entry.facts) {
    if (isDisputed(fact)) {
      const dated = fact.versions.filter((v) => v.date !== undefined);
      for (const v of dated) add({ ...v, date: v.date! }, `${entry.name}: ${v.text}`, people, fact.versions);
    } else if (fact.date) {
      add({ ...fact, date: fact.date }, `${entry.name}: ${fact.text}`, people);
    }
  }
  return out;
}

/** `26 August 1920`, `21–28 July 1917`, `c. 1530` (or in `lang`). */
export function momentDate(m: { date: string; end?: string; circa?: boolean }, lang: Language = 'en'): string {
  return `${m.circa ? say('card.circa', {}, lang) : ''}${formatRange(m.date, m.end, lang)}`;
}
