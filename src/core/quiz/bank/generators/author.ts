import type { Entry, Person } from '../../../knowledge/schema';
import { make, sourcesLine } from '../make';
import { bareName, mentions, peersOf, type Material } from '../material';
import { sameTextKey, type Question } from '../question';
import { seededRandom, shuffle } from '../random';

/** Attribute labels that name who wrote a work. */
const AUTHOR = /^(author|authors|written by|writer|poet)$/i;

/**
 * `author`: who said or wrote this. "Who wrote Baqytsyz Jamal?" for a work whose `Author`
 * attribute names a person of the knowledge (wrong options: writers and figures of the same
 * era and world), and "Which of these did Mirzhakip Dulatov write?" (wrong options: other works,
 * never one of the same author's). Works of leaders are easy, others medium.
 */
export function author(m: Material): Question[] {
  const works: { work: Entry; by: Person; sources: string[] }[] = [];
  for (const t of m.terms)
    for (const a of 'attributes' in t ? t.attributes : []) {
      if (!AUTHOR.test(a.label)) continue;
      const by = m.people.find((p) => [p.name, ...p.aliases].some((n) => sameTextKey(n) === sameTextKey(a.value)));
      // A title that names its author ("Jami at-tawarikh of Qadyrgali Jalaiyr") answers itself.
      if (by && !m.people.some((p) => mentions(bareName(t), p))) works.push({ work: t, by, sources: a.sources });
    }
  const out: Question[] = [];
  const asked = new Set<string>();
  for (const { work, by, sources } of works) {
    const title = bareName(work);
    const L = m.lang !== 'en';
    const workIn = m.in(work);
    const byIn = m.in(by);
    const wroteBy = () => m.say('wroteBy', { work: bareName(workIn), name: byIn.name, sources: sourcesLine(sources, m.lang) });
    const peers = peersOf(by, m.people, `author:${work.id}`);
    const difficulty = by.topics.includes('leaders') ? 'easy' : 'medium';
    const who = make({
      kind: 'author',
      entry: work,
      difficulty,
      question: `Who wrote ${/^["“]/.test(title) ? title : `"${title}"`}?`,
      right: by.name,
      wrong: peers.map((p) => p.name),
      explanation: `${work.name} is by ${by.name}. ${sourcesLine(sources)}`,
      sources,
      entries: [work.id, by.id],
      shown: L ? { question: m.say('whoWrote', { title: bareName(workIn) }), right: byIn.name, wrong: peers.map((p) => m.in(p).name), explanation: wroteBy() } : undefined,
    });
    if (who) out.push(who);
    if (asked.has(by.id)) continue; // one "which did X write" per author: the question would repeat
    asked.add(by.id);
    const otherWorks = works.filter((w) => w.by.id !== by.id).map((w) => w.work);
    // Distinct titles, each with its work (the first work of a title).
    const titled = new Map<string, Entry>();
    for (const w of otherWorks) if (!titled.has(bareName(w))) titled.set(bareName(w), w);
    const shuffled = shuffle([...titled.keys()], seededRandom(`works:${work.id}`));
    const what = make({
      kind: 'author',
      entry: work,
      difficulty: difficulty === 'easy' ? 'medium' : 'hard',
      question: `Which of these did ${by.name} write?`,
      right: title,
      wrong: shuffled,
      explanation: `${work.name} is by ${by.name}. ${sourcesLine(sources)}`,
      sources,
      entries: [work.id, by.id],
      shown: L
        ? {
            question: m.say('whichWrote', { name: byIn.name }),
            right: bareName(workIn),
            wrong: shuffled.map((t) => bareName(m.in(titled.get(t)!))),
            explanation: wroteBy(),
          }
        : undefined,
    });
    if (what) out.push(what);
  }
  return out;
}
