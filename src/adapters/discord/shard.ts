import 'dotenv/config';
import { pathToFileURL } from 'node:url';
import { readConfig, type Config } from '../../config';
import type { Core } from '../../core/core';
import { createLogger, type Logger } from '../../core/log';
import { secretsOf, startUp } from '../../start';
import { startDiscord } from './index';

/**
 * One shard's process, as discord.js's ShardingManager spawns it (see startDiscordShards). It
 * reads the same configuration as main, builds its own core, and runs the Discord client for
 * the shard ids the manager put in its environment (SHARDS, SHARD_COUNT).
 */
export async function runShard(buildCore: (config: Config, logger: Logger) => Promise<Core>): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel, false, { secrets: secretsOf(config) }).child({ shard: process.env.SHARDS });
  if (!config.discord) throw new Error('DISCORD_TOKEN is not set for the shard process');
  const core = await buildCore(config, logger);
  const bot = await startDiscord(core, { ...config.discord, groupReplies: config.groupReplies }, logger);
  const stop = async () => {
    await bot.stop().catch(() => undefined);
    await core.quiz.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  // The manager closes the IPC channel when it goes away; a shard never outlives it.
  process.once('disconnect', () => void stop());
}

/** The default core: knowledge/ and commands/, built as main builds it. */
export async function defaultCore(config: Config): Promise<Core> {
  return (await startUp(config)).core;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runShard(defaultCore).catch((error: unknown) => {
    console.error('shard failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
