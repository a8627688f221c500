import 'dotenv/config';
import { ConfigError, readConfig, type Config } from './config';
import { runTerminal } from './adapters/terminal/terminal';
import { startUp } from './start';

/**
 * `npm start`: reads the configuration, starts the adapters it enables, and shuts down cleanly
 * on SIGINT or SIGTERM. With no Discord or Telegram token it opens the terminal chat.
 */

const BANNER = [
  'Alash history bot — terminal chat. Ask about the Alash movement; /help lists the commands, "exit" leaves.',
  'To connect Discord or Telegram, set DISCORD_TOKEN and DISCORD_APPLICATION_ID, or TELEGRAM_BOT_TOKEN, in .env (see .env.example) and run npm start again.',
].join('\n');

function configOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const config = configOrExit();

if (!config.telegram && !config.discord) {
  const { core } = await startUp(config, { quiet: true });
  const interactive = Boolean(process.stdin.isTTY);
  // Piped input gets the banner on stderr, so stdout holds only answers.
  if (!interactive) process.stderr.write(`${BANNER}\n\n`);
  await runTerminal(core, { input: process.stdin, output: process.stdout, interactive, banner: BANNER });
  await core.quiz.close();
  process.exit(0);
}

const { core, log } = await startUp(config);
const running: { name: string; stop(): Promise<void> }[] = [];

// A stray rejection in some library callback must not take every chat down with it: log it
// and keep serving. An uncaught exception leaves the process in an unknown state: log, exit,
// and let the supervisor restart it (the quiz resumes from its store).
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
process.on('uncaughtException', (error) => {
  log.fatal({ err: error }, 'uncaught exception');
  process.exit(1);
});

try {
  // Platform libraries load only when their adapter is configured, so the terminal chat stays small.
  if (config.telegram) {
    const { startTelegram } = await import('./adapters/telegram/index');
    const telegram = await startTelegram(core, { ...config.telegram, groupReplies: config.groupReplies }, log);
    running.push({ name: 'telegram', stop: () => telegram.stop() });
    log.info({ mode: config.telegram.webhook ? 'webhook' : 'long polling' }, 'Telegram adapter running');
  }
  if (config.discord) {
    const { startDiscord, startDiscordShards } = await import('./adapters/discord/index');
    const options = { ...config.discord, groupReplies: config.groupReplies };
    // With DISCORD_SHARDS, each shard is its own process with its own core (see shard.ts).
    const discord = config.discord.shards ? await startDiscordShards(options, log) : await startDiscord(core, options, log);
    running.push({ name: 'discord', stop: discord.stop });
    log.info(config.discord.shards ? { shards: config.discord.shards } : {}, 'Discord adapter running');
  }
} catch (error) {
  // A refused token or a taken port: say it plainly (no stack trace), stop what started, exit.
  log.fatal(error instanceof Error ? error.message : String(error));
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
