import { sourceRefs } from '../citations';
import type { SourceInfo } from '../knowledge/schema';
import { errorReply, type Reply } from '../reply';
import { clip, plural } from '../text';
import { DIFFICULTIES, difficultiesOf, type Difficulty, type QuestionBank } from './bank';
import type { AnswerRecord, AskedRecord, RoundRecord, Standing } from './store';

/**
 * What the quiz says in chat: the start of a round, reveals, summaries, standings and refusals.
 * The engine gathers the facts (answers, standings) and calls these; quiz replies cite their
 * sources through `citations.ts`, like every other reply.
 */

/** "Topics: leaders (easy, medium, hard), kyrgyz (easy, medium), ...": each topic with the difficulties it has. */
export function topicsLine(bank: QuestionBank): string {
  return bank.topics
    .map((t) => {
      const has = difficultiesOf(bank, t);
      return has.length === DIFFICULTIES.length ? t : `${t} (${has.join(', ')})`;
    })
    .join(', ');
}

export function unknownTopicReply(topic: string, bank: QuestionBank): Reply {
  return errorReply(`There is no quiz topic "${clip(topic, 41)}". Topics: ${topicsLine(bank)}.`);
}

/** No question at that topic and difficulty: says which difficulties the topic has. */
export function noQuestionsReply(bank: QuestionBank, topic: string | undefined, difficulty: Difficulty | undefined): Reply {
  const has = difficultiesOf(bank, topic);
  if (topic && difficulty && has.length && !has.includes(difficulty))
    return errorReply(`There are no ${difficulty} questions on ${topic} yet; it has ${has.join(' and ')} ones. Try /quiz ${topic} ${has[0]}.`);
  return errorReply('There are no questions for that topic and difficulty yet. Try another.');
}

export function noMissedReply(narrowed: boolean): Reply {
  return {
    kind: 'quiz',
    body: `You have no missed questions here yet${narrowed ? ' for that topic and difficulty' : ''}. Questions you answer wrong or let pass in a round come back with /quiz missed.`,
    entries: [],
    ephemeral: true,
  };
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
}): Reply {
  const about = [a.topic && `topic: ${a.topic}`, a.difficulty && `difficulty: ${a.difficulty}`].filter(Boolean).join(', ');
  const shorter = a.picked < a.requested && !(a.missed && !a.countGiven) ? ` (only ${a.picked} ${a.missed ? 'missed' : 'match'})` : '';
  const what = a.missed ? `a quiz of questions ${a.starter} missed before` : 'a quiz';
  return {
    kind: 'quiz',
    title: `Quiz: ${a.picked} ${a.missed ? 'missed ' : ''}question${a.picked === 1 ? '' : 's'}${shorter}`,
    body:
      `${a.starter} started ${what}${about ? ` (${about})` : ''}. ${a.seconds} seconds per question, one answer per person` +
      `${a.typedAnswers ? ': type the number of your answer' : ''}. The first question comes now.`,
    entries: [],
  };
}

export function revealReply(
  asked: AskedRecord,
  answers: readonly AnswerRecord[],
  streaks: readonly Standing[],
  sources: Readonly<Record<string, SourceInfo>>,
): Reply {
  const right = answers.filter((a) => a.correct);
  const who =
    answers.length === 0
      ? 'Nobody answered.'
      : right.length === 0
        ? `Nobody got it right (${plural(answers.length, 'answer')}).`
        : `Right: ${right.map((a) => a.userName).join(', ')} (${right.length} of ${plural(answers.length, 'answer')}).`;
  const streakLine = streaks.length ? `On a streak: ${streaks.map((s) => `${s.userName} (${s.streak})`).join(', ')}.` : '';
  return {
    kind: 'quiz',
    title: `Answer ${asked.number}: ${asked.options[asked.correct]}`,
    body: [asked.explanation, who, streakLine].filter(Boolean).join('\n\n'),
    sources: sourceRefs(sources, asked.sources),
    entries: asked.entries,
  };
}

export function summaryReply(
  title: string,
  answers: readonly AnswerRecord[],
  asked: number,
  standings: readonly Standing[],
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
  const lines = ranked.map(
    ([id, p], i) =>
      `${i + 1}. ${p.name}: ${plural(p.points, 'point')} (${p.right}/${asked} right${(streak.get(id) ?? 0) >= 2 ? `, streak ${streak.get(id)}` : ''})`,
  );
  return {
    kind: 'quiz',
    title,
    body: lines.length ? `Scores this round:\n${lines.join('\n')}` : 'Nobody answered this round.',
    entries: [],
  };
}

export function leaderboardReply(rows: readonly Standing[]): Reply {
  if (rows.length === 0) return { kind: 'quiz', title: 'Leaderboard', body: 'No scores in this chat yet. Start a round with /quiz.', entries: [] };
  const lines = rows.map(
    (r, i) => `${i + 1}. ${r.userName}: ${plural(r.points, 'point')} (${r.right}/${r.answered} right, best streak ${r.bestStreak})`,
  );
  return { kind: 'quiz', title: 'Leaderboard', body: lines.join('\n'), entries: [] };
}

export function resetReply(by: string, removed: number): Reply {
  return { kind: 'quiz', title: 'Leaderboard reset', body: `${by} reset this chat's leaderboard (${plural(removed, 'player')} removed).`, entries: [] };
}

/** `/quiz topics`: every topic with how many questions it has at each difficulty. */
export function topicsReply(bank: QuestionBank): Reply {
  const lines = bank.topics.map((t) => {
    const levels = bank.levels.get(t)!;
    return `${t}: ${DIFFICULTIES.filter((d) => levels[d] > 0).map((d) => `${levels[d]} ${d}`).join(', ')}`;
  });
  return { kind: 'quiz', title: 'Quiz topics', body: `${lines.join('\n')}\n\nStart one with /quiz 5 <topic> <difficulty>.`, entries: [], ephemeral: true };
}
