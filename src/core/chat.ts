import type { Language } from './language';

/** Where a request comes from. Adapters fill these in; the core never sees a platform object. */

export type Platform = 'terminal' | 'telegram' | 'discord';

export interface ChatRef {
  platform: Platform;
  /** The platform's chat id as a string (Telegram chat id, Discord channel id, `terminal`). */
  id: string;
  /** Private chats answer every message; groups answer only what is addressed to the bot. */
  kind: 'private' | 'group';
  /** Discord guild id, where there is one; quiz scores and leaderboards are kept per chat. */
  guildId?: string;
  /**
   * The chat's locale where the platform has one (a Discord server's preferred locale, e.g.
   * `ru`): the language of what the bot posts there on its own, when no admin fixed one.
   */
  locale?: string;
}

export interface UserRef {
  id: string;
  /** Display name, plain text; adapters escape it when rendering. */
  name: string;
  /**
   * Whether the user may manage the chat (Discord: Manage Server; Telegram: chat admin or
   * creator), once known. The command router fills it from `Context.isAdmin` when a command
   * requires `admin`; `undefined` means "not checked". A value given here is taken as known.
   */
  isAdmin?: boolean;
  /**
   * The user's language as the platform reports it (Telegram `language_code`, Discord
   * interaction `locale`: `ru`, `kk`, `en-US`...). A hint only: a message's own language wins.
   */
  locale?: string;
}

export interface Context {
  chat: ChatRef;
  user: UserRef;
  /** The language of this request's reply, chosen by the core (default English). */
  language?: Language;
  /**
   * Whether the message was addressed to the bot: a command, a mention, a reply to the bot,
   * or any message in a private chat. Unaddressed group messages are answered only when they
   * ask about a date or a known Alash name.
   */
  addressed: boolean;
  /**
   * Asks the platform whether the user may manage this chat (Telegram: getChatMember; Discord:
   * the member's Manage Server permission; terminal: always). Adapters supply it; the command
   * router calls it only for a command that requires `admin` (see `Command.requires`), at most
   * once per request. Without it nobody is an admin, unless `user.isAdmin` says so.
   */
  isAdmin?: () => Promise<boolean>;
}

/**
 * Which unaddressed group messages the bot answers. `off`: only commands, mentions and replies
 * to the bot. `dates`: also messages asking about a date or year. `names`: also messages asking
 * about a date or a known Alash name. The bot never answers chatter that is not a question.
 */
export const GROUP_REPLIES = ['off', 'dates', 'names'] as const;
export type GroupReplies = (typeof GROUP_REPLIES)[number];
