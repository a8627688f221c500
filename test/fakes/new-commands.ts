import type { Command } from '../../src/core/command';

/**
 * Commands that exist only in the tests, as a new file in commands/ would: passed to the core
 * through `extraCommands`, they must work on every platform with no adapter change.
 */

/** `x [count] [word...]`: echoes its parsed options and whether the request was addressed. */
export const newCommand: Command = {
  name: 'x',
  description: 'Test: echoes its options',
  options: [
    { name: 'count', description: 'A number', type: 'integer' },
    { name: 'word', description: 'A word', type: 'string' },
  ],
  parse(text) {
    const [count, ...rest] = text.split(/\s+/).filter(Boolean);
    return { ...(count ? { count: Number(count) } : {}), ...(rest.length ? { word: rest.join(' ') } : {}) };
  },
  handle: ({ args, context }) => ({
    kind: 'answer',
    body: `x count=${String(args.count)} word=${String(args.word)} addressed=${String(context.addressed)}`,
    entries: [],
  }),
};

/** `purge`: for chat admins only, declared, so the router checks it on every platform. */
export const adminCommand: Command = {
  name: 'purge',
  description: 'Test: chat admins only',
  requires: ['admin'],
  options: [],
  handle: ({ context }) => ({ kind: 'answer', body: `purged by ${context.user.name}`, entries: [] }),
};
