import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './median';
import { Worker } from 'node:worker_threads';
import { Client, Events, GatewayIntentBits, type InteractionReplyOptions } from 'discord.js';
import { startDiscord } from '../src/adapters/discord/index';
import { restOptions } from '../src/adapters/discord/client';
import { renderReply } from '../src/adapters/discord/render';
import { Core } from '../src/core/core';
import { silentLogger } from '../src/core/log';

/**
 * Discord interactions per second, end to end: slash commands dispatched over the fake gateway,
 * counted when their callback reaches the fake REST API. The adapter (`/alash who <name>`
 * through the core, rendered as an embed with buttons) runs side by side with a bare discord.js
 * client that replies with a constant; their ratio is the adapter's overhead (target >= 0.8).
 *
 * Two more runs separate the costs: the bare client replying with a constant embed the size of
 * a real answer (what sending a real answer costs, lookup aside), and the adapter answering a
 * command that returns a constant (what the adapter costs, lookup and payload aside). The five
 * names come back again and again, so the adapter's core answers most from the replies it keeps;
 * a last run with no replies kept shows the cost of composing every one.
 */

export interface DiscordBench {
  interactions: number;
  /** The bare client replying `ok`. */
  barePerSec: number;
  /** The adapter answering `/alash who <name>` (typed names: Latin, Cyrillic, a typo). */
  adapterPerSec: number;
  /** adapterPerSec / barePerSec, the median of the rounds' ratios (target >= 0.8). */
  ratio: number;
  /** The bare client replying with a constant copy of a rendered `who` answer (same payload). */
  bareAnswerPerSec: number;
  /** adapterPerSec / bareAnswerPerSec: the lookup and rendering alone. */
  ratioSamePayload: number;
  /** The adapter answering a command that returns a constant one-line reply. */
  adapterConstantPerSec: number;
  /** adapterConstantPerSec / barePerSec: the adapter alone. */
  constantRatio: number;
  /** The adapter over a core that keeps no replies: every `who` reply composed anew. */
  composedPerSec: number;
  /** composedPerSec / barePerSec. */
  composedRatio: number;
  /** Every round's figures, to show the noise on a shared machine. */
  rounds: { bare: number; adapter: number; bareAnswer: number; adapterConstant: number; composed: number }[];
}

const NAMES = ['Bukeikhanov', 'Dulatov', 'Baitursynov', 'Бөкейханов', 'dulatv'];

type Start = (fake: { apiBase: string; token: string }) => Promise<() => Promise<void>>;

export async function benchDiscord(options: { interactions?: number; inFlight?: number; rounds?: number } = {}): Promise<DiscordBench> {
  const n = options.interactions ?? 2000;
  const inFlight = options.inFlight ?? 100;
  const rounds = options.rounds ?? 5;
  const core = await benchCore();
  const composing = await benchCore(0);
  const context = { chat: { platform: 'discord' as const, id: '1', kind: 'group' as const }, user: { id: '1', name: 'bench' }, addressed: true };
  const answer = renderReply(await core.runCommand('who', { name: 'Bukeikhanov' }, context));
  const adapterOver = (over: Core): Start => async (fake) => {
    const bot = await startDiscord(over, { token: fake.token, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates' }, silentLogger());
    return () => bot.stop();
  };
  const startAdapter = adapterOver(core);
  const figures = { bare: [] as number[], adapter: [] as number[], bareAnswer: [] as number[], adapterConstant: [] as number[], composed: [] as number[] };
  const runs = [
    async () => figures.bare.push(await measure(n, inFlight, 'who', NAMES, bareClient({ content: 'ok' }))),
    async () => figures.adapter.push(await measure(n, inFlight, 'who', NAMES, startAdapter)),
    async () => figures.bareAnswer.push(await measure(n, inFlight, 'who', NAMES, bareClient({ embeds: answer.embeds, components: answer.components }))),
    async () => figures.adapterConstant.push(await measure(n, inFlight, 'constant', [], startAdapter)),
    async () => figures.composed.push(await measure(n, inFlight, 'who', NAMES, adapterOver(composing))),
  ];
  for (let round = 0; round < rounds; round++) {
    // Rotate the order, so a machine getting busier or quieter favours none of them.
    for (let i = 0; i < runs.length; i++) await runs[(round + i) % runs.length]!();
  }
  // Each round's runs are made close together; the median round is robust to bursts of load
  // from other processes on a shared machine.
  const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));
  return {
    interactions: n,
    barePerSec: median(figures.bare),
    adapterPerSec: median(figures.adapter),
    ratio: ratio(figures.adapter, figures.bare),
    bareAnswerPerSec: median(figures.bareAnswer),
    ratioSamePayload: ratio(figures.adapter, figures.bareAnswer),
    adapterConstantPerSec: median(figures.adapterConstant),
    constantRatio: ratio(figures.adapterConstant, figures.bare),
    composedPerSec: median(figures.composed),
    composedRatio: ratio(figures.composed, figures.bare),
    rounds: figures.bare.map((bare, i) => ({ bare, adapter: figures.adapter[i]!, bareAnswer: figures.bareAnswer[i]!, adapterConstant: figures.adapterConstant[i]!, composed: figures.composed[i]! })),
  };
}

/** The real knowledge, as the bot runs (or keeping `keptReplies` replies). */
function benchCore(keptReplies?: number): Promise<Core> {
  return Core.create({
    knowledgeDir: fileURLToPath(new URL('../knowledge', import.meta.url)),
    keptReplies,
    extraCommands: [{ name: 'constant', description: 'Bench: a constant reply', options: [], handle: () => ({ kind: 'answer', body: 'ok', entries: [] }) }],
  });
}

/** A bare discord.js client that answers every slash command with the same reply. */
function bareClient(reply: InteractionReplyOptions): Start {
  return async (fake) => {
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: restOptions(fake.apiBase) });
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) void interaction.reply(reply).catch(() => undefined);
    });
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(fake.token);
    await ready;
    return () => client.destroy();
  };
}

/** Interactions per second with `inFlight` outstanding at a time, after a warm-up; the fake runs in a worker thread. */
async function measure(
  n: number,
  inFlight: number,
  subcommand: string,
  names: string[],
  start: Start,
): Promise<number> {
  // A worker does not inherit tsx's loader: register it there before importing the TypeScript entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./discord-fake-worker.ts', import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type: string }) => {
        if (m.type !== type) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(m as T);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  const fake = await next<{ apiBase: string; token: string }>('started');
  const stop = await start(fake);
  try {
    const run = async (count: number) => {
      const done = next<{ ms: number; failed: number }>('done');
      worker.postMessage({ type: 'run', n: count, inFlight, subcommand, names });
      const result = await done;
      if (result.failed) throw new Error(`bench: ${result.failed} callbacks refused`);
      return result.ms;
    };
    await run(Math.min(300, n));
    const ms = await run(n);
    return n / (ms / 1000);
  } finally {
    await stop();
    const closed = next('closed');
    worker.postMessage({ type: 'close' });
    await closed;
    await worker.terminate();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchDiscord();
  const rate = (x: number) => `${x.toFixed(0).padStart(5)} /s`;
  console.log('Discord adapter (fake Discord on 127.0.0.1 in its own thread, slash interactions end to end)');
  console.log(`  interactions per run          ${r.interactions}, median of ${r.rounds.length} rounds`);
  console.log(`  bare discord.js, replies "ok" ${rate(r.barePerSec)}`);
  console.log(`  alash adapter, /alash who     ${rate(r.adapterPerSec)}   ratio ${r.ratio.toFixed(2)} (target >= 0.8)`);
  console.log(`  bare, same-size constant embed${rate(r.bareAnswerPerSec)}   adapter / this ${r.ratioSamePayload.toFixed(2)}`);
  console.log(`  adapter, constant reply       ${rate(r.adapterConstantPerSec)}   ratio ${r.constantRatio.toFixed(2)} (the adapter alone)`);
  console.log(`  adapter, no replies kept      ${rate(r.composedPerSec)}   ratio ${r.composedRatio.toFixed(2)} (every reply composed)`);
  console.log(`  rounds (bare/who/bare-embed/constant/composed): ${r.rounds.map((x) => [x.bare, x.adapter, x.bareAnswer, x.adapterConstant, x.composed].map((v) => v.toFixed(0)).join('/')).join('  ')}`);
  process.exit(0);
}
