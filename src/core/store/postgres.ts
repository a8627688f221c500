import pg from 'pg';
import type { ChatRef, Platform } from '../chat';
import { toAsked, toRound, toSettings, toStanding, type AskedRow, type RoundRow, type ScoreRow, type SettingsRow } from './rows';
import type {
  AnswerRecord,
  AskedRecord,
  ChatSettings,
  ChatSettingsChange,
  DailyChat,
  Language,
  NewAnswer,
  QuizStore,
  RecordedAnswer,
  RoundRecord,
  Scoring,
  Standing,
} from '../quiz/store';

/**
 * The schema, one step per version, as in the SQLite store (same tables, Postgres types: epoch
 * milliseconds are BIGINT). A database records the steps it took in `schema_migrations`; a step
 * is never changed once released, only added.
 */
const MIGRATIONS: string[] = [
  `CREATE TABLE rounds (
     id TEXT PRIMARY KEY,
     platform TEXT NOT NULL,
     chat_id TEXT NOT NULL,
     chat JSONB NOT NULL,
     starter_id TEXT NOT NULL,
     starter_name TEXT NOT NULL,
     question_ids JSONB NOT NULL,
     seconds INTEGER NOT NULL,
     topic TEXT,
     difficulty TEXT,
     status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped')),
     started_at BIGINT NOT NULL,
     ended_at BIGINT,
     owner TEXT,
     lease_until BIGINT
   );
   CREATE UNIQUE INDEX rounds_one_running_per_chat ON rounds (platform, chat_id) WHERE status = 'running';
   CREATE TABLE asked (
     round_id TEXT NOT NULL REFERENCES rounds (id),
     number INTEGER NOT NULL,
     question_id TEXT NOT NULL,
     platform TEXT NOT NULL,
     chat_id TEXT NOT NULL,
     shown JSONB NOT NULL,
     ref TEXT NOT NULL,
     asked_at BIGINT NOT NULL,
     closes_at BIGINT NOT NULL,
     revealed_at BIGINT,
     seq BIGSERIAL NOT NULL,
     PRIMARY KEY (round_id, number)
   );
   CREATE INDEX asked_by_ref ON asked (platform, ref);
   CREATE INDEX asked_in_chat ON asked (platform, chat_id, asked_at);
   CREATE TABLE answers (
     seq BIGSERIAL PRIMARY KEY,
     round_id TEXT NOT NULL,
     number INTEGER NOT NULL,
     platform TEXT NOT NULL,
     chat_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     user_name TEXT NOT NULL,
     option INTEGER NOT NULL,
     correct BOOLEAN NOT NULL,
     points INTEGER NOT NULL,
     at BIGINT NOT NULL,
     UNIQUE (round_id, number, user_id)
   );
   CREATE TABLE scores (
     platform TEXT NOT NULL,
     chat_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     user_name TEXT NOT NULL,
     points INTEGER NOT NULL DEFAULT 0,
     right_answers INTEGER NOT NULL DEFAULT 0,
     answered INTEGER NOT NULL DEFAULT 0,
     streak INTEGER NOT NULL DEFAULT 0,
     best_streak INTEGER NOT NULL DEFAULT 0,
     updated_at BIGINT NOT NULL,
     PRIMARY KEY (platform, chat_id, user_id)
   );
   CREATE TABLE chats (
     platform TEXT NOT NULL,
     chat_id TEXT NOT NULL,
     chat JSONB NOT NULL,
     language TEXT,
     daily_time TEXT,
     daily_timezone TEXT,
     daily_last_day TEXT,
     PRIMARY KEY (platform, chat_id)
   );`,
  // The language a round plays in, kept so another process taking it over plays on in it.
  `ALTER TABLE rounds ADD COLUMN language TEXT;`,
];

/** Any number that identifies this application's migration lock among advisory locks. */
const MIGRATION_LOCK = 0x41_4c_41_53; // "ALAS"

/** BIGINT columns (epoch ms, sequence numbers) fit a JS number; read them as numbers, not strings. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * The shared store: PostgreSQL through node-postgres, for several bot processes on one database
 * (`DATABASE_URL`). Every write commits before its promise resolves (Postgres's default
 * `synchronous_commit = on`: durable). Open it with `PostgresQuizStore.open`, which migrates the
 * schema under an advisory lock, so instances starting together migrate once.
 */
export class PostgresQuizStore implements QuizStore {
  private constructor(readonly pool: pg.Pool) {}

  /**
   * Connects and migrates.
   * @param url a `postgres://` connection string
   * @param options `max`: most connections in the pool (default 10)
   */
  static async open(url: string, options: { max?: number } = {}): Promise<PostgresQuizStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
    // An idle connection that breaks (the server restarted) must not crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresQuizStore(pool);
    try {
      await store.migrate();
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const { rows } = await c.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
      for (let v = rows[0]?.version ?? 0; v < MIGRATIONS.length; v++) {
        await c.query(MIGRATIONS[v]!);
        await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
      }
    });
  }

  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  private async transaction<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const result = await work(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  private async rows<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>(sql, params)).rows;
  }

  async beginRound(round: RoundRecord): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO rounds (id, platform, chat_id, chat, starter_id, starter_name, question_ids, seconds, topic, difficulty, status, started_at, owner, lease_until, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'running', $11, $12, $13, $14)
       ON CONFLICT DO NOTHING`,
      [
        round.id,
        round.chat.platform,
        round.chat.id,
        JSON.stringify(round.chat),
        round.starter.id,
        round.starter.name,
        JSON.stringify(round.questionIds),
        round.seconds,
        round.topic ?? null,
        round.difficulty ?? null,
        round.startedAt,
        round.owner ?? null,
        round.leaseUntil ?? null,
        round.language ?? null,
      ],
    );
    return result.rowCount === 1;
  }

  async claimRound(roundId: string, owner: string, now: number, until: number): Promise<boolean> {
    // One UPDATE: the row lock makes two claimants queue, and the second re-checks the condition.
    const result = await this.pool.query(
      `UPDATE rounds SET owner = $2, lease_until = $3
       WHERE id = $1 AND status = 'running' AND (owner = $2 OR lease_until IS NULL OR lease_until <= $4)`,
      [roundId, owner, until, now],
    );
    return result.rowCount === 1;
  }

  async releaseRound(roundId: string, owner: string): Promise<void> {
    await this.pool.query(`UPDATE rounds SET lease_until = 0 WHERE id = $1 AND owner = $2`, [roundId, owner]);
  }

  async runningRound(platform: Platform, chatId: string): Promise<RoundRecord | undefined> {
    const [row] = await this.rows<RoundRow>(`SELECT * FROM rounds WHERE platform = $1 AND chat_id = $2 AND status = 'running'`, [platform, chatId]);
    return row && toRound(row);
  }

  async runningRounds(platform: Platform): Promise<RoundRecord[]> {
    const rows = await this.rows<RoundRow>(`SELECT * FROM rounds WHERE platform = $1 AND status = 'running' ORDER BY started_at`, [platform]);
    return rows.map(toRound);
  }

  async endRound(roundId: string, status: 'finished' | 'stopped', at: number): Promise<void> {
    await this.pool.query(`UPDATE rounds SET status = $1, ended_at = $2 WHERE id = $3 AND status = 'running'`, [status, at, roundId]);
  }

  async recordAsked(a: AskedRecord): Promise<void> {
    const shown = JSON.stringify({
      question: a.question,
      options: a.options,
      correct: a.correct,
      explanation: a.explanation,
      sources: a.sources,
      entries: a.entries,
    });
    await this.pool.query(
      `INSERT INTO asked (round_id, number, question_id, platform, chat_id, shown, ref, asked_at, closes_at, revealed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (round_id, number) DO UPDATE SET ref = excluded.ref, shown = excluded.shown,
         asked_at = excluded.asked_at, closes_at = excluded.closes_at`,
      [a.roundId, a.number, a.questionId, a.platform, a.chatId, shown, a.ref, a.askedAt, a.closesAt, a.revealedAt ?? null],
    );
  }

  async forgetAsked(roundId: string, number: number): Promise<void> {
    await this.pool.query(`DELETE FROM asked WHERE round_id = $1 AND number = $2`, [roundId, number]);
  }

  async askedQuestion(roundId: string, number: number): Promise<AskedRecord | undefined> {
    const [row] = await this.rows<AskedRow>(`SELECT * FROM asked WHERE round_id = $1 AND number = $2`, [roundId, number]);
    return row && toAsked(row);
  }

  async askedByRef(platform: Platform, ref: string): Promise<AskedRecord | undefined> {
    const [row] = await this.rows<AskedRow>(`SELECT * FROM asked WHERE platform = $1 AND ref = $2 ORDER BY asked_at DESC LIMIT 1`, [platform, ref]);
    return row && toAsked(row);
  }

  async askedQuestions(roundId: string): Promise<AskedRecord[]> {
    const rows = await this.rows<AskedRow>(`SELECT * FROM asked WHERE round_id = $1 ORDER BY number`, [roundId]);
    return rows.map(toAsked);
  }

  async revealQuestion(roundId: string, number: number, at: number): Promise<void> {
    await this.transaction(async (c) => {
      // FOR UPDATE waits for answers being recorded (they hold FOR SHARE) and blocks new ones
      // until the reveal commits: no answer lands after the reveal counted them.
      const { rows } = await c.query<{ platform: string; chat_id: string; revealed_at: number | null }>(
        `SELECT platform, chat_id, revealed_at FROM asked WHERE round_id = $1 AND number = $2 FOR UPDATE`,
        [roundId, number],
      );
      const asked = rows[0];
      if (!asked || asked.revealed_at !== null) return;
      await c.query(`UPDATE asked SET revealed_at = $1 WHERE round_id = $2 AND number = $3`, [at, roundId, number]);
      await c.query(
        `UPDATE scores SET streak = 0
         WHERE platform = $1 AND chat_id = $2 AND streak > 0
           AND user_id NOT IN (SELECT user_id FROM answers WHERE round_id = $3 AND number = $4 AND correct)`,
        [asked.platform, asked.chat_id, roundId, number],
      );
    });
  }

  async recordAnswer(a: NewAnswer, scoring: Scoring): Promise<RecordedAnswer> {
    return this.transaction(async (c): Promise<RecordedAnswer> => {
      const { rows: asked } = await c.query<{ closes_at: number; revealed_at: number | null }>(
        `SELECT closes_at, revealed_at FROM asked WHERE round_id = $1 AND number = $2 FOR SHARE`,
        [a.roundId, a.number],
      );
      if (!asked[0] || asked[0].revealed_at !== null || a.at >= asked[0].closes_at) return { status: 'closed' };
      // The unique key settles a race between two processes recording the same user's answer.
      const inserted = await c.query(
        `INSERT INTO answers (round_id, number, platform, chat_id, user_id, user_name, option, correct, points, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9)
         ON CONFLICT (round_id, number, user_id) DO NOTHING
         RETURNING seq`,
        [a.roundId, a.number, a.platform, a.chatId, a.userId, a.userName, a.option, a.correct, a.at],
      );
      if (inserted.rowCount !== 1) return { status: 'repeat' };
      // Lock the player's score row (created if new) so two answers of one player in one chat
      // (two questions, two processes) add up in order.
      await c.query(
        `INSERT INTO scores (platform, chat_id, user_id, user_name, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (platform, chat_id, user_id) DO NOTHING`,
        [a.platform, a.chatId, a.userId, a.userName, a.at],
      );
      const { rows: score } = await c.query<{ streak: number }>(
        `SELECT streak FROM scores WHERE platform = $1 AND chat_id = $2 AND user_id = $3 FOR UPDATE`,
        [a.platform, a.chatId, a.userId],
      );
      const streak = a.correct ? (score[0]?.streak ?? 0) + 1 : 0;
      const points = a.correct ? scoring.points + (streak >= scoring.streakBonusFrom ? scoring.streakBonus : 0) : 0;
      await c.query(`UPDATE answers SET points = $1 WHERE seq = $2`, [points, inserted.rows[0].seq]);
      await c.query(
        `UPDATE scores SET user_name = $4, points = points + $5, right_answers = right_answers + $6, answered = answered + 1,
           streak = $7, best_streak = GREATEST(best_streak, $7), updated_at = $8
         WHERE platform = $1 AND chat_id = $2 AND user_id = $3`,
        [a.platform, a.chatId, a.userId, a.userName, points, a.correct ? 1 : 0, streak, a.at],
      );
      return { status: 'recorded', points, streak };
    });
  }

  async answers(roundId: string, number?: number): Promise<AnswerRecord[]> {
    const rows =
      number === undefined
        ? await this.rows<AnswerRow>(`SELECT * FROM answers WHERE round_id = $1 ORDER BY seq`, [roundId])
        : await this.rows<AnswerRow>(`SELECT * FROM answers WHERE round_id = $1 AND number = $2 ORDER BY seq`, [roundId, number]);
    return rows.map((r) => ({
      seq: r.seq,
      roundId: r.round_id,
      number: r.number,
      platform: r.platform,
      chatId: r.chat_id,
      userId: r.user_id,
      userName: r.user_name,
      option: r.option,
      correct: r.correct,
      points: r.points,
      at: r.at,
    }));
  }

  async missedQuestions(platform: Platform, chatId: string, userId: string, limit?: number): Promise<string[]> {
    const rows = await this.rows<{ question_id: string }>(
      `WITH latest AS (
         SELECT question_id, round_id, number, asked_at, seq,
           ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY asked_at DESC, seq DESC) AS recency
         FROM asked WHERE platform = $1 AND chat_id = $2 AND revealed_at IS NOT NULL
       )
       SELECT latest.question_id FROM latest
       LEFT JOIN answers ON answers.round_id = latest.round_id AND answers.number = latest.number AND answers.user_id = $3
       WHERE latest.recency = 1 AND (answers.correct IS NULL OR NOT answers.correct)
       ORDER BY latest.asked_at DESC, latest.seq DESC
       LIMIT $4`,
      [platform, chatId, userId, limit === undefined || limit < 0 ? null : limit],
    );
    return rows.map((r) => r.question_id);
  }

  async standings(platform: Platform, chatId: string, limit = 10): Promise<Standing[]> {
    const rows = await this.rows<ScoreRow>(
      `SELECT * FROM scores WHERE platform = $1 AND chat_id = $2
       ORDER BY points DESC, right_answers DESC, best_streak DESC, updated_at ASC LIMIT $3`,
      [platform, chatId, limit],
    );
    return rows.map(toStanding);
  }

  async standingsOf(platform: Platform, chatId: string, userIds: string[]): Promise<Standing[]> {
    if (userIds.length === 0) return [];
    const rows = await this.rows<ScoreRow>(`SELECT * FROM scores WHERE platform = $1 AND chat_id = $2 AND user_id = ANY($3)`, [
      platform,
      chatId,
      userIds,
    ]);
    return rows.map(toStanding);
  }

  async resetStandings(platform: Platform, chatId: string): Promise<number> {
    return (await this.pool.query(`DELETE FROM scores WHERE platform = $1 AND chat_id = $2`, [platform, chatId])).rowCount ?? 0;
  }

  async questionHistory(platform: Platform, chatId: string): Promise<Map<string, number>> {
    const rows = await this.rows<{ question_id: string; at: number }>(
      `SELECT question_id, MAX(asked_at) AS at FROM asked WHERE platform = $1 AND chat_id = $2 GROUP BY question_id`,
      [platform, chatId],
    );
    return new Map(rows.map((r) => [r.question_id, r.at]));
  }

  async chatSettings(platform: Platform, chatId: string): Promise<ChatSettings> {
    const [row] = await this.rows<ChatRow>(`SELECT * FROM chats WHERE platform = $1 AND chat_id = $2`, [platform, chatId]);
    return row ? toSettings(row) : {};
  }

  async updateChatSettings(chat: ChatRef, change: ChatSettingsChange): Promise<void> {
    await this.transaction(async (c) => {
      await c.query(`INSERT INTO chats (platform, chat_id, chat) VALUES ($1, $2, $3) ON CONFLICT (platform, chat_id) DO UPDATE SET chat = excluded.chat`, [
        chat.platform,
        chat.id,
        JSON.stringify(chat),
      ]);
      if (change.language !== undefined)
        await c.query(`UPDATE chats SET language = $1 WHERE platform = $2 AND chat_id = $3`, [change.language, chat.platform, chat.id]);
      if (change.daily !== undefined)
        await c.query(`UPDATE chats SET daily_time = $1, daily_timezone = $2 WHERE platform = $3 AND chat_id = $4`, [
          change.daily?.time ?? null,
          change.daily?.timezone ?? null,
          chat.platform,
          chat.id,
        ]);
    });
  }

  async dailyChats(platform: Platform): Promise<DailyChat[]> {
    const rows = await this.rows<ChatRow>(`SELECT * FROM chats WHERE platform = $1 AND daily_time IS NOT NULL ORDER BY chat_id`, [platform]);
    return rows.map((r) => ({
      chat: r.chat,
      daily: { time: r.daily_time!, timezone: r.daily_timezone! },
      dailyLastDay: r.daily_last_day ?? undefined,
    }));
  }

  async claimDailyPost(platform: Platform, chatId: string, day: string): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE chats SET daily_last_day = $1
       WHERE platform = $2 AND chat_id = $3 AND daily_time IS NOT NULL AND (daily_last_day IS NULL OR daily_last_day < $1)`,
      [day, platform, chatId],
    );
    return result.rowCount === 1;
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

interface AnswerRow {
  seq: number;
  round_id: string;
  number: number;
  platform: Platform;
  chat_id: string;
  user_id: string;
  user_name: string;
  option: number;
  correct: boolean;
  points: number;
  at: number;
}

interface ChatRow extends SettingsRow {
  chat: ChatRef;
}

