import type { Context, Platform } from './chat';
import type { Reply } from './reply';
import type { Core } from './core';

/**
 * A command, defined once in `commands/` and registered by every adapter: a Discord
 * `/alash <name>` subcommand, a Telegram `/<name>` menu entry, a terminal command.
 */
export interface Command {
  /** Lowercase, 1-32 characters of [a-z0-9_]: valid on Discord and Telegram alike. */
  name: string;
  /** One line, at most 100 characters (Discord's limit). */
  description: string;
  /** Other words that invoke it in text (`kim` for `who`); not registered as menu entries. */
  aliases?: string[];
  options: CommandOption[];
  /** Position in help and menus; lower comes first (default 100). */
  order?: number;
  /** Left out of help and menus (`about`, which buttons use); it still works when typed. */
  hidden?: boolean;
  /** Only these platforms register and list it (`start` is Telegram's greeting); default all. */
  platforms?: Platform[];
  /**
   * Turns the text after the command word into options, for text platforms (`/who Bukeikhanov`,
   * `/quiz 5 leaders easy`). Without it the whole text becomes the first option.
   */
  parse?(text: string): CommandArgs;
  handle(request: CommandRequest, core: Core): Promise<Reply> | Reply;
}

export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'integer';
  required?: boolean;
  /** Offer completions from the knowledge (names, events, terms) as the user types. */
  autocomplete?: boolean;
  /** A fixed list of values; adapters show them as choices. */
  choices?: { name: string; value: string | number }[];
  min?: number;
  max?: number;
}

/** Whether a command belongs in the menus and help of a platform. */
export function isListed(command: Command, platform: Platform): boolean {
  return !command.hidden && (!command.platforms || command.platforms.includes(platform));
}

export type CommandArgs = Record<string, string | number | undefined>;

export interface CommandRequest {
  command: string;
  args: CommandArgs;
  /** The raw text after the command word, trimmed ('' when none). */
  text: string;
  context: Context;
}
