import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscord, type DiscordBot } from '../src/adapters/discord/index';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import { loadCommands } from '../src/core/commands';
import { Core } from '../src/core/core';
import { loadKnowledge } from '../src/core/knowledge/load';
import { silentLogger } from '../src/core/log';
import { seededRandom } from '../src/core/quiz/bank';
import { createQuiz, type QuizEngine } from '../src/core/quiz/engine';
import { SqliteQuizStore } from '../src/core/quiz/store';
import { FakeDiscord } from './fakes/discord';
import { KNOWLEDGE_DIR, testCore, type TestCore } from './fakes/discord-core';
import { FakeBotApi, groupChat, pollAnswer, privateChat, textMessage, user, type RecordedCall } from './fakes/telegram-api';
import { fastThrottle, recordingLogger } from './fakes/telegram-setup';

/**
 * Issue 11 end to end: the real grammY and discord.js clients, driven by the adapters, against
 * the local fakes, on the real knowledge/: a Kazakh question gets Kazakh, a Russian user's
 * command gets Russian, and a Russian user's quiz round is played in Russian throughout.
 */

/** English words left in a reply once source keys ([W-AB]) and quoted titles are taken out. */
function englishWords(text: string): string[] {
  const bare = text
    .replace(/\\/g, '') // Markdown escapes: "W\-AB"
    .replace(/\[[A-Z0-9, -]+\]/g, ' ')
    .replace(/\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\b|\b[A-Z]{2,}\b/g, ' ') // source keys in a list: ALT-MT, WP
    .replace(/«[^»]*»|"[^"]*"|<[^>]+>/g, ' ')
    .replace(/\bhttps?:\S+/g, ' ')
    .replace(/\/[a-z]+/g, ' '); // command words stay as typed: /more
  return bare.match(/\b(?![IVXLC]+\b)[A-Za-z]{3,}\b/g) ?? [];
}

/** A reply's text without its source list (whose titles are the sources' own, often English). */
const withoutSources = (text: string, label: string) => text.split(label)[0]!;

describe('Telegram: Kazakh and Russian end to end', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  let engine: QuizEngine;

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    const knowledge = loadKnowledge(KNOWLEDGE_DIR);
    engine = createQuiz({ knowledge, store: new SqliteQuizStore(':memory:'), seconds: 3, leadInMs: 50, pauseMs: 50, random: seededRandom('languages') });
    const core = await Core.create({ knowledge, quiz: engine, commands: await loadCommands() });
    telegram = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, recordingLogger().logger);
  });

  afterAll(async () => {
    await telegram?.stop();
    await engine?.close();
    await fake?.close();
  });

  const sentTo = (chatId: number, test: (text: string) => boolean = () => true) => (c: RecordedCall) =>
    c.method === 'sendMessage' && c.params.chat_id === chatId && test(String(c.params.text));

  async function ask(chat: { id: number }, from: ReturnType<typeof user>, text: string, test?: (text: string) => boolean): Promise<string> {
    const before = fake.calls.length;
    fake.push(textMessage(chat as never, from, text));
    const call = await fake.waitFor((c) => fake.calls.indexOf(c) >= before && sentTo(chat.id, test)(c));
    return String(call.params.text);
  }

  it('answers a Kazakh question in Kazakh, whatever the app language, with the date in Kazakh', async () => {
    const asker = user(7101, 'Айгерим', { language_code: 'en' });
    const text = await ask(privateChat(asker), asker, 'Бөкейханов қашан туған?');
    const firstLine = text.split('\n').find((l) => l.trim() && !l.startsWith('<b>'))!;
    expect(firstLine).toMatch(/туған күні/);
    expect(firstLine).toMatch(/5 наурыз 1866 ж\./);
    expect(text).toContain('Дереккөздер');
    expect(englishWords(withoutSources(text, 'Дереккөздер'))).toEqual([]);
  });

  it('answers a Russian user\'s command in Russian: /who with a Latin name', async () => {
    const asker = user(7102, 'Алия', { language_code: 'ru' });
    const text = await ask(privateChat(asker), asker, '/who Bukeikhanov');
    expect(text).toContain('Алихан Букейханов');
    expect(text).toMatch(/председател/);
    expect(text).toContain('Источники');
    expect(englishWords(withoutSources(text, 'Источники'))).toEqual([]);
  });

  it('plays a Russian user\'s quiz round in Russian: the start, the poll, the reveal', async () => {
    const group = groupChat(-1001000007103, 'Тарих');
    const alia = user(7103, 'Алия', { language_code: 'ru' });
    const bek = user(7104, 'Бекзат', { language_code: 'kk' });
    const start = await ask(group, alia, '/quiz 1', (t) => /Викторина/.test(t));
    expect(englishWords(start)).toEqual([]);
    const poll = await fake.waitFor((c) => c.method === 'sendPoll' && c.params.chat_id === group.id, 10_000);
    const options = (poll.params.options as { text: string }[]).map((o) => (typeof o === 'string' ? o : o.text));
    expect(String(poll.params.question)).toMatch(/[а-яё]/i);
    expect(englishWords(String(poll.params.question))).toEqual([]);
    expect(options.flatMap(englishWords)).toEqual([]);
    expect(englishWords(String(poll.params.explanation ?? ''))).toEqual([]);
    const correct = (poll.params.correct_option_ids as number[])[0]!;
    const ref = [...fake.polls.keys()].at(-1)!;
    await vi.waitFor(async () => expect(await engine.store.askedByRef('telegram', ref)).toBeDefined(), { timeout: 5000, interval: 20 });
    // A Kazakh-speaking player in the same round: the round keeps its one language.
    fake.push(pollAnswer(ref, alia, [correct]));
    fake.push(pollAnswer(ref, bek, [(correct + 1) % options.length]));
    const reveal = await fake.waitFor(sentTo(group.id, (t) => t.includes('Верно:')), 15_000);
    expect(String(reveal.params.text)).toContain('Верно: Алия (1 из 2 ответов)');
    expect(englishWords(withoutSources(String(reveal.params.text), 'Источники'))).toEqual([]);
  }, 30_000);
});

describe('Discord: Kazakh and Russian end to end', () => {
  const EPHEMERAL = 64;
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let t: TestCore;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 2000 });
    t = await testCore();
    bot = await startDiscord(t.core, { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates', deferAfterMs: 250 }, silentLogger());
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  const fieldNames = (embed: { fields?: { name: string }[] }) => (embed.fields ?? []).map((f) => f.name);
  const buttonsOf = (body: { components?: { components: { custom_id: string }[] }[] }) => (body.components ?? []).flatMap((r) => r.components);

  it('answers a Kazakh question in Kazakh from an English-locale client', async () => {
    const { id } = fake.slash({ subcommand: 'what', locale: 'en-US', options: [{ name: 'query', type: 3, value: 'Бөкейханов қашан туған?' }] });
    const { data } = await fake.waitForAnswer(id);
    const embed = data.embeds[0];
    expect(embed.description.split('\n')[0]).toMatch(/туған күні.*5 наурыз 1866 ж\./);
    expect(fieldNames(embed)).toContain('Дереккөздер');
    expect(englishWords(embed.description)).toEqual([]);
  });

  it('answers a Russian client\'s /alash who in Russian: title, fields, sources', async () => {
    const { id } = fake.slash({ subcommand: 'who', locale: 'ru', options: [{ name: 'name', type: 3, value: 'Bukeikhanov' }] });
    const { data } = await fake.waitForAnswer(id);
    const embed = data.embeds[0];
    expect(embed.title).toBe('Алихан Букейханов');
    expect(embed.description).toMatch(/председател/);
    expect(fieldNames(embed)).toEqual(expect.arrayContaining(['Родился', 'Умер', 'Источники']));
    expect(englishWords([embed.title, embed.description, ...fieldNames(embed)].join('\n'))).toEqual([]);
  });

  it('plays a Russian client\'s quiz round in Russian: the question, the buttons, the outcome and the reveal', async () => {
    const guild = fake.guilds[0]!;
    const start = fake.slash({ subcommand: 'quiz', locale: 'ru', options: [{ name: 'questions', type: 4, value: 1 }] });
    expect((await fake.waitForAnswer(start.id)).data.embeds[0].title).toMatch(/^Викторина/);
    await t.clock.advance(0); // the lead-in: the engine asks the first question
    const posted = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${guild.channelId}/messages` && buttonsOf(r.body).some((b) => b.custom_id.startsWith('q:')),
      10_000,
      'question message',
    );
    const question = posted.body.embeds[0];
    expect(question.title).toBe('Вопрос 1/1');
    expect(question.description).toMatch(/[а-яё]/i);
    expect(englishWords(question.description)).toEqual([]);
    const buttons = buttonsOf(posted.body) as unknown as { custom_id: string; label: string }[];
    expect(buttons.map((b) => b.label).flatMap(englishWords)).toEqual([]);
    const questionId = /^q:(.+):0$/.exec(buttons[0]!.custom_id)![1]!;
    const first = await fake.waitForCallback(fake.button({ customId: `q:${questionId}:0`, message: posted.response, user: fake.user('alia'), locale: 'ru' }).id);
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(englishWords(first.body.data.embeds[0].description)).toEqual([]);
    await t.clock.advance(60_000); // the timer ends
    const reveal = await fake.waitFor(
      () => fake.botMessages(guild.channelId).find((r) => /^Ответ на вопрос 1/.test(r.body?.embeds?.[0]?.title ?? '')),
      10_000,
      'reveal',
    );
    expect(englishWords(reveal.body.embeds[0].description)).toEqual([]);
  }, 30_000);
});
