import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../src/adapters/discord/index';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import { silentLogger } from '../src/core/log';
import { FakeDiscord } from './fakes/discord';
import { testCore as discordCore } from './fakes/discord-core';
import { FakeBotApi, botMessage, callbackQuery, privateChat, textMessage, user, type RecordedCall } from './fakes/telegram-api';
import { fastThrottle, testCore } from './fakes/telegram-setup';

/**
 * Hostile and careless input from chat users, end to end on both fakes. Each gets a short reply
 * or silence, never a crash, a NUL or a broken surrogate echoed back, or a mention.
 */

const BAD_TEXT: Record<string, string> = {
  empty: '',
  whitespace: ' \t \n  ',
  'the 4,096-character limit': 'Бөкейханов '.repeat(372).slice(0, 4096),
  'over the limit (forged)': 'x'.repeat(100_000),
  'control characters and NUL': 'who\u0000 was\u0001 Dulatov\u0007\u001b[31m',
  'lone surrogates': 'Bukeikhanov \ud800 \udfff end',
  'RTL and zero-width': '\u202eBukeikhanov\u200b\u200f\u2066',
  'combining-mark flood': `B${'\u0301'.repeat(4000)}`,
  'HTML injection': '<b>x</b> <script>alert(1)</script> &amp; <a href="javascript:x">y</a>',
  'Markdown injection': '**bold** __u__ [x](https://evil.example) `code` ||spoiler||',
  'mass mentions': '@everyone @here who was Dulatov?',
  'repeated dates': '1917- '.repeat(600),
  '/quiz huge': '/quiz 99999999999999999999',
  '/quiz negative': '/quiz -5 leaders',
  '/quiz float': '/quiz 1e308 hard',
  '/quiz NaN': '/quiz NaN',
};

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('bad input on Telegram', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    telegram = await startTelegram(await testCore(), { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 1 }, silentLogger());
  });
  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  it.each(Object.entries(BAD_TEXT))('%s: a short reply or silence', async (_name, text) => {
    const u = user(7_000_000 + Math.floor(Math.random() * 1_000_000));
    fake.push(textMessage(privateChat(u), u, text));
    // Updates of one chat are handled in order: once the marker is answered, so was the bad input.
    fake.push(textMessage(privateChat(u), u, '/say marker'));
    await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === u.id && /marker/.test(String(c.params.text)), 15_000);
    const replies = fake.calls.filter((c: RecordedCall) => c.method === 'sendMessage' && c.params.chat_id === u.id).slice(0, -1);
    expect(replies.length).toBeLessThanOrEqual(2);
    for (const r of replies) {
      const body = String(r.params.text);
      expect(body.length).toBeLessThanOrEqual(4096);
      expect(body).not.toMatch(/\u0000|\u0001|\u001b/);
      expect(body).not.toMatch(LONE_SURROGATE);
      expect(body).not.toContain('<script>');
      expect(body).not.toMatch(/\bat .+\.ts:\d+/);
    }
    if (text.startsWith('1917-')) expect(replies.map((r) => String(r.params.text)).join('').length).toBeLessThan(4096);
  });

  it('forged, oversized and non-UTF-8 callback data get "expired", and the bot goes on', async () => {
    const u = user(7_999_001);
    const message = botMessage(privateChat(u), fake.me, 'Pick one.');
    for (const data of ['forged', 'a:' + 'x'.repeat(5000), 'a:\udc80\ud800', 'a:\u0000who', 'q:1:99']) {
      const update = callbackQuery(u, message, data);
      fake.push(update);
      // Answered (no endless spinner): "expired" for what cannot be read; a readable request is asked.
      const answer = await fake.waitFor((c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === update.callback_query!.id);
      if (!data.startsWith('a:\udc80')) expect(String(answer.params.text ?? '')).toMatch(/expired/);
    }
    fake.push(textMessage(privateChat(u), u, '/say still-here'));
    await fake.waitFor((c) => c.method === 'sendMessage' && /still-here/.test(String(c.params.text)));
  });
});

describe('bad input on Discord', () => {
  let fake: FakeDiscord;
  let bot: DiscordBot;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 2000 });
    const t = await discordCore();
    bot = await startDiscord(t.core, { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates', deferAfterMs: 1000 }, silentLogger());
  }, 30_000);
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it.each(Object.entries(BAD_TEXT).filter(([, text]) => !text.startsWith('/quiz')))('%s as a /alash search option: a short answer, no mention', async (_name, text) => {
    const { id } = fake.slash({ subcommand: 'search', options: [{ name: 'query', type: 3, value: text }] });
    const { data } = await fake.waitForAnswer(id, 15_000);
    const json = JSON.stringify(data);
    expect(data.allowed_mentions ?? { parse: [] }).toMatchObject({ parse: [] });
    expect(json).not.toMatch(/\\u0000|\\u0001|\\u001b/);
    expect(json.length).toBeLessThan(8000);
  });

  it.each([
    ['huge', 99_999_999],
    ['negative', -5],
    ['zero', 0],
  ])('/alash quiz with a %s number of questions: a short answer', async (_name, questions) => {
    const { id } = fake.slash({ subcommand: 'quiz', options: [{ name: 'questions', type: 4, value: questions }] });
    const { data } = await fake.waitForAnswer(id, 15_000);
    expect(JSON.stringify(data).length).toBeLessThan(4000);
    // Whatever it said, stop the round it may have started so the next case can start one.
    const stop = fake.slash({ subcommand: 'quiz', options: [{ name: 'action', type: 3, value: 'stop' }], permissions: String(1n << 5n) });
    await fake.waitForAnswer(stop.id, 15_000);
  });

  it('forged, oversized and broken custom ids: "expired", and the bot goes on', async () => {
    for (const customId of ['forged', 'a:' + 'x'.repeat(300), 'a:\udc80\ud800', 'q:nope:1', 'q::99', 'a:\u0000who']) {
      const { id } = fake.button({ customId });
      const { data } = await fake.waitForAnswer(id, 15_000);
      const json = JSON.stringify(data);
      // Unreadable ids expire; a readable request ("a:" and text) is asked, never echoed broken.
      if (customId.startsWith('a:\udc80')) expect(json).not.toMatch(/\\ud[89ab]|\\udc80/);
      else expect(json).toMatch(/expired/);
    }
    const { id } = fake.slash({ subcommand: 'who', options: [{ name: 'name', type: 3, value: 'Dulatov' }] });
    const { data } = await fake.waitForAnswer(id, 15_000);
    expect(JSON.stringify(data)).toContain('Dulatov');
  });
});
