import { join } from 'node:path';
import type { QuizStore } from '../quiz/store';
import { SqliteQuizStore } from './sqlite';

/** Where the bot keeps its state. */
export interface StoreSettings {
  /** A `postgres://` URL: PostgreSQL, shared by every bot process on it. Unset: SQLite in `dataDir`. */
  databaseUrl?: string;
  /** Folder of the SQLite file `quiz.sqlite` (default `data`). */
  dataDir?: string;
}

/**
 * Opens the configured store and migrates its schema: PostgreSQL when `databaseUrl` is set,
 * SQLite in `dataDir` otherwise. node-postgres loads only when Postgres is configured.
 */
export async function openStore(settings: StoreSettings): Promise<QuizStore> {
  if (settings.databaseUrl) {
    const { PostgresQuizStore } = await import('./postgres');
    return PostgresQuizStore.open(settings.databaseUrl);
  }
  return new SqliteQuizStore(join(settings.dataDir ?? 'data', 'quiz.sqlite'));
}
