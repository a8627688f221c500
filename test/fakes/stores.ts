import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { QuizStore } from '../../src/core/quiz/store';
import { PostgresQuizStore } from '../../src/core/store/postgres';
import { SqliteQuizStore } from '../../src/core/store/sqlite';
import { createDatabase } from './postgres';

/**
 * The two store implementations, for tests that run against both: `place()` makes a new, empty
 * place for a store (a SQLite file; a database on the run's PostgreSQL server), `open(place)`
 * opens a store on it (again, after a "restart").
 */
export interface StoreKind {
  name: 'sqlite' | 'postgres';
  place(): Promise<string>;
  open(place: string): Promise<QuizStore>;
}

export const sqliteKind: StoreKind = {
  name: 'sqlite',
  place: async () => join(mkdtempSync(join(tmpdir(), 'alash-quiz-')), 'data', 'quiz.sqlite'),
  open: async (file) => new SqliteQuizStore(file),
};

export const postgresKind: StoreKind = {
  name: 'postgres',
  place: () => createDatabase(inject('postgresUrl')),
  open: (url) => PostgresQuizStore.open(url),
};

export const storeKinds: StoreKind[] = [sqliteKind, postgresKind];

const KIND_KEY = Symbol.for('alash.test.storeKind');

/**
 * The store a test file runs on: SQLite unless a wrapper file chose another with
 * `runOnStore` before importing it (one test file, both stores, no copy).
 */
export function storeKindOfThisFile(): StoreKind {
  return (globalThis as Record<symbol, StoreKind | undefined>)[KIND_KEY] ?? sqliteKind;
}

/** Makes the test files imported after this call run on `kind`. */
export function runOnStore(kind: StoreKind): void {
  (globalThis as Record<symbol, StoreKind | undefined>)[KIND_KEY] = kind;
}
