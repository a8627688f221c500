import type { Entry } from '../../knowledge/schema';
import { clip } from '../../text';
import { LIMITS, questionProblems, sameTextKey, type Difficulty, type Question, type QuestionKind } from './question';
import { hash, seededRandom } from './random';

/** Options a generated question offers (the right one and three wrong ones), where it can. */
export const OPTIONS = 4;

export interface Draft {
  kind: QuestionKind;
  /** The entry the question is about: its id starts the question's id, its topics are the question's. */
  entry: Entry;
  difficulty: Difficulty;
  question: string;
  right: string;
  /** Wrong options, best first; the first `options - 1` distinct ones are used. */
  wrong: string[];
  explanation: string;
  sources: string[];
  /** Default: the entry's id. */
  entries?: string[];
  /** Default `OPTIONS`. */
  options?: number;
  /** Options in this order, the right one among them (true/false): not shuffled. */
  fixed?: string[];
}

/**
 * A question from a draft, or null when it cannot be asked fairly (no wrong option left) or
 * breaks a limit. The id comes from the kind, the entry and the question with its answer, so it
 * stays stable across restarts and changes when the fact changes; the right option's place
 * comes from the id.
 */
export function make(d: Draft): Question | null {
  const id = `${d.kind}-${d.entry.id}-${hash(`${d.question}\n${d.right}`)}`;
  let options: string[];
  let answer: number;
  if (d.fixed) {
    options = d.fixed;
    answer = d.fixed.indexOf(d.right);
  } else {
    const chosen: string[] = [];
    for (const w of d.wrong) {
      if (sameTextKey(w) === sameTextKey(d.right) || chosen.some((u) => sameTextKey(u) === sameTextKey(w))) continue;
      chosen.push(w);
      if (chosen.length >= (d.options ?? OPTIONS) - 1) break;
    }
    if (chosen.length < 1) return null;
    answer = Math.floor(seededRandom(id)() * (chosen.length + 1));
    options = [...chosen];
    options.splice(answer, 0, d.right);
  }
  const q: Question = {
    id,
    kind: d.kind,
    topics: d.entry.topics.length ? [...d.entry.topics] : ['general'],
    difficulty: d.difficulty,
    question: d.question,
    options,
    answer,
    explanation: clip(d.explanation, LIMITS.explanation),
    sources: [...new Set(d.sources)],
    entries: d.entries ?? [d.entry.id],
  };
  return questionProblems(q).length ? null : q;
}

/** "Sources: A, B." for an explanation. */
export function sourcesLine(keys: readonly string[]): string {
  return `Sources: ${[...new Set(keys)].join(', ')}.`;
}
