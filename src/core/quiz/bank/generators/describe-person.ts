import { description } from '../descriptions';
import { make, OPTIONS, sourcesLine } from '../make';
import { mentions, peersOf, type Material } from '../material';
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
    for (const o of peersOf(p, m.people, `describe:${p.id}`)) {
      const d = description(o);
      if (d === null || mentions(d, p) || own.some((e) => mentions(d, e)) || named(d).some((e) => taken.has(e))) continue;
      named(d).forEach((e) => taken.add(e));
      wrong.push(d);
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
    });
    if (q) out.push(q);
  }
  return out;
}
