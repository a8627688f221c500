import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fork } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './median';
import { Bot, webhookCallback, type Api } from 'grammy';
import type { Update } from 'grammy/types';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import { renderReply } from '../src/adapters/telegram/render';
import type { Command } from '../src/core/command';
import { Core } from '../src/core/core';
import { silentLogger } from '../src/core/log';
import { privateChat, textMessage, user } from '../test/fakes/telegram-api';
import { fixtureKnowledge } from '../test/fakes/telegram-setup';

/**
 * Updates per second through the Telegram adapter in webhook mode, next to a bare grammY bot
 * that only echoes, both answering through the same local fake Bot API. Updates are POSTed to
 * the webhook server as Telegram does, up to 40 at a time (Telegram's default max_connections);
 * a POST returns once the update was handled and its reply sent. The fake runs in a child
 * process, so only the bots' own work shares their thread. The adapter is asked six questions
 * over and over, so its core answers most from the replies it keeps; a second run with no
 * replies kept shows the cost of composing every one, and a bare bot sending the adapter's very
 * replies shows what their size costs grammY and HTTP alone.
 */
export interface TelegramBench {
  updates: number;
  /** Which knowledge answered: knowledge/ or the test fixture (knowledge/ empty or unreadable). */
  knowledge: string;
  adapterUpdatesPerSec: number;
  bareUpdatesPerSec: number;
  /** adapter / bare, the median of the rounds' ratios; the target is at least 0.8. */
  ratio: number;
  /**
   * The adapter over a core whose only command echoes: the adapter's own cost (reading,
   * rendering, retry and logging transformers) without the knowledge lookups.
   */
  plumbingUpdatesPerSec: number;
  plumbingRatio: number;
  /**
   * The adapter over a core that keeps no replies: each of the six questions, asked again and
   * again, is composed anew (the figure above reuses kept replies, as the bot does).
   */
  composedUpdatesPerSec: number;
  composedRatio: number;
  /**
   * A bare grammY bot sending, for each question, the very message the adapter sends (the same
   * HTML text, options and keyboard, rendered once beforehand): what the replies' size costs
   * grammY and HTTP alone. `sameRepliesRatio` is the adapter's rate over this one's.
   */
  sameRepliesUpdatesPerSec: number;
  sameRepliesRatio: number;
  /** The adapter with its default throttler on: capped by design at Telegram's ~30 messages/s. */
  throttledUpdatesPerSec: number;
  /** Every round's figures, to show the noise on a shared machine. */
  rounds: { bare: number; adapter: number; plumbing: number }[];
}

const SECRET = 'bench-secret';
const CONCURRENCY = 40;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

export async function benchTelegram(updates = 3000): Promise<TelegramBench> {
  const fake = await startFakeProcess();
  const { core, knowledge } = await pickCore();
  const adapter = await startTelegram(
    core,
    { token: fake.token, apiRoot: fake.apiRoot, webhook: { url: 'https://bench.example/telegram', port: 0, secret: SECRET }, host: '127.0.0.1', throttle: false },
    silentLogger(),
  );
  const bare = await startBareBot(fake);
  const sameReplies = await startBareBot(fake, await renderedReplies(core));
  const echoCore = await Core.create({ knowledge: fixtureKnowledge(), commands: [echoCommand] });
  const plumbing = await startTelegram(
    echoCore,
    { token: fake.token, apiRoot: fake.apiRoot, webhook: { url: 'https://bench.example/telegram', port: 0, secret: SECRET }, host: '127.0.0.1', throttle: false },
    silentLogger(),
  );
  const composing = await startTelegram(
    (await pickCore(0)).core,
    { token: fake.token, apiRoot: fake.apiRoot, webhook: { url: 'https://bench.example/telegram', port: 0, secret: SECRET }, host: '127.0.0.1', throttle: false },
    silentLogger(),
  );
  const throttled = await startTelegram(
    core,
    { token: fake.token, apiRoot: fake.apiRoot, webhook: { url: 'https://bench.example/telegram', port: 0, secret: SECRET }, host: '127.0.0.1' },
    silentLogger(),
  );
  try {
    // Warm them up (JIT, keep-alive sockets), then run each once per round, rotating the order
    // so that a machine getting busier or quieter favours none of them (as the Discord bench does).
    await drive(adapter.webhookPort!, adapterUpdates(300, 1));
    await drive(bare.port, echoUpdates(300, 1));
    await drive(plumbing.webhookPort!, echoUpdates(300, 1));
    await drive(composing.webhookPort!, adapterUpdates(300, 1));
    await drive(sameReplies.port, adapterUpdates(300, 1));
    const figures = { bare: [] as number[], adapter: [] as number[], plumbing: [] as number[], composed: [] as number[], sameReplies: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      const first = 10_000 * (round + 1);
      const runs = [
        async () => figures.bare.push(await drive(bare.port, echoUpdates(updates, first))),
        async () => figures.adapter.push(await drive(adapter.webhookPort!, adapterUpdates(updates, first))),
        async () => figures.plumbing.push(await drive(plumbing.webhookPort!, echoUpdates(updates, first))),
        async () => figures.composed.push(await drive(composing.webhookPort!, adapterUpdates(updates, first))),
        async () => figures.sameReplies.push(await drive(sameReplies.port, adapterUpdates(updates, first))),
      ];
      for (let i = 0; i < runs.length; i++) await runs[(round + i) % runs.length]!();
      if (process.env.BENCH_VERBOSE) {
        console.log(`  round ${round + 1}: adapter ${Math.round(figures.adapter.at(-1)!)}/s, bare ${Math.round(figures.bare.at(-1)!)}/s, plumbing ${Math.round(figures.plumbing.at(-1)!)}/s`);
      }
    }
    const throttledRate = await drive(throttled.webhookPort!, adapterUpdates(120, 900_000));
    // A round's runs are made close together; the median round is robust to bursts of load from
    // other processes on a shared machine.
    const ratio = (a: number[], b: number[]) => Math.round(median(a.map((x, i) => x / b[i]!)) * 100) / 100;
    return {
      updates,
      knowledge,
      adapterUpdatesPerSec: Math.round(median(figures.adapter)),
      bareUpdatesPerSec: Math.round(median(figures.bare)),
      ratio: ratio(figures.adapter, figures.bare),
      plumbingUpdatesPerSec: Math.round(median(figures.plumbing)),
      plumbingRatio: ratio(figures.plumbing, figures.bare),
      composedUpdatesPerSec: Math.round(median(figures.composed)),
      composedRatio: ratio(figures.composed, figures.bare),
      sameRepliesUpdatesPerSec: Math.round(median(figures.sameReplies)),
      sameRepliesRatio: ratio(figures.adapter, figures.sameReplies),
      throttledUpdatesPerSec: Math.round(throttledRate),
      rounds: figures.bare.map((bare, i) => ({ bare, adapter: figures.adapter[i]!, plumbing: figures.plumbing[i]! })),
    };
  } finally {
    await stopAll([adapter, throttled, plumbing, composing], bare.server, sameReplies.server);
    await core.quiz.close();
    await fake.close();
  }
}

async function pickCore(keptReplies?: number): Promise<{ core: Core; knowledge: string }> {
  try {
    const core = await Core.create({ keptReplies });
    if (core.knowledge.entries.length > 0) return { core, knowledge: `knowledge/ (${core.knowledge.entries.length} entries)` };
  } catch {
    // knowledge/ not written yet or invalid: measure with the fixture instead.
  }
  return { core: await Core.create({ knowledge: fixtureKnowledge(), keptReplies }), knowledge: 'test fixture (knowledge/ has no entries yet)' };
}

interface FakeApi {
  apiRoot: string;
  token: string;
  close(): Promise<void>;
}

/** The fake Bot API in a child process (see test/fakes/telegram-api-process.ts). */
async function startFakeProcess(): Promise<FakeApi> {
  const child = fork(fileURLToPath(new URL('../test/fakes/telegram-api-process.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { apiRoot, token } = await new Promise<{ apiRoot: string; token: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { apiRoot: string; token: string }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the fake Bot API exited early (${code})`)));
  });
  return {
    apiRoot,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}

/** What people ask in the adapter's rounds: commands, questions, a date. */
const ASKS = ['/who Bukeikhanov', 'who was Baitursynov?', 'what happened on 5 December 1917?', '/help', '/who Dosmukhamedov', 'Bukeikhanov'];

/** The questions, each from its own private chat. */
function adapterUpdates(count: number, firstUser: number): Update[] {
  return Array.from({ length: count }, (_, i) => {
    const u = user(firstUser + i);
    return { update_id: firstUser + i, ...textMessage(privateChat(u), u, ASKS[i % ASKS.length]!) } as Update;
  });
}

/** A message as the adapter sends it: its HTML text and options. */
interface SentMessage {
  text: string;
  options: Parameters<Api['sendMessage']>[2];
}

/** Each question's first message as the adapter sends it to a private chat, rendered once. */
async function renderedReplies(core: Core): Promise<Map<string, SentMessage>> {
  const replies = new Map<string, SentMessage>();
  for (const ask of ASKS) {
    const reply = await core.handleText(ask, { chat: { platform: 'telegram', id: 'bench', kind: 'private' }, user: { id: 'bench', name: 'bench' }, addressed: true });
    if (!reply) throw new Error(`no reply to ${ask}`);
    const { texts, keyboard } = renderReply(reply);
    replies.set(ask, { text: texts[0]!, options: { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(keyboard && texts.length === 1 ? { reply_markup: keyboard } : {}) } });
  }
  return replies;
}

/** Replies with the text it was given: the core at its cheapest. */
const echoCommand: Command = {
  name: 'echo',
  description: 'Repeats the text',
  options: [{ name: 'text', description: 'What to repeat', type: 'string' }],
  handle: ({ text }) => ({ kind: 'answer', body: text, entries: [] }),
};

/** `/echo n` messages: the bare bot echoes them whole, the echo-only core runs its `echo` command. */
function echoUpdates(count: number, firstUser: number): Update[] {
  return Array.from({ length: count }, (_, i) => {
    const u = user(firstUser + i);
    return { update_id: firstUser + i, ...textMessage(privateChat(u), u, `/echo ${i}`) } as Update;
  });
}

/**
 * A grammY bot with nothing but an echo, served the same way; with `replies`, it sends the
 * message given for the text instead of the text.
 */
async function startBareBot(fake: FakeApi, replies?: Map<string, SentMessage>): Promise<{ server: Server; port: number }> {
  const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
  bot.on('message:text', (ctx) => {
    const sent = replies?.get(ctx.message.text);
    return sent ? ctx.reply(sent.text, sent.options) : ctx.reply(ctx.message.text);
  });
  await bot.init();
  const callback = webhookCallback(bot, 'http', { secretToken: SECRET });
  const server = createServer((req, res) => void callback(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** POSTs every update, CONCURRENCY at a time; returns updates per second. */
async function drive(port: number, updates: Update[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < updates.length) {
      const status = await post(agent, port, updates[next++]!);
      if (status !== 200) throw new Error(`webhook answered ${status}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return updates.length / seconds;
}

function post(agent: Agent, port: number, update: Update): Promise<number> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/telegram',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-telegram-bot-api-secret-token': SECRET },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function stopAll(handles: TelegramHandle[], ...servers: Server[]): Promise<void> {
  for (const h of handles) await h.stop();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchTelegram(Number(process.argv[2] ?? 3000));
  console.log(`Telegram adapter, webhook mode, ${result.updates} updates, ${result.knowledge}`);
  console.log(`  adapter:    ${result.adapterUpdatesPerSec} updates/s`);
  console.log(`  bare echo:  ${result.bareUpdatesPerSec} updates/s`);
  console.log(`  ratio:      ${result.ratio} (target >= 0.8)`);
  console.log(`  adapter over an echo-only core: ${result.plumbingUpdatesPerSec} updates/s, ratio ${result.plumbingRatio}`);
  console.log(`  adapter, no replies kept: ${result.composedUpdatesPerSec} updates/s, ratio ${result.composedRatio}`);
  console.log(`  bare bot sending the adapter's replies: ${result.sameRepliesUpdatesPerSec} updates/s (adapter / this = ${result.sameRepliesRatio})`);
  console.log(`  throttled:  ${result.throttledUpdatesPerSec} updates/s (default throttler: Telegram's ~30 messages/s)`);
  console.log(`  rounds (bare/adapter/plumbing): ${result.rounds.map((r) => [r.bare, r.adapter, r.plumbing].map((v) => v.toFixed(0)).join('/')).join('  ')}`);
}
