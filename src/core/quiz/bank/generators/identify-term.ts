import type { Entry } from '../../../knowledge/schema';
import { descriptionIn, predicate } from '../descriptions';
import { make, OPTIONS, sourcesLine, type Shown } from '../make';
import { bareName, firstSentences, lowerFirst, mentions, type Material } from '../material';
import { LIMITS, sameTextKey, type Question } from '../question';
import { seededRandom, shuffle } from '../random';

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'which', 'its', 'their']);

/** The words of a name or text that tell something: 4 letters or more, not a stop word. */
function contentWords(text: string): string[] {
  return sameTextKey(text)
    .split(/[^\p{L}\d]+/u)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length >= 4 && !STOP.has(w));
}

/**
 * `identify-term`: "Which of these was the Kazakh-language newspaper of Baitursynov, ...?", from
 * a summary that starts with the entry's name, the rest not naming it. Options are bare names
 * ("Qazaq", not "Qazaq (newspaper)"), of the same kind first; a word of the right name that the
 * question repeats ("prison") is shared by a wrong option, or the question is not asked. Easy.
 */
export function identifyTerm(m: Material): Question[] {
  const out: Question[] = [];
  for (const t of m.terms) {
    const said = predicate(t, firstSentences(t.summary.text, 400));
    if (!said || mentions(said.rest, t)) continue;
    const question = `Which of these ${said.verb} ${said.rest.replace(/[.!]$/, '')}?`;
    if (question.length > LIMITS.question) continue;
    const right = bareName(t);
    const clues = contentWords(right).filter((w) => contentWords(question).includes(w));
    const others = shuffle(
      m.terms.filter((o) => o.id !== t.id && !mentions(question, o)),
      seededRandom(`identify:${t.id}`),
    );
    const rank = new Map(others.map((o) => [o, (contentWords(bareName(o)).some((w) => clues.includes(w)) ? 0 : 2) + (o.kind === t.kind ? 0 : 1)]));
    const ranked = [...others].sort((a, b) => rank.get(a)! - rank.get(b)!).slice(0, OPTIONS - 1);
    const wrong = ranked.map(bareName);
    // A telling word the question repeats must be in a wrong option too, or it decides the answer.
    if (clues.some((w) => !wrong.some((o) => contentWords(o).includes(w)))) continue;
    const q = make({
      kind: 'identify-term',
      entry: t,
      difficulty: 'easy',
      question,
      right,
      wrong,
      explanation: `${t.name}. ${sourcesLine(t.summary.sources)}`,
      sources: t.summary.sources,
      shown: identifyIn(m, t, ranked),
    });
    if (q) out.push(q);
  }
  return out;
}

/** An identify question in the bank's language: undefined (it stays English) where the term's translated summary gives no description. */
function identifyIn(m: Material, t: Entry, wrong: Entry[]): Shown | undefined {
  if (m.lang === 'en') return undefined;
  const shown = m.in(t);
  const said = descriptionIn(t, shown);
  if (!said || shown.summary.text === t.summary.text) return undefined;
  return {
    question: m.say('identifyTerm', { description: lowerFirst(said) }),
    right: bareName(shown),
    wrong: wrong.map((o) => bareName(m.in(o))),
    explanation: m.say('identified', { name: shown.name, sources: sourcesLine(t.summary.sources, m.lang) }),
  };
}
