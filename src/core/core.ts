import type { ChatRef, Context, GroupReplies } from './chat';
import type { Command, CommandArgs } from './command';
import { loadCommands } from './commands';
import { loadKnowledge, type Knowledge } from './knowledge/load';
import { Library, type Asker, type Completion, type Hint } from './library';
import { silentLogger, type Logger } from './log';
import type { QuizService } from './quiz/contract';
import type { Reply } from './reply';
import { CommandRouter } from './router';
import { DailyPosts } from './daily';
import { cleanArgs, readInput, MESSAGE_LIMIT } from './input';
import { ChatLanguages } from './chat-language';
import { detectLanguage, replyLanguage, type Language } from './language';
import { isBare } from './question';
import { Remembered } from './remembered';

export interface CoreOptions {
  /** Folder of knowledge files (default `knowledge`); ignored when `knowledge` is given. */
  knowledgeDir?: string;
  /** Knowledge already loaded (default: loaded from `knowledgeDir`). */
  knowledge?: Knowledge;
  /** The commands (default: every file in commands/). */
  commands?: Command[];
  /** More commands beside `commands` (default none; tests use this). */
  extraCommands?: Command[];
  /** The quiz engine, or a function that builds it from the knowledge (default: quiz commands say the quiz is unavailable). */
  quiz?: QuizService | ((knowledge: Knowledge) => QuizService);
  /** "On this day" and the daily post (default: without a store, so `/today` works in UTC and `/daily` is unavailable). */
  daily?: (library: Library) => DailyPosts;
  /** Each chat's fixed reply language, set with `/lang` (default: kept in memory only). */
  languages?: ChatLanguages;
  /** Which unaddressed group messages get an answer (default `dates`). */
  groupReplies?: GroupReplies;
  /** How many replies are kept for questions asked again (default 2,000; 0 keeps none; see AnswerCache). */
  keptReplies?: number;
  /** Where command failures are logged (default: nowhere). */
  logger?: Logger;
}

/**
 * The bot's one core, behind every adapter: the knowledge, the commands and the quiz. Adapters
 * translate platform updates into `handleText`, `runCommand`, `complete` and `quiz` calls and
 * render the replies; they hold no knowledge logic of their own. Commands answer through the
 * methods under "Answering" (`ask`, `about`, `more`, `search`, `greeting`).
 */
export class Core {
  /**
   * Loads knowledge/ and commands/ (unless given), builds the index, and returns the core.
   * Throws a KnowledgeError on invalid knowledge, and an Error when two commands claim a word.
   */
  static async create(options: CoreOptions = {}): Promise<Core> {
    const knowledge = options.knowledge ?? loadKnowledge(options.knowledgeDir ?? 'knowledge');
    const commands = [...(options.commands ?? (await loadCommands())), ...(options.extraCommands ?? [])];
    const log = options.logger ?? silentLogger();
    const router = new CommandRouter(commands, log);
    const quiz = typeof options.quiz === 'function' ? options.quiz(knowledge) : (options.quiz ?? unavailableQuiz);
    const library = new Library(knowledge, Date.now, options.keptReplies);
    const daily = options.daily?.(library) ?? new DailyPosts({ library, logger: options.logger });
    const languages = options.languages ?? new ChatLanguages();
    return new Core(knowledge, library, router, quiz, daily, options.groupReplies ?? 'dates', languages);
  }

  private constructor(
    readonly knowledge: Knowledge,
    /** The searchable knowledge (benchmarks read its index); commands use the answering methods. */
    readonly library: Library,
    /** How typed text becomes a command (see router.ts). */
    private readonly router: CommandRouter,
    readonly quiz: QuizService,
    /** "On this day": `/today` and the daily post; adapters attach a poster so it can post. */
    readonly daily: DailyPosts,
    private readonly groupReplies: GroupReplies,
    /** Each chat's fixed reply language: `/lang` sets it, every request reads it. */
    readonly languages: ChatLanguages,
  ) {}

  /** Every command, in help order. */
  get commands(): readonly Command[] {
    return this.router.commands;
  }

  /**
   * A chat message or a command line: `/alash who X`, `/who X`, `/who@AlashBot X`, `who X`, or
   * free text ("what happened on 26 August 1920?"). Resolves to null when a group message is
   * not for the bot (an unaddressed remark, another bot's command), so the adapter stays silent.
   */
  async handleText(raw: string, asked: Context): Promise<Reply | null> {
    const context = await this.withLanguage(asked, String(raw ?? '').slice(0, MESSAGE_LIMIT));
    // Input is capped and cleaned first (NUL, control and bidi characters); too long gets a short reply.
    const input = readInput(raw, context.language);
    if ('reply' in input) return context.addressed ? input.reply : null;
    const text = input.text;
    const typed = await this.quiz.answerText(context.chat, context.user, text);
    if (typed) return { kind: 'quiz', body: typed.message, entries: [], ephemeral: true };
    const route = this.router.read(text, context.addressed);
    if (route.type === 'command') {
      return this.router.run(route.command, this.router.parse(route.command, route.text), route.text, context, this);
    }
    if (route.type === 'unknown') {
      // In a group, `/weather` is probably another bot's: answer only what was meant for us.
      const forUs = context.addressed || context.chat.kind === 'private' || /^[/!]alash\b/i.test(text.trim());
      return forUs ? this.router.unknown(route.word, context.language) : null;
    }
    if (!route.text) return context.addressed ? this.greeting(context) : null;
    if (!context.addressed && context.chat.kind === 'group' && !this.library.isForUs(route.text, this.groupReplies)) return null;
    return this.ask(route.text, context);
  }

  /** A structured command call (a Discord subcommand with its options). Unknown names get an error reply. */
  async runCommand(name: string, raw: CommandArgs, asked: Context): Promise<Reply> {
    const args = cleanArgs(raw);
    const text = Object.values(args).filter((v) => v !== undefined).join(' ');
    const context = await this.withLanguage(asked, text);
    const command = this.router.find(name);
    if (!command) return this.router.unknown(name, context.language);
    return this.router.run(command, args, text, context, this);
  }

  /**
   * The context with the language of its reply chosen, unless an adapter or a caller already
   * chose one: the chat's fixed language, else the words of `text`, else the platform hints.
   * A command word (`/help`) is no clue, so only what follows it counts; a bare name or a
   * number is a weak clue that the user's locale outranks. A failing settings read means automatic.
   */
  private async withLanguage(context: Context, text: string): Promise<Context & { language: Language }> {
    if (context.language) return context as Context & { language: Language };
    const fixed = await this.languages.get(context.chat).catch(() => undefined);
    const words = text.trim().replace(/^[/!]\S*\s*/, '');
    const { written, bare } = words.length <= WORDING_MAX ? wordings.get(words, wordingOf) : wordingOf(words);
    const language = replyLanguage({ fixed, written, bare, userLocale: context.user.locale, chatLocale: context.chat.locale });
    return { ...context, language };
  }

  // Answering: what commands call. Thin on purpose: the Library does the work.

  /**
   * Answers a question. With a `hint` (the asking command's kind), `text` is what followed the
   * command word, read as `<hint> <text>`; an entry id there (autocomplete and buttons send
   * ids) is answered about that entry: its date for `when` and an event, else its profile.
   */
  ask(text: string, context: Context, hint?: Hint): Reply {
    const asker = askerOf(context);
    const entry = hint ? this.knowledge.byId.get(text.trim()) : undefined;
    const lang = context.language;
    if (entry) return hint === 'when' ? this.library.dateOf(entry.id, asker, lang) : this.library.about(entry.id, asker, lang);
    return this.library.answer(hint ? `${hint} ${text}` : text, hint, asker, lang);
  }

  /** One entry's profile, by id (what buttons carry) or by name. */
  about(idOrName: string, context: Context): Reply {
    return this.library.about(idOrName, askerOf(context), context.language);
  }

  /** The full card of one entry, by id: what a "More" follow-up opens. */
  more(id: string, context: Context): Reply {
    return this.library.more(id, context.language);
  }

  /** Every entry that mentions the words. */
  search(text: string, context: Context): Reply {
    return this.library.search(text, context.language);
  }

  /** What the bot says to someone who opens it or addresses it without a question. */
  greeting(context: Context): Reply {
    return this.library.greeting(context.language);
  }

  /**
   * Names of people, events and terms matching a partial, typo'd or Cyrillic input, best first
   * (default limit 25), in `lang` (default English; adapters pass the user's locale).
   */
  complete(partial: string, limit = 25, lang: Language = 'en'): Completion[] {
    return this.library.complete(partial, limit, lang);
  }
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

/** What a message's words tell of its reply's language (see `replyLanguage`). */
interface Wording {
  written: Language | undefined;
  bare: boolean;
}

function wordingOf(words: string): Wording {
  return { written: detectLanguage(words), bare: !/\p{L}/u.test(words) || isBare(words) };
}

/**
 * Wordings already read, up to 5,000 of 200 characters or fewer: the same questions and names
 * come back all the time, and the reading is pure. Longer messages are read each time.
 */
const wordings = new Remembered<Wording>(5_000);
const WORDING_MAX = 200;

/** Follow-up questions are read per chat and user. */
function askerOf(context: Context): Asker {
  return { key: `${context.chat.platform}:${context.chat.id}:${context.user.id}` };
}
