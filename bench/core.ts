import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Core } from '../src/core/core';
import type { Context } from '../src/core/chat';
import { loadKnowledge, type Knowledge } from '../src/core/knowledge/load';
import { Library } from '../src/core/library';
import { formatDateText } from '../src/core/dates';
import { median } from './median';

/** Figures for the knowledge core: what issue 2 sets targets for. */
export interface CoreFigures {
  entries: number;
  /** Index, timeline and composer built as at start-up: from the compiled snapshot `npm run build` writes. */
  buildMs: number;
  /** The same built from the knowledge files (no snapshot): what a change to knowledge/ costs before the next build. */
  buildFromFilesMs: number;
  /** False when there was no snapshot of the current knowledge to start from (buildMs is then from the files). */
  fromSnapshot: boolean;
  queries: number;
  /** Distinct questions among `queries`. */
  distinct: number;
  /** Answering, every reply composed (no reply kept for reuse): the mixed set, after a warm-up on it. */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Questions never asked before in the process (after a warm-up on other questions), each once. */
  newP50Ms: number;
  newP99Ms: number;
  newQuestions: number;
  /** The mixed set with the bot's default reply keeping: popular questions (the 500 most asked) come back. */
  repeatedP50Ms: number;
  repeatedP99Ms: number;
  /** The median of five starts (one start is at the mercy of whatever else the machine does). */
  firstAnswerMs: number;
  /** Every start's time, in order. */
  firstAnswerRuns: number[];
  childPeakRssMb: number;
  benchPeakRssMb: number;
}

const context: Context = { chat: { platform: 'terminal', id: 'bench', kind: 'private' }, user: { id: 'b', name: 'bench' }, addressed: true };

/** A mixed set of questions drawn from the knowledge: names, typos, Cyrillic, dates, declines. */
export function querySet(library: Library, size: number): string[] {
  const base: string[] = [];
  for (const e of library.knowledge.entries) {
    base.push(e.name, `who was ${e.name}?`, `/what ${e.name}`);
    for (const a of e.aliases.slice(0, 4)) base.push(a, a.toLowerCase().slice(0, -1)); // typo: last letter dropped
    if (e.kind === 'person') base.push(`when was ${e.name} born`, `/who ${e.aliases[0] ?? e.name}`);
  }
  for (const m of library.timeline.moments) {
    base.push(`what happened on ${formatDateText(m.date)}?`, m.date, `/when ${m.span.year}`);
  }
  base.push('who was Napoleon?', 'what is the capital of France', '1935-1938', 'July 4', 'кто такой Бөкейханов', 'Алаш Орда деген не?');
  return Array.from({ length: size }, (_, i) => base[(i * 7919) % base.length]!);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Starts `npm run chat -- --json` as a user would and times the first answer; resolves once the
 * process has exited, so that the next start does not share the machine with this one's exit.
 */
function firstAnswer(): Promise<{ ms: number; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['dist/src/adapters/terminal/cli.js', '--json'], { stdio: ['pipe', 'pipe', 'inherit'] });
    child.stdin.write('who was Bukeikhanov?\n');
    let out = '';
    let first: { ms: number; peakRssMb: number } | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (first || !out.includes('\n')) return;
      const ms = performance.now() - started;
      // VmHWM is the process's peak resident set so far (Linux).
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      first = { ms, peakRssMb: hwm ? Number(hwm[1]) / 1024 : NaN };
      child.stdin.end();
    });
    child.on('exit', () => (first ? resolve(first) : reject(new Error('the chat process exited before answering'))));
    child.on('error', reject);
  });
}

/** Each question's answering time in milliseconds, sorted. */
async function timed(core: Core, questions: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    await core.handleText(q, context);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

/** Best of 5 builds, after one warm-up. Each index is searched once, so lazily loaded ones count too. */
function buildTime(knowledge: Knowledge): number {
  let ms = Infinity;
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const library = new Library(knowledge);
    library.facts.find(['alash']);
    library.index.fullText(['alash']);
    if (i > 0) ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}

export async function benchCore(size = 20_000): Promise<CoreFigures> {
  const dir = process.env.KNOWLEDGE_DIR ?? 'knowledge';
  const knowledge = loadKnowledge(dir);
  // Build time: the index, timeline and composer, as at start-up, which reads the snapshot that
  // `npm run build` (run by `npm run bench`) compiles; and the same from the files.
  const snapshot = loadKnowledge(dir, { snapshot: 'dist/knowledge.snapshot.json' });
  const buildFromFilesMs = buildTime(knowledge);
  const buildMs = snapshot.compiled ? buildTime(snapshot) : buildFromFilesMs;
  // Every reply composed: the answering itself, not the reuse of kept replies.
  const core = await Core.create({ knowledge, keptReplies: 0 });
  const queries = querySet(core.library, size);
  for (const q of queries.slice(0, 2000)) await core.handleText(q, context); // warm up
  const times = await timed(core, queries);
  // Questions seen for the first time: warm up on a tenth of the distinct questions, then ask each of the others once.
  const distinct = [...new Set(queries)];
  const fresh = await Core.create({ knowledge, keptReplies: 0 });
  for (let round = 0; round < 3; round++) for (const q of distinct.filter((_, i) => i % 10 === 0)) await fresh.handleText(q, context);
  const newTimes = await timed(fresh, distinct.filter((_, i) => i % 10 !== 0));
  // As the bot runs (replies kept), with the 500 questions asked most coming back, as popular ones do.
  const kept = await Core.create({ knowledge });
  const popular = queries.map((_, i) => distinct[(i * 7919) % Math.min(500, distinct.length)]!);
  for (const q of popular.slice(0, 2000)) await kept.handleText(q, context);
  const repeatedTimes = await timed(kept, popular);
  const starts: { ms: number; peakRssMb: number }[] = [];
  for (let i = 0; i < 5; i++) starts.push(await firstAnswer());

  return {
    entries: knowledge.entries.length,
    buildMs,
    buildFromFilesMs,
    fromSnapshot: Boolean(snapshot.compiled),
    queries: queries.length,
    distinct: distinct.length,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    maxMs: times[times.length - 1]!,
    newP50Ms: percentile(newTimes, 50),
    newP99Ms: percentile(newTimes, 99),
    newQuestions: newTimes.length,
    repeatedP50Ms: percentile(repeatedTimes, 50),
    repeatedP99Ms: percentile(repeatedTimes, 99),
    firstAnswerMs: median(starts.map((s) => s.ms)),
    firstAnswerRuns: starts.map((s) => s.ms),
    childPeakRssMb: Math.max(...starts.map((s) => s.peakRssMb)),
    benchPeakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}
