import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../src/adapters/discord/index';
import { registerCommands as registerDiscord } from '../src/adapters/discord/register';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import type { Context } from '../src/core/chat';
import { ChatLanguages } from '../src/core/chat-language';
import { commandText, isListed, optionText, type Command } from '../src/core/command';
import { loadCommands } from '../src/core/commands';
import { Core } from '../src/core/core';
import { uiEn } from '../src/core/locales/interface/en';
import { uiKk } from '../src/core/locales/interface/kk';
import { uiRu } from '../src/core/locales/interface/ru';
import { silentLogger } from '../src/core/log';
import { writtenIn, replyToText } from '../src/core/reply';
import { SqliteQuizStore } from '../src/core/store/sqlite';
import { FakeDiscord } from './fakes/discord';
import { testCore as discordCore } from './fakes/discord-core';
import { FakeBotApi, callbackQuery, botMessage, groupChat, privateChat, textMessage, user, type RecordedCall } from './fakes/telegram-api';
import { RecordingQuiz, fastThrottle, fixtureKnowledge, testCore as telegramCore } from './fakes/telegram-setup';

const MANAGE_GUILD = (1n << 5n).toString();

/** A command that cites a source in the request's language, as composed answers do: the adapter writes the label. */
const cite: Command = {
  name: 'cite',
  description: 'Test: a sourced reply in the request language',
  options: [],
  handle: ({ context }) =>
    writtenIn({ kind: 'answer', body: '…', sources: [{ key: 'ENC', title: 'Энциклопедия', url: 'https://example.org/e' }], suggestions: [{ label: '1917', request: '/more x' }], entries: [] }, context.language),
};

type Tree = { [key: string]: string | Tree };

/** Every leaf of a resource as `path -> text`, plural suffixes folded into one key. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, `${key}.`)) out.set(kk, vv);
  }
  return out;
}

/** Latin words left in a Russian or Kazakh string once command words, placeholders, time zones and option values are taken out. */
function english(text: string): string[] {
  const stripped = text
    .replace(/\{\{\w+\}\}/g, '')
    .replace(/\b[A-Z][a-z]+\/[A-Za-z_]+\b/g, '')
    .replace(/\/[\w-]+(?:\s+(?:on|off|kk|ru|en|auto|help|alash-orda))*/g, '')
    .replace(/\b(UTC|IANA|Bukeikhanov|bukeikhanov)\b/g, '');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('interface strings', () => {
  const en = leaves(uiEn as Tree);
  for (const [name, ui] of [['ru', uiRu], ['kk', uiKk]] as const) {
    it(`${name}: every English key is translated, and no English is left but command words`, () => {
      const own = leaves(ui as Tree);
      expect([...en.keys()].filter((k) => !own.has(k))).toEqual([]);
      const leftovers = [...own].filter(([k]) => !k.startsWith('commands.')).flatMap(([k, v]) => english(v).map((w) => `${k}: ${w}`));
      expect(leftovers).toEqual([]);
    });
  }

  it('translates every listed command for ru and kk within Discord limits; names are valid Discord names', async () => {
    const commands = await loadCommands();
    for (const lang of ['ru', 'kk'] as const) {
      for (const c of commands.filter((c) => isListed(c, 'discord') || isListed(c, 'telegram'))) {
        const text = commandText(c, lang);
        expect(text.description, `${lang} ${c.name}`).not.toBe(c.description);
        expect(text.description.length, `${lang} ${c.name}`).toBeLessThanOrEqual(100);
        for (const o of c.options) {
          const opt = optionText(c, o, lang);
          expect(opt.description, `${lang} ${c.name} ${o.name}`).not.toBe(o.description);
          expect(opt.description.length).toBeLessThanOrEqual(100);
          expect(opt.name).toMatch(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u);
        }
        if (c.name !== 'start') expect(text.name).toMatch(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u);
      }
    }
  });
});

describe('/lang and the chat language, on a SQLite file', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'alash-lang-')), 'quiz.sqlite');
  const group = (user: Partial<Context['user']>, isAdmin: boolean): Context => ({
    chat: { platform: 'telegram', id: '-100777', kind: 'group' },
    user: { id: '1', name: 'Aigerim', ...user },
    addressed: true,
    isAdmin: async () => isAdmin,
  });
  async function start(): Promise<{ core: Core; store: SqliteQuizStore }> {
    const store = new SqliteQuizStore(file);
    const core = await Core.create({ knowledge: fixtureKnowledge(), languages: new ChatLanguages(store) });
    return { core, store };
  }

  it('an admin fixes Russian; it holds after a restart; a non-admin is refused in their own language', async () => {
    let { core, store } = await start();
    const status = await core.handleText('/lang', group({ locale: 'en' }, false));
    expect(status?.body).toMatch(/^Language: automatic/);

    const refused = await core.handleText('/lang ru', group({ locale: 'kk' }, false));
    expect(refused).toMatchObject({ kind: 'error', body: 'Мұны тек чат әкімшілері істей алады.', language: 'kk' });
    expect(await core.languages.get(group({}, false).chat)).toBeUndefined();

    // Confirmed in the new language, whatever the admin's own.
    const set = await core.handleText('/язык ru', group({ locale: 'en' }, true));
    expect(set).toMatchObject({ kind: 'answer', title: 'Язык', language: 'ru' });
    expect(set?.body).toMatch(/^Готово: в этом чате я отвечаю по-русски/);
    await store.close();

    ({ core, store } = await start());
    const help = await core.handleText('/help', group({ locale: 'en' }, false));
    expect(help).toMatchObject({ kind: 'help', title: 'Бот по истории Алаша', language: 'ru' });
    expect(help?.body).toContain('/who <имя>: Краткая биография');
    const shown = await core.handleText('/тіл', group({ locale: 'en' }, false));
    expect(shown?.body).toMatch(/^Язык: русский, закреплён/);

    // Back to automatic: confirmed in the asker's language, and each request is its own again.
    const auto = await core.handleText('/lang auto', group({ locale: 'kk-KZ' }, true));
    expect(auto).toMatchObject({ body: 'Дайын: бұл жерде әр сұраққа оның өз тілінде жауап беремін.', language: 'kk' });
    expect((await store.chatSettings('telegram', '-100777')).language).toBeUndefined();
    expect((await core.handleText('/help', group({ locale: 'en' }, false)))?.title).toBe('Alash history bot');
    const usage = await core.handleText('/lang fr', group({ locale: 'ru' }, false));
    expect(usage).toMatchObject({ kind: 'error', language: 'ru' });
    expect(usage?.body).toMatch(/^Наберите \/lang kk/);
    await store.close();
  });

  it('is read once per chat and not again until /lang changes it (cached per chat)', async () => {
    const store = new SqliteQuizStore(join(mkdtempSync(join(tmpdir(), 'alash-lang-')), 'quiz.sqlite'));
    let reads = 0;
    const counting = { chatSettings: (p: 'telegram', id: string) => (reads++, store.chatSettings(p, id)), updateChatSettings: store.updateChatSettings.bind(store) };
    const languages = new ChatLanguages(counting);
    const chat = { platform: 'telegram' as const, id: '5', kind: 'group' as const };
    expect(await languages.get(chat)).toBeUndefined();
    expect(await languages.get(chat)).toBeUndefined();
    expect(reads).toBe(1);
    await languages.set(chat, 'kk');
    expect(await languages.get(chat)).toBe('kk');
    expect(reads).toBe(1);
    // Another instance reading the same file sees it.
    expect(await new ChatLanguages(store).get(chat)).toBe('kk');
    await store.close();
  });

  it('the too-long reply, unknown commands and plain-text labels follow the language', async () => {
    const core = await Core.create({ knowledge: fixtureKnowledge(), extraCommands: [cite] });
    const ctx: Context = { chat: { platform: 'terminal', id: 't', kind: 'private' }, user: { id: 'u', name: 'U', locale: 'ru-RU' }, addressed: true };
    expect((await core.handleText('а'.repeat(5000), ctx))?.body).toBe(
      'Это сообщение слишком длинное (5\u00a0000 символов): я читаю не больше 4\u00a0096. Задавайте по одному короткому вопросу.',
    );
    expect((await core.handleText('/nosuch', ctx))?.body).toMatch(/^Я не знаю команды «nosuch»/);
    // The terminal's plain text: its labels follow the reply's language.
    const reply = await core.runCommand('cite', {}, ctx);
    expect(replyToText(reply)).toBe('…\n\nПодробнее: /more x\n\nИсточники: [ENC] Энциклопедия');
    expect(replyToText({ ...reply, language: undefined })).toBe('…\n\nMore: /more x\n\nSources: [ENC] Энциклопедия');
  });
});

describe('Telegram: menus, locale hints and labels', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  beforeAll(async () => {
    fake = await FakeBotApi.start();
    const core = await telegramCore(new RecordingQuiz(), [cite]);
    telegram = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, silentLogger());
  });
  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  const sent = (chatId: number, before: number) => (c: RecordedCall) => fake.calls.indexOf(c) >= before && c.method === 'sendMessage' && c.params.chat_id === chatId;

  it('registers the default menu, then one for ru and one for kk, each described in its language', async () => {
    await fake.waitFor((c) => c.method === 'getUpdates');
    const menus = fake.callsOf('setMyCommands');
    expect(menus.map((m) => m.params.language_code)).toEqual([undefined, 'ru', 'kk']);
    const help = (m: RecordedCall) => (m.params.commands as { command: string; description: string }[]).find((c) => c.command === 'help')!.description;
    expect(menus.map(help)).toEqual(['What the bot can do, and how to ask', 'Что умеет бот и как его спрашивать', 'Бот не істей алады және одан қалай сұрау керек']);
    for (const m of menus) expect((m.params.commands as { command: string }[]).map((c) => c.command)).toEqual((menus[0]!.params.commands as { command: string }[]).map((c) => c.command));
  });

  it('answers /help in Russian to a user whose app is in Russian, with its labels in Russian', async () => {
    const u = user(901, 'Асель', { language_code: 'ru' });
    let before = fake.calls.length;
    fake.push(textMessage(privateChat(u), u, '/help'));
    const help = await fake.waitFor(sent(u.id, before));
    expect(String(help.params.text)).toMatch(/^<b>Бот по истории Алаша<\/b>/);
    expect(String(help.params.text)).toContain('/who &lt;имя&gt;: Краткая биография');

    before = fake.calls.length;
    fake.push(textMessage(privateChat(u), u, '/cite'));
    const who = await fake.waitFor(sent(u.id, before));
    expect(String(who.params.text)).toContain('<i>Источники:</i>');
    expect(String(who.params.text)).not.toContain('Sources');
  });

  it('refuses /lang by a non-admin in a group in the user\'s language, and says an expired button has expired in it', async () => {
    const chat = groupChat(-100999, 'Тарих');
    const u = user(902, 'Ерлан', { language_code: 'kk' });
    fake.setMember(chat.id, u.id, 'member');
    let before = fake.calls.length;
    fake.push(textMessage(chat, u, '/lang ru'));
    const refusal = await fake.waitFor(sent(chat.id, before));
    expect(refusal.params.text).toBe('Мұны тек чат әкімшілері істей алады.');

    before = fake.calls.length;
    fake.push(callbackQuery(u, botMessage(chat, { id: 1, is_bot: true, first_name: 'Alash' }, 'old'), 'garbled'));
    const answer = await fake.waitFor((c) => fake.calls.indexOf(c) >= before && c.method === 'answerCallbackQuery');
    expect(answer.params.text).toBe('Бұл түйменің мерзімі өтіп кетті.');
  });
});

describe('Discord: localised registration, locale hints and labels', () => {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 2000 });
    const t = await discordCore({ extraCommands: [cite] });
    bot = await startDiscord(
      t.core,
      { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates', deferAfterMs: 250 },
      silentLogger(),
    );
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('registers /alash with Russian names and descriptions on the command, its subcommands, options and choices', async () => {
    const guildId = fake.guilds[0]!.id;
    await registerDiscord({ token: fake.token, applicationId: fake.applicationId, guildId, apiBase: fake.apiBase }, await loadCommands());
    const [alash] = fake.commands.get(`guild:${guildId}`)!;
    expect(alash.name).toBe('alash');
    expect(alash.description_localizations).toEqual({ ru: 'Вопросы о движении Алаш (1917–1920): люди, даты, события, понятия' });
    const sub = (name: string) => alash.options.find((o: { name: string }) => o.name === name);
    expect(sub('who')).toMatchObject({ name_localizations: { ru: 'кто' }, description_localizations: { ru: 'Краткая биография деятеля движения Алаш, с источниками' } });
    expect(sub('who').options[0]).toMatchObject({ name: 'name', name_localizations: { ru: 'имя' } });
    expect(sub('lang')).toMatchObject({ name_localizations: { ru: 'язык' } });
    expect(sub('daily').options.find((o: { name: string }) => o.name === 'action').choices).toContainEqual({ name: 'on', value: 'on', name_localizations: { ru: 'включить' } });
    for (const s of alash.options) {
      expect(s.name_localizations?.ru, s.name).toMatch(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u);
      expect(s.description_localizations?.ru.length, s.name).toBeLessThanOrEqual(100);
      // Discord has no Kazakh locale: sending one would be refused.
      expect(Object.keys({ ...s.name_localizations, ...s.description_localizations })).toEqual(['ru']);
    }
  });

  it('answers a Russian client in Russian: help, the Sources field, a refusal', async () => {
    const help = fake.slash({ subcommand: 'help', locale: 'ru' });
    const { data } = await fake.waitForAnswer(help.id);
    expect(data.embeds[0].title).toBe('Бот по истории Алаша');

    const who = fake.slash({ subcommand: 'cite', locale: 'ru' });
    const fields = (await fake.waitForAnswer(who.id)).data.embeds[0].fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('Источники');
    expect(fields).not.toContain('Sources');

    const lang = fake.slash({ subcommand: 'lang', locale: 'ru', permissions: '0', options: [{ name: 'language', type: 3, value: 'kk' }] });
    const refused = (await fake.waitForAnswer(lang.id)).data;
    expect(refused.embeds[0].description).toBe('Это могут сделать только администраторы чата.');
    expect(refused.flags).toBe(64);

    const admin = fake.slash({ subcommand: 'lang', locale: 'ru', permissions: MANAGE_GUILD, options: [{ name: 'language', type: 3, value: 'kk' }] });
    expect((await fake.waitForAnswer(admin.id)).data.embeds[0].title).toBe('Тіл');
  });

  it('says an unknown button has expired in the clicker\'s language', async () => {
    const click = fake.button({ customId: 'zz:nothing', locale: 'ru' });
    expect((await fake.waitForAnswer(click.id)).data.embeds[0].description).toBe('Срок действия этой кнопки истёк.');
  });
});
