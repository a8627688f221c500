import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../src/adapters/discord/index';
import type { ChatRef } from '../src/core/chat';
import { Core } from '../src/core/core';
import { DailyPosts } from '../src/core/daily';
import { SqliteQuizStore } from '../src/core/quiz/store';
import { FakeClock } from './fakes/clock';
import { FakeDiscord } from './fakes/discord';
import { KNOWLEDGE_DIR } from './fakes/discord-core';
import { recordingLogger } from './fakes/telegram-setup';

/**
 * The timeline picture and the daily post through the real discord.js client against the fake
 * Discord: the PNG uploaded with the interaction's answer and shown inside the embed, and daily
 * posts that stop on Missing Permissions, Missing Access and Unknown Channel.
 */
let fake: FakeDiscord;
let bot: DiscordBot;
let core: Core;
const clock = new FakeClock(Date.UTC(2026, 7, 26, 10, 0));
const store = new SqliteQuizStore(':memory:');
const log = recordingLogger();
const MANAGE_GUILD = 1n << 5n;

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatInterval: 2000, guilds: 5 });
  core = await Core.create({ knowledgeDir: KNOWLEDGE_DIR, daily: (library) => new DailyPosts({ library, store, clock, logger: log.logger }) });
  bot = await startDiscord(
    core,
    { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates', deferAfterMs: 250 },
    log.logger,
  );
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await store.close();
});

describe('the timeline on Discord', () => {
  it('uploads the PNG with the answer and shows it as the embed image', async () => {
    const { id } = fake.slash({ subcommand: 'timeline', options: [{ name: 'from', type: 3, value: '1917' }, { name: 'to', type: 3, value: '1920' }] });
    const { data, via } = await fake.waitForAnswer(id, 20_000);
    const embed = data.embeds[0];
    expect(embed.title).toBe('Timeline: 1917–1920');
    expect(embed.image.url).toBe('attachment://timeline.png');
    const upload = via.find((r) => r.files.length > 0)!;
    expect(upload.files.map((f) => f.filename)).toEqual(['timeline.png']);
    const png = PNG.sync.read(upload.files[0]!.bytes);
    expect(png.width).toBe(1650);
    expect(png.height).toBeGreaterThan(800);
    // The file's alt text goes with it (Discord's attachment description).
    const payload = upload.path.endsWith('/callback') ? upload.body.data : upload.body;
    expect(payload.attachments[0].description).toMatch(/First All-Kazakh Congress/);
    // Edited into the deferred answer: the message Discord made holds the attachment.
    if (!upload.path.endsWith('/callback')) expect(upload.response.attachments[0]).toMatchObject({ filename: 'timeline.png', size: upload.files[0]!.bytes.length });
  });
});

describe('the daily post on Discord', () => {
  it('is turned on with Manage Server only', async () => {
    const member = fake.slash({ permissions: '0', subcommand: 'daily', options: [{ name: 'action', type: 3, value: 'on' }] });
    expect((await fake.waitForAnswer(member.id)).data.embeds[0].description).toMatch(/Only chat admins/);
    const admin = fake.slash({
      permissions: MANAGE_GUILD.toString(),
      subcommand: 'daily',
      options: [
        { name: 'action', type: 3, value: 'on' },
        { name: 'time', type: 3, value: '08:30' },
        { name: 'timezone', type: 3, value: 'Asia/Almaty' },
      ],
    });
    expect((await fake.waitForAnswer(admin.id)).data.embeds[0].description).toMatch(/every day at 08:30 \(Asia\/Almaty\)/);
    const channel = fake.guilds[0]!.channelId;
    expect(await store.chatSettings('discord', channel)).toMatchObject({ daily: { time: '08:30', timezone: 'Asia/Almaty' } });
    await store.updateChatSettings({ platform: 'discord', id: channel, kind: 'group' }, { daily: null });
  });

  it('posts the day into subscribed channels and stops on 50013, 50001 and 10003', async () => {
    const chats: ChatRef[] = fake.guilds.map((g) => ({ platform: 'discord', id: g.channelId, kind: 'group', guildId: g.id }));
    for (const chat of chats) await store.updateChatSettings(chat, { daily: { time: '09:00', timezone: 'UTC' } });
    // The first channel's post was turned on above, after 08:30 in Almaty: today is done there.
    const [early, ok, denied, noAccess, gone] = chats as [ChatRef, ChatRef, ChatRef, ChatRef, ChatRef];
    fake.fail(new RegExp(`^/channels/${denied.id}/messages$`), { status: 403, code: 50013, message: 'Missing Permissions', method: 'POST' });
    fake.fail(new RegExp(`^/channels/${noAccess.id}/messages$`), { status: 403, code: 50001, message: 'Missing Access', method: 'POST' });
    fake.fail(new RegExp(`^/channels/${gone.id}/messages$`), { status: 404, code: 10003, message: 'Unknown Channel', method: 'POST' });
    await core.daily.check();

    const posted = fake.botMessages(ok.id);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body.embeds[0].title).toBe('On this day: 26 August');
    expect(posted[0]!.body.embeds[0].description).toMatch(/26 August 1920/);
    expect(posted[0]!.body.allowed_mentions).toEqual({ parse: [] });
    expect(fake.botMessages(early.id)).toHaveLength(0);
    expect((await store.dailyChats('discord')).map((d) => d.chat.id).sort()).toEqual([early.id, ok.id].sort());
    const off = log.lines.filter((l) => l.msg === 'daily post turned off: the bot can no longer post in this chat');
    expect(off.map((l) => String(l.reason).split(' ')[0]).sort()).toEqual(['10003', '50001', '50013']);

    await core.daily.check();
    expect(fake.botMessages(ok.id)).toHaveLength(1);
  });
});
