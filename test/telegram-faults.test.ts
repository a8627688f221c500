import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import { FakeBotApi, groupChat, privateChat, textMessage, user, type RecordedCall } from './fakes/telegram-api';
import { fastThrottle, recordingLogger, testCore } from './fakes/telegram-setup';

/**
 * Faults on the wire: Telegram answers 429 with retry_after, answers 500, or drops the
 * connection in the middle of a long poll. The bot must recover and answer every update
 * exactly once.
 */
describe('telegram: faults', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  const log = recordingLogger();

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    telegram = await startTelegram(await testCore(), { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, log.logger);
    await fake.waitFor((c) => c.method === 'getUpdates');
  });

  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  /** The bot's reply carrying `word` (not a longer word: dropped-1 is not dropped-10). */
  const replyTo = (chatId: number, word: string) => (c: RecordedCall) =>
    c.method === 'sendMessage' && c.params.chat_id === chatId && new RegExp(`${word}(?![\\w-])`).test(String(c.params.text));

  it('a 429 on sendMessage is retried after retry_after and delivered', async () => {
    const u = user(1001);
    fake.fault('sendMessage', { type: '429', retryAfter: 1 });
    fake.push(textMessage(privateChat(u), u, '/say limited'));
    const attempts = await fake.waitForCount('sendMessage', 2, replyTo(u.id, 'limited'));
    expect(attempts).toHaveLength(2); // refused once, then sent
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(attempts[1]!.params).toEqual(attempts[0]!.params);
    expect(fake.faultsLeft('sendMessage')).toBe(0);
  });

  it('a 500 on getUpdates: the bot polls again and loses nothing', async () => {
    const u = user(1002);
    fake.fault('getUpdates', { type: '500' });
    // The poll in progress is answered first; the next one fails, then polling resumes.
    fake.push(textMessage(privateChat(u), u, '/say first-after-500'));
    fake.push(textMessage(privateChat(u), u, '/say second-after-500'));
    await fake.waitFor(replyTo(u.id, 'second-after-500'), 20_000);
    await fake.waitFor((c) => c.method === 'getUpdates' && fake.faultsLeft('getUpdates') === 0);
    fake.push(textMessage(privateChat(u), u, '/say third-after-500'));
    await fake.waitFor(replyTo(u.id, 'third-after-500'), 20_000);
    for (const word of ['first-after-500', 'second-after-500', 'third-after-500']) expect(fake.calls.filter(replyTo(u.id, word))).toHaveLength(1);
  });

  it('a connection dropped mid-poll: the bot reconnects and every update is answered exactly once', async () => {
    const u = user(1003);
    const group = groupChat(-1001000000003);
    // End the poll in progress with a first update, so the next two polls are the ones dropped.
    fake.fault('getUpdates', { type: 'drop' }, 2);
    fake.push(textMessage(privateChat(u), u, '/say primer'));
    await fake.waitFor(replyTo(u.id, 'primer'));
    const words = Array.from({ length: 12 }, (_, i) => `dropped-${i}`);
    for (const [i, word] of words.entries()) {
      fake.push(textMessage(i % 2 ? privateChat(u) : group, u, `/say ${word}`));
    }
    for (const [i, word] of words.entries()) await fake.waitFor(replyTo(i % 2 ? u.id : group.id, word), 30_000);
    await fake.drained(30_000);
    for (const [i, word] of words.entries()) expect(fake.calls.filter(replyTo(i % 2 ? u.id : group.id, word))).toHaveLength(1);
    expect(fake.faultsLeft('getUpdates')).toBe(0);
    expect(log.lines.filter((l) => l.msg === 'telegram request failed' && l.method === 'getUpdates').length).toBeGreaterThanOrEqual(2);
    expect(fake.pending).toBe(0);
  }, 60_000);

  it('a 500 on sendMessage is retried with backoff and delivered once', async () => {
    const u = user(1004);
    fake.fault('sendMessage', { type: '500' });
    fake.push(textMessage(privateChat(u), u, '/say after-server-error'));
    const attempts = await fake.waitForCount('sendMessage', 2, replyTo(u.id, 'after-server-error'), 20_000);
    expect(attempts).toHaveLength(2);
    await fake.drained();
    expect(fake.calls.filter(replyTo(u.id, 'after-server-error'))).toHaveLength(2);
    expect(fake.faultsLeft('sendMessage')).toBe(0);
  }, 30_000);

  it('logged the failures without the token', () => {
    const failed = log.lines.filter((l) => l.msg === 'telegram request failed');
    expect(failed.map((l) => l.code)).toEqual(expect.arrayContaining([429, 500]));
    expect(JSON.stringify(log.lines)).not.toContain(fake.token);
  });
});

describe('telegram: limits under load', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    // Telegram's per-group limit scaled down (5 per second instead of 20 per minute) to keep the test short.
    const throttle = {
      global: { reservoir: 30, reservoirRefreshAmount: 30, reservoirRefreshInterval: 1000 },
      group: { maxConcurrent: 1, minTime: 50, reservoir: 5, reservoirRefreshAmount: 5, reservoirRefreshInterval: 1000 },
      out: { maxConcurrent: 1, minTime: 0 },
    };
    telegram = await startTelegram(await testCore(), { token: fake.token, apiRoot: fake.apiRoot, throttle, pollTimeout: 5 }, recordingLogger().logger);
    await fake.waitFor((c) => c.method === 'getUpdates');
  });

  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  it('a burst in one group is sent within the group limit, none dropped, in order', async () => {
    const group = groupChat(-1001000000004);
    const u = user(1101);
    const count = 12;
    for (let i = 0; i < count; i++) fake.push(textMessage(group, u, `/say burst-${i}`));
    const sent = await fake.waitForCount('sendMessage', count, (c) => c.params.chat_id === group.id, 30_000);
    expect(sent.map((c) => String(c.params.text).match(/burst-\d+/)![0])).toEqual(Array.from({ length: count }, (_, i) => `burst-${i}`));
    // 5 per refresh: 12 messages need two refreshes after the first batch (about 2 s; unthrottled
    // they would all go out within some tens of milliseconds).
    expect(sent.at(-1)!.at - sent[0]!.at).toBeGreaterThanOrEqual(1500);
  }, 40_000);

  it('private chats are not held up by a busy group', async () => {
    const group = groupChat(-1001000000005);
    const g = user(1102);
    // 15 messages at 5 per second keep this group busy for about 3 s.
    for (let i = 0; i < 15; i++) fake.push(textMessage(group, g, `/say busy-${i}`));
    const u = user(1103);
    const started = Date.now();
    fake.push(textMessage(privateChat(u), u, '/say quick'));
    await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === u.id);
    expect(Date.now() - started).toBeLessThan(1500);
    await fake.waitForCount('sendMessage', 15, (c) => c.params.chat_id === group.id, 30_000);
  }, 40_000);
});
