import type { TestProject } from 'vitest/node';
import { LocalPostgres } from './fakes/postgres';

/**
 * vitest global setup: one PostgreSQL server per test run; each test file that needs it makes
 * its own database (test/fakes/postgres.ts `createDatabase`) from `inject('postgresUrl')`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await LocalPostgres.start();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
