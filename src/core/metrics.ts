import { AsyncLocalStorage } from 'node:async_hooks';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Context } from './chat';
import type { Command, CommandArgs } from './command';
import type { Core } from './core';
import type { Reply } from './reply';

/**
 * The process's metrics in Prometheus form (prom-client), served on METRICS_PORT by
 * src/monitoring.ts. One registry per process; adapters and the core wrappers below count into
 * it. Nothing here talks to a platform.
 */
export const registry = new Registry();

let defaults = false;
/** Adds Node's process metrics (CPU, memory, event loop lag, handles) once, when serving starts. */
export function collectProcessMetrics(): void {
  if (defaults) return;
  defaults = true;
  collectDefaultMetrics({ register: registry, prefix: 'alash_' });
}

export const metrics = {
  requests: new Counter({
    name: 'alash_requests_total',
    help: 'Requests answered, by command (question: free text; quiz-answer: a typed quiz answer), platform and reply kind',
    labelNames: ['command', 'platform', 'kind'] as const,
    registers: [registry],
  }),
  answerSeconds: new Histogram({
    name: 'alash_answer_seconds',
    help: 'Time from a request reaching the core to its reply, by command and platform',
    labelNames: ['command', 'platform'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  }),
  notFound: new Counter({
    name: 'alash_not_found_total',
    help: '"I don\'t know" replies (kind not-found), by platform',
    labelNames: ['platform'] as const,
    registers: [registry],
  }),
  quizRounds: new Counter({
    name: 'alash_quiz_rounds_total',
    help: 'Quiz rounds started, by platform',
    labelNames: ['platform'] as const,
    registers: [registry],
  }),
  quizAnswers: new Counter({
    name: 'alash_quiz_answers_total',
    help: 'Quiz answers recorded, by platform and whether they were right',
    labelNames: ['platform', 'correct'] as const,
    registers: [registry],
  }),
  apiErrors: new Counter({
    name: 'alash_platform_api_errors_total',
    help: 'Platform API calls that failed (refused, or no usable answer), by platform, method and code (network: no answer)',
    labelNames: ['platform', 'method', 'code'] as const,
    registers: [registry],
  }),
  rateLimited: new Counter({
    name: 'alash_platform_rate_limited_total',
    help: 'Platform API calls answered 429 (rate limited), by platform and method',
    labelNames: ['platform', 'method'] as const,
    registers: [registry],
  }),
  storeSeconds: new Histogram({
    name: 'alash_store_operation_seconds',
    help: 'Quiz store operations, by operation and outcome (ok, error)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  }),
};

/** The command being answered in this async context, set by the commands `observeCommands` wraps. */
const current = new AsyncLocalStorage<{ command?: string }>();

/**
 * The commands with their `handle` timed and attributed: a request that reaches a command is
 * counted under the command's name. Pass the result to `createCore({ commands })`.
 */
export function observeCommands(commands: readonly Command[]): Command[] {
  return commands.map((command) => ({
    ...command,
    handle: (request, core) => {
      const store = current.getStore();
      if (store) store.command ??= command.name;
      return command.handle(request, core);
    },
  }));
}

/**
 * The core with every request counted and timed: `handleText` and `runCommand` count the reply
 * by command, platform and kind, time it, and count "I don't know" replies. Silence (a null
 * reply) is not a request answered.
 */
export function observeCore(core: Core): Core {
  const observe = async (fallback: string, context: Context, work: () => Promise<Reply | null>): Promise<Reply | null> => {
    const store: { command?: string } = {};
    const started = process.hrtime.bigint();
    const reply = await current.run(store, work);
    if (reply) {
      const command = store.command ?? (reply.kind === 'quiz' && fallback === 'question' ? 'quiz-answer' : fallback);
      const platform = context.chat.platform;
      metrics.requests.inc({ command, platform, kind: reply.kind });
      metrics.answerSeconds.observe({ command, platform }, Number(process.hrtime.bigint() - started) / 1e9);
      if (reply.kind === 'not-found') metrics.notFound.inc({ platform });
    }
    return reply;
  };
  // Everything but the two entry points passes straight through to the core.
  return new Proxy(core, {
    get(target, property) {
      if (property === 'handleText') return (text: string, context: Context) => observe('question', context, () => target.handleText(text, context));
      if (property === 'runCommand') {
        return async (name: string, args: CommandArgs, context: Context) => (await observe(name, context, () => target.runCommand(name, args, context)))!;
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Times every method of `target` (any object, such as any implementation of `QuizStore`):
 * each call, sync or async, is observed in `alash_store_operation_seconds` under its method
 * name and outcome. `onResult` sees each successful call's arguments and result.
 */
export function timedMethods<T extends object>(target: T, onResult?: (method: string, args: unknown[], result: unknown) => void): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      let fn = wrapped.get(property);
      if (!fn) {
        const method = value as (...args: unknown[]) => unknown;
        fn = (...args: unknown[]) => {
          const end = metrics.storeSeconds.startTimer({ operation: property });
          const ok = (result: unknown) => {
            end({ outcome: 'ok' });
            try {
              onResult?.(property, args, result);
            } catch {
              // Counting never breaks a store call.
            }
            return result;
          };
          const failed = (error: unknown) => {
            end({ outcome: 'error' });
            throw error;
          };
          let result: unknown;
          try {
            result = method.apply(object, args);
          } catch (error) {
            return failed(error);
          }
          return result instanceof Promise ? result.then(ok, failed) : ok(result);
        };
        wrapped.set(property, fn);
      }
      return fn;
    },
  });
}

/** A quiz store (any implementation) timed, with rounds started and answers recorded counted. */
export function observeQuizStore<T extends object>(store: T): T {
  return timedMethods(store, (method, args, result) => {
    if (method === 'beginRound' && result === true) {
      const round = args[0] as { chat?: { platform?: string } };
      metrics.quizRounds.inc({ platform: round.chat?.platform ?? 'unknown' });
    }
    if (method === 'recordAnswer' && (result as { status?: string } | undefined)?.status !== 'repeat') {
      const answer = args[0] as { platform?: string; correct?: boolean };
      metrics.quizAnswers.inc({ platform: answer.platform ?? 'unknown', correct: String(Boolean(answer.correct)) });
    }
  });
}
