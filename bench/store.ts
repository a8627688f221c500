import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { QuizStore } from '../src/core/quiz/store';
import { DEFAULT_SCORING } from '../src/core/quiz/engine';
import { PostgresQuizStore } from '../src/core/store/postgres';
import { SqliteQuizStore } from '../src/core/store/sqlite';
import { createDatabase, LocalPostgres } from '../test/fakes/postgres';

/**
 * Answers recorded per second with durability on: SQLite (WAL, synchronous = FULL) and
 * PostgreSQL 18 (embedded, fsync and synchronous_commit on), each answer its own committed
 * transaction. One at a time (a chat's answers as one process records them) and 16 in flight
 * (many chats at once; SQLite serialises them anyway).
 */
export interface StoreFigures {
  sqliteSerialPerSec: number;
  sqliteConcurrentPerSec: number;
  postgresSerialPerSec: number;
  postgresConcurrentPerSec: number;
}

async function rate(store: QuizStore, answers: number, inFlight: number): Promise<number> {
  const roundId = `bench${Math.random().toString(36).slice(2, 8)}`;
  const chat = { platform: 'telegram' as const, id: `-${roundId}`, kind: 'group' as const };
  const now = Date.now();
  await store.beginRound({ id: roundId, chat, starter: { id: 's', name: 'S' }, questionIds: ['q'], seconds: 3600, status: 'running', startedAt: now });
  await store.recordAsked({
    roundId, number: 1, questionId: 'q', platform: 'telegram', chatId: chat.id, question: 'Q', options: ['a', 'b'], correct: 0,
    explanation: '', sources: [], entries: [], ref: roundId, askedAt: now, closesAt: now + 3_600_000,
  });
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let i = next++; i < answers; i = next++) {
        await store.recordAnswer(
          { roundId, number: 1, platform: 'telegram', chatId: chat.id, userId: `u${i}`, userName: `U${i}`, option: i % 2, correct: i % 2 === 0, at: now + 1 },
          DEFAULT_SCORING,
        );
      }
    }),
  );
  return answers / ((performance.now() - started) / 1000);
}

export async function benchStore(answers = 2000): Promise<StoreFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'alash-bench-store-'));
  const sqlite = new SqliteQuizStore(join(dir, 'quiz.sqlite'));
  const sqliteSerialPerSec = await rate(sqlite, answers, 1);
  const sqliteConcurrentPerSec = await rate(sqlite, answers, 16);
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });

  const server = await LocalPostgres.start();
  try {
    const pg = await PostgresQuizStore.open(await createDatabase(server.url, 'bench'), { max: 16 });
    const postgresSerialPerSec = await rate(pg, answers, 1);
    const postgresConcurrentPerSec = await rate(pg, answers, 16);
    await pg.close();
    return { sqliteSerialPerSec, sqliteConcurrentPerSec, postgresSerialPerSec, postgresConcurrentPerSec };
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchStore());
}
