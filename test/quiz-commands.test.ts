import { afterEach, describe, expect, it } from 'vitest';
import quizCommand from '../commands/quiz';
import leaderboardCommand from '../commands/leaderboard';
import type { ChatRef, Context, UserRef } from '../src/core/chat';
import { Core } from '../src/core/core';
import { seededRandom } from '../src/core/quiz/bank';
import { createQuiz, type QuizEngine } from '../src/core/quiz/engine';
import { SqliteQuizStore } from '../src/core/quiz/store';
import { QUIZ_TOPICS } from '../src/core/quiz/topics';
import { FakeClock } from './fakes/clock';
import { quizKnowledge } from './fakes/quiz-knowledge';
import { RecordingQuizTable } from './fakes/quiz-table';

const knowledge = quizKnowledge();
const group: ChatRef = { platform: 'discord', id: '555', kind: 'group', guildId: '1' };
const terminal: ChatRef = { platform: 'terminal', id: 'terminal', kind: 'private' };
const alice: UserRef = { id: 'a', name: 'Alice' };
const bob: UserRef = { id: 'b', name: 'Bob' };
const ctx = (user: UserRef, chat: ChatRef = group): Context => ({ chat, user, addressed: true });

const engines: QuizEngine[] = [];
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close();
});

async function setup() {
  const clock = new FakeClock();
  const quiz = createQuiz({ knowledge, store: new SqliteQuizStore(':memory:'), clock, leadInMs: 1000, pauseMs: 1000, random: seededRandom('c') });
  engines.push(quiz);
  clock.settle = () => quiz.settled();
  const discord = new RecordingQuizTable(false);
  const term = new RecordingQuizTable(true);
  await quiz.attach('discord', discord);
  await quiz.attach('terminal', term);
  const core = await Core.create({ knowledge, quiz, commands: [quizCommand, leaderboardCommand] });
  return { clock, quiz, discord, term, core };
}

describe('/quiz', () => {
  it('reads its options from text', () => {
    expect(quizCommand.parse('5 leaders easy')).toEqual({ questions: 5, topic: 'leaders', difficulty: 'easy' });
    expect(quizCommand.parse('hard 3')).toEqual({ questions: 3, difficulty: 'hard' });
    expect(quizCommand.parse('stop')).toEqual({ action: 'stop' });
    expect(quizCommand.parse('')).toEqual({});
    expect(quizCommand.parse('missed 3')).toEqual({ action: 'missed', questions: 3 });
    expect(quizCommand.options.find((o) => o.name === 'action')!.choices!.map((c) => c.value)).toContain('missed');
    expect(quizCommand.options.find((o) => o.name === 'topic')!.choices!.map((c) => c.value)).toEqual([...QUIZ_TOPICS]);
  });

  it('lists the topics with their difficulties, and names them when a difficulty is missing', async () => {
    const { core, quiz } = await setup();
    expect(quizCommand.parse('topics')).toEqual({ action: 'topics' });
    const topics = (await core.handleText('/quiz topics', ctx(alice)))!;
    expect(topics.title).toBe('Quiz topics');
    for (const t of quiz.bank.topics) expect(topics.body).toContain(`${t}: `);
    const sparse = quiz.bank.topics.find((t) => Object.values(quiz.bank.levels.get(t)!).some((n) => n === 0))!;
    const levels = quiz.bank.levels.get(sparse)!;
    const missing = (['easy', 'medium', 'hard'] as const).find((d) => levels[d] === 0)!;
    const refused = (await core.handleText(`/quiz 3 ${sparse} ${missing}`, ctx(alice)))!;
    expect(refused.kind).toBe('error');
    expect(refused.body).toContain(`no ${missing} questions on ${sparse}`);
    expect(quizCommand.options.find((o) => o.name === 'action')!.choices!.map((c) => c.value)).toContain('topics');
  });

  it('starts and stops a round from a chat message or a slash command', async () => {
    const { clock, core, discord } = await setup();
    const started = await core.handleText('/alash quiz 2 famine medium', ctx(alice));
    expect(started).toMatchObject({ kind: 'quiz', title: 'Quiz: 2 questions' });
    expect((await core.handleText('/quiz', ctx(bob)))!.body).toContain('already running');
    await clock.advance(1000);
    expect(discord.asked).toHaveLength(1);
    expect((await core.runCommand('quiz', { action: 'stop' }, ctx(bob))).kind).toBe('error');
    const stopped = await core.runCommand('quiz', { action: 'stop' }, ctx(alice));
    expect(stopped.title).toBe('Quiz stopped');
    expect((await core.handleText('/quiz stop', ctx(alice)))!.body).toBe('No quiz is running in this chat.');
  });

  it('starts the round in the language of the request, and answers in it', async () => {
    const { clock, core, discord } = await setup();
    const ru = (user: UserRef): Context => ({ ...ctx(user), language: 'ru' });
    expect(await core.runCommand('quiz', { questions: 2 }, ru(alice))).toMatchObject({ kind: 'quiz', title: 'Викторина: 2 вопроса' });
    expect((await core.runCommand('quiz', { difficulty: 'insane' }, ru(bob))).body).toBe('Уровень сложности: easy, medium или hard.');
    await clock.advance(1000);
    expect(discord.last.view.language).toBe('ru');
    expect((await core.runCommand('leaderboard', {}, { ...ctx(bob), language: 'kk' })).title).toBe('Көшбасшылар кестесі');
    expect((await core.runCommand('quiz', { action: 'stop' }, ru(alice))).title).toBe('Викторина остановлена');
  });

  it('refuses bad options with a short error', async () => {
    const { core } = await setup();
    expect(await core.handleText('/quiz 99', ctx(alice))).toMatchObject({ kind: 'error', ephemeral: true });
    expect((await core.runCommand('quiz', { difficulty: 'insane' }, ctx(alice))).body).toBe('Difficulty is easy, medium or hard.');
    expect((await core.runCommand('quiz', { questions: 2.5 }, ctx(alice))).kind).toBe('error');
    const unknownTopic = await core.handleText('/quiz <b>bold</b>', ctx(alice));
    expect(unknownTopic!.kind).toBe('error');
  });

  it('takes typed answers in the terminal through the core', async () => {
    const { clock, core, term } = await setup();
    await core.handleText('quiz 1', ctx(alice, terminal));
    const early = await core.handleText('2', ctx(alice, terminal));
    expect(early).toMatchObject({ kind: 'quiz', ephemeral: true, body: 'The next question is coming; answer it when it appears.' });
    await clock.advance(1000);
    const reply = await core.handleText(String(term.last.view.correct + 1), ctx(alice, terminal));
    expect(reply).toMatchObject({ kind: 'quiz', ephemeral: true });
    expect(reply!.body).toContain('Answer recorded');
    await clock.advance(30_000);
    expect(term.posts.at(-1)!.reply.title).toBe('Quiz over');
  });

  it('re-asks missed questions from a chat message or the Discord action', async () => {
    const { clock, core, discord, term } = await setup();
    expect((await core.handleText('/quiz missed', ctx(alice, terminal)))!.body).toContain('You have no missed questions here yet');
    await core.handleText('quiz 2', ctx(alice, terminal));
    await clock.advance(1000);
    const first = term.last.view;
    await core.handleText(String(((first.correct + 1) % first.options.length) + 1), ctx(alice, terminal));
    await clock.advance(31_000);
    await clock.advance(31_000); // the second question passes unanswered
    expect(term.posts.at(-1)!.reply.title).toBe('Quiz over');
    const review = await core.handleText('/quiz missed', ctx(alice, terminal));
    expect(review).toMatchObject({ kind: 'quiz', title: 'Quiz: 2 missed questions' });
    await clock.advance(1000);
    expect(term.last.view.question).not.toBe(first.question); // the one left unanswered comes first
    await clock.advance(32_000);
    expect(term.last.view.question).toBe(first.question);
    await core.handleText('quiz stop', ctx(alice, terminal));
    // On Discord: the action choice; Bob has missed nothing in that channel.
    const none = await core.runCommand('quiz', { action: 'missed' }, ctx(bob));
    expect(none).toMatchObject({ kind: 'quiz', ephemeral: true });
    expect(discord.asked).toHaveLength(0);
  });

  it('says the quiz is unavailable without an engine', async () => {
    const core = await Core.create({ knowledge, commands: [quizCommand, leaderboardCommand] });
    expect(await core.handleText('/quiz', ctx(alice))).toMatchObject({ kind: 'error', body: 'The quiz is not available right now.' });
  });
});

describe('/leaderboard', () => {
  it('shows the standings and lets only admins reset them', async () => {
    const { clock, core, term } = await setup();
    await core.handleText('quiz 1', ctx(alice, terminal));
    await clock.advance(1000);
    await core.handleText(String(term.last.view.correct + 1), ctx(alice, terminal));
    await clock.advance(30_000);
    expect((await core.handleText('/leaderboard', ctx(bob, terminal)))!.body).toBe('1. Alice: 1 point (1/1 right, best streak 1)');
    expect(leaderboardCommand.parse('reset')).toEqual({ action: 'reset' });
    const refused = await core.handleText('/leaderboard reset', ctx(alice, terminal));
    expect(refused).toMatchObject({ kind: 'error', ephemeral: true, body: 'Only chat admins can do that.' });
    expect((await core.runCommand('leaderboard', { action: 'reset' }, ctx({ ...bob, isAdmin: false }, terminal))).kind).toBe('error');
    expect((await core.runCommand('leaderboard', {}, ctx(bob, terminal))).body).toContain('Alice');
    const reset = await core.runCommand('leaderboard', { action: 'reset' }, ctx({ ...bob, isAdmin: true }, terminal));
    expect(reset.title).toBe('Leaderboard reset');
    expect((await core.handleText('/leaderboard', ctx(bob, terminal)))!.body).toContain('No scores in this chat yet');
    // Standings are per chat: the Discord channel never had any.
    expect((await core.runCommand('leaderboard', {}, ctx(bob)))!.body).toContain('No scores');
  });
});
