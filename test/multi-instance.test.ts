import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { PostgresQuizStore } from '../src/core/store/postgres';
import { FakeDiscord, shardOf, type FakeGuild } from './fakes/discord';
import { FakeBotApi, groupChat, pollAnswer, textMessage, user, type RecordedCall } from './fakes/telegram-api';
import { createDatabase, freePort } from './fakes/postgres';

/**
 * Two bot processes (the real `src/main.ts`) on one PostgreSQL database, in Telegram webhook
 * mode against the fake Bot API, with updates spread over both. One is killed with SIGKILL in
 * the middle of a question: the other takes the round over, and the reveal and the summary
 * count every acknowledged answer exactly once. The figures are printed for the report.
 */

interface Bot {
  child: ChildProcess;
  port: number;
  stderr: string;
}

let fake: FakeBotApi;
let databaseUrl: string;
const bots: Bot[] = [];
const secret = 'multi-instance-secret';

function spawnBot(env: Record<string, string>, port = 0): Bot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(join(tmpdir(), 'alash-multi-')), TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const bot: Bot = { child, port, stderr: '' };
  child.stderr!.on('data', (d: Buffer) => (bot.stderr += d.toString()));
  bots.push(bot);
  return bot;
}

function startBot(port: number): Bot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/telegram',
      TELEGRAM_WEBHOOK_PORT: String(port),
      TELEGRAM_WEBHOOK_SECRET: secret,
      DATABASE_URL: databaseUrl,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'alash-multi-')),
      QUIZ_SECONDS: '5',
      QUIZ_QUESTIONS: '2',
      LOG_LEVEL: process.env.BOT_LOG_LEVEL ?? 'warn',
      DISCORD_TOKEN: '',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const bot: Bot = { child, port, stderr: '' };
  child.stderr!.on('data', (d: Buffer) => (bot.stderr += d.toString()));
  bots.push(bot);
  return bot;
}

async function listening(port: number, timeoutMs = 40_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing listens on ${port}: ${bots.map((b) => b.stderr).join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** POSTs an update to a bot's webhook as Telegram does. */
function postUpdate(port: number, update: object, token: string): Promise<{ status: number }> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/telegram',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-telegram-bot-api-secret-token': token },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let updateId = 1;
async function deliver(bot: Bot, update: Parameters<FakeBotApi['push']>[0]): Promise<void> {
  const { status } = await postUpdate(bot.port, { update_id: updateId++, ...update }, secret);
  expect(status).toBe(200); // acknowledged to Telegram: it must count
}

beforeAll(async () => {
  fake = await FakeBotApi.start();
  databaseUrl = await createDatabase(inject('postgresUrl'), 'multi');
}, 30_000);

afterAll(async () => {
  for (const b of bots) if (b.child.exitCode === null && b.child.signalCode === null) b.child.kill('SIGKILL');
  await fake?.close();
});

describe('two bot processes on one PostgreSQL', () => {
  it('finish a round on the survivor when one is killed mid-question, with every answer once', async () => {
    const [a, b] = [startBot(await freePort()), startBot(await freePort())];
    await Promise.all([listening(a.port, 60_000), listening(b.port, 60_000)]);
    // Ready once the webhook is set: the quiz is attached by then (the port listens earlier).
    await fake.waitForCount('setWebhook', 2, () => true, 60_000);
    const chat = groupChat(-100555);
    const players = Array.from({ length: 6 }, (_, i) => user(1000 + i, `Player${i}`));

    await deliver(a, textMessage(chat, players[0]!, '/quiz 2'));
    const ask1 = await fake.waitFor((c) => c.method === 'sendPoll', 30_000).catch((err: Error) => {
      throw new Error(`${err.message}\nsent: ${fake.callsOf('sendMessage').map((c) => String(c.params.text)).join(' | ')}\nbot a: ${a.stderr.slice(-2000)}\nbot b: ${b.stderr.slice(-2000)}`);
    });
    const poll1 = [...fake.polls.values()].at(-1)!.poll!;
    const store = await PostgresQuizStore.open(databaseUrl);
    // The bot stores the question right after Telegram confirmed the poll; answers come after.
    await vi.waitFor(async () => expect(await store.askedByRef('telegram', poll1.id)).toBeDefined(), { timeout: 5000, interval: 20 });
    const right = (ask1.params.correct_option_ids as number[])[0]!;
    const wrong = (right + 1) % poll1.options.length;
    // Even players answer right, odd ones wrong; answers alternate between the processes, and
    // Player0 answers again through the other one (a repeat: not counted).
    for (const [i, p] of players.entries()) await deliver(i % 2 ? b : a, pollAnswer(poll1.id, p, [i % 2 ? wrong : right]));
    await deliver(b, pollAnswer(poll1.id, players[0]!, [wrong]));

    // Kill whichever holds the round's lease (the one that started it, a).
    const round = (await store.runningRound('telegram', String(chat.id)))!;
    const owner = round.owner!;
    a.child.kill('SIGKILL');
    const killedAt = Date.now();
    const isReveal1 = (c: RecordedCall) => c.method === 'sendMessage' && /Answer 1/.test(String(c.params.text));
    const reveal1 = await fake.waitFor(isReveal1, 20_000);
    const takeoverMs = Date.now() - killedAt;
    const after = (await store.runningRound('telegram', String(chat.id)))!;
    expect(after.owner).not.toBe(owner);
    expect(fake.calls.filter(isReveal1)).toHaveLength(1);
    expect(String(reveal1.params.text)).toContain('Right: Player0, Player2, Player4 (3 of 6 answers).');

    const ask2 = await fake.waitFor((c) => c.method === 'sendPoll' && /2\/2|Question 2/.test(JSON.stringify(c.params)), 20_000);
    const poll2 = [...fake.polls.values()].at(-1)!.poll!;
    await vi.waitFor(async () => expect(await store.askedByRef('telegram', poll2.id)).toBeDefined(), { timeout: 5000, interval: 20 });
    expect(poll2.id).not.toBe(poll1.id);
    for (const p of players.slice(0, 3)) await deliver(b, pollAnswer(poll2.id, p, [(ask2.params.correct_option_ids as number[])[0]!]));
    const summary = await fake.waitFor((c) => c.method === 'sendMessage' && /Quiz over/.test(String(c.params.text)), 20_000);
    const text = String(summary.params.text);
    expect(text).toContain('Player0: 2 points (2/2 right');
    expect(text).toContain('Player1: 1 point (1/2 right)');
    expect(text).toContain('Player2: 2 points (2/2 right');
    expect(text).toContain('Player3: 0 points (0/2 right)');
    expect(text).toContain('Player4: 1 point (1/2 right)');
    expect(text).toContain('Player5: 0 points (0/2 right)');
    expect(fake.calls.filter((c) => c.method === 'sendPoll')).toHaveLength(2);

    const answers = await store.answers(round.id);
    expect(answers).toHaveLength(9);
    expect(new Set(answers.map((x) => `${x.number}:${x.userId}`)).size).toBe(9);
    await store.close();
    console.log(`[multi-instance telegram] takeover after SIGKILL: ${takeoverMs} ms (lease 5000 ms); answers kept: 6 of 6 acknowledged on question 1, 9 of 9 in the round; repeats counted: 0`);
    b.child.kill('SIGTERM');
  }, 90_000);
});

describe('two Discord shard sets on one PostgreSQL', () => {
  type Button = { custom_id: string };
  const buttonsOf = (body: { components?: { components: Button[] }[] }) => (body.components ?? []).flatMap((r) => r.components);

  it('the surviving set finishes a round of the killed set\'s server with every answer', async () => {
    const discord = await FakeDiscord.start({ guilds: 0, shards: 2 });
    try {
      const at = Date.now() - 10_000;
      const guilds: FakeGuild[] = [discord.addGuild('Even', at - (at % 2)), discord.addGuild('Odd', at - (at % 2) + 1)];
      const onShard0 = guilds.find((g) => shardOf(g.id, 2) === 0)!;
      const db = await createDatabase(inject('postgresUrl'), 'discord');
      const env = (shards: string) => ({
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_BASE: discord.apiBase,
        DISCORD_SHARD_LIST: shards,
        DISCORD_TOTAL_SHARDS: '2',
        DATABASE_URL: db,
        // Long enough for three button presses in turn on a loaded machine.
        QUIZ_SECONDS: '12',
      });
      const [a, b] = [spawnBot(env('0')), spawnBot(env('1'))];
      await discord.waitForShards(2, 60_000);
      const identified = discord.gateway.filter((p) => p.op === 2).map((p) => p.d.shard);
      expect(identified).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));

      const start = discord.slash({ guild: onShard0, subcommand: 'quiz', options: [{ name: 'questions', type: 4, value: 1 }] });
      expect((await discord.waitForAnswer(start.id, 20_000)).data.embeds[0].title).toMatch(/^Quiz/);
      const posted = await discord.waitForRequest(
        (r) => r.method === 'POST' && r.path === `/channels/${onShard0.channelId}/messages` && buttonsOf(r.body).some((x) => x.custom_id.startsWith('q:')),
        20_000,
        'question message',
      );
      const questionId = /^q:(.+):0$/.exec(buttonsOf(posted.body)[0]!.custom_id)![1]!;
      // The question is stored before Discord shows it: a press the moment it appears counts.
      const players = ['ana', 'bek', 'dana'].map((name) => discord.user(name));
      for (const [i, user] of players.entries()) {
        const ack = await discord.waitForCallback(discord.button({ customId: `q:${questionId}:${i}`, message: posted.response, guild: onShard0, user }).id, 10_000);
        expect(ack.body.data.embeds[0].description).toMatch(/^Answer recorded/);
      }
      a.child.kill('SIGKILL');
      const killedAt = Date.now();
      const reveal = await discord.waitFor(
        () => discord.botMessages(onShard0.channelId).find((r) => /^Answer 1:/.test(r.body?.embeds?.[0]?.title ?? '')),
        40_000,
        'the reveal from the other shard set',
      );
      const takeoverMs = Date.now() - killedAt;
      expect(reveal.body.embeds[0].description).toMatch(/3 answers/);
      const summary = await discord.waitFor(
        () => discord.botMessages(onShard0.channelId).find((r) => r.body?.embeds?.[0]?.title === 'Quiz over'),
        20_000,
        'the summary',
      );
      const text = JSON.stringify(summary.body.embeds[0]);
      for (const name of ['Ana', 'Bek', 'Dana']) expect(text).toMatch(new RegExp(`${name}: \\d points? \\(\\d\\/1 right\\)`));
      expect(discord.botMessages(onShard0.channelId).filter((r) => /^Answer 1:/.test(r.body?.embeds?.[0]?.title ?? ''))).toHaveLength(1);
      console.log(`[multi-instance discord] shard set 1 took over shard 0's round ${takeoverMs} ms after SIGKILL (lease 5000 ms, + 5000 ms for another shard's server); answers kept: 3 of 3`);
      b.child.kill('SIGTERM');
    } finally {
      await discord.close();
    }
  }, 90_000);
});
