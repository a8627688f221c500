import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Events, REST, RESTEvents, Routes, ShardingManager, Status, type Client, type ClientOptions } from 'discord.js';
import { metrics } from '../../core/metrics';
import type { Core } from '../../core/core';
import type { Logger } from '../../core/log';
import { buildClient, restOptions, type DiscordOptions } from './client';
import { handleInteractions } from './interactions';
import { handleMessages } from './messages';
import { DiscordQuizTable } from './quiz-table';
import { loggable, maskTokens, typedError } from './errors';

export type { DiscordOptions } from './client';

export interface DiscordBot {
  readonly client: Client;
  stop(): Promise<void>;
  /** For /healthz: `up` while the gateway connection is ready, else its state. */
  health(): { state: 'up' } | { state: 'down'; why: string };
}

/**
 * Starts the Discord adapter in this process: logs in, waits until the client is ready (every
 * guild of its shards received), and attaches the quiz table. Under a ShardingManager the
 * client picks its shard ids from the environment the manager gives it.
 */
export async function startDiscord(core: Core, options: DiscordOptions, logger: Logger, clientOptions: Partial<ClientOptions> = {}): Promise<DiscordBot> {
  const log = logger.child({ adapter: 'discord' });
  const client = buildClient(options, clientOptions);
  client.on(Events.InteractionCreate, handleInteractions(core, { deferAfterMs: options.deferAfterMs ?? 1500 }, log));
  client.on(Events.MessageCreate, handleMessages(core, client, { messageContent: options.messageContent, groupReplies: options.groupReplies }, log));
  client.on(Events.Error, (error) => log.error({ err: loggable(error) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'shard disconnected for good'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'shard resumed'));
  client.rest.on('rateLimited', (info) => log.debug({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited'));
  countApiErrors(client.rest);

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw typedError(error);
  }
  const shard = client.shard
    ? { ids: client.shard.ids, count: client.shard.count }
    : options.shardList
      ? { ids: options.shardList.ids, count: options.shardList.total }
      : undefined;
  const table = new DiscordQuizTable(client.rest, shard);
  await core.quiz.attach('discord', table);
  core.daily.attach('discord', table);
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.map((s) => s.id) }, 'discord ready');

  let stopped = false;
  return {
    client,
    health() {
      if (stopped) return { state: 'down', why: 'stopped' };
      const status = client.ws.status;
      return status === Status.Ready ? { state: 'up' } : { state: 'down', why: `gateway ${Status[status]?.toLowerCase() ?? status}` };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      core.quiz.detach('discord');
      core.daily.detach('discord');
      await client.destroy();
    },
  };
}

/** Every REST answer with an error status counts in alash_platform_api_errors_total (429s in alash_platform_rate_limited_total too). */
export function countApiErrors(rest: REST): void {
  rest.on(RESTEvents.Response, (request, response) => {
    if (response.status < 400) return;
    const method = `${request.method} ${maskTokens(request.route)}`;
    metrics.apiErrors.inc({ platform: 'discord', method, code: String(response.status) });
    if (response.status === 429) metrics.rateLimited.inc({ platform: 'discord', method });
  });
}

export interface ShardSettings {
  /** The script each shard process runs (default: shard.ts beside this file). */
  file?: string;
  /** Milliseconds between shard spawns (default 5500, discord.js's, within Discord's identify limit). */
  spawnDelay?: number;
  /** Milliseconds to wait for each shard to turn ready (default 60 s). */
  readyTimeout?: number;
}

/**
 * Runs the bot as several shards, one process each, under discord.js's ShardingManager
 * (DISCORD_SHARDS=auto or a number). Each process builds its own core from the environment.
 * `auto` asks GET /gateway/bot through DISCORD_API_BASE for Discord's recommendation.
 */
export async function startDiscordShards(options: DiscordOptions, logger: Logger, settings: ShardSettings = {}): Promise<{ manager: ShardingManager; stop(): Promise<void> }> {
  const log = logger.child({ adapter: 'discord' });
  const totalShards = typeof options.shards === 'number' ? options.shards : await recommendedShards(options);
  const file = settings.file ?? shardScript();
  const manager = new ShardingManager(file, {
    token: options.token,
    totalShards,
    mode: 'process',
    respawn: true,
    // From source the shard script is TypeScript, run by tsx; the build runs plain JavaScript.
    execArgv: file.endsWith('.ts') ? ['--import', 'tsx'] : [],
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    // The manager passes the token; the rest of the settings go the same way, as environment.
    Object.assign(shard.env as Record<string, string>, shardEnv(options));
    // The manager respawns a shard that dies; say so unless we are stopping.
    shard.on('death', () => stopping || log.warn({ shard: shard.id }, 'shard process exited; respawning'));
    log.info({ shard: shard.id, of: totalShards }, 'shard starting');
  });
  await manager.spawn({ amount: totalShards, delay: settings.spawnDelay ?? 5500, timeout: settings.readyTimeout ?? 60_000 });
  return {
    manager,
    async stop() {
      stopping = true;
      await Promise.all(
        manager.shards.map(
          (shard) =>
            new Promise<void>((resolve) => {
              if (!shard.process || shard.process.exitCode !== null) return resolve();
              shard.process.once('exit', () => resolve());
              shard.kill();
            }),
        ),
      );
    },
  };
}

/**
 * The per-shard script: shard.ts beside this file when running from source; from the build,
 * `src/adapters/discord/shard.js` under the nearest folder above this chunk that has it.
 */
function shardScript(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return join(dirname(here), 'shard.ts');
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    const candidate = join(dir, 'src/adapters/discord/shard.js');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error('no src/adapters/discord/shard.js in the build: add it to the build entry points');
  }
}

async function recommendedShards(options: DiscordOptions): Promise<number> {
  const rest = new REST(restOptions(options.apiBase)).setToken(options.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

function shardEnv(options: DiscordOptions): Record<string, string> {
  const env: Record<string, string> = {
    DISCORD_MESSAGE_CONTENT: String(options.messageContent),
    GROUP_REPLIES: options.groupReplies,
  };
  if (options.apiBase) env.DISCORD_API_BASE = options.apiBase;
  if (options.applicationId) env.DISCORD_APPLICATION_ID = options.applicationId;
  if (options.guildId) env.DISCORD_GUILD_ID = options.guildId;
  // The manager already chose the shard count; a shard never runs a manager of its own.
  env.DISCORD_SHARDS = '';
  return env;
}
