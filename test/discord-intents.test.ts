import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordBot } from '../src/adapters/discord/index';
import { silentLogger } from '../src/core/log';
import { FakeDiscord, INTENTS } from './fakes/discord';
import { testCore } from './fakes/discord-core';

/** With DISCORD_MESSAGE_CONTENT on, the bot reads ordinary conversation for date lookups. */

let fake: FakeDiscord;
let bot: DiscordBot;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const { core } = await testCore();
  bot = await startDiscord(core, { token: fake.token, apiBase: fake.apiBase, messageContent: true, groupReplies: 'dates' }, silentLogger());
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('the Message Content intent', () => {
  it('is asked for only when configured, beside Guilds, GuildMessages and DirectMessages', () => {
    const identify = fake.gateway.find((p) => p.op === 2)!;
    expect(identify.d.intents).toBe(INTENTS.Guilds | INTENTS.GuildMessages | INTENTS.DirectMessages | INTENTS.MessageContent);
  });

  it('answers an unaddressed date question and ignores chatter', async () => {
    const chatter = fake.say({ content: 'see you all tomorrow' });
    const question = fake.say({ content: 'what happened on 13 December 1917?' });
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === question.id, 10_000, 'date answer');
    expect(sent.body.embeds[0].description ?? sent.body.embeds[0].title).toBeTruthy();
    expect(JSON.stringify(sent.body.embeds)).toMatch(/1917/);
    expect(fake.requests.some((r) => r.body?.message_reference?.message_id === chatter.id)).toBe(false);
  });
});
