import { fileURLToPath } from 'node:url';
import type { Command } from '../../src/core/command';
import type { Context } from '../../src/core/chat';
import { Core } from '../../src/core/core';
import type { Completion } from '../../src/core/library';
import { seededRandom } from '../../src/core/quiz/bank';
import { createQuiz, type QuizEngine } from '../../src/core/quiz/engine';
import { SqliteQuizStore } from '../../src/core/quiz/store';
import { FakeClock } from './clock';

/** The repository's knowledge/ folder: adapter tests run on the real content. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

export interface TestCore {
  core: Core;
  /** The real quiz engine, on a fake clock and an in-memory store. */
  quiz: QuizEngine;
  clock: FakeClock;
  /** The contexts the `probe` command was called with. */
  contexts: Context[];
  /** Replaces `complete` until reset to null (to check the adapter's own limits). */
  setComplete(fn: ((partial: string, limit?: number) => Completion[]) | null): void;
}

/**
 * The real core (knowledge/, commands/, the quiz engine) with a few extra commands that
 * exercise the adapter: `probe` records its context, `slow` answers after a delay, `slowfail` is
 * slow and then refuses, `boom` throws; and `extraCommands`, as a new file in commands/ would be. The quiz runs on a fake clock the test moves.
 */
export async function testCore(options: { slowMs?: number; extraCommands?: Command[] } = {}): Promise<TestCore> {
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
  const clock = new FakeClock(Date.now());
  let quiz: QuizEngine | undefined;
  const real = await Core.create({
    knowledgeDir: KNOWLEDGE_DIR,
    extraCommands: [...extra, ...(options.extraCommands ?? [])],
    quiz: (knowledge) => {
      quiz = createQuiz({ knowledge, store: new SqliteQuizStore(':memory:'), clock, seconds: 20, leadInMs: 0, pauseMs: 0, random: seededRandom('discord') });
      clock.settle = () => quiz!.settled();
      return quiz;
    },
  });
  let complete: ((partial: string, limit?: number) => Completion[]) | null = null;
  const core = new Proxy(real, {
    get(target, prop) {
      if (prop === 'complete' && complete) return complete;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { core, quiz: quiz!, clock, contexts, setComplete: (fn) => void (complete = fn) };
}
