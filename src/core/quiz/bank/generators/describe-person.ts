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
    // Someone who took part in the same event may fit the same description (two signers of one
    // letter): never a wrong option.
    const together = new Set(m.events.filter((e) => e.participants.includes(p.id)).flatMap((e) => e.participants));
    const wrong = peersOf(p, m.people, `describe:${p.id}`)
      .filter((o) => !together.has(o.id))
      .map(description)
      .filter((d): d is string => d !== null && !mentions(d, p));
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
