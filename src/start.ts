import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, readConfig, type Config } from './config';
import { loadCommands } from './core/commands';
import { Core } from './core/core';
import { ChatLanguages } from './core/chat-language';
import { DailyPosts } from './core/daily';
import { SettingError, errorCode, oneLine } from './core/errors';
import { KnowledgeError } from './core/knowledge/load';
import { createLogger, maskSecrets, type Logger } from './core/log';
import { QuizBankError } from './core/quiz/bank';
import type { QuizRounds } from './core/quiz/contract';
import { createQuiz } from './core/quiz/engine';
import type { QuizStore } from './core/quiz/store';
import type { Reply } from './core/reply';
import { openStore } from './core/store/open';
import type { HealthCheck } from './monitoring';

/**
 * The process's start-up: builds the logger, then the core with its quiz engine and daily posts,
 * from the configuration; shared by `npm start`, `npm run chat` and each Discord shard process. A knowledge or quiz-question error, or a knowledge folder
 * that cannot be read, ends the process with one line per problem, never a stack trace or a
 * partial index. A data folder that cannot be written switches the quiz off (with a warning,
 * and a reply saying so to players); everything else keeps working.
 */
export async function startUp(
  config: Config,
  options: { quiet?: boolean } = {},
): Promise<{ core: Core; log: Logger; checks: HealthCheck[] }> {
  const log = createLogger(options.quiet && config.logLevel === 'info' ? 'warn' : config.logLevel, undefined, { secrets: secretsOf(config) });
  const knowledgeProblem = folderProblem(config.knowledgeDir);
  if (knowledgeProblem) exitWith(new SettingError('KNOWLEDGE_DIR', knowledgeProblem).message, log);
  // Requests are counted only where /metrics can be read: prom-client alone takes ~80 ms to load,
  // a third of a terminal chat's start. (Adapters import it for their own counts.)
  const observed = config.metricsPort !== undefined ? await import('./core/metrics') : undefined;
  const opened = await openQuizStore(config, observed?.observeQuizStore);
  if ('why' in opened) log.warn(`quiz switched off: DATA_DIR: ${opened.why}; questions still work`);
  try {
    // One store for the quiz, the daily post and each chat's language; the quiz engine closes it.
    const core = await Core.create({
      knowledgeDir: config.knowledgeDir,
      commands: observed ? observed.observeCommands(await loadCommands()) : await loadCommands(),
      groupReplies: config.groupReplies,
      logger: log,
      languages: 'store' in opened ? new ChatLanguages(opened.store) : undefined,
      daily: 'store' in opened ? (library) => new DailyPosts({ library, store: opened.store, logger: log }) : undefined,
      quiz: (knowledge) =>
        'store' in opened
          ? createQuiz({ knowledge, store: opened.store, seconds: config.quiz.seconds, questions: config.quiz.questions, logger: log })
          : quizSwitchedOff(),
    });
    log.info({ entries: core.knowledge.entries.length, commands: core.commands.length }, 'knowledge loaded');
    const store: HealthCheck =
      'store' in opened
        ? {
            name: 'store',
            check: async () => {
              await opened.store.standings('terminal', 'healthz', 1);
              return { state: 'up' };
            },
          }
        : { name: 'store', check: () => ({ state: 'off', why: `quiz switched off: DATA_DIR: ${opened.why}` }) };
    return { core: observed ? observed.observeCore(core) : core, log, checks: [store] };
  } catch (error) {
    if (error instanceof KnowledgeError || error instanceof QuizBankError) exitWith(error.message, log);
    // A knowledge file that cannot be read (a symlink loop, no permission): name the setting.
    const code = errorCode(error);
    if (code) exitWith(new SettingError('KNOWLEDGE_DIR', `cannot read ${pathOf(error) ?? config.knowledgeDir}: ${fsReason(error)}`).message, log);
    throw error;
  }
}

/** Reads the configuration; an invalid value ends the process with the variable named, no stack trace. */
export function readConfigOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
}

/** Ends the process with one line on stderr (secrets masked), after the log is flushed. */
export function exitWith(line: string, log?: Logger): never {
  log?.flush?.();
  process.stderr.write(`${maskSecrets(line, log ? [] : secretsOf(undefined))}\n`);
  process.exit(1);
}

/** The values the logger masks: every token and secret in the configuration. */
export function secretsOf(config: Config | undefined): string[] {
  const values = [
    config?.telegram?.token ?? process.env.TELEGRAM_BOT_TOKEN,
    config?.telegram?.webhook?.secret ?? process.env.TELEGRAM_WEBHOOK_SECRET,
    config?.discord?.token ?? process.env.DISCORD_TOKEN,
  ];
  return values.filter((v): v is string => Boolean(v && v.trim()));
}

/** The quiz store (PostgreSQL at DATABASE_URL, else SQLite under DATA_DIR), timed for /metrics by `observe`; or why it cannot be opened. */
async function openQuizStore(config: Config, observe: (store: QuizStore) => QuizStore = (store) => store): Promise<{ store: QuizStore } | { why: string }> {
  try {
    return { store: observe(await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })) };
  } catch (error) {
    // PostgreSQL out of reach is a setting to fix; a data folder that cannot be written only switches the quiz off.
    if (config.databaseUrl) exitWith(new SettingError('DATABASE_URL', `cannot open the database: ${oneLine(error)}`).message);
    return { why: `${config.dataDir} cannot hold the quiz's database (${fsReason(error)})` };
  }
}

/** What is wrong with a folder that must be read, or undefined when it is a readable folder. */
function folderProblem(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : `${dir} is a file, not a folder`;
  } catch (error) {
    return `${dir}: ${fsReason(error)}`;
  }
}

/** A file-system error in words. */
export function fsReason(error: unknown): string {
  const reasons: Record<string, string> = {
    ENOENT: 'does not exist',
    ELOOP: 'a symbolic link loop',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a file stands where a folder is expected',
    EEXIST: 'a file stands where a folder is expected',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the disk',
    EISDIR: 'a folder stands where a file is expected',
    SQLITE_CANTOPEN: 'the database file cannot be opened or created there',
    SQLITE_READONLY: 'read-only',
    SQLITE_FULL: 'no space left on the disk',
  };
  const code = errorCode(error);
  return (code && reasons[code]) ?? (code ? `${code}: ${oneLine(error)}` : oneLine(error));
}

function pathOf(error: unknown): string | undefined {
  const path = (error as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : undefined;
}

/**
 * Stands in for the quiz when the data folder cannot be written: quiz and leaderboard commands
 * say so plainly, and everything else works as usual.
 */
function quizSwitchedOff(): QuizRounds {
  const off: Reply = {
    kind: 'error',
    body: "The quiz is switched off on this bot: its data folder cannot be written, so scores could not be kept. Questions about the Alash movement still work.",
    entries: [],
    ephemeral: true,
  };
  return {
    topics: [],
    async attach() {},
    detach() {},
    async answer() {
      return { status: 'unknown', message: off.body };
    },
    async answerText() {
      return null;
    },
    async close() {},
    async start() {
      return off;
    },
    async stop() {
      return off;
    },
    async leaderboard() {
      return off;
    },
    topicGuide() {
      return off;
    },
    async reset() {
      return off;
    },
  };
}
