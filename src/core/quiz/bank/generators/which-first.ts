import type { DateSpan } from '../../../dates';
import type { Entry } from '../../../knowledge/schema';
import { spansOf, type DateText } from '../date-options';
import { make, sourcesLine } from '../make';
import { isKazakh, shownName, type Material } from '../material';
import { eventNoun } from '../phrasing';
import type { Difficulty, Question } from '../question';
import { seededRandom, shuffle } from '../random';

interface Dated {
  entry: Entry;
  /** As an option: "First All-Kazakh Congress", "Alikhan Bukeikhanov". */
  label: string;
  /** Inside the question: "the First All-Kazakh Congress". */
  phrase: string;
  /** The label in the bank's language. */
  labelIn: string;
  first: number;
  last: number;
  sources: string[];
}

const YEAR = 365;
/** Questions asked with each item as the right answer, each with other companions. */
const PER_ITEM = 4;

/** Every version's days (an old-style date with its new-style equivalent): the item spans all. */
function dated(entry: Entry, label: string, phrase: string, versions: (DateText & { sources: string[]; circa?: boolean })[], labelIn = label): Dated | null {
  if (versions.length === 0 || versions.some((v) => v.circa)) return null;
  const spans: DateSpan[] = versions.flatMap(spansOf);
  if (spans.length === 0) return null;
  return {
    entry,
    label,
    phrase,
    labelIn,
    first: Math.min(...spans.map((s) => s.first)),
    last: Math.max(...spans.map((s) => s.last)),
    sources: versions.flatMap((v) => v.sources),
  };
}

/**
 * `which-first`: "Which came first: the Letter of Five, the First All-Kazakh Congress or the
 * founding of the Kirghiz ASSR?", and "Who was born first: ...?", "Who died first: ...?" among
 * people of the Kazakh world. Only where every version of the right one's date ends before any
 * version of the others' begins, so no source could make another the answer. Years apart is
 * easy, a year or more medium, less hard.
 */
export function whichFirst(m: Material): Question[] {
  const events = m.events
    .filter((e) => !/\d/.test(shownName(e)))
    .map((e) => dated(e, shownName(e), eventNoun(e), e.when, shownName(m.in(e))))
    .filter((d) => d !== null);
  const kazakh = m.people.filter(isKazakh);
  const born = kazakh.map((p) => dated(p, p.name, p.name, p.born, m.in(p).name)).filter((d) => d !== null);
  const died = kazakh.map((p) => dated(p, p.name, p.name, p.died, m.in(p).name)).filter((d) => d !== null);
  return [
    ...series(m, events, 'Which came first', 'came first', 'cameFirst'),
    ...series(m, born, 'Who was born first', 'was born first', 'bornFirst'),
    ...series(m, died, 'Who died first', 'died first', 'diedFirst'),
  ];
}

function series(m: Material, items: Dated[], ask: string, said: string, askKey: string): Question[] {
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const a of items) {
    const later = items.filter((b) => b.entry.id !== a.entry.id && b.first > a.last);
    const random = seededRandom(`first:${ask}:${a.entry.id}`);
    for (let i = 0; i < PER_ITEM && later.length >= 2; i++) {
      const others = shuffle(later, random).slice(0, 2);
      const set = [a, ...others].map((d) => d.entry.id).sort().join(',');
      if (seen.has(set)) continue;
      seen.add(set);
      const gap = Math.min(...others.map((o) => o.first)) - a.last;
      const difficulty: Difficulty = gap >= 5 * YEAR ? 'easy' : gap >= YEAR ? 'medium' : 'hard';
      const listed = shuffle([a, ...others], seededRandom(set));
      const question = `${ask}: ${listed[0]!.phrase}, ${listed[1]!.phrase} or ${listed[2]!.phrase}?`;
      const q = make({
        kind: 'which-first',
        entry: a.entry,
        difficulty,
        question,
        right: a.label,
        wrong: others.map((o) => o.label),
        explanation: `${a.label} ${said}. ${sourcesLine([a, ...others].flatMap((d) => d.sources))}`,
        sources: [a, ...others].flatMap((d) => d.sources),
        entries: [a, ...others].map((d) => d.entry.id),
        shown:
          m.lang === 'en'
            ? undefined
            : {
                question: m.say(askKey, { a: listed[0]!.labelIn, b: listed[1]!.labelIn, c: listed[2]!.labelIn }),
                right: a.labelIn,
                wrong: others.map((o) => o.labelIn),
                explanation: m.say('wasFirst', { name: a.labelIn, sources: sourcesLine([a, ...others].flatMap((d) => d.sources), m.lang) }),
              },
      });
      if (q) out.push(q);
    }
  }
  return out;
}
