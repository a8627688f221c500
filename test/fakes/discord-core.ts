import { fileURLToPath } from 'node:url';
import type { Command } from '../../src/core/command';
import type { Context } from '../../src/core/chat';
import type { Completion, Core } from '../../src/core/core';
import { createCore } from '../../src/core/create';
import { RecordingQuiz } from './quiz';

/** A few real knowledge entries, so adapter tests do not depend on what knowledge/ holds. */
export const FIXTURE_KNOWLEDGE = fileURLToPath(new URL('../fixtures/discord-knowledge', import.meta.url));

export interface TestCore {
  core: Core;
  quiz: RecordingQuiz;
  /** The contexts the `probe` command was called with. */
  contexts: Context[];
  /** Replaces `complete` until reset to null (to check the adapter's own limits). */
  setComplete(fn: ((partial: string, limit?: number) => Completion[]) | null): void;
}

/**
 * The real core (commands/, the library, request reading) over fixture knowledge, with a few
 * extra commands that exercise the adapter: `probe` records its context, `slow` answers after a
 * delay, `slowfail` is slow and then refuses, `boom` throws.
 */
export async function testCore(options: { slowMs?: number } = {}): Promise<TestCore> {
  const quiz = new RecordingQuiz();
  const contexts: Context[] = [];
  const slowMs = options.slowMs ?? 700;
  const extra: Command[] = [
    {
      name: 'probe',
      description: 'Test: records the context',
      options: [{ name: 'text', description: 'Anything', type: 'string' }],
      handle({ context, args }) {
        contexts.push(context);
        return { kind: 'answer', title: 'Probe', body: String(args.text ?? 'ok'), entries: [] };
      },
    },
    {
      name: 'slow',
      description: 'Test: answers slowly',
      options: [],
      async handle() {
        await new Promise((r) => setTimeout(r, slowMs));
        return { kind: 'answer', title: 'Slow answer', body: 'Worth the wait.', entries: [] };
      },
    },
    {
      name: 'slowfail',
      description: 'Test: refuses slowly',
      options: [],
      async handle() {
        await new Promise((r) => setTimeout(r, slowMs));
        return { kind: 'error', body: 'Refused after thinking.', entries: [], ephemeral: true };
      },
    },
    {
      name: 'boom',
      description: 'Test: throws',
      options: [],
      handle() {
        throw new Error('secret stack detail');
      },
    },
  ];
  const real = await createCore({ knowledgeDir: FIXTURE_KNOWLEDGE, extraCommands: extra, quiz });
  let complete: ((partial: string, limit?: number) => Completion[]) | null = null;
  const core = new Proxy(real, {
    get(target, prop) {
      if (prop === 'complete' && complete) return complete;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { core, quiz, contexts, setComplete: (fn) => void (complete = fn) };
}
