import type { Config } from './config';
import { createCore } from './core/create';
import type { Core } from './core/core';
import { KnowledgeError } from './core/knowledge/load';
import { createLogger, type Logger } from './core/log';
import { QuizBankError } from './core/quiz/bank';
import { createQuiz } from './core/quiz/engine';
import { openStore } from './core/store/open';

/**
 * Builds the logger and the core from the configuration: shared by `npm start`, `npm run chat`
 * and each Discord shard process. A knowledge or quiz-question error ends the process with the
 * list of problems, never a partial index.
 */
export async function startCore(config: Config, options: { quiet?: boolean } = {}): Promise<{ core: Core; log: Logger }> {
  const log = createLogger(options.quiet && config.logLevel === 'info' ? 'warn' : config.logLevel);
  try {
    const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    const core = await createCore({
      knowledgeDir: config.knowledgeDir,
      groupReplies: config.groupReplies,
      logger: log,
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
