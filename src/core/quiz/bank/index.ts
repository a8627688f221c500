import type { Knowledge } from '../../knowledge/load';
import type { Language } from '../../language';
import { author } from './generators/author';
import { born } from './generators/born';
import { describePerson } from './generators/describe-person';
import { describeTerm } from './generators/describe-term';
import { died } from './generators/died';
import { disputedClaim } from './generators/disputed-claim';
import { disputedDate } from './generators/disputed-date';
import { eventDate } from './generators/event-date';
import { eventPlace } from './generators/event-place';
import { factQuestions } from './generators/fact';
import { identifyTerm } from './generators/identify-term';
import { notParticipant } from './generators/not-participant';
import { personRole } from './generators/person-role';
import { role } from './generators/role';
import { spelling } from './generators/spelling';
import { whichFirst } from './generators/which-first';
import { materialOf, type Material } from './material';
import { DIFFICULTIES, QuizBankError, questionProblems, sameTextKey, type Difficulty, type Question, type QuestionBank } from './question';
import { seededRandom, shuffle } from './random';
import { readWrittenQuestions } from './written';

/**
 * The question bank: questions generated from the knowledge (one file per kind in
 * `generators/`), the questions facts ask through `ask:`, and hand-written ones from
 * `knowledge/quiz/*.yaml`. Built the same on every start (seeded randomness): ids come from a
 * question's content, so they stay stable across restarts and change when the fact changes.
 * `npm run bank` prints it for review.
 *
 * Difficulty, roughly: easy asks what a reader of one article on the movement knows (its
 * leaders' posts, the years of major events, what a term was); medium asks months, other posts,
 * birth years, spellings; hard asks days, numbers and what sources disagree on.
 */
export * from './question';
export { seededRandom } from './random';

/** The generators of every kind, in the order their questions are kept (an earlier one wins a duplicate). */
const GENERATORS: ((m: Material) => Question[])[] = [
  role,
  eventDate,
  eventPlace,
  disputedDate,
  disputedClaim,
  born,
  died,
  personRole,
  describePerson,
  describeTerm,
  identifyTerm,
  spelling,
  notParticipant,
  whichFirst,
  author,
];

/** English banks already built for the other languages' banks, by knowledge. */
const englishBanks = new WeakMap<Knowledge, QuestionBank>();

/**
 * Builds the bank from validated knowledge, in `lang` (default English); throws a QuizBankError
 * when a hand-written question or a fact's `ask` is wrong.
 *
 * Every language's bank holds the same questions, with the same ids, topics, difficulties and
 * right options' places, in the same order: the English bank decides which questions there are,
 * and a question whose texts in `lang` cannot be asked (a translated option over a limit, two
 * options that read alike once translated) stays in English there.
 */
export function buildQuestionBank(knowledge: Knowledge, lang: Language = 'en'): QuestionBank {
  if (lang !== 'en') return translatedBank(knowledge, lang);
  const m = materialOf(knowledge);
  const written = readWrittenQuestions(knowledge);
  const facts = factQuestions(m);
  if (facts.problems.length) throw new QuizBankError(facts.problems);
  const byId = new Map<string, Question>();
  const asked = new Set<string>();
  // Hand-written first, then the facts' own questions, then generated: the first of two alike wins.
  for (const q of [...written, ...facts.questions, ...GENERATORS.flatMap((g) => g(m))]) {
    // "Who chaired X in December 1917?" repeats "Who chaired X?": one is kept.
    const text = sameTextKey(q.question.startsWith('Who ') ? q.question.replace(/,? (in|from) [^,?]*\d{4}\?$/, '?') : q.question);
    if (byId.has(q.id) || asked.has(text) || questionProblems(q).length) continue;
    byId.set(q.id, q);
    asked.add(text);
  }
  const questions = [...byId.values()];
  const topics = [...new Set(questions.flatMap((q) => q.topics))].sort();
  const levels = new Map<string, Record<Difficulty, number>>();
  for (const t of topics) levels.set(t, { easy: 0, medium: 0, hard: 0 });
  for (const q of questions) for (const t of q.topics) levels.get(t)![q.difficulty]++;
  return { questions, byId, topics, levels };
}

function translatedBank(knowledge: Knowledge, lang: Exclude<Language, 'en'>): QuestionBank {
  let en = englishBanks.get(knowledge);
  if (!en) englishBanks.set(knowledge, (en = buildQuestionBank(knowledge)));
  const m = materialOf(knowledge, lang);
  const shown = new Map<string, Question>();
  for (const q of [...readWrittenQuestions(knowledge, lang), ...factQuestions(m).questions, ...GENERATORS.flatMap((g) => g(m))])
    if (!shown.has(q.id) && questionProblems(q).length === 0 && !englishIn(q)) shown.set(q.id, q);
  // A question that cannot be written in the language is left out rather than asked in English.
  const questions = en.questions.flatMap((q) => shown.get(q.id) ?? []);
  return { questions, byId: new Map(questions.map((q) => [q.id, q])), topics: en.topics, levels: en.levels };
}

/**
 * Whether a Russian or Kazakh question still has English in it (a generator fell back to an
 * English text): a Latin word outside «quoted titles», source keys (`W-AB`) and Roman numerals.
 */
function englishIn(q: Question): boolean {
  const text = [q.question, ...q.options, q.explanation].join(' ');
  const bare = text.replace(/«[^»]*»/g, ' ').replace(/\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\b|\b[A-Z]{2,}\b/g, ' ');
  return /\b(?![IVXLC]+\b)[A-Za-z]{3,}\b/.test(bare);
}

/** The difficulties a topic has questions at (every difficulty when no topic is given). */
export function difficultiesOf(bank: QuestionBank, topic?: string): Difficulty[] {
  if (!topic) return DIFFICULTIES.filter((d) => bank.questions.some((q) => q.difficulty === d));
  const levels = bank.levels.get(topic);
  return levels ? DIFFICULTIES.filter((d) => levels[d] > 0) : [];
}

/**
 * Picks up to `count` questions matching a topic and a difficulty: questions never asked in the
 * chat first, then those asked longest ago (`history`: question id -> when last asked, ms), so a
 * chat sees no repeat until its pool for the topic is used up. Ties are broken at random. One
 * question per fact in a round: no two of the same kind about the same entries.
 */
export function pickQuestions(
  bank: QuestionBank,
  filter: { count: number; topic?: string; difficulty?: Difficulty },
  random: () => number = Math.random,
  history: ReadonlyMap<string, number> = new Map(),
): Question[] {
  const pool = bank.questions.filter(
    (q) => (!filter.topic || q.topics.includes(filter.topic)) && (!filter.difficulty || q.difficulty === filter.difficulty),
  );
  const ordered = shuffle(pool, random).sort((a, b) => (history.get(a.id) ?? -Infinity) - (history.get(b.id) ?? -Infinity));
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const q of ordered) {
    const key = `${q.kind}:${q.entries.join(',')}`;
    if (q.kind !== 'hand-written' && seen.has(key)) continue;
    seen.add(key);
    out.push(q);
    if (out.length >= filter.count) break;
  }
  return out;
}

/**
 * The options in a per-round order: the same round and question always give the same order
 * (true/false stays in order), in every language. `shown` is the question in the round's
 * language (default `q`), whose options are `q`'s, option for option.
 */
export function arrangeOptions(q: Question, seed: string, shown: Question = q): { options: string[]; correct: number } {
  const fixed = q.options.length === 2 && q.options[0] === 'True' && q.options[1] === 'False';
  const indexes = q.options.map((_, i) => i);
  const order = fixed ? indexes : shuffle(indexes, seededRandom(`${seed}:${q.id}`));
  const options = shown.options.length === q.options.length ? shown.options : q.options;
  return { options: order.map((i) => options[i]!), correct: order.indexOf(q.answer) };
}
