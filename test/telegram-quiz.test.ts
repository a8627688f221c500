import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import { loadCommands } from '../src/core/commands';
import { Core } from '../src/core/core';
import { seededRandom } from '../src/core/quiz/bank';
import { createQuiz, type QuizEngine } from '../src/core/quiz/engine';
import { SqliteQuizStore } from '../src/core/quiz/store';
import { FakeBotApi, groupChat, pollAnswer, textMessage, user, type RecordedCall } from './fakes/telegram-api';
import { quizKnowledge } from './fakes/quiz-knowledge';
import { fastThrottle, recordingLogger } from './fakes/telegram-setup';

/**
 * The real quiz engine playing in a Telegram group through the adapter: native quiz polls,
 * poll answers scored by poll id, admin-only stop and reset checked with getChatMember.
 */
describe('telegram: quiz rounds with the real engine', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  let engine: QuizEngine;
  const group = groupChat(-1001000000077, 'Quiz group');
  const alice = user(3001, 'Alice');
  const bob = user(3002, 'Bob');
  const admin = user(3003, 'Admin');

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    fake.setMember(group.id, admin.id, 'administrator');
    const knowledge = quizKnowledge();
    engine = createQuiz({ knowledge, store: new SqliteQuizStore(':memory:'), seconds: 5, leadInMs: 50, pauseMs: 50, random: seededRandom('telegram') });
    const core = await Core.create({ knowledge, quiz: engine, commands: await loadCommands() });
    telegram = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, recordingLogger().logger);
  });

  afterAll(async () => {
    await telegram?.stop();
    await engine?.close();
    await fake?.close();
  });

  const inGroup = (test: (text: string) => boolean) => (c: RecordedCall) => c.method === 'sendMessage' && c.params.chat_id === group.id && test(String(c.params.text));

  /** Waits until the engine has stored the poll, as it does right after sendPoll returns. */
  async function stored(ref: string): Promise<void> {
    await vi.waitFor(async () => expect(await engine.store.askedByRef('telegram', ref)).toBeDefined(), { timeout: 5000, interval: 20 });
  }

  it('plays a round: quiz poll, answers scored by poll id, reveal, leaderboard', async () => {
    fake.push(textMessage(group, alice, '/quiz 1'));
    const poll = await fake.waitFor((c) => c.method === 'sendPoll' && c.params.chat_id === group.id);
    expect(poll.params).toMatchObject({ type: 'quiz', is_anonymous: false, open_period: 5 });
    const correct = (poll.params.correct_option_ids as number[])[0]!;
    expect((poll.params.options as unknown[])[correct]).toBeDefined();
    expect(String(poll.params.question).length).toBeLessThanOrEqual(300);
    const ref = [...fake.polls.keys()].at(-1)!;
    await stored(ref);

    fake.push(pollAnswer(ref, alice, [correct]));
    fake.push(pollAnswer(ref, bob, [(correct + 1) % (poll.params.options as unknown[]).length]));
    // The reveal, when the poll's time is up, names who was right among all who answered.
    const reveal = await fake.waitFor(inGroup((t) => t.includes('Right:')), 15_000);
    expect(String(reveal.params.text)).toContain('Right: Alice (1 of 2 answers)');
    expect(reveal.at - poll.at).toBeGreaterThanOrEqual(4900);
    fake.push(textMessage(group, bob, '/leaderboard'));
    const board = await fake.waitFor(inGroup((t) => t.includes('Leaderboard')));
    const text = String(board.params.text);
    expect(text.indexOf('Alice')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Alice')).toBeLessThan(text.indexOf('Bob') < 0 ? Infinity : text.indexOf('Bob'));
  }, 30_000);

  it('only the starter or a chat admin stops a round; stopping closes the poll', async () => {
    fake.push(textMessage(group, alice, '/quiz 3'));
    await fake.waitForCount('sendPoll', 2, (c) => c.params.chat_id === group.id);
    const refused = fake.calls.length;
    fake.push(textMessage(group, bob, '/quiz stop'));
    const no = await fake.waitFor((c) => fake.calls.indexOf(c) >= refused && inGroup(() => true)(c));
    expect(String(no.params.text)).not.toContain('Quiz stopped');
    const before = fake.calls.length;
    fake.push(textMessage(group, admin, '/quiz stop'));
    await fake.waitFor((c) => fake.calls.indexOf(c) >= before && inGroup((t) => t.includes('Quiz stopped'))(c));
    const checks = fake.callsOf('getChatMember').map((c) => c.params.user_id);
    expect(checks).toEqual(expect.arrayContaining([bob.id, admin.id]));
    await fake.waitFor((c) => c.method === 'stopPoll' && c.params.chat_id === group.id);
  }, 30_000);

  it('only a chat admin resets the leaderboard', async () => {
    const before = fake.calls.length;
    fake.push(textMessage(group, bob, '/leaderboard reset'));
    const no = await fake.waitFor((c) => fake.calls.indexOf(c) >= before && inGroup(() => true)(c));
    expect(String(no.params.text)).toContain('Only chat admins');
    fake.push(textMessage(group, admin, '/leaderboard reset'));
    const yes = await fake.waitFor((c) => fake.calls.indexOf(c) >= before && inGroup((t) => t.includes('reset'))(c) && c !== no);
    expect(String(yes.params.text)).toContain('Leaderboard reset');
  }, 30_000);
});
