import { sourceRefs } from '../citations';
import type { SourceInfo } from '../knowledge/schema';
import type { Language } from '../language';
import { say } from '../phrases';
import { errorReply, writtenIn, type Reply } from '../reply';
import { clip } from '../text';
import { DIFFICULTIES, difficultiesOf, type Difficulty, type QuestionBank } from './bank';
import type { AnswerRecord, AskedRecord, Standing } from './store';

/**
 * What the quiz says in chat: the start of a round, reveals, summaries, standings and refusals,
 * each in one language (default English) through the `quiz.*` phrases. The engine gathers the
 * facts (answers, standings) and calls these; quiz replies cite their sources through
 * `citations.ts`, like every other reply.
 */

/** "easy and hard": difficulties as words of `lang`. */
function levelList(levels: readonly Difficulty[], lang: Language): string {
  const words = levels.map((d) => say(`quiz.level.${d}`, {}, lang));
  return say('quiz.levels', { count: words.length, a: words[0], b: words.slice(1).join(', ') }, lang);
}

/** "Topics: leaders (easy, medium, hard), kyrgyz (easy, medium), ...": each topic with the difficulties it has. */
export function topicsLine(bank: QuestionBank, lang: Language = 'en'): string {
  return bank.topics
    .map((t) => {
      const has = difficultiesOf(bank, t);
      return has.length === DIFFICULTIES.length
        ? t
        : say('quiz.topicWithLevels', { topic: t, levels: has.map((d) => say(`quiz.level.${d}`, {}, lang)).join(', ') }, lang);
    })
    .join(', ');
}

export function unknownTopicReply(topic: string, bank: QuestionBank, lang: Language = 'en'): Reply {
  return errorReply(say('quiz.unknownTopic', { topic: clip(topic, 41), topics: topicsLine(bank, lang) }, lang));
}

/** No question at that topic and difficulty: says which difficulties the topic has. */
export function noQuestionsReply(bank: QuestionBank, topic: string | undefined, difficulty: Difficulty | undefined, lang: Language = 'en'): Reply {
  const has = difficultiesOf(bank, topic);
  if (topic && difficulty && has.length && !has.includes(difficulty))
    return errorReply(
      say(
        'quiz.noLevel',
        { count: has.length, topic, difficulty: say(`quiz.level.${difficulty}`, {}, lang), has: levelList(has, lang), first: has[0] },
        lang,
      ),
    );
  return errorReply(say('quiz.noQuestions', {}, lang));
}

export function noMissedReply(narrowed: boolean, lang: Language = 'en'): Reply {
  return { kind: 'quiz', body: say(narrowed ? 'quiz.noMissedNarrowed' : 'quiz.noMissed', {}, lang), entries: [], ephemeral: true };
}

export function startReply(a: {
  starter: string;
  picked: number;
  requested: number;
  missed: boolean;
  /** A review round asked with no count: as long as the missed questions. */
  countGiven: boolean;
  topic?: string;
  difficulty?: Difficulty;
  seconds: number;
  typedAnswers: boolean;
  /** Default English. */
  language?: Language;
}): Reply {
  const lang = a.language ?? 'en';
  const about = [
    a.topic && say('quiz.aboutTopic', { topic: a.topic }, lang),
    a.difficulty && say('quiz.aboutDifficulty', { difficulty: say(`quiz.level.${a.difficulty}`, {}, lang) }, lang),
  ]
    .filter(Boolean)
    .join(', ');
  const shorter = a.picked < a.requested && !(a.missed && !a.countGiven);
  const title = `quiz.startTitle${a.missed ? 'Missed' : ''}${shorter ? 'Short' : ''}`;
  const started = `quiz.started${a.missed ? 'Missed' : ''}${about ? 'About' : ''}`;
  return writtenIn({
    kind: 'quiz',
    title: say(title, { count: a.picked }, lang),
    body: [
      say(started, { starter: a.starter, about }, lang),
      say(a.typedAnswers ? 'quiz.perQuestionTyped' : 'quiz.perQuestion', { count: a.seconds }, lang),
      say('quiz.firstComesNow', {}, lang),
    ].join(' '),
    entries: [],
  }, lang);
}

export function revealReply(
  asked: AskedRecord,
  answers: readonly AnswerRecord[],
  streaks: readonly Standing[],
  sources: Readonly<Record<string, SourceInfo>>,
  lang: Language = 'en',
): Reply {
  const right = answers.filter((a) => a.correct);
  const who =
    answers.length === 0
      ? say('quiz.nobodyAnswered', {}, lang)
      : right.length === 0
        ? say('quiz.nobodyRight', { count: answers.length }, lang)
        : say('quiz.rightOf', { names: right.map((a) => a.userName).join(', '), right: right.length, count: answers.length }, lang);
  const streakLine = streaks.length
    ? say('quiz.onStreak', { players: streaks.map((s) => say('quiz.streakOf', { name: s.userName, streak: s.streak }, lang)).join(', ') }, lang)
    : '';
  return writtenIn({
    kind: 'quiz',
    title: say('quiz.answerTitle', { number: asked.number, answer: asked.options[asked.correct] }, lang),
    body: [asked.explanation, who, streakLine].filter(Boolean).join('\n\n'),
    sources: sourceRefs(sources, asked.sources),
    entries: asked.entries,
  }, lang);
}

export function summaryReply(
  title: string,
  answers: readonly AnswerRecord[],
  asked: number,
  standings: readonly Standing[],
  lang: Language = 'en',
): Reply {
  const players = new Map<string, { name: string; points: number; right: number; answered: number }>();
  for (const a of answers) {
    const p = players.get(a.userId) ?? { name: a.userName, points: 0, right: 0, answered: 0 };
    p.points += a.points;
    p.right += a.correct ? 1 : 0;
    p.answered += 1;
    players.set(a.userId, p);
  }
  const streak = new Map(standings.map((s) => [s.userId, s.streak]));
  const ranked = [...players.entries()].sort((a, b) => b[1].points - a[1].points || b[1].right - a[1].right);
  const lines = ranked.map(([id, p], i) => {
    const s = streak.get(id) ?? 0;
    const values = { rank: i + 1, name: p.name, count: p.points, right: p.right, asked, streak: s };
    return say(s >= 2 ? 'quiz.scoreLineStreak' : 'quiz.scoreLine', values, lang);
  });
  return writtenIn({
    kind: 'quiz',
    title,
    body: lines.length ? say('quiz.scores', { lines: lines.join('\n') }, lang) : say('quiz.nobodyThisRound', {}, lang),
    entries: [],
  }, lang);
}

export function leaderboardReply(rows: readonly Standing[], lang: Language = 'en'): Reply {
  const title = say('quiz.leaderboardTitle', {}, lang);
  if (rows.length === 0) return { kind: 'quiz', title, body: say('quiz.noScores', {}, lang), entries: [] };
  const lines = rows.map((r, i) =>
    say('quiz.standing', { rank: i + 1, name: r.userName, count: r.points, right: r.right, answered: r.answered, best: r.bestStreak }, lang),
  );
  return { kind: 'quiz', title, body: lines.join('\n'), entries: [] };
}

export function resetReply(by: string, removed: number, lang: Language = 'en'): Reply {
  return { kind: 'quiz', title: say('quiz.resetTitle', {}, lang), body: say('quiz.resetBody', { name: by, count: removed }, lang), entries: [] };
}

/** `/quiz topics`: every topic with how many questions it has at each difficulty. */
export function topicsReply(bank: QuestionBank, lang: Language = 'en'): Reply {
  const lines = bank.topics.map((t) => {
    const levels = bank.levels.get(t)!;
    const counts = DIFFICULTIES.filter((d) => levels[d] > 0).map((d) => say(`quiz.levelCount.${d}`, { count: levels[d] }, lang));
    return say('quiz.topicLine', { topic: t, counts: counts.join(', ') }, lang);
  });
  return writtenIn({
    kind: 'quiz',
    title: say('quiz.topicsTitle', {}, lang),
    body: `${lines.join('\n')}\n\n${say('quiz.topicsFooter', {}, lang)}`,
    entries: [],
    ephemeral: true,
  }, lang);
}
