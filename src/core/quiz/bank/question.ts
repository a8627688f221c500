/**
 * What a quiz question is, the limits every platform can show, and the checks a question must
 * pass before the bank keeps it.
 */

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** The kinds of question; each generated kind has one file in `generators/`. */
export type QuestionKind =
  | 'event-date'
  | 'event-place'
  | 'disputed-date'
  | 'disputed-claim'
  | 'born'
  | 'died'
  | 'role'
  | 'person-role'
  | 'describe-person'
  | 'describe-term'
  | 'identify-term'
  | 'spelling'
  | 'not-participant'
  | 'which-first'
  | 'author'
  | 'fact'
  | 'hand-written';

export interface Question {
  id: string;
  kind: QuestionKind;
  topics: string[];
  difficulty: Difficulty;
  /** At most 300 characters (a Telegram poll question). */
  question: string;
  /** 2-10 options of at most 100 characters each, no two alike. */
  options: string[];
  /** Index of the right option. */
  answer: number;
  /** At most 200 characters and 2 line feeds (a Telegram quiz explanation). */
  explanation: string;
  /** Source keys from knowledge/sources.yaml. */
  sources: string[];
  /** Ids of the knowledge entries the question is about. */
  entries: string[];
}

export interface QuestionBank {
  readonly questions: readonly Question[];
  readonly byId: ReadonlyMap<string, Question>;
  /** Every topic some question has, sorted. */
  readonly topics: readonly string[];
  /** How many questions each topic has at each difficulty (a topic is offered at the difficulties it has). */
  readonly levels: ReadonlyMap<string, Readonly<Record<Difficulty, number>>>;
}

/** Limits from Telegram's quiz polls, the strictest platform. */
export const LIMITS = { question: 300, option: 100, explanation: 200, explanationLineFeeds: 2, minOptions: 2, maxOptions: 10 };

/** Why the hand-written questions or a fact's `ask` could not be used: names the file, the question and the field. */
export class QuizBankError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge/quiz has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'QuizBankError';
  }
}

/** The key under which two options (or two questions) count as the same text. */
export function sameTextKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Signs of a template that leaked into the text: braces, "undefined", an ellipsis standing for
 * a hidden word, doubled spaces, a space before punctuation, an empty bracket or quotation.
 */
const LEAKS: [RegExp, string][] = [
  [/[{}]/, 'a template brace'],
  [/\b(undefined|null|NaN)\b|\[object /, 'a missing value'],
  [/…|\.\.\./, 'an ellipsis (a hidden or cut word)'],
  [/ {2}/, 'a doubled space'],
  [/ [,.;:?!)]/, 'a space before punctuation'],
  [/\(\s*\)|""|“”/, 'an empty bracket or quotation'],
  [/^\s|\s$/, 'leading or trailing space'],
];

/** What in a text looks like a leaked template (empty when nothing). */
export function templateLeaks(text: string): string[] {
  return LEAKS.filter(([re]) => re.test(text)).map(([, what]) => what);
}

/** What is wrong with a question (empty when it is fit to ask). */
export function questionProblems(q: Question): string[] {
  const out: string[] = [];
  if (!q.question.trim() || q.question.length > LIMITS.question) out.push(`question: must be 1-${LIMITS.question} characters`);
  if (q.options.length < LIMITS.minOptions || q.options.length > LIMITS.maxOptions)
    out.push(`options: must be ${LIMITS.minOptions}-${LIMITS.maxOptions} options`);
  q.options.forEach((o, i) => {
    if (!o.trim() || o.length > LIMITS.option) out.push(`options.${i}: must be 1-${LIMITS.option} characters`);
  });
  if (new Set(q.options.map(sameTextKey)).size !== q.options.length) out.push('options: two options are alike');
  if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length) out.push('answer: must name one of the options');
  if (q.explanation.length > LIMITS.explanation) out.push(`explanation: at most ${LIMITS.explanation} characters`);
  if ((q.explanation.match(/\n/g) ?? []).length > LIMITS.explanationLineFeeds)
    out.push(`explanation: at most ${LIMITS.explanationLineFeeds} line feeds`);
  if (q.sources.length === 0) out.push('sources: every question needs a source');
  if (q.kind !== 'hand-written') {
    for (const leak of templateLeaks(q.question)) out.push(`question: ${leak}`);
    q.options.forEach((o, i) => templateLeaks(o).forEach((leak) => out.push(`options.${i}: ${leak}`)));
  }
  return out;
}
