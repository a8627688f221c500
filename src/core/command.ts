import type { Context, Platform } from './chat';
import type { Reply } from './reply';
import type { Core } from './core';
import type { Language } from './language';
import { say } from './phrases';

/**
 * A command, defined once in `commands/` and registered by every adapter: a Discord
 * `/alash <name>` subcommand, a Telegram `/<name>` menu entry, a terminal command. The
 * `CommandRouter` (router.ts) reads typed text into it, parses its options, checks what it
 * `requires`, and runs it; a new file in `commands/` needs no adapter change.
 *
 * ```ts
 * export default {
 *   name: 'daily',
 *   description: 'Post a fact of the day in this chat every morning (chat admins)',
 *   requires: ['group', 'admin'],
 *   options: [{ name: 'action', description: 'on or off', type: 'string', choices: [...] }],
 *   handle({ args, context }, core) { ... },
 * } satisfies Command;
 * ```
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
  /**
   * What must hold before the command runs, like Sapphire's preconditions: checked by the
   * router, in order, on every platform; the first that fails refuses the command with a short
   * error reply and `handle` is not called. A function decides from the parsed options, for a
   * command whose actions differ (`/leaderboard reset` requires `admin`, `/leaderboard` does
   * not). Default: nothing required.
   */
  requires?: readonly Requirement[] | ((args: CommandArgs) => readonly Requirement[]);
  handle(request: CommandRequest, core: Core): Promise<Reply> | Reply;
}

/**
 * A precondition a command can declare in `requires`:
 * - `admin`: the user manages the chat (Telegram: chat admin or creator; Discord: Manage
 *   Server; the terminal's user always). The router asks the adapter through `Context.isAdmin`
 *   only for commands that require it, and passes the answer on as `context.user.isAdmin`.
 * - `group`: the chat is a group (a Telegram group, a Discord server channel).
 * - `private`: the chat is private (a direct message, the terminal).
 */
export type Requirement = 'admin' | 'group' | 'private';

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

/**
 * A command's name and description in `lang`, for menus, Discord localisations and help. The
 * English is the command file's own; Russian and Kazakh come from `ui.commands.<name>` in the
 * language's interface file (locales/interface/), and fall back to the English when missing.
 */
export function commandText(command: Command, lang: Language): { name: string; description: string } {
  if (lang === 'en') return { name: command.name, description: command.description };
  const key = `ui.commands.${command.name}`;
  return { name: say(`${key}.name`, { defaultValue: command.name }, lang), description: say(`${key}.description`, { defaultValue: command.description }, lang) };
}

/** An option's name and description in `lang`, as `commandText` finds them (`ui.commands.<name>.options.<option>`). */
export function optionText(command: Command, option: CommandOption, lang: Language): { name: string; description: string } {
  if (lang === 'en') return { name: option.name, description: option.description };
  const key = `ui.commands.${command.name}.options.${option.name}`;
  return { name: say(`${key}.name`, { defaultValue: option.name }, lang), description: say(`${key}.description`, { defaultValue: option.description }, lang) };
}

/** A fixed choice's name in `lang` (`ui.commands.<name>.options.<option>.choices.<value>`); its English name when untranslated. */
export function choiceText(command: Command, option: CommandOption, choice: { name: string; value: string | number }, lang: Language): string {
  if (lang === 'en') return choice.name;
  return say(`ui.commands.${command.name}.options.${option.name}.choices.${choice.value}`, { defaultValue: choice.name }, lang);
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
  /**
   * Whether the user manages the chat, asked of the adapter at most once per request. For a
   * command that decides for itself (`/quiz stop`: the round's starter, or an admin); a command
   * that always needs an admin declares `requires: ['admin']` instead.
   */
  isAdmin(): Promise<boolean>;
}
