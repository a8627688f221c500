import type { Entry } from '../../../knowledge/schema';
import { description, descriptionIn } from '../descriptions';
import { make, OPTIONS, sourcesLine, type Shown } from '../make';
import { bareName, mentions, peersOf, type Material } from '../material';
import type { Question } from '../question';

/**
 * `describe-person`: "Who was Mirzhakip Dulatov?", the options being the first sentences of
 * summaries of people of the same era and world (only where each fits in 100 characters and does
 * not name its own entry or the asked one). Leaders are easy, others medium.
 */
export function describePerson(m: Material): Question[] {
  const out: Question[] = [];
  for (const p of m.people) {
    const right = description(p);
    if (!right) continue;
    // A description naming an event the person took part in may fit them too (two signers of
    // one letter): never a wrong option. Nor two wrong options naming the same event: they would
    // cancel each other out.
    const own = m.events.filter((e) => e.participants.includes(p.id));
    const named = (d: string) => m.events.filter((e) => mentions(d, e)).map((e) => e.id);
    const taken = new Set<string>();
    const wrong: string[] = [];
    const wrongFrom: typeof m.people = [];
    for (const o of peersOf(p, m.people, `describe:${p.id}`)) {
      const d = description(o);
      if (d === null || mentions(d, p) || own.some((e) => mentions(d, e)) || named(d).some((e) => taken.has(e))) continue;
      named(d).forEach((e) => taken.add(e));
      wrong.push(d);
      wrongFrom.push(o);
    }
    if (wrong.length < OPTIONS - 1) continue; // a guess between two descriptions is too easy to be worth asking
    const q = make({
      kind: 'describe-person',
      entry: p,
      difficulty: p.topics.includes('leaders') ? 'easy' : 'medium',
      question: `Who was ${p.name}?`,
      right,
      wrong,
      explanation: `${p.name}: ${right} ${sourcesLine(p.summary.sources)}`,
      sources: p.summary.sources,
      shown: shownOf(m, p, right, wrong, wrongFrom),
    });
    if (q) out.push(q);
  }
  return out;
}

/**
 * A describe question's texts in the bank's language: every option described in that language,
 * or, where one cannot be (its translated first sentence is too long or names its entry), none
 * (the question stays in English).
 */
export function shownOf(m: Material, e: Entry, right: string, wrong: string[], wrongFrom: Entry[]): Shown | undefined {
  if (m.lang === 'en') return undefined;
  const shown = m.in(e);
  const rightIn = descriptionIn(e, shown);
  if (!rightIn || wrong.length !== wrongFrom.length) return undefined;
  const wrongIn = wrongFrom.map((o) => descriptionIn(o, m.in(o)));
  const isTerm = e.kind !== 'person';
  return {
    question: m.say(isTerm ? 'describeTerm' : 'describePerson', { name: isTerm ? bareName(shown) : shown.name }),
    right: rightIn,
    wrong: wrongIn,
    explanation: m.say('described', { name: shown.name, description: rightIn, sources: sourcesLine(e.summary.sources, m.lang) }),
  };
}
