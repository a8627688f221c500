import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDiscord, type DiscordBot, type DiscordOptions } from '../src/adapters/discord/index';
import { registerCommands } from '../src/adapters/discord/register';
import { silentLogger } from '../src/core/log';
import { FakeDiscord, snowflake } from './fakes/discord';
import { testCore, type TestCore } from './fakes/discord-core';
import { adminCommand, newCommand } from './fakes/new-commands';

/**
 * The real discord.js client, driven by the adapter, against a fake Discord on 127.0.0.1 that
 * speaks the REST API and the gateway protocol. Assertions are on what reaches "Discord".
 */

const EPHEMERAL = 64;
const MANAGE_GUILD = 1n << 5n;

let fake: FakeDiscord;
let bot: DiscordBot;
let t: TestCore;

function options(extra: Partial<DiscordOptions> = {}): DiscordOptions {
  return { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates', deferAfterMs: 250, ...extra };
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatInterval: 2000 });
  t = await testCore({ extraCommands: [newCommand, adminCommand] });
  bot = await startDiscord(t.core, options(), silentLogger());
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('slash commands', () => {
  it('answers /alash who with an embed: title, description, fields, sources, follow-up buttons, no mentions', async () => {
    const { id } = fake.slash({ subcommand: 'who', options: [{ name: 'name', type: 3, value: 'Bukeikhanov' }] });
    const callback = await fake.waitForCallback(id);
    expect(callback.body.type).toBe(4);
    const data = callback.body.data;
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(data.flags ?? 0).toBe(0);
    const embed = data.embeds[0];
    expect(embed.title).toBe('Alikhan Bukeikhanov');
    expect(embed.description).toMatch(/chairman of the Alash party/);
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['Born', 'Died', 'Roles', 'Sources']));
    const sources = embed.fields.find((f: { name: string }) => f.name === 'Sources').value;
    expect(sources).toMatch(/\[Wikipedia: Alikhan Bukeikhanov\]\(https:\/\/en\.wikipedia\.org\/wiki\/Alikhan_Bukeikhanov\)/);
    const buttons = data.components.flatMap((r: { components: unknown[] }) => r.components);
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(b.custom_id.length).toBeLessThanOrEqual(100);
      expect(b.custom_id).toMatch(/^a:/);
    }
  });

  it('never pings or breaks the layout with user text: @everyone, **bold**, <@123>', async () => {
    const { id } = fake.slash({ subcommand: 'who', options: [{ name: 'name', type: 3, value: '@everyone **bold** <@123> [x](https://evil.example)' }] });
    const { data } = await fake.waitForAnswer(id);
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(data.embeds);
    expect(data.embeds[0].description).toContain('\\*\\*bold\\*\\*');
    expect(text).not.toMatch(/@everyone/);
    expect(text).not.toMatch(/<@123>/);
    expect(text).not.toMatch(/(?<!\\)\[x\]/);
    expect(data.content ?? '').toBe('');
  });

  it('answers in DMs and fills the context: private chat, channel id, user; admin from Manage Server', async () => {
    const user = fake.user('aigerim');
    const dm = fake.slash({ guild: null, channelId: snowflake(), user, subcommand: 'probe', options: [{ name: 'text', type: 3, value: 'hi' }] });
    await fake.waitForAnswer(dm.id);
    const asMember = fake.slash({ user, permissions: '0', subcommand: 'probe' });
    await fake.waitForAnswer(asMember.id);
    const asAdmin = fake.slash({ user, permissions: MANAGE_GUILD.toString(), subcommand: 'probe' });
    await fake.waitForAnswer(asAdmin.id);
    const [a, b, c] = t.contexts.slice(-3);
    expect(a!.chat).toMatchObject({ platform: 'discord', kind: 'private' });
    expect(a!.user).toMatchObject({ id: user.id, name: 'Aigerim' });
    expect(b!.chat).toMatchObject({ kind: 'group', id: fake.guilds[0]!.channelId, guildId: fake.guilds[0]!.id });
    // Asked only when a command needs it (see the router); here the probe asks itself.
    expect(await a!.isAdmin!()).toBe(true);
    expect(await b!.isAdmin!()).toBe(false);
    expect(await c!.isAdmin!()).toBe(true);
  });

  it('sends errors as ephemeral replies (flags 64), and a thrown error never reaches the chat', async () => {
    const empty = fake.slash({ subcommand: 'who', options: [{ name: 'name', type: 3, value: '   ' }] });
    const boom = fake.slash({ subcommand: 'boom' });
    const a = await fake.waitForCallback(empty.id);
    const b = await fake.waitForCallback(boom.id);
    expect(a.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(b.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(b.body)).not.toMatch(/secret stack detail/);
    expect(b.body.data.embeds[0].description).toMatch(/something went wrong/);
  });

  it('answers a command it no longer registers with an ephemeral hint', async () => {
    const { body } = await fake.waitForCallback(fake.slash({ command: 'oldname', subcommand: 'who' }).id);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.embeds[0].description).toMatch(/\/alash help/);
  });

  it('defers a slow answer within the 3-second window, then edits the answer in', async () => {
    const { id } = fake.slash({ subcommand: 'slow' });
    const callback = await fake.waitForCallback(id);
    expect(callback.body.type).toBe(5);
    const { data, via } = await fake.waitForAnswer(id);
    expect(via.find((r) => r.method === 'PATCH')!.path).toMatch(/\/messages\/@original$/);
    expect(data.embeds[0].title).toBe('Slow answer');
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('turns a slow refusal into an ephemeral follow-up, not a public message', async () => {
    const { id } = fake.slash({ subcommand: 'slowfail' });
    const followUp = await fake.waitFor(() => fake.interactionRequests(id).find((r) => r.method === 'POST' && r.path.startsWith('/webhooks/')), 10_000, 'follow-up');
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp.body.embeds[0].description).toBe('Refused after thinking.');
    expect(fake.interactionRequests(id).some((r) => r.method === 'DELETE')).toBe(true);
  });
});

describe('a command from outside commands/, with no adapter change', () => {
  it('is registered as an /alash subcommand with its options, and runs from a slash command and a mention', async () => {
    const guildId = fake.guilds[0]!.id;
    await registerCommands({ token: fake.token, applicationId: fake.applicationId, guildId, apiBase: fake.apiBase }, t.core.commands);
    const alash = fake.commands.get(`guild:${guildId}`)![0];
    const x = alash.options.find((o: { name: string }) => o.name === 'x');
    expect(x).toMatchObject({ type: 1, description: 'Test: echoes its options' });
    expect(x.options.map((o: { name: string; type: number }) => [o.name, o.type])).toEqual([
      ['count', 4],
      ['word', 3],
    ]);
    expect(alash.options.map((o: { name: string }) => o.name)).toContain('purge');

    const { data } = await fake.waitForAnswer(fake.slash({ subcommand: 'x', options: [{ name: 'count', type: 4, value: 3 }, { name: 'word', type: 3, value: 'ab' }] }).id);
    expect(data.embeds[0].description).toBe('x count=3 word=ab addressed=true');
    const msg = fake.say({ content: `<@${fake.bot.id}> x 4 cd`, mentionBot: true });
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === msg.id, 10_000, 'reply');
    expect(sent.body.embeds[0].description).toBe('x count=4 word=cd addressed=true');
  });

  it('refuses an admin-only command to a member without Manage Server and runs it for one with it', async () => {
    const member = await fake.waitForCallback(fake.slash({ permissions: '0', subcommand: 'purge' }).id);
    expect(member.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(member.body.data.embeds[0].description).toBe('Only chat admins can do that.');
    const admin = await fake.waitForCallback(fake.slash({ user: fake.user('boss'), permissions: MANAGE_GUILD.toString(), subcommand: 'purge' }).id);
    expect(admin.body.data.flags ?? 0).toBe(0);
    expect(admin.body.data.embeds[0].description).toBe('purged by Boss');
  });
});

describe('autocomplete', () => {
  it('offers names for Cyrillic and typo input', async () => {
    const cyr = fake.autocomplete({ subcommand: 'who', option: 'name', value: 'Бөкей' });
    const typo = fake.autocomplete({ subcommand: 'who', option: 'name', value: 'dulatv' });
    const a = await fake.waitForCallback(cyr.id);
    const b = await fake.waitForCallback(typo.id);
    expect(a.body.type).toBe(8);
    expect(a.body.data.choices).toContainEqual({ name: 'Alikhan Bukeikhanov', value: 'bukeikhanov' });
    expect(b.body.data.choices).toContainEqual({ name: 'Mirzhakip Dulatov', value: 'dulatov' });
  });

  it('offers events and terms, and the picked value answers', async () => {
    const terms = await fake.waitForCallback(fake.autocomplete({ subcommand: 'what', option: 'query', value: 'алаш орда' }).id);
    expect(terms.body.data.choices).toContainEqual({ name: 'Alash Orda (Alash Autonomy)', value: 'alash-orda' });
    const events = await fake.waitForCallback(fake.autocomplete({ subcommand: 'when', option: 'query', value: 'kongress' }).id);
    expect(events.body.data.choices.map((c: { value: string }) => c.value)).toContain('first-all-kazakh-congress');
    const broad = await fake.waitForCallback(fake.autocomplete({ subcommand: 'who', option: 'name', value: 'a' }).id);
    expect(broad.body.data.choices).toHaveLength(25);
    const { data } = await fake.waitForAnswer(fake.slash({ subcommand: 'what', options: [{ name: 'query', type: 3, value: 'alash-orda' }] }).id);
    expect(data.embeds[0].title).toMatch(/Alash Orda/);
  });

  it('sends at most 25 choices, names and values at most 100 characters', async () => {
    t.setComplete(() => Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${'long name '.repeat(20)}`, value: `v${i}-${'x'.repeat(150)}` })));
    try {
      const { id } = fake.autocomplete({ subcommand: 'who', option: 'name', value: 'a' });
      const { body } = await fake.waitForCallback(id);
      expect(body.data.choices).toHaveLength(25);
      for (const c of body.data.choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    } finally {
      t.setComplete(null);
    }
  });

  it('answers an autocomplete whose completion throws with no choices instead of timing out', async () => {
    t.setComplete(() => {
      throw new Error('index broke');
    });
    try {
      const { id } = fake.autocomplete({ subcommand: 'who', option: 'name', value: 'x' });
      const { body } = await fake.waitForCallback(id);
      expect(body).toEqual({ type: 8, data: { choices: [] } });
    } finally {
      t.setComplete(null);
    }
  });
});

describe('buttons', () => {
  it('answers a follow-up button with the requested entry', async () => {
    const { id } = fake.button({ customId: 'a:/about baitursynov' });
    const { data } = await fake.waitForAnswer(id);
    expect(data.embeds[0].title).toBe('Akhmet Baitursynov');
    expect(data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('offers a choice of buttons when a name matches several people, and answers the one picked', async () => {
    const { data } = await fake.waitForAnswer(fake.slash({ subcommand: 'who', options: [{ name: 'name', type: 3, value: 'Dosmukhamedov' }] }).id);
    const buttons = data.components.flatMap((r: { components: { custom_id: string; label: string; style: number }[] }) => r.components);
    const zhansha = buttons.find((b: { label: string }) => b.label === 'Zhansha Dosmukhamedov');
    expect(zhansha).toMatchObject({ style: 1 });
    expect(buttons.find((b: { label: string }) => b.label === 'Khalel Dosmukhamedov')).toBeDefined();
    const picked = await fake.waitForAnswer(fake.button({ customId: zhansha.custom_id }).id);
    expect(picked.data.embeds[0].title).toBe('Zhansha Dosmukhamedov');
  });

  it('answers forged or garbled buttons with an ephemeral "expired"', async () => {
    for (const customId of ['a:', 'zzz', 'q::x', 'a:\u0000who']) {
      const { id } = fake.button({ customId });
      const { body } = await fake.waitForCallback(id);
      expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(body.data.embeds[0].description).toBe('This button has expired.');
    }
  });
});

describe('messages', () => {
  it('answers a mention, as a reply to that message, without pinging anyone', async () => {
    const msg = fake.say({ content: `<@${fake.bot.id}> who Dulatov`, mentionBot: true });
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === msg.id, 10_000, 'reply');
    expect(sent.path).toBe(`/channels/${fake.guilds[0]!.channelId}/messages`);
    expect(sent.body.embeds[0].title).toBe('Mirzhakip Dulatov');
    expect(sent.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a reply to one of its messages', async () => {
    const mine = fake.message({ channel_id: fake.guilds[0]!.channelId, guild_id: fake.guilds[0]!.id, author: fake.bot, content: '' });
    const msg = fake.say({ content: 'and Baitursynov?', replyTo: mine });
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === msg.id, 10_000, 'reply');
    expect(sent.body.embeds.length).toBe(1);
  });

  it('ignores unaddressed chatter (no Message Content intent) and other bots', async () => {
    const chatter = fake.say({ content: 'what happened on 26 August 1920? nice day' });
    const otherBot = fake.say({ content: `<@${fake.bot.id}> who Dulatov`, mentionBot: true, user: { ...fake.user('robot'), bot: true } });
    const marker = fake.say({ content: `<@${fake.bot.id}> help`, mentionBot: true });
    await fake.waitForRequest((r) => r.method === 'POST' && r.body?.message_reference?.message_id === marker.id, 10_000, 'marker reply');
    const refs = fake.requests.map((r) => r.body?.message_reference?.message_id);
    expect(refs).not.toContain(chatter.id);
    expect(refs).not.toContain(otherBot.id);
  });

  it('answers direct messages', async () => {
    const channelId = snowflake();
    fake.say({ guild: null, channelId, content: 'who Baitursynov' });
    const sent = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`, 10_000, 'DM reply');
    expect(sent.body.embeds[0].title).toBe('Akhmet Baitursynov');
  });
});

describe('faults', () => {
  it('keeps answering when REST answers 429 with retry_after on the interaction callback', async () => {
    fake.fail(/^\/interactions\/\d+\/[^/]+\/callback$/, { status: 429, retryAfter: 0.4 });
    const { id } = fake.slash({ subcommand: 'probe', options: [{ name: 'text', type: 3, value: 'after 429' }] });
    const callback = await fake.waitForCallback(id);
    const tries = fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(tries.map((r) => r.status)).toEqual([429, 204]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(350);
    expect(callback.body.data.embeds[0].description).toBe('after 429');
  });

  it('retries a message reply after a 500', async () => {
    const channel = fake.guilds[0]!.channelId;
    fake.fail(new RegExp(`^/channels/${channel}/messages$`), { status: 500, method: 'POST' });
    const msg = fake.say({ content: `<@${fake.bot.id}> who Dulatov`, mentionBot: true });
    const sent = await fake.waitForRequest((r) => r.status === 200 && r.body?.message_reference?.message_id === msg.id, 15_000, 'reply after 500');
    expect(sent.body.embeds[0].title).toBe('Mirzhakip Dulatov');
    expect(fake.requests.some((r) => r.status === 500 && r.body?.message_reference?.message_id === msg.id)).toBe(true);
  });

  it('resumes after the gateway closes with a resumable code, and keeps answering', async () => {
    const identifies = fake.gateway.filter((p) => p.op === 2).length;
    const resumes = fake.gateway.filter((p) => p.op === 6).length;
    fake.disconnect(0, 4000);
    // An interaction sent while the bot is away is replayed on RESUME.
    const { id } = fake.slash({ subcommand: 'probe', options: [{ name: 'text', type: 3, value: 'while away' }] });
    await fake.waitFor(() => (fake.gateway.filter((p) => p.op === 6).length > resumes ? true : undefined), 15_000, 'RESUME');
    const resume = fake.gateway.filter((p) => p.op === 6).at(-1)!;
    expect(resume.d).toMatchObject({ token: fake.token, session_id: expect.any(String), seq: expect.any(Number) });
    expect((await fake.waitForAnswer(id)).data.embeds[0].description).toBe('while away');
    const after = fake.slash({ subcommand: 'probe', options: [{ name: 'text', type: 3, value: 'after resume' }] });
    expect((await fake.waitForAnswer(after.id)).data.embeds[0].description).toBe('after resume');
    expect(fake.gateway.filter((p) => p.op === 2).length).toBe(identifies);
  });

  it('resumes after op 7 RECONNECT', async () => {
    const resumes = fake.gateway.filter((p) => p.op === 6).length;
    fake.reconnect(0);
    await fake.waitFor(() => (fake.gateway.filter((p) => p.op === 6).length > resumes ? true : undefined), 15_000, 'RESUME');
    const { id } = fake.slash({ subcommand: 'probe', options: [{ name: 'text', type: 3, value: 'after reconnect' }] });
    expect((await fake.waitForAnswer(id)).data.embeds[0].description).toBe('after reconnect');
  });

  it('heartbeats and gets acknowledged', async () => {
    await fake.waitFor(() => (fake.gateway.some((p) => p.op === 1) ? true : undefined), 10_000, 'heartbeat');
    // The fake acknowledges at once, but the client reads the ACK a moment later.
    await vi.waitFor(() => expect(bot.client.ws.ping).not.toBe(-1), { timeout: 10_000 });
  });
});

describe('quiz', () => {
  type Button = { custom_id: string; label: string; style: number; disabled?: boolean };
  const buttonsOf = (body: { components?: { components: Button[] }[] }) => (body.components ?? []).flatMap((r) => r.components);

  it('plays a round with the real engine: buttons, one answer per user, ephemeral outcomes, disabled buttons and the reveal', async () => {
    const guild = fake.guilds[0]!;
    const start = fake.slash({ subcommand: 'quiz', options: [{ name: 'questions', type: 4, value: 1 }] });
    expect((await fake.waitForAnswer(start.id)).data.embeds[0].title).toMatch(/^Quiz/);
    await t.clock.advance(0); // the lead-in: the engine asks the first question
    const posted = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${guild.channelId}/messages` && buttonsOf(r.body).some((b) => b.custom_id.startsWith('q:')),
      10_000,
      'question message',
    );
    expect(posted.body.allowed_mentions).toEqual({ parse: [] });
    expect(posted.body.embeds[0].title).toBe('Question 1/1');
    const buttons = buttonsOf(posted.body);
    const questionId = /^q:(.+):0$/.exec(buttons[0]!.custom_id)![1]!;
    expect(buttons.map((b) => b.custom_id)).toEqual(buttons.map((_, i) => `q:${questionId}:${i}`));
    for (const b of buttons) expect(b.label.length).toBeLessThanOrEqual(80);
    const message = posted.response;

    const ana = fake.user('ana');
    const first = await fake.waitForCallback(fake.button({ customId: `q:${questionId}:1`, message, user: ana }).id);
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(first.body.data.embeds[0].description).toMatch(/^Answer recorded/);
    const again = await fake.waitForCallback(fake.button({ customId: `q:${questionId}:0`, message, user: ana }).id);
    expect(again.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(again.body.data.embeds[0].description).toBe('You have already answered this question.');
    const bek = await fake.waitForCallback(fake.button({ customId: `q:${questionId}:0`, message, user: fake.user('bek') }).id);
    expect(bek.body.data.embeds[0].description).toMatch(/^Answer recorded/);

    await t.clock.advance(20_000); // the timer ends
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/channels/${guild.channelId}/messages/${message.id}`, 10_000, 'buttons disabled');
    const closed = buttonsOf(edit.body);
    expect(closed).toHaveLength(buttons.length);
    expect(closed.every((b) => b.disabled === true)).toBe(true);
    expect(closed.filter((b) => b.style === 3)).toHaveLength(1); // the right answer, in green
    const reveal = await fake.waitFor(
      () => fake.botMessages(guild.channelId).find((r) => /^Answer 1:/.test(r.body?.embeds?.[0]?.title ?? '')),
      10_000,
      'reveal',
    );
    expect(reveal.body.allowed_mentions).toEqual({ parse: [] });
    expect(reveal.body.flags ?? 0).toBe(0);
    // Two answers counted: Ana's second click changed nothing.
    expect(reveal.body.embeds[0].description).toMatch(/2 answers/);

    const late = await fake.waitForCallback(fake.button({ customId: `q:${questionId}:0`, message, user: fake.user('late') }).id);
    expect(late.body.data.embeds[0].description).toMatch(/Too late/);
  });

  it('answers a click on an unknown question with "expired"', async () => {
    const { id } = fake.button({ customId: 'q:nosuchround:1:2' });
    const { body } = await fake.waitForCallback(id);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.embeds[0].description).toBe('This button has expired.');
  });

  it('lets only members with Manage Server reset the leaderboard', async () => {
    const member = await fake.waitForCallback(fake.slash({ permissions: '0', subcommand: 'leaderboard', options: [{ name: 'action', type: 3, value: 'reset' }] }).id);
    expect(member.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(member.body.data.embeds[0].description).toMatch(/Only chat admins/);
    const admin = await fake.waitForCallback(fake.slash({ permissions: MANAGE_GUILD.toString(), subcommand: 'leaderboard', options: [{ name: 'action', type: 3, value: 'reset' }] }).id);
    expect(admin.body.data.embeds[0].title).toBe('Leaderboard reset');
  });
});
