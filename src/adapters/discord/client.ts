import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Config } from '../../config';
import type { GroupReplies } from '../../core/chat';

/** The `discord` section of the configuration, plus what the adapter needs from the rest of it. */
export type DiscordOptions = NonNullable<Config['discord']> & {
  groupReplies: GroupReplies;
  /**
   * How long an interaction's answer may take before the bot defers it (default 1500 ms).
   * Discord drops an interaction that is not acknowledged within 3 seconds, so the bot answers
   * directly when the core is quick and otherwise defers ("thinking...") and edits the answer in.
   */
  deferAfterMs?: number;
};

/**
 * REST settings for DISCORD_API_BASE: the API root without the version, as @discordjs/rest takes
 * it (`https://discord.com/api` by default; a REST proxy's `http://proxy:8080/api`). A trailing
 * `/v10` is accepted too. The gateway address is then discovered through GET /gateway/bot on it.
 */
export function restOptions(apiBase: string | undefined): NonNullable<ClientOptions['rest']> {
  if (!apiBase) return {};
  const url = apiBase.replace(/\/+$/, '');
  const versioned = /^(.*)\/v(\d+)$/.exec(url);
  return versioned ? { api: versioned[1]!, version: versioned[2]! } : { api: url };
}

/**
 * Builds the discord.js client. It needs only the Guilds, GuildMessages and DirectMessages
 * intents: slash commands, buttons and mentions work without the privileged Message Content
 * intent, which is asked for only when configured (DISCORD_MESSAGE_CONTENT) for date lookups in
 * ordinary conversation.
 */
export function buildClient(options: DiscordOptions, extra: Partial<ClientOptions> = {}): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (options.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    // Nothing the bot sends ever pings anyone; each send repeats this as well.
    allowedMentions: { parse: [], repliedUser: false },
    rest: restOptions(options.apiBase),
    // DISCORD_SHARD_LIST: this host runs its part of the shards; other hosts run the rest.
    ...(options.shardList ? { shards: options.shardList.ids, shardCount: options.shardList.total } : {}),
    ...extra,
  });
}
