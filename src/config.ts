import { GROUP_REPLIES, type GroupReplies } from './core/chat';
import * as z from './core/zod';

/**
 * Configuration comes from the environment (and `.env`, loaded by main). Every setting is
 * checked here once, so a typo fails at start-up with the variable's name, not later in a chat.
 */
const bool = z.pipe(
  z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']),
  z.transform((v) => ['true', '1', 'yes', 'on'].includes(v)),
);
const optionalText = z.catch(z.optional(z.string().check(z.trim(), z.minLength(1))), undefined);
const url = z.pipe(z.string().check(z.trim()), z.url());
/** A whole number from `min` to `max`, written in an environment variable. */
const whole = (min: number, max: number) => z.pipe(z.coerce.number(), z.int().check(z.gte(min), z.lte(max)));

const Env = z.object({
  LOG_LEVEL: z._default(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
  KNOWLEDGE_DIR: z._default(z.string(), 'knowledge'),
  DATA_DIR: z._default(z.string(), 'data'),
  DATABASE_URL: z.optional(z.string().check(z.trim(), z.regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'))),
  QUIZ_SECONDS: z._default(whole(5, 600), 30),
  QUIZ_QUESTIONS: z._default(whole(1, 50), 5),
  GROUP_REPLIES: z._default(z.enum(GROUP_REPLIES), 'dates'),
  METRICS_PORT: z.optional(whole(0, 65535)),

  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: z.optional(url),
  TELEGRAM_WEBHOOK_URL: z.optional(url),
  TELEGRAM_WEBHOOK_PORT: z._default(whole(1, 65535), 8443),
  TELEGRAM_WEBHOOK_SECRET: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,256}$/, 'use 1-256 characters of A-Z a-z 0-9 _ -'))),

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: z.optional(z.string().check(z.regex(/^\d{5,25}$/, 'must be the numeric application id'))),
  DISCORD_GUILD_ID: z.optional(z.string().check(z.regex(/^\d{5,25}$/, 'must be a numeric server id'))),
  DISCORD_API_BASE: z.optional(url),
  DISCORD_SHARDS: z.optional(z.union([z.literal('auto'), whole(1, 1000)])),
  DISCORD_MESSAGE_CONTENT: z._default(bool, false),
  DISCORD_SHARD_LIST: z.optional(z.string().check(z.regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'use shard ids separated by commas, like 0,1'))),
  DISCORD_TOTAL_SHARDS: z.optional(whole(1, 10000)),
});

export interface Config {
  logLevel: string;
  knowledgeDir: string;
  dataDir: string;
  /** PostgreSQL for all state, shared by several bot processes; unset: SQLite in `dataDir`. */
  databaseUrl?: string;
  quiz: { seconds: number; questions: number };
  groupReplies: GroupReplies;
  /** Port for GET /healthz and GET /metrics (METRICS_PORT); off when unset. */
  metricsPort?: number;
  telegram?: {
    token: string;
    apiRoot?: string;
    webhook?: { url: string; port: number; secret?: string };
  };
  discord?: {
    token: string;
    applicationId?: string;
    guildId?: string;
    apiBase?: string;
    shards?: 'auto' | number;
    /** This process runs these shards of `totalShards` itself (several hosts on one database). */
    shardList?: { ids: number[]; total: number };
    /** Read ordinary messages (needs the privileged Message Content intent). */
    messageContent: boolean;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from `env`; throws a ConfigError naming every invalid variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty values in .env mean "not set", as people leave `DISCORD_TOKEN=` in place.
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = Env.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const shardIds = e.DISCORD_SHARD_LIST?.split(',').map((id) => Number(id.trim()));
  if (shardIds && !e.DISCORD_TOTAL_SHARDS) throw new ConfigError('Invalid configuration:\n  DISCORD_TOTAL_SHARDS: required with DISCORD_SHARD_LIST');
  if (shardIds && e.DISCORD_TOTAL_SHARDS && shardIds.some((id) => id >= e.DISCORD_TOTAL_SHARDS!))
    throw new ConfigError(`Invalid configuration:\n  DISCORD_SHARD_LIST: shard ids go from 0 to ${e.DISCORD_TOTAL_SHARDS - 1} (DISCORD_TOTAL_SHARDS - 1)`);
  if (shardIds && e.DISCORD_SHARDS)
    throw new ConfigError('Invalid configuration:\n  DISCORD_SHARD_LIST: set either DISCORD_SHARDS (one host) or DISCORD_SHARD_LIST (this host\'s part), not both');
  return {
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.KNOWLEDGE_DIR,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    quiz: { seconds: e.QUIZ_SECONDS, questions: e.QUIZ_QUESTIONS },
    groupReplies: e.GROUP_REPLIES,
    metricsPort: e.METRICS_PORT,
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT,
          webhook: e.TELEGRAM_WEBHOOK_URL
            ? { url: e.TELEGRAM_WEBHOOK_URL, port: e.TELEGRAM_WEBHOOK_PORT, secret: e.TELEGRAM_WEBHOOK_SECRET }
            : undefined,
        }
      : undefined,
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          applicationId: e.DISCORD_APPLICATION_ID,
          guildId: e.DISCORD_GUILD_ID,
          apiBase: e.DISCORD_API_BASE,
          shards: e.DISCORD_SHARDS,
          shardList: shardIds && e.DISCORD_TOTAL_SHARDS ? { ids: [...new Set(shardIds)], total: e.DISCORD_TOTAL_SHARDS } : undefined,
          messageContent: e.DISCORD_MESSAGE_CONTENT,
        }
      : undefined,
  };
}
