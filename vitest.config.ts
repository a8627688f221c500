import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter tests open local fake servers; files run in separate forks so ports and timers never leak.
    pool: 'forks',
    // Many files spend their time waiting on child processes and sockets, so two run side by side
    // even on a two-core machine, where the default (cores - 1) would run them one at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // One PostgreSQL server for the run; store tests make a database per file on it.
    globalSetup: ['test/global-postgres.ts'],
  },
});
