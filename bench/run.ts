import { benchCore } from './core';

/**
 * `npm run bench`: the speed and memory figures the issues set targets for. Timings on a shared
 * machine are noisy, so they are reported, never asserted in tests.
 */
const f = (n: number, digits = 3) => n.toFixed(digits);

const core = await benchCore();
console.log('Knowledge core');
console.log(`  entries                  ${core.entries}`);
console.log(`  index build at start      ${f(core.buildMs, 2)} ms        (target < 50 ms; ${core.fromSnapshot ? 'from the compiled snapshot' : 'NO SNAPSHOT: from the files'})`);
console.log(`  index build from files   ${f(core.buildFromFilesMs, 2)} ms        (no snapshot: after a knowledge edit, before the next build)`);
console.log(`  answer latency (${core.queries} mixed queries, ${core.distinct} distinct, warm; every reply composed)`);
console.log(`    p50                    ${f(core.p50Ms)} ms`);
console.log(`    p99                    ${f(core.p99Ms)} ms       (target < 1 ms)`);
console.log(`    max                    ${f(core.maxMs)} ms`);
console.log(`  questions never asked before (${core.newQuestions}, each once)`);
console.log(`    p50 / p99              ${f(core.newP50Ms)} / ${f(core.newP99Ms)} ms`);
console.log(`  as the bot runs, popular questions again (replies kept, 500 most asked)`);
console.log(`    p50 / p99              ${f(core.repeatedP50Ms)} / ${f(core.repeatedP99Ms)} ms`);
console.log(`  process start to first answer ${f(core.firstAnswerMs, 0)} ms (target < 400 ms; median of ${core.firstAnswerRuns.map((ms) => f(ms, 0)).join(', ')})`);
console.log(`  peak RSS, chat process   ${f(core.childPeakRssMb, 1)} MB      (target < 100 MB)`);
console.log(`  peak RSS, bench process  ${f(core.benchPeakRssMb, 1)} MB`);

const discord = await (await import('./discord')).benchDiscord();
console.log('\nDiscord adapter (interactions end to end against the local fake, median of rounds)');
console.log(`  bare discord.js client replying "ok"        ${f(discord.barePerSec, 0)}/s`);
console.log(`  adapter answering /alash who                 ${f(discord.adapterPerSec, 0)}/s`);
console.log(`  ratio                                        ${f(discord.ratio, 2)}   (target >= 0.8)`);
console.log(`  bare client replying a same-size embed       ${f(discord.bareAnswerPerSec, 0)}/s  (adapter / this = ${f(discord.ratioSamePayload, 2)})`);
console.log(`  adapter answering a constant command         ${f(discord.adapterConstantPerSec, 0)}/s  (/ bare = ${f(discord.constantRatio, 2)})`);
console.log(`  adapter keeping no replies (each composed)   ${f(discord.composedPerSec, 0)}/s  (/ bare = ${f(discord.composedRatio, 2)})`);

const telegram = await (await import('./telegram')).benchTelegram();
console.log('\nTelegram adapter (updates through webhook mode against the local fake Bot API)');
console.log(`  bare grammY bot that only echoes             ${f(telegram.bareUpdatesPerSec, 0)}/s`);
console.log(`  adapter answering questions                  ${f(telegram.adapterUpdatesPerSec, 0)}/s`);
console.log(`  ratio                                        ${f(telegram.ratio, 2)}   (target >= 0.8)`);
console.log(`  adapter over an echo-only core               ${f(telegram.plumbingUpdatesPerSec, 0)}/s  (/ bare = ${f(telegram.plumbingRatio, 2)})`);
console.log(`  bare bot sending the adapter's replies       ${f(telegram.sameRepliesUpdatesPerSec, 0)}/s  (adapter / this = ${f(telegram.sameRepliesRatio, 2)})`);
console.log(`  adapter keeping no replies (each composed)   ${f(telegram.composedUpdatesPerSec, 0)}/s  (/ bare = ${f(telegram.composedRatio, 2)})`);
console.log(`  adapter with Telegram's rate limits applied  ${f(telegram.throttledUpdatesPerSec, 0)}/s  (the throttler holds ~30 messages/s by design)`);

const store = await (await import('./store')).benchStore();
console.log('\nStore (answers recorded per second, durable: each committed and synced before it is acknowledged)');
console.log(`  SQLite (WAL, synchronous=FULL), one at a time      ${f(store.sqliteSerialPerSec, 0)}/s`);
console.log(`  SQLite, 16 in flight                               ${f(store.sqliteConcurrentPerSec, 0)}/s`);
console.log(`  PostgreSQL 18 (embedded, fsync on), one at a time  ${f(store.postgresSerialPerSec, 0)}/s`);
console.log(`  PostgreSQL, 16 in flight                           ${f(store.postgresConcurrentPerSec, 0)}/s`);
process.exit(0);
