import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter tests open local fake servers; files run in separate forks so ports and timers never leak.
    pool: 'forks',
    // One PostgreSQL server for the run; store tests make a database per file on it.
    globalSetup: ['test/global-postgres.ts'],
  },
});
