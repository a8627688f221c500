import type { Context } from './chat';
import { checkCommands } from './commands';
import type { Command, CommandArgs, CommandRequest, Requirement } from './command';
import type { Core } from './core';
import type { Logger } from './log';
import type { Language } from './language';
import { say } from './phrases';
import { apology, errorReply, type Reply } from './reply';

/**
 * What a chat message is, as the router reads it: a known command with the text after its
 * word, a slash command this bot does not have, or free text for the question reader.
 */
export type Route =
  | { type: 'command'; command: Command; text: string }
  | { type: 'unknown'; word: string }
  | { type: 'free'; text: string };


/**
 * How typed text becomes a command, in one place for every platform:
 *
 * - **Words.** A command answers to its name and its aliases, case-insensitively:
 *   `/who X`, `/kim X`, `/who@AlashBot X` (the `@name` is dropped; adapters drop messages meant
 *   for another bot), `!who X`, and under the bot's own name: `/alash who X`, `alash who X`.
 *   `/alash` alone is `/help`.
 * - **Bare words.** Without a slash, a command word counts only in a message addressed to the
 *   bot, and only when nothing follows it or it is the name of a command shown in help (`who
 *   Dulatov`, `quiz 5`); an alias or a hidden command followed by more words reads better as
 *   a question.
 * - **Options.** The text after the word becomes options through the command's `parse`, or
 *   else as its first option (a number for an `integer` option).
 * - **Requirements.** What the command `requires` is checked before it runs; the adapter is
 *   asked only for what a check needs (`Context.isAdmin`); a refusal is a short `ui.refusal.*`.
 * - **Failures.** A command that throws gets the one apology; the details go to the log.
 * - **Language.** Refusals, the apology and the unknown-command reply are in `context.language`
 *   (default English); a command writes its own reply in it and marks it (`Reply.language`).
 *
 * Adapters never read command words: they pass text to `Core.handleText`, or a structured call
 * (a Discord subcommand and its options) to `Core.runCommand`.
 */
export class CommandRouter {
  /** Every command, in help order. */
  readonly commands: readonly Command[];
  private readonly words = new Map<string, Command>();

  /** Throws when two commands claim one word, or a name or description breaks a platform's rules. */
  constructor(commands: readonly Command[], private readonly log: Logger) {
    checkCommands(commands);
    this.commands = commands;
    for (const c of commands) for (const w of [c.name, ...(c.aliases ?? [])]) this.words.set(w.toLowerCase(), c);
  }

  /** The command a word names (a name or an alias, any case, without `/` or `@BotName`). */
  find(word: string): Command | undefined {
    return this.words.get(word.replace(/^[/!]/, '').replace(/@\w*$/, '').toLowerCase());
  }

  /** Reads a chat message: a command, an unknown slash command, or free text. */
  read(text: string, addressed: boolean): Route {
    const trimmed = text.trim();
    const slash = trimmed.startsWith('/') || trimmed.startsWith('!');
    let rest = slash ? trimmed.slice(1) : trimmed;
    // `/alash who X` and `alash who X`: the prefix names the bot, what follows is the command.
    const prefix = /^alash(?:@\w+)?(?:\s+|$)/i.exec(rest);
    if (prefix && (slash || this.find(firstWord(rest.slice(prefix[0].length))))) {
      rest = rest.slice(prefix[0].length);
      if (rest.trim() === '') return this.find('help') ? { type: 'command', command: this.find('help')!, text: '' } : { type: 'unknown', word: 'help' };
      return this.command(rest) ?? { type: 'free', text: rest.trim() };
    }
    if (slash) return this.command(rest) ?? { type: 'unknown', word: firstWord(rest) };
    if (addressed) {
      const route = this.command(rest);
      if (route && (route.text === '' || (route.command.name === firstWord(rest) && !route.command.hidden))) return route;
    }
    return { type: 'free', text: trimmed };
  }

  /** Turns the text after a command word into the command's options. */
  parse(command: Command, text: string): CommandArgs {
    if (command.parse) return command.parse(text);
    const first = command.options[0];
    return first && text ? { [first.name]: first.type === 'integer' ? Number(text) : text } : {};
  }

  /**
   * Runs a command: checks what it requires, then calls its handler. A requirement that does
   * not hold gets a short refusal; a handler that throws gets the apology.
   */
  async run(command: Command, args: CommandArgs, text: string, context: Context, core: Core): Promise<Reply> {
    const lang = context.language ?? 'en';
    let admin: Promise<boolean> | undefined;
    const isAdmin = () => (admin ??= this.askAdmin(command, context));
    try {
      const required = typeof command.requires === 'function' ? command.requires(args) : (command.requires ?? []);
      for (const requirement of required) {
        if (!(await this.holds(requirement, context, isAdmin))) return errorReply(say(`ui.refusal.${requirement}`, {}, lang), lang);
      }
      // A command is addressed to the bot by being one; an admin check already made is passed on.
      const user = required.includes('admin') ? { ...context.user, isAdmin: true } : context.user;
      const request: CommandRequest = { command: command.name, args, text, context: { ...context, user, addressed: true }, isAdmin };
      return await command.handle(request, core);
    } catch (error) {
      this.log.error({ err: error, command: command.name }, 'command failed');
      return errorReply(apology(lang), lang);
    }
  }

  /** The reply to a command word this bot does not have. */
  unknown(word: string, lang: Language = 'en'): Reply {
    const shown = word.length > 32 ? `${word.slice(0, 32)}…` : word;
    const known = this.commands.filter((c) => !c.hidden).map((c) => c.name).join(', ');
    return errorReply(say('ui.unknownCommand', { word: shown, known }, lang), lang);
  }

  private async holds(requirement: Requirement, context: Context, isAdmin: () => Promise<boolean>): Promise<boolean> {
    switch (requirement) {
      case 'admin':
        return isAdmin();
      case 'group':
        return context.chat.kind === 'group';
      case 'private':
        return context.chat.kind === 'private';
    }
  }

  /** A known answer wins; otherwise the adapter is asked; a failed check grants nothing. */
  private async askAdmin(command: Command, context: Context): Promise<boolean> {
    if (context.user.isAdmin !== undefined) return context.user.isAdmin;
    if (!context.isAdmin) return false;
    try {
      return await context.isAdmin();
    } catch (error) {
      this.log.warn({ err: error, command: command.name }, 'admin check failed');
      return false;
    }
  }

  private command(text: string): Extract<Route, { type: 'command' }> | null {
    const command = this.find(firstWord(text));
    return command ? { type: 'command', command, text: afterFirstWord(text) } : null;
  }
}

/** The first word, lowercased, without a `@BotName` suffix. */
function firstWord(text: string): string {
  const w = text.trim().split(/\s+/, 1)[0] ?? '';
  return w.replace(/@\w*$/, '').toLowerCase();
}

function afterFirstWord(text: string): string {
  const t = text.trim();
  const i = t.search(/\s/);
  return i < 0 ? '' : t.slice(i + 1).trim();
}
