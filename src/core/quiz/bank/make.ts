import type { Language } from '../../language';
import { say } from '../../phrases';
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
  /**
   * The question in the bank's language when that is not English: `wrong` option for option
   * with the English `wrong` (the same entries or dates), `fixed` likewise. The id, the choice of
   * options and the right one's place still come from the English, so a question has one id in
   * every language.
   */
  shown?: Shown;
}

/** A draft's texts in one language other than English. */
export interface Shown {
  question: string;
  right: string;
  /** Null where a wrong option cannot be written in the language: if it is chosen, the question stays English. */
  wrong: (string | null)[];
  explanation: string;
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
  let shownOptions: string[];
  let shown = d.shown;
  if (d.fixed) {
    options = d.fixed;
    answer = d.fixed.indexOf(d.right);
    shownOptions = d.shown?.fixed ?? options;
  } else {
    const chosen: number[] = [];
    for (const [i, w] of d.wrong.entries()) {
      if (sameTextKey(w) === sameTextKey(d.right) || chosen.some((u) => sameTextKey(d.wrong[u]!) === sameTextKey(w))) continue;
      chosen.push(i);
      if (chosen.length >= (d.options ?? OPTIONS) - 1) break;
    }
    if (chosen.length < 1) return null;
    answer = Math.floor(seededRandom(id)() * (chosen.length + 1));
    options = chosen.map((i) => d.wrong[i]!);
    options.splice(answer, 0, d.right);
    const wrongIn = d.shown ? chosen.map((i) => d.shown!.wrong[i]) : [];
    if (d.shown && wrongIn.every((w) => typeof w === 'string')) {
      shownOptions = wrongIn as string[];
      shownOptions.splice(answer, 0, d.shown.right);
    } else {
      shownOptions = options;
      shown = undefined;
    }
  }
  const q: Question = {
    id,
    kind: d.kind,
    topics: d.entry.topics.length ? [...d.entry.topics] : ['general'],
    difficulty: d.difficulty,
    question: shown?.question ?? d.question,
    options: shownOptions,
    answer,
    explanation: clip(shown?.explanation ?? d.explanation, LIMITS.explanation),
    sources: [...new Set(d.sources)],
    entries: d.entries ?? [d.entry.id],
  };
  return questionProblems(q).length ? null : q;
}

/** "Sources: A, B." for an explanation, in `lang` (default English). */
export function sourcesLine(keys: readonly string[], lang: Language = 'en'): string {
  return say('quiz.bank.sources', { keys: [...new Set(keys)].join(', ') }, lang);
}
