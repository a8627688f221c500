import type { Config } from './config';
import { Core } from './core/core';
import { KnowledgeError } from './core/knowledge/load';
import { createLogger, type Logger } from './core/log';
import { QuizBankError } from './core/quiz/bank';
import { createQuiz } from './core/quiz/engine';
import { SqliteQuizStore } from './core/quiz/store';
import { DailyPosts } from './core/daily';
import { join } from 'node:path';

/**
 * The process's start-up, shared by `npm start`, `npm run chat` and each Discord shard process:
 * builds the logger, then the core with its quiz engine, from the configuration. A knowledge or
 * quiz-question error ends the process with the list of problems, never a partial index.
 */
export async function startUp(config: Config, options: { quiet?: boolean } = {}): Promise<{ core: Core; log: Logger }> {
  const log = createLogger(options.quiet && config.logLevel === 'info' ? 'warn' : config.logLevel);
  try {
    // One store for the quiz and the daily post; the quiz engine closes it.
    const store = new SqliteQuizStore(join(config.dataDir, 'quiz.sqlite'));
    const core = await Core.create({
      knowledgeDir: config.knowledgeDir,
      groupReplies: config.groupReplies,
      logger: log,
      daily: (library) => new DailyPosts({ library, store, logger: log }),
      quiz: (knowledge) =>
        createQuiz({ knowledge, store, seconds: config.quiz.seconds, questions: config.quiz.questions, logger: log }),
    });
    log.info({ entries: core.knowledge.entries.length, commands: core.commands.length }, 'knowledge loaded');
    return { core, log };
  } catch (error) {
    if (error instanceof KnowledgeError || error instanceof QuizBankError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
