import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { startDiscord } from '../src/adapters/discord/index';
import { restOptions } from '../src/adapters/discord/client';
import type { Core } from '../src/core/core';
import { createCore } from '../src/core/create';
import { silentLogger } from '../src/core/log';

/**
 * Discord interactions per second, end to end: slash commands dispatched over the fake gateway,
 * counted when their callback reaches the fake REST API. The adapter (`/alash who <name>`
 * through the core, rendered as an embed with buttons) runs side by side with a bare discord.js
 * client that replies with a constant; their ratio is the adapter's overhead (target >= 0.8).
 */

export interface DiscordBench {
  interactions: number;
  adapterPerSec: number;
  barePerSec: number;
  ratio: number;
  /**
   * The adapter answering a command that returns a constant reply: what the adapter itself costs
   * (rendering, context, deferral timer) without the knowledge lookup.
   */
  adapterConstantPerSec: number;
  constantRatio: number;
  /** Every round's figures, to show the noise on a shared machine. */
  rounds: { barePerSec: number; adapterPerSec: number; adapterConstantPerSec: number }[];
}

const NAMES = ['Bukeikhanov', 'Dulatov', 'Baitursynov', 'Бөкейханов', 'dulatv'];

export async function benchDiscord(options: { interactions?: number; inFlight?: number; rounds?: number } = {}): Promise<DiscordBench> {
  const n = options.interactions ?? 2000;
  const inFlight = options.inFlight ?? 100;
  const rounds = options.rounds ?? 5;
  const core = await benchCore();
  const bare: number[] = [];
  const adapter: number[] = [];
  const constant: number[] = [];
  const startAdapter = async (fake: { apiBase: string; token: string }) => {
    const bot = await startDiscord(core, { token: fake.token, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates' }, silentLogger());
    return () => bot.stop();
  };
  const runs = [
    async () => bare.push(await measure(n, inFlight, 'who', NAMES, startBare)),
    async () => adapter.push(await measure(n, inFlight, 'who', NAMES, startAdapter)),
    async () => constant.push(await measure(n, inFlight, 'constant', [], startAdapter)),
  ];
  for (let round = 0; round < rounds; round++) {
    // Rotate the order, so a machine getting busier or quieter favours none of them.
    for (let i = 0; i < runs.length; i++) await runs[(round + i) % runs.length]!();
  }
  // Each round's runs are made close together; the median round is robust to bursts of load
  // from other processes on a shared machine.
  return {
    interactions: n,
    adapterPerSec: median(adapter),
    barePerSec: median(bare),
    ratio: median(adapter.map((a, i) => a / bare[i]!)),
    adapterConstantPerSec: median(constant),
    constantRatio: median(constant.map((c, i) => c / bare[i]!)),
    rounds: bare.map((b, i) => ({ barePerSec: b, adapterPerSec: adapter[i]!, adapterConstantPerSec: constant[i]! })),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The real knowledge, as the bot runs. */
function benchCore(): Promise<Core> {
  return createCore({
    knowledgeDir: fileURLToPath(new URL('../knowledge', import.meta.url)),
    extraCommands: [{ name: 'constant', description: 'Bench: a constant reply', options: [], handle: () => ({ kind: 'answer', body: 'ok', entries: [] }) }],
  });
}

async function startBare(fake: { apiBase: string; token: string }): Promise<() => Promise<void>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: restOptions(fake.apiBase) });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' }).catch(() => undefined);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  return () => client.destroy();
}

/** Interactions per second with `inFlight` outstanding at a time, after a warm-up; the fake runs in a worker thread. */
async function measure(
  n: number,
  inFlight: number,
  subcommand: string,
  names: string[],
  start: (fake: { apiBase: string; token: string }) => Promise<() => Promise<void>>): Promise<number> {
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
  console.log('Discord adapter (fake Discord on 127.0.0.1, slash interactions end to end)');
  console.log(`  interactions             ${r.interactions}`);
  console.log(`  bare discord.js client   ${r.barePerSec.toFixed(0)} /s (replies a constant)`);
  console.log(`  alash adapter            ${r.adapterPerSec.toFixed(0)} /s (/alash who: core lookup, embed, buttons)`);
  console.log(`  ratio                    ${r.ratio.toFixed(2)}       (target >= 0.8; median of rounds)`);
  console.log(`  adapter, constant reply  ${r.adapterConstantPerSec.toFixed(0)} /s (the adapter alone, no lookup): ratio ${r.constantRatio.toFixed(2)}`);
  console.log(`  rounds (bare/who/const)  ${r.rounds.map((x) => `${x.barePerSec.toFixed(0)}/${x.adapterPerSec.toFixed(0)}/${x.adapterConstantPerSec.toFixed(0)}`).join('  ')}`);
  process.exit(0);
}
