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
}

export interface UserRef {
  id: string;
  /** Display name, plain text; adapters escape it when rendering. */
  name: string;
  /**
   * Whether the user may manage the chat (Discord: Manage Server; Telegram: chat admin or
   * creator). Adapters fill it only when a command needs it, so `undefined` means "not checked".
   */
  isAdmin?: boolean;
}

export interface Context {
  chat: ChatRef;
  user: UserRef;
  /**
   * Whether the message was addressed to the bot: a command, a mention, a reply to the bot,
   * or any message in a private chat. Unaddressed group messages are answered only when they
   * ask about a date or a known Alash name.
   */
  addressed: boolean;
}
