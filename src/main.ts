import 'dotenv/config';
import { flushed, runTerminal } from './adapters/terminal/terminal';
import { oneLine } from './core/errors';
import type { HealthCheck, MonitoringHandle } from './monitoring';
import { readConfigOrExit, startUp } from './start';

/**
 * `npm start`: reads the configuration, starts the adapters it enables, and shuts down cleanly
 * on SIGINT or SIGTERM. With no Discord or Telegram token it opens the terminal chat.
 */

const BANNER = [
  'Alash history bot — terminal chat. Ask about the Alash movement; /help lists the commands, "exit" leaves.',
  'To connect Discord or Telegram, set DISCORD_TOKEN and DISCORD_APPLICATION_ID, or TELEGRAM_BOT_TOKEN, in .env (see .env.example) and run npm start again.',
].join('\n');

const config = readConfigOrExit();

if (!config.telegram && !config.discord) {
  const { core } = await startUp(config, { quiet: true });
  const interactive = Boolean(process.stdin.isTTY);
  // Piped input gets the banner on stderr, so stdout holds only answers.
  if (!interactive) process.stderr.write(`${BANNER}\n\n`);
  // A reader that goes away (`| head -1`) ends the chat quietly.
  process.stdout.on('error', () => process.exit(0));
  await runTerminal(core, { input: process.stdin, output: process.stdout, interactive, banner: BANNER });
  await core.quiz.close();
  // stdout to a pipe is asynchronous: exit only once every answer was handed over.
  await flushed(process.stdout);
  process.exit(0);
}

const { core, log, checks } = await startUp(config);
const running: { name: string; stop(): Promise<void> }[] = [];
const health: HealthCheck[] = [...checks];
let monitoring: MonitoringHandle | undefined;

// A stray rejection in some library callback must not take every chat down with it: log it
// and keep serving. An uncaught exception leaves the process in an unknown state: log, exit,
// and let the supervisor restart it (the quiz resumes from its store).
process.on('unhandledRejection', (reason) => log.error({ err: reason }, `unhandled rejection: ${oneLine(reason)}`));
process.on('uncaughtException', (error) => {
  log.fatal({ err: error }, `uncaught exception: ${oneLine(error)}`);
  process.exit(1);
});

try {
  if (config.metricsPort !== undefined) {
    // Loaded only here: /metrics brings prom-client, which the terminal chat never needs.
    const { startMonitoring } = await import('./monitoring');
    monitoring = await startMonitoring(config.metricsPort, () => health, log);
    running.push({ name: 'monitoring', stop: () => monitoring!.close() });
    log.info({ port: monitoring.port }, 'serving /healthz and /metrics');
  }
  // Platform libraries load only when their adapter is configured, so the terminal chat stays small.
  if (config.telegram) {
    const { startTelegram } = await import('./adapters/telegram/index');
    const telegram = await startTelegram(core, { ...config.telegram, groupReplies: config.groupReplies }, log);
    running.push({ name: 'telegram', stop: () => telegram.stop() });
    health.push({ name: 'telegram', check: () => telegram.health() });
    log.info({ mode: config.telegram.webhook ? 'webhook' : 'long polling' }, 'Telegram adapter running');
  }
  if (config.discord) {
    const { startDiscord, startDiscordShards } = await import('./adapters/discord/index');
    const options = { ...config.discord, groupReplies: config.groupReplies };
    // With DISCORD_SHARDS, each shard is its own process with its own core (see shard.ts).
    const discord = config.discord.shards ? await startDiscordShards(options, log) : await startDiscord(core, options, log);
    running.push({ name: 'discord', stop: discord.stop });
    if ('health' in discord) health.push({ name: 'discord', check: () => discord.health() });
    log.info(config.discord.shards ? { shards: config.discord.shards } : {}, 'Discord adapter running');
  }
} catch (error) {
  // A refused token, an unreachable API, a taken port: one line saying which part failed and
  // why (no stack trace; the logger masks any token in it), then stop what started and exit.
  log.fatal(oneLine(error));
  log.flush?.();
  await Promise.allSettled(running.map((a) => a.stop()));
  await core.quiz.close();
  process.exit(1);
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  await Promise.allSettled(running.map((a) => a.stop()));
  await core.daily.close();
  await core.quiz.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
