import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import type { ChatRef } from '../src/core/chat';
import { loadCommands } from '../src/core/commands';
import { Core } from '../src/core/core';
import { DailyPosts } from '../src/core/daily';
import { SqliteQuizStore } from '../src/core/quiz/store';
import { FakeClock } from './fakes/clock';
import { FakeBotApi, groupChat, textMessage, user, type UploadedFile } from './fakes/telegram-api';
import { RecordingQuiz, fastThrottle, fixtureKnowledge, recordingLogger } from './fakes/telegram-setup';

/**
 * The timeline picture and the daily post through the real grammY client against the fake Bot
 * API: a photo uploaded as multipart with its caption, and a daily post that stops when
 * Telegram says the bot was kicked or may not write.
 */
let fake: FakeBotApi;
let telegram: TelegramHandle;
let core: Core;
const clock = new FakeClock(Date.UTC(2026, 8, 27, 10, 0));
const store = new SqliteQuizStore(':memory:');
const log = recordingLogger();

beforeAll(async () => {
  fake = await FakeBotApi.start();
  core = await Core.create({
    knowledge: fixtureKnowledge(),
    commands: await loadCommands(),
    quiz: new RecordingQuiz(),
    daily: (library) => new DailyPosts({ library, store, clock, logger: log.logger }),
  });
  telegram = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, log.logger);
});

afterAll(async () => {
  await telegram?.stop();
  await fake?.close();
  await store.close();
});

describe('the timeline on Telegram', () => {
  it('sends a photo upload with a short HTML caption, quoting the asker', async () => {
    const chat = groupChat(-1002000000001);
    const from = user(501);
    fake.push(textMessage(chat, from, '/timeline 1917'));
    const call = await fake.waitFor((c) => c.method === 'sendPhoto' && c.params.chat_id === chat.id);
    const photo = call.params.photo as UploadedFile;
    expect(photo.filename).toBe('timeline.png');
    const png = PNG.sync.read(photo.bytes);
    expect(png.width).toBe(1650);
    expect(png.height).toBeGreaterThan(300);
    const caption = String(call.params.caption);
    expect(call.params.parse_mode).toBe('HTML');
    expect(caption).toMatch(/^<b>Timeline: 1917<\/b>\n1 dated entry\./);
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption).toContain('Encyclopedia of &quot;Alash&quot; &amp; Co &lt;1917&gt;');
    expect(call.params.reply_parameters).toMatchObject({ message_id: expect.any(Number) });
    expect(fake.callsOf('sendMessage').filter((c) => c.params.chat_id === chat.id)).toEqual([]);
  });

  it('answers a span it cannot draw with a short text', async () => {
    const chat = groupChat(-1002000000002);
    fake.push(textMessage(chat, user(502), '/timeline napoleon'));
    const call = await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === chat.id);
    expect(String(call.params.text)).toMatch(/^I can draw a span of years/);
    expect(fake.callsOf('sendPhoto').filter((c) => c.params.chat_id === chat.id)).toEqual([]);
  });
});

describe('the daily post on Telegram', () => {
  const chatOf = (id: number): ChatRef => ({ platform: 'telegram', id: String(id), kind: 'group' });

  it('is turned on by a chat admin only, checked with getChatMember', async () => {
    const chat = groupChat(-1002000000003);
    fake.push(textMessage(chat, user(503), '/daily on 09:00 Asia/Almaty'));
    const refused = await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === chat.id);
    expect(String(refused.params.text)).toMatch(/Only chat admins/);
    fake.setMember(chat.id, 504, 'administrator');
    fake.push(textMessage(chat, user(504), '/daily on 09:00 Asia/Almaty'));
    await fake.waitForCount('sendMessage', 2, (c) => c.params.chat_id === chat.id);
    expect(await store.chatSettings('telegram', String(chat.id))).toMatchObject({ daily: { time: '09:00', timezone: 'Asia/Almaty' } });
    await store.updateChatSettings(chatOf(chat.id), { daily: null });
  });

  it('posts the day into each subscribed chat, and stops where the bot was kicked or may not write', async () => {
    const ok = -1002000000010;
    const kicked = -1002000000011;
    const muted = -1002000000012;
    for (const id of [ok, kicked, muted]) await store.updateChatSettings(chatOf(id), { daily: { time: '09:00', timezone: 'UTC' } });
    fake.fault('sendMessage', { type: 'error', code: 403, description: 'Forbidden: bot was kicked from the supergroup chat' });
    fake.fault('sendMessage', { type: 'error', code: 400, description: 'Bad Request: not enough rights to send text messages to the chat' });
    await core.daily.check();

    // One post each; the first two fail (in whichever order the chats come), one arrives.
    const sent = fake.callsOf('sendMessage').filter((c) => [ok, kicked, muted].includes(Number(c.params.chat_id)));
    expect(sent).toHaveLength(3);
    const delivered = await store.dailyChats('telegram');
    const left = delivered.map((d) => Number(d.chat.id)).filter((id) => [ok, kicked, muted].includes(id));
    expect(left).toHaveLength(1);
    const posted = sent.find((c) => Number(c.params.chat_id) === left[0])!;
    expect(String(posted.params.text)).toMatch(/^<b>On this day: 27 September<\/b>\n27 September 1937: Alikhan Bukeikhanov died\./);
    const off = log.lines.filter((l) => l.msg === 'daily post turned off: the bot can no longer post in this chat');
    expect(off.map((l) => l.reason).sort()).toEqual([
      'Bad Request: not enough rights to send text messages to the chat',
      'Forbidden: bot was kicked from the supergroup chat',
    ]);

    // Never twice a day: another check the same day sends nothing.
    await core.daily.check();
    expect(fake.callsOf('sendMessage').filter((c) => [ok, kicked, muted].includes(Number(c.params.chat_id)))).toHaveLength(3);
  });
});
