import { formatRange, overlaps, parseDateText, type DateMention, type DateSpan, type Precision } from './dates';
import type { Knowledge } from './knowledge/load';
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
  /** Other dates that other sources give for the same thing. */
  otherVersions: { date: string; end?: string; circa?: boolean; note?: string; sources: string[] }[];
}

const RANK: Record<Precision, number> = { year: 1, month: 2, day: 3 };

/** Every dated thing in the knowledge, sorted by date, for "what happened in/on ...?". */
export class Timeline {
  readonly moments: readonly Moment[];

  constructor(knowledge: Knowledge) {
    const out: Moment[] = [];
    for (const entry of knowledge.entries) out.push(...momentsOf(entry));
    out.sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last);
    this.moments = withoutEchoes(out);
  }

  /** What happened at a mentioned date, most precise first in date order. */
  at(mention: DateMention): Moment[] {
    if (mention.invalid) return [];
    if (!mention.span) {
      // "4 July": the same day in any year.
      return this.moments.filter((m) => m.span.precision === 'day' && dayMonthMatches(m, mention.month!, mention.day!));
    }
    const q = mention.span;
    const rank = RANK[q.precision];
    const isRange = q.last - q.first > 366;
    return this.moments.filter((m) => {
      if (!overlaps(m.span, q)) return false;
      // A year-only fact does not belong to a question about one day of that year.
      if (RANK[m.span.precision] >= rank) return true;
      return isRange || m.end !== undefined;
    });
  }

  /** The moments nearest to a day, within `days`, for "nothing on that day; closest: ...". */
  near(span: DateSpan, days: number): Moment[] {
    return this.moments
      .filter((m) => m.span.precision === 'day' && Math.abs(m.span.first - span.first) <= days)
      .sort((a, b) => Math.abs(a.span.first - span.first) - Math.abs(b.span.first - span.first));
  }
}

/**
 * A person's fact that repeats an event they took part in, on the same date ("he signed the
 * Letter of Five"), would list the event once per participant; the event says it once.
 */
function withoutEchoes(moments: Moment[]): Moment[] {
  const events = moments.filter((m) => m.entry.kind === 'event');
  return moments.filter(
    (m) =>
      m.entry.kind !== 'person' ||
      m.text.endsWith(' was born.') ||
      !events.some((e) => e.date === m.date && e.people.includes(m.entry.id)),
  );
}

function dayMonthMatches(m: Moment, month: number, day: number): boolean {
  const d = new Date(m.span.first * 86_400_000);
  return d.getUTCMonth() + 1 === month && d.getUTCDate() === day;
}

function momentsOf(entry: Entry): Moment[] {
  const out: Moment[] = [];
  const add = (
    v: { date: string; end?: string; circa?: boolean; sources: string[] },
    text: string,
    people: string[],
    others: DateVersion[] | { date?: string; end?: string; sources: string[]; text?: string }[] = [],
  ) => {
    const first = parseDateText(v.date);
    if (!first) return;
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
      sources: v.sources,
      otherVersions: others
        .filter((o) => o !== v && o.date !== undefined)
        .map((o) => ({
          date: o.date!,
          end: o.end,
          circa: 'circa' in o ? o.circa : undefined,
          note: 'note' in o ? o.note : undefined,
          sources: o.sources,
        })),
    });
  };

  if (entry.kind === 'event') {
    for (const v of entry.when) add(v, `${entry.name}: ${entry.summary.text}`, entry.participants, entry.when);
  }
  if (entry.kind === 'person') {
    for (const v of entry.born) add(v, `${entry.name} was born${v.place ? ` in ${v.place}` : ''}.`, [], entry.born);
    for (const v of entry.died) add(v, `${entry.name} died${v.place ? ` (${v.place})` : ''}.`, [], entry.died);
  }
  for (const fact of entry.facts) {
    if (isDisputed(fact)) {
      const dated = fact.versions.filter((v) => v.date !== undefined);
      for (const v of dated) add({ ...v, date: v.date! }, `${entry.name}: ${v.text}`, [], fact.versions);
    } else if (fact.date) {
      add({ ...fact, date: fact.date }, `${entry.name}: ${fact.text}`, []);
    }
  }
  return out;
}

/** `26 August 1920`, `21–28 July 1917`, `c. 1530`. */
export function momentDate(m: { date: string; end?: string; circa?: boolean }): string {
  return `${m.circa ? 'c. ' : ''}${formatRange(m.date, m.end)}`;
}
