import type { Context } from './chat';
import type { Command, CommandArgs } from './command';
import type { Reply } from './reply';
import type { QuizService } from './quiz/contract';
import type { Knowledge } from './knowledge/load';
import type { Library } from './library';
import type { DailyPosts } from './daily';

/**
 * The robot: one knowledge core behind every adapter. Adapters translate platform updates into
 * these calls and render the replies; they hold no knowledge logic of their own.
 */
export interface Core {
  readonly knowledge: Knowledge;
  /** The searchable knowledge: lookups, questions, dates. Commands answer through it. */
  readonly library: Library;
  /** Every command from commands/, in help order. */
  readonly commands: readonly Command[];
  readonly quiz: QuizService;
  /** "On this day": `/today` and the daily post; adapters attach a poster so it can post. */
  readonly daily: DailyPosts;
  /**
   * A chat message or a command line: `/alash who X`, `/who X`, `/who@AlashBot X`, `who X`, or
   * free text ("what happened on 26 August 1920?"). Resolves to null when an unaddressed
   * group message is not for the bot, so the adapter stays silent.
   */
  handleText(text: string, context: Context): Promise<Reply | null>;
  /** A structured command call (a Discord slash command, a button). Unknown names get an error reply. */
  runCommand(name: string, args: CommandArgs, context: Context): Promise<Reply>;
  /** Names of people, events and terms matching a partial, typo'd or Cyrillic input, best first. */
  complete(partial: string, limit?: number): Completion[];
}

export interface Completion {
  /** What the user sees, at most 100 characters. */
  name: string;
  /** What comes back as the option value: the entry's id. */
  value: string;
}
