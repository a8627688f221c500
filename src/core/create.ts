import type { GroupReplies } from '../config';
import type { Context } from './chat';
import type { Command, CommandArgs, CommandRequest } from './command';
import { loadCommands, checkCommands } from './commands';
import type { Completion, Core } from './core';
import { loadKnowledge, type Knowledge } from './knowledge/load';
import { silentLogger, type Logger } from './log';
import type { QuizService } from './quiz/contract';
import { readRequest } from './request';
import { type Reply } from './reply';
import { Library } from './library';
import { cleanArgs, readInput } from './input';

export interface CoreOptions {
  /** Folder of knowledge files (default `knowledge`); ignored when `knowledge` is given. */
  knowledgeDir?: string;
  knowledge?: Knowledge;
  /** The commands (default: every file in commands/). */
  commands?: Command[];
  /** More commands beside the default ones (tests use this). */
  extraCommands?: Command[];
  /** The quiz engine; without one, quiz commands say the quiz is unavailable. */
  quiz?: QuizService | ((knowledge: Knowledge) => QuizService);
  /** Which unaddressed group messages get an answer (default `dates`). */
  groupReplies?: GroupReplies;
  logger?: Logger;
}

/** Loads knowledge/ and commands/, builds the index, and returns the robot. */
export async function createCore(options: CoreOptions = {}): Promise<Core> {
  const knowledge = options.knowledge ?? loadKnowledge(options.knowledgeDir ?? 'knowledge');
  const commands = [...(options.commands ?? (await loadCommands())), ...(options.extraCommands ?? [])];
  checkCommands(commands);
  const library = new Library(knowledge);
  const quiz = typeof options.quiz === 'function' ? options.quiz(knowledge) : (options.quiz ?? unavailableQuiz);
  return new Robot(knowledge, library, commands, quiz, options.groupReplies ?? 'dates', options.logger ?? silentLogger());
}

class Robot implements Core {
  private readonly words = new Map<string, string>();
  private readonly byName = new Map<string, Command>();

  constructor(
    readonly knowledge: Knowledge,
    readonly library: Library,
    readonly commands: readonly Command[],
    readonly quiz: QuizService,
    private readonly groupReplies: GroupReplies,
    private readonly log: Logger,
  ) {
    for (const c of commands) {
      this.byName.set(c.name, c);
      for (const w of [c.name, ...(c.aliases ?? [])]) this.words.set(w, c.name);
    }
  }

  async handleText(raw: string, context: Context): Promise<Reply | null> {
    const input = readInput(raw);
    if ('reply' in input) return context.addressed ? input.reply : null;
    const text = input.text;
    const typed = await this.quiz.answerText(context.chat, context.user, text);
    if (typed) return { kind: 'quiz', body: typed.message, entries: [], ephemeral: true };
    const request = readRequest(text, this.words, context.addressed);
    if (request.type === 'command') {
      const command = this.byName.get(request.name);
      if (!command) {
        return context.addressed || context.chat.kind === 'private' || text.trim().startsWith('/alash')
          ? unknownCommand(request.name, this.commands)
          : null;
      }
      const args = command.parse ? command.parse(request.text) : firstOption(command, request.text);
      return this.run(command, { command: command.name, args, text: request.text, context });
    }
    if (!request.text) return context.addressed ? this.library.greeting() : null;
    if (!context.addressed && context.chat.kind === 'group') {
      if (!this.library.isForUs(request.text, this.groupReplies)) return null;
    }
    return this.library.answer(request.text);
  }

  async runCommand(name: string, raw: CommandArgs, context: Context): Promise<Reply> {
    const args = cleanArgs(raw);
    const command = this.byName.get(name);
    if (!command) return unknownCommand(name, this.commands);
    const text = Object.values(args).filter((v) => v !== undefined).join(' ');
    return this.run(command, { command: name, args, text, context });
  }

  complete(partial: string, limit = 25): Completion[] {
    return this.library.complete(partial, limit);
  }

  private async run(command: Command, request: CommandRequest): Promise<Reply> {
    try {
      return await command.handle(request, this);
    } catch (error) {
      // The user gets a short apology; the details go to the log, never to the chat.
      this.log.error({ err: error, command: command.name }, 'command failed');
      return { kind: 'error', body: 'Sorry, something went wrong while answering that. Please try again.', entries: [], ephemeral: true };
    }
  }
}

function firstOption(command: Command, text: string): CommandArgs {
  const first = command.options[0];
  return first && text ? { [first.name]: first.type === 'integer' ? Number(text) : text } : {};
}

function unknownCommand(name: string, commands: readonly Command[]): Reply {
  const shown = name.length > 32 ? `${name.slice(0, 32)}…` : name;
  return {
    kind: 'error',
    body: `I don't know the command "${shown}". Try: ${commands.filter((c) => !c.hidden).map((c) => c.name).join(', ')}.`,
    entries: [],
    ephemeral: true,
  };
}

/** Stands in until an engine is given, so quiz commands answer plainly instead of failing. */
const unavailableQuiz: QuizService = {
  async attach() {},
  detach() {},
  async answer() {
    return { status: 'unknown', message: 'There is no quiz running here.' };
  },
  async answerText() {
    return null;
  },
  async close() {},
};
