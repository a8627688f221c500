import { description } from '../descriptions';
import { shownOf } from './describe-person';
import { make, OPTIONS, sourcesLine } from '../make';
import { bareName, mentions, type Material } from '../material';
import { nounPhrase } from '../phrasing';
import type { Question } from '../question';
import type { Entry } from '../../../knowledge/schema';
import { seededRandom, shuffle } from '../random';

/**
 * `describe-term`: "What was Qazaq?", the options being first sentences of other terms' summaries,
 * those of the same kind (publication, place, organisation...) first. Easy.
 */
export function describeTerm(m: Material): Question[] {
  const out: Question[] = [];
  for (const t of m.terms) {
    const right = description(t);
    if (!right) continue;
    const others = shuffle(m.terms.filter((o) => o.id !== t.id), seededRandom(`describe:${t.id}`)).sort(
      (a, b) => Number(b.kind === t.kind) - Number(a.kind === t.kind),
    );
    const described = others.map((o) => ({ o, d: description(o) })).filter((x): x is { o: Entry; d: string } => x.d !== null && !mentions(x.d, t));
    const wrong = described.map((x) => x.d);
    if (wrong.length < OPTIONS - 1) continue;
    const q = make({
      kind: 'describe-term',
      entry: t,
      difficulty: 'easy',
      question: `What was ${termPhrase(t)}?`,
      right,
      wrong,
      explanation: `${t.name}: ${right} ${sourcesLine(t.summary.sources)}`,
      sources: t.summary.sources,
      shown: shownOf(m, t, right, wrong, described.map((x) => x.o)),
    });
    if (q) out.push(q);
  }
  return out;
}

/** A term as the question names it: a work in quotes, an organisation or place with its article. */
function termPhrase(t: Entry): string {
  const name = bareName(t);
  if (t.kind === 'publication') return /^["“]/.test(name) ? name : `"${name}"`;
  if (t.kind === 'term' || /^["“]/.test(name)) return name.replace(/^The\s/, 'the ');
  return nounPhrase(name);
}
