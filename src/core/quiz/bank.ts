import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Knowledge } from '../knowledge/load';
import { isDisputed, type DateVersion, type Entry, type Event, type Person } from '../knowledge/schema';
import { daysInMonth, formatRange, parseDateText, type Precision } from '../dates';

/**
 * The question bank: questions generated from the knowledge, plus hand-written ones from
 * `knowledge/quiz/*.yaml`.
 *
 * Generated kinds:
 * - `event-date`: "When did this take place: X?"; options are nearby dates of the same
 *   precision (years apart for a year, months for a month, days or weeks for a day); a range
 *   moves by more than its length, so no wrong option overlaps the right one.
 *   Only events whose `when` has exactly one version and is not approximate, and never when the
 *   name shown gives the year away (bracketed dates in names are not shown) or a disputed fact
 *   of the event has a version dated within it (the date itself is then in question).
 * - `disputed-date`: events whose sources give several dates; the question says that sources
 *   disagree and asks which date one of them gives; wrong options overlap none of the versions,
 *   nor the new-style equivalent of an old-style (Julian) one.
 * - `born` / `died`: "In which year was X born?", only for a single, exact version.
 * - `role`: "Who held this role: <title>?", only for posts one person holds (chairman, head,
 *   editor...), never memberships, and not for an undated post that someone else in the
 *   knowledge held in a like form; wrong options are people of the same era with no similar
 *   role who could have held it then (not dead, and at least 18, where the dates are known),
 *   people sharing a topic with the holder first.
 * - `describe-person` / `describe-term`: "Who was X?" / "What was X?", the options being the
 *   first sentences of summaries (only where every option fits in 100 characters and does not
 *   name its own entry).
 * - `identify-term`: a summary with the name hidden; "Which of these is described?". The
 *   options are bare names ("Qazaq", not "Qazaq (newspaper)"); a word of the right name left in
 *   the summary ("prison") is matched by a wrong option that shares it, or hidden too.
 * - `spelling`: "Which is the Kazakh Cyrillic spelling of X?"; wrong options are other people's
 *   Kazakh spellings with as many words, never of someone sharing a name with X.
 * - `not-participant`: "Who of these was NOT a signatory of / did NOT take part in X?". Only
 *   where absence is certain: letters (their participants are their signatories, a complete
 *   list), or people of the same era not yet born or already dead at the time.
 * Disputed facts (`about` + `versions`) are never asked as if settled.
 *
 * Difficulty:
 * - easy: describe-term, identify-term, a role held by one of the `leaders`, a year-precision
 *   event date;
 * - medium: describe-person, other roles, born/died years, month-precision event dates,
 *   spellings, not-participant;
 * - hard: day-precision event dates and every disputed-date question.
 * Hand-written questions declare their own.
 *
 * Ids are derived from the question's content (kind, entry and a hash of the question and its
 * answer), so they stay stable across restarts and change when the fact changes.
 */

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export type QuestionKind =
  | 'event-date'
  | 'disputed-date'
  | 'born'
  | 'died'
  | 'role'
  | 'describe-person'
  | 'describe-term'
  | 'identify-term'
  | 'spelling'
  | 'not-participant'
  | 'hand-written';

export interface Question {
  id: string;
  kind: QuestionKind;
  topics: string[];
  difficulty: Difficulty;
  /** At most 300 characters (a Telegram poll question). */
  question: string;
  /** 2-10 options of at most 100 characters each, no two alike; the right one first is never assumed. */
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
}

/** Limits from Telegram's quiz polls, the strictest platform. */
export const LIMITS = { question: 300, option: 100, explanation: 200, explanationLineFeeds: 2, minOptions: 2, maxOptions: 10 };

/** Why the hand-written questions could not be used: names the file, the question and the field. */
export class QuizBankError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge/quiz has ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'QuizBankError';
  }
}

/** Builds the bank from validated knowledge; throws a QuizBankError when a hand-written question is wrong. */
export function buildQuestionBank(knowledge: Knowledge): QuestionBank {
  const generated = generateQuestions(knowledge);
  const written = readWrittenQuestions(knowledge);
  const byId = new Map<string, Question>();
  for (const q of [...written, ...generated]) {
    if (byId.has(q.id)) continue; // the same content twice: keep the first (hand-written wins)
    if (questionProblems(q).length === 0) byId.set(q.id, q);
  }
  const questions = [...byId.values()];
  const topics = [...new Set(questions.flatMap((q) => q.topics))].sort();
  return { questions, byId, topics };
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
  if (new Set(q.options.map(fold)).size !== q.options.length) out.push('options: two options are alike');
  if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length) out.push('answer: must name one of the options');
  if (q.explanation.length > LIMITS.explanation) out.push(`explanation: at most ${LIMITS.explanation} characters`);
  if ((q.explanation.match(/\n/g) ?? []).length > LIMITS.explanationLineFeeds)
    out.push(`explanation: at most ${LIMITS.explanationLineFeeds} line feeds`);
  if (q.sources.length === 0) out.push('sources: every question needs a source');
  return out;
}

/** Picks up to `count` questions matching a topic and a difficulty, at random. */
export function pickQuestions(
  bank: QuestionBank,
  filter: { count: number; topic?: string; difficulty?: Difficulty },
  random: () => number = Math.random,
): Question[] {
  const pool = bank.questions.filter(
    (q) => (!filter.topic || q.topics.includes(filter.topic)) && (!filter.difficulty || q.difficulty === filter.difficulty),
  );
  const shuffled = shuffle(pool, random);
  // One question per fact in a round: no two with the same kind about the same entries.
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const q of shuffled) {
    const key = `${q.kind}:${q.entries.join(',')}`;
    if (q.kind !== 'hand-written' && seen.has(key)) continue;
    seen.add(key);
    out.push(q);
    if (out.length >= filter.count) break;
  }
  return out;
}

/** The options in a per-round order: the same round and question always give the same order. */
export function arrangeOptions(q: Question, seed: string): { options: string[]; correct: number } {
  const order = shuffle(
    q.options.map((_, i) => i),
    seededRandom(`${seed}:${q.id}`),
  );
  return { options: order.map((i) => q.options[i]!), correct: order.indexOf(q.answer) };
}

// ---------------------------------------------------------------------------------------------
// Hand-written questions

const WrittenQuestion = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  question: z.string().trim().min(1).max(LIMITS.question),
  options: z.array(z.string().trim().min(1).max(LIMITS.option)).min(LIMITS.minOptions).max(LIMITS.maxOptions),
  /** The right option, written exactly as in `options`. */
  answer: z.string().trim().min(1),
  explanation: z
    .string()
    .trim()
    .max(LIMITS.explanation)
    .refine((t) => (t.match(/\n/g) ?? []).length <= LIMITS.explanationLineFeeds, 'at most 2 line feeds'),
  sources: z.array(z.string().min(1)).min(1, 'every question needs a source'),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /** Knowledge entries the question is about. */
  entries: z.array(z.string()).default([]),
});

const WrittenFile = z.strictObject({ questions: z.array(z.unknown()) });

function readWrittenQuestions(knowledge: Knowledge): Question[] {
  const problems: string[] = [];
  const out: Question[] = [];
  const ids = new Map<string, string>();
  for (const { file, data } of knowledge.extras.get('quiz') ?? []) {
    const parsedFile = WrittenFile.safeParse(data);
    if (!parsedFile.success) {
      problems.push(`${file}: question "?": field "questions": the file must hold a list under "questions:"`);
      continue;
    }
    parsedFile.data.questions.forEach((raw, index) => {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${index + 1}`;
      const parsed = WrittenQuestion.safeParse(raw);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          problems.push(`${file}: question "${id}": field "${i.path.join('.') || '(top level)'}": ${i.message}`);
        return;
      }
      const w = parsed.data;
      const where = (field: string, message: string) => problems.push(`${file}: question "${w.id}": field "${field}": ${message}`);
      const earlier = ids.get(w.id);
      if (earlier) return where('id', `duplicate id, also used in ${earlier}`);
      ids.set(w.id, file);
      const answer = w.options.indexOf(w.answer);
      if (answer < 0) return where('answer', 'must be written exactly as one of the options');
      if (new Set(w.options.map(fold)).size !== w.options.length) return where('options', 'two options are alike');
      w.sources.forEach((key, i) => {
        if (!(key in knowledge.sources)) where(`sources.${i}`, `unknown source "${key}"`);
      });
      w.entries.forEach((e, i) => {
        if (!knowledge.byId.has(e)) where(`entries.${i}`, `unknown entry "${e}"`);
      });
      out.push({
        id: w.id,
        kind: 'hand-written',
        topics: w.topics,
        difficulty: w.difficulty,
        question: w.question,
        options: w.options,
        answer,
        explanation: w.explanation,
        sources: w.sources,
        entries: w.entries,
      });
    });
  }
  if (problems.length) throw new QuizBankError(problems);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generated questions

const OPTIONS = 4;
const ERA_YEARS = 30;

function generateQuestions(k: Knowledge): Question[] {
  const people = k.entries.filter((e): e is Person => e.kind === 'person');
  const events = k.entries.filter((e): e is Event => e.kind === 'event');
  const terms = k.entries.filter((e) => e.kind !== 'person' && e.kind !== 'event');
  const out: Question[] = [];
  for (const e of events) {
    out.push(...opt(eventDate(e), disputedDate(e), notParticipant(e, people)));
  }
  for (const p of people) {
    out.push(...opt(lifeYear(p, 'born'), lifeYear(p, 'died'), spelling(p, people), describe(p, people, 'describe-person')));
    p.roles.forEach((_, i) => out.push(...opt(role(p, i, people))));
  }
  for (const t of terms) out.push(...opt(describe(t, terms, 'describe-term'), identifyTerm(t, terms)));
  return out;
}

/**
 * An event's name as a question shows it: without bracketed dates ("The Letter of Five (July
 * 1932)" -> "The Letter of Five"), which would give the answer away.
 */
function shownName(e: Entry): string {
  return e.name.replace(/\s*\([^)]*\d[^)]*\)/g, '').trim() || e.name;
}

/** Does the question give away the year of its right answer? */
function givesYearAway(question: string, answer: string): boolean {
  const years = answer.match(/\b\d{4}\b/g) ?? [];
  return years.some((y) => question.includes(y));
}

function opt(...qs: (Question | null)[]): Question[] {
  return qs.filter((q): q is Question => q !== null);
}

function make(
  kind: QuestionKind,
  entry: Entry,
  difficulty: Difficulty,
  question: string,
  right: string,
  wrong: string[],
  explanation: string,
  sources: string[],
  entries: string[] = [entry.id],
): Question | null {
  const unique: string[] = [];
  for (const w of wrong) {
    if (fold(w) === fold(right) || unique.some((u) => fold(u) === fold(w))) continue;
    unique.push(w);
  }
  const chosen = unique.slice(0, OPTIONS - 1);
  if (chosen.length < 1) return null;
  const id = `${kind}-${entry.id}-${hash(`${question}\n${right}`)}`;
  // The right option's position comes from the id, so a bank built twice is identical.
  const options = [...chosen];
  const at = Math.floor(seededRandom(id)() * (options.length + 1));
  options.splice(at, 0, right);
  const q: Question = {
    id,
    kind,
    topics: entry.topics.length ? [...entry.topics] : ['general'],
    difficulty,
    question,
    options,
    answer: at,
    explanation: clip(explanation, LIMITS.explanation),
    sources: [...new Set(sources)],
    entries,
  };
  return questionProblems(q).length ? null : q;
}

/** "When did X take place?" for a single, exact date. */
function eventDate(e: Event): Question | null {
  if (e.when.length !== 1) return null;
  const v = e.when[0]!;
  if (v.circa) return null;
  const span = parseDateText(v.date);
  if (!span) return null;
  const right = formatRange(v.date, v.end);
  const wrong = nearbyDates(v, e.id).map((d) => formatRange(d.date, d.end));
  const calendar = v.calendar === 'julian' ? ' (old-style Julian calendar)' : '';
  const difficulty: Difficulty = span.precision === 'year' ? 'easy' : span.precision === 'month' ? 'medium' : 'hard';
  const place = v.place ?? e.place;
  const question = `When did this take place${calendar}: ${shownName(e)}?`;
  if (givesYearAway(question, right)) return null;
  // A date that a disputed fact of the event questions ("most were shot in 1935-38", against
  // deaths in 1935, 1939 and 1941) is not asked as if settled.
  const when = spanOf(v)!;
  const questioned = e.facts
    .filter(isDisputed)
    .some((f) => f.versions.some((c) => c.date !== undefined && overlaps(spanOf({ date: c.date, end: c.end }), when)));
  if (questioned) return null;
  return make(
    'event-date',
    e,
    difficulty,
    question,
    right,
    wrong,
    `${e.name}: ${right}${place ? `, ${place}` : ''}. Sources: ${v.sources.join(', ')}.`,
    v.sources,
  );
}

/** Events whose sources give several dates: the question says so, and asks for one of them. */
function disputedDate(e: Event): Question | null {
  if (e.when.length < 2) return null;
  const versions = e.when.filter((v) => !v.circa);
  if (versions.length < 2) return null;
  const pick = versions[Math.floor(seededRandom(`disputed:${e.id}`)() * versions.length)]!;
  // An old-style date also excludes its new-style equivalent, which other sources may give.
  const spans = e.when
    .flatMap((v) => {
      const s = spanOf(v);
      return s && v.calendar === 'julian' ? [s, { first: s.first + julianOffset(s.first), last: s.last + julianOffset(s.last) }] : [s];
    })
    .filter((s): s is { first: number; last: number } => s !== null);
  const wrong = nearbyDates(pick, e.id, 6)
    .filter((d) => {
      const s = spanOf(d);
      return s !== null && spans.every((o) => s.last < o.first || s.first > o.last);
    })
    .map((d) => formatRange(d.date, d.end));
  const right = formatRange(pick.date, pick.end);
  const given = e.when.map((v) => `${formatRange(v.date, v.end)}${v.calendar === 'julian' ? ' OS' : ''} (${v.sources.join(', ')})`);
  const question = `Sources disagree on the date of this: ${shownName(e)}. Which of these dates does one of them give?`;
  if (givesYearAway(question, right)) return null;
  return make(
    'disputed-date',
    e,
    'hard',
    question,
    right,
    wrong,
    `Sources differ: ${given.join('; ')}.`,
    e.when.flatMap((v) => v.sources),
  );
}

function lifeYear(p: Person, which: 'born' | 'died'): Question | null {
  const list = p[which];
  if (list.length !== 1 || list[0]!.circa) return null;
  const v = list[0]!;
  const year = Number(v.date.slice(0, 4));
  const shifts = pickShifts([-3, -2, -1, 1, 2, 3, 4], 3, `${which}:${p.id}`);
  const verb = which === 'born' ? 'born' : 'die';
  return make(
    which,
    p,
    'medium',
    which === 'born' ? `In which year was ${p.name} born?` : `In which year did ${p.name} die?`,
    String(year),
    shifts.map((s) => String(year + s)),
    `${p.name} ${verb === 'born' ? 'was born' : 'died'} ${/^\d{4}-\d{2}-\d{2}$/.test(v.date) ? 'on' : 'in'} ${formatRange(v.date, v.end)}${v.place ? `, ${v.place}` : ''}. Sources: ${v.sources.join(', ')}.`,
    v.sources,
  );
}

/**
 * "Who held this role?": only for a post one person holds (a chairman, an editor, a head), never
 * for a membership ("Member of the Alash party", "A leader of ...", "Co-founder of ..."), which
 * several people share. Wrong options are people of the same era none of whose roles resembles
 * this one (two or more shared words, a chairman and a head counting as alike).
 */
function role(p: Person, index: number, people: Person[]): Question | null {
  const r = p.roles[index]!;
  if (!SINGLE_POST.test(r.title) || SHARED_POST.test(r.title) || mentions(r.title, p)) return null;
  const period = r.from ? ` (${formatRange(r.from, r.to)})` : '';
  // Without a period the title alone must say which post is meant: "Head of the Kazakh
  // government" also fits Bukeikhanov, who chaired the Alash Orda government.
  if (!period && people.some((o) => o.id !== p.id && o.roles.some((or) => similarPost(r.title, or.title)))) return null;
  const words = postWords(r.title);
  const held = r.from ? parseDateText(r.from) : null;
  const eligible = sameEra(p, people).filter(
    (o) => !o.roles.some((or) => shared(words, postWords(or.title)) >= 2) && (!held || couldHold(o, held.first)),
  );
  // People of the holder's own topics first: Stalin is no plausible chairman of a Kazakh congress.
  const near = (o: Person) => o.topics.some((t) => p.topics.includes(t));
  const others = [...eligible.filter(near), ...eligible.filter((o) => !near(o))];
  const difficulty: Difficulty = p.topics.includes('leaders') ? 'easy' : 'medium';
  return make(
    'role',
    p,
    difficulty,
    `Who held this role: ${r.title}${period}?`,
    p.name,
    others.map((o) => o.name),
    `${p.name}: ${r.title}${period}. Sources: ${r.sources.join(', ')}.`,
    r.sources,
  );
}

const SINGLE_POST =
  /^(chairman|chairwoman|chair|head|president|prime minister|editor|editor-in-chief|leader|foreign minister|minister|commissar|first secretary|secretary|first vice-rector|rector|vice-rector|deputy chairman|deputy to|founder|first head)\b/i;
const SHARED_POST = /^(a|an|one of|member|members|co-?founder|delegate|deputy in)\b/i;
const STOP_WORDS = new Set(['the', 'and', 'for', 'of', 'in', 'at', 'to', 'a', 'an', 'with', 'after', 'before', 'its', 'his', 'her', 'from']);
const ALIKE: Record<string, string> = { chairman: 'head', chairwoman: 'head', chair: 'head', president: 'head', leader: 'head' };

/**
 * Whether two titles name the same kind of post over much the same body: both single posts of
 * the same rank (a chairman and a head alike) sharing at least half of this title's other words.
 */
function similarPost(title: string, other: string): boolean {
  if (!SINGLE_POST.test(other) || SHARED_POST.test(other)) return false;
  const rank = (t: string) => ALIKE[SINGLE_POST.exec(t)![1]!.toLowerCase()] ?? SINGLE_POST.exec(t)![1]!.toLowerCase();
  if (rank(title) !== rank(other)) return false;
  const words = postWords(title);
  const rest = [...words].filter((w) => w !== rank(title));
  const otherWords = postWords(other);
  return rest.length > 0 && rest.filter((w) => otherWords.has(w)).length * 2 >= rest.length;
}

/**
 * Whether a person could have held a post from `day` (days since the epoch, as `parseDateText`
 * gives): not dead before it and, where the birth is known, at least 18 by then. A wrong option
 * who was a child or long dead at the time gives the answer away.
 */
function couldHold(o: Person, day: number): boolean {
  const born = o.born.map(spanOf).filter((b) => b !== null);
  const died = o.died.map(spanOf).filter((d) => d !== null);
  if (died.length > 0 && died.every((d) => d.last < day)) return false;
  const adult = 18 * 365.25;
  return !(born.length > 0 && born.every((b) => b.first + adult > day));
}

function postWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
      .map((w) => ALIKE[w] ?? w),
  );
}

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * "Which is the Kazakh Cyrillic spelling of X?": other people's Kazakh spellings are the wrong
 * options, each with as many words as the right one (a lone surname among full names gives
 * itself away), never from someone who shares a name with X (Khalel and Zhansha Dosmukhamedov).
 */
function spelling(p: Person, people: Person[]): Question | null {
  const own = p.aliases.filter(isKazakhCyrillic);
  const names = new Set([p.name, ...p.aliases].map(fold));
  const others = sameEra(p, people).filter((o) => ![o.name, ...o.aliases].some((n) => names.has(fold(n))));
  const words = (text: string) => text.trim().split(/\s+/).length;
  let right: string | undefined;
  let wrong: string[] = [];
  for (const candidate of own) {
    const found = others
      .map((o) => o.aliases.find((a) => isKazakhCyrillic(a) && words(a) === words(candidate)))
      .filter((a): a is string => a !== undefined && !own.some((o) => fold(o) === fold(a)));
    if (found.length > wrong.length || right === undefined) [right, wrong] = [candidate, found];
    if (wrong.length >= OPTIONS - 1) break;
  }
  if (!right || wrong.length < OPTIONS - 1) return null;
  return make(
    'spelling',
    p,
    'medium',
    `Which is the Kazakh Cyrillic spelling of ${p.name}?`,
    right,
    wrong,
    `${p.name} is written ${right} in Kazakh. Sources: ${p.summary.sources.join(', ')}.`,
    p.summary.sources,
  );
}

/** "Who was X?" / "What was X?" with the first sentences of summaries as options. */
function describe(entry: Entry, peers: Entry[], kind: 'describe-person' | 'describe-term'): Question | null {
  const right = description(entry);
  if (!right) return null;
  const pool = shuffle(
    peers.filter((o) => o.id !== entry.id),
    seededRandom(`describe:${entry.id}`),
  );
  const wrong = pool.map((o) => description(o)).filter((d): d is string => d !== null && !mentions(d, entry));
  if (wrong.length < OPTIONS - 1) return null; // a guess between two descriptions is too easy to be worth asking
  return make(
    kind,
    entry,
    kind === 'describe-person' ? 'medium' : 'easy',
    kind === 'describe-person' ? `Who was ${entry.name}?` : `What was ${entry.name}?`,
    right,
    wrong,
    `${entry.name}: ${right} Sources: ${entry.summary.sources.join(', ')}.`,
    entry.summary.sources,
  );
}

/** The summary with the name hidden: "Which of these is described here?" */
function identifyTerm(t: Entry, terms: Entry[]): Question | null {
  let text = firstSentences(t.summary.text, 220);
  for (const n of [t.name, bareName(t), ...t.aliases].sort((a, b) => b.length - a.length)) text = text.replace(new RegExp(escapeRegExp(n), 'gi'), '…');
  // Only where the summary named the entry (so hiding it leaves a riddle, not a giveaway).
  if (!text.includes('…') || mentions(text, t)) return null;
  // Options are bare names: a qualifier such as "(1909)" or "(newspaper)" would repeat the
  // description and give the answer away.
  const right = bareName(t);
  const words = contentWords(right);
  const clues = words.filter((w) => contentWords(text).includes(w));
  const pool = shuffle(
    terms.filter((o) => o.id !== t.id && !mentions(text, o)),
    seededRandom(`identify:${t.id}`),
  );
  // Wrong options that share a word of the right name found in the description come first
  // ("Solovki prison camp" beside "Butyrka prison", "Ush Zhuz party" beside "Alash party"), so
  // that word decides nothing; then those of the same kind, then any sharing a word of its name.
  const rank = (o: Entry) => {
    const own = contentWords(bareName(o));
    return (own.some((w) => clues.includes(w)) ? 0 : 4) + (o.kind === t.kind ? 0 : 2) + (own.some((w) => words.includes(w)) ? 0 : 1);
  };
  const wrong: string[] = [];
  for (const o of [...pool].sort((a, b) => rank(a) - rank(b))) {
    const label = bareName(o);
    if (fold(label) !== fold(right) && !wrong.some((w) => fold(w) === fold(label))) wrong.push(label);
    if (wrong.length >= OPTIONS - 1) break;
  }
  // A telling word no wrong option shares is hidden too ("The … is the … whose construction
  // committee ..."); a word in many names ("Alash") tells nothing and stays.
  const named = terms.map((o) => new Set(contentWords(bareName(o))));
  for (const w of clues) {
    if (named.filter((n) => n.has(w)).length >= 3) continue;
    if (wrong.some((o) => contentWords(o).includes(w))) continue;
    text = text.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'giu'), '…');
  }
  return make(
    'identify-term',
    t,
    'easy',
    `Which of these is described here: "${text}"`,
    right,
    wrong,
    `${t.name}. Sources: ${t.summary.sources.join(', ')}.`,
    t.summary.sources,
  );
}

/** An entry's name without its bracketed qualifiers: "Qazaq (newspaper)" -> "Qazaq". */
function bareName(e: Entry): string {
  return e.name.replace(/\s*\([^)]*\)/g, '').trim() || e.name;
}

/** The words of a name or text that tell something: 4 letters or more, not a stop word, folded. */
function contentWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\d]+/u)
    .map((w) => w.replace(/['’]s$/, ''))
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
}

/**
 * "Who of these was NOT ...?": the right option must be certainly absent. Letters list all their
 * signatories, so anyone else of the same era is absent. For other events only someone of the
 * participants' era who was not yet born or already dead at the time is certainly absent
 * (participants lists are often partial); a far older figure would make the question trivial.
 */
function notParticipant(e: Event, people: Person[]): Question | null {
  const inside = e.participants.map((id) => people.find((p) => p.id === id)).filter((p): p is Person => p !== undefined);
  if (inside.length < 3 || e.when.length === 0) return null;
  const isLetter = /\bletter\b/i.test(e.name);
  const eventSpan = spanOf(e.when[0]!);
  if (!eventSpan) return null;
  // A commemoration's "participants" are the people honoured, long dead: no such question.
  const diedBefore = (p: Person) => p.died.length > 0 && p.died.every((d) => (spanOf(d)?.last ?? Infinity) < eventSpan.first);
  if (!isLetter && inside.some(diedBefore)) return null;
  const absent = people.filter((p) => {
    if (e.participants.includes(p.id)) return false;
    // Same era, known for certain: both birth years given and within 30 years.
    const year = birthYear(p);
    if (year === undefined || !inside.some((i) => Math.abs((birthYear(i) ?? Infinity) - year) <= ERA_YEARS)) return false;
    if (isLetter) return true;
    const born = p.born.map(spanOf).filter((s) => s !== null);
    const died = p.died.map(spanOf).filter((s) => s !== null);
    const notYetBorn = born.length > 0 && born.every((b) => b.first > eventSpan.last);
    const dead = died.length > 0 && died.every((d) => d.last < eventSpan.first);
    return notYetBorn || dead;
  });
  const outsider = shuffle(absent, seededRandom(`outsider:${e.id}`))[0];
  if (!outsider) return null;
  const chosen = shuffle(inside, seededRandom(`not:${e.id}`)).slice(0, OPTIONS - 1);
  const verb = isLetter ? 'was NOT a signatory of' : 'did NOT take part in';
  return make(
    'not-participant',
    e,
    'medium',
    `Who of these ${verb} this: ${shownName(e)}?`,
    outsider.name,
    chosen.map((p) => p.name),
    `${isLetter ? 'Signatories' : 'Participants'} of ${shownName(e)} include ${inside.map((p) => p.name).join(', ')}. Sources: ${e.summary.sources.join(', ')}.`,
    [...e.summary.sources, ...e.when[0]!.sources],
    [e.id, ...inside.map((p) => p.id), outsider.id],
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Dates near `v`, of the same precision, shifted as a whole when `v` is a range. */
function nearbyDates(v: DateVersion, seed: string, count = OPTIONS - 1): { date: string; end?: string }[] {
  const span = parseDateText(v.date);
  if (!span) return [];
  const precision: Precision = span.precision;
  const end = v.end ? parseDateText(v.end) : null;
  let steps: number[];
  if (precision === 'year' || precision === 'month') {
    // A range moves by more than its length, so no wrong option overlaps the right one
    // (1935-1938 against 1936-1939 would be half right).
    const length = end ? (precision === 'year' ? end.year - span.year : monthsBetween(v.date, v.end!)) + 1 : 1;
    const base = precision === 'year' ? [-3, -2, -1, 1, 2, 3] : [-3, -2, -1, 1, 2, 3, 4];
    steps = end ? [-3, -2, -1, 1, 2, 3].map((s) => s * length) : base;
  } else {
    const length = end ? end.last - span.first + 1 : 1;
    const unit = Math.max(length + 1, 3);
    steps = [-3, -2, -1, 1, 2, 3].map((s) => s * unit);
  }
  return pickShifts(steps, count, `dates:${seed}`).map((s) => ({
    date: shift(v.date, precision, s),
    end: v.end && end ? shift(v.end, end.precision, s, precision) : undefined,
  }));
}

/** Moves a date by `by` units of `unit` precision (years, months or days). */
function shift(text: string, precision: Precision, by: number, unit: Precision = precision): string {
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (unit === 'year') return [String(y + by).padStart(4, '0'), ...text.split('-').slice(1)].join('-');
  if (unit === 'month') {
    const total = y * 12 + ((m ?? 1) - 1) + by;
    const ny = Math.floor(total / 12);
    const nm = (total % 12) + 1;
    if (precision === 'year') return String(ny);
    if (precision === 'month') return `${ny}-${pad(nm)}`;
    return `${ny}-${pad(nm)}-${pad(Math.min(d ?? 1, daysInMonth(ny, nm)))}`;
  }
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1) + by * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number | undefined];
  const [ty, tm] = to.split('-').map(Number) as [number, number | undefined];
  return (ty - fy) * 12 + ((tm ?? 12) - (fm ?? 1));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days to add to an old-style (Julian) date for the new style: 13 in 1900-2099, 12 in the 1800s. */
function julianOffset(day: number): number {
  return day >= parseDateText('1900-03-01')!.first ? 13 : 12;
}

function overlaps(a: { first: number; last: number } | null, b: { first: number; last: number }): boolean {
  return a !== null && a.first <= b.last && b.first <= a.last;
}

function spanOf(v: { date: string; end?: string }): { first: number; last: number } | null {
  const a = parseDateText(v.date);
  if (!a) return null;
  const b = v.end ? parseDateText(v.end) : null;
  return { first: a.first, last: b ? b.last : a.last };
}

function pickShifts(steps: number[], count: number, seed: string): number[] {
  return shuffle(steps, seededRandom(seed)).slice(0, count).sort((a, b) => a - b);
}

function birthYear(p: Person): number | undefined {
  const v = p.born[0];
  return v ? Number(v.date.slice(0, 4)) : undefined;
}

function closeInAge(a: Person, b: Person): boolean {
  const ya = birthYear(a);
  const yb = birthYear(b);
  return ya === undefined || yb === undefined || Math.abs(ya - yb) <= ERA_YEARS;
}

/** Other people of the same era (birth years within 30 years; unknown counts as same), in a stable shuffled order. */
function sameEra(p: Person, people: Person[]): Person[] {
  return shuffle(
    people.filter((o) => o.id !== p.id && closeInAge(p, o)),
    seededRandom(`era:${p.id}`),
  );
}

/** The first sentence of a summary as an option: "Poet and journalist, ...". Null when it names its entry or is too long. */
function description(e: Entry): string | null {
  let text = firstSentences(e.summary.text, LIMITS.option);
  const names = [e.name, ...e.aliases].sort((a, b) => b.length - a.length);
  for (const n of names) {
    const lead = new RegExp(`^(the\\s+)?${escapeRegExp(n)}\\s+(was|is|were|are)\\s+`, 'i');
    if (lead.test(text)) {
      text = text.replace(lead, '');
      text = text.charAt(0).toUpperCase() + text.slice(1);
      break;
    }
  }
  if (!text || text.length > LIMITS.option || mentions(text, e)) return null;
  return text;
}

/**
 * Whole sentences from the start of `text`, as many as fit in `max` characters ('' when the
 * first does not). A sentence ends at . ! or ? followed by a space, outside quotes and brackets,
 * so `"Oyan, Qazaq!" (1909)` and `1.5 million` stay whole.
 */
function firstSentences(text: string, max: number): string {
  const t = text.trim();
  const ends: number[] = [];
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '"' || c === '“' || c === '”') quoted = c === '“' ? true : c === '”' ? false : !quoted;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if ('.!?'.includes(c) && depth === 0 && !quoted && (i + 1 === t.length || /\s/.test(t[i + 1]!))) ends.push(i + 1);
  }
  if (ends.at(-1) !== t.length) ends.push(t.length);
  let out = '';
  for (const end of ends) {
    if (end > max) break;
    out = t.slice(0, end);
  }
  return out.trim();
}

/** Does `text` name the entry (its name or any alias)? */
function mentions(text: string, e: Entry): boolean {
  const t = fold(text);
  return [e.name, ...e.aliases].some((n) => fold(n).length >= 3 && t.includes(fold(n)));
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
function isKazakhCyrillic(text: string): boolean {
  return /^[\p{Script=Cyrillic}\s.'’-]+$/u.test(text) && KAZAKH_LETTERS.test(text);
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

/** A small deterministic generator (mulberry32), seeded from a string. */
export function seededRandom(seed: string): () => number {
  let a = parseInt(createHash('sha1').update(seed).digest('hex').slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
