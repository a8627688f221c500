import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
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
 * The schema, one step per version. A database records the last step it took (`schema_version`)
 * and takes the missing ones at open; a step is never changed once released, only added.
 * Step 1 uses IF NOT EXISTS, so a file made before versioning takes it harmlessly.
 */
const MIGRATIONS: string[] = [
  `
CREATE TABLE IF NOT EXISTS rounds (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  chat TEXT NOT NULL,
  starter_id TEXT NOT NULL,
  starter_name TEXT NOT NULL,
  question_ids TEXT NOT NULL,
  seconds INTEGER NOT NULL,
  topic TEXT,
  difficulty TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped')),
  started_at INTEGER NOT NULL,
  ended_at INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS rounds_one_running_per_chat ON rounds (platform, chat_id) WHERE status = 'running';
CREATE TABLE IF NOT EXISTS asked (
  round_id TEXT NOT NULL REFERENCES rounds (id),
  number INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  shown TEXT NOT NULL,
  ref TEXT NOT NULL,
  asked_at INTEGER NOT NULL,
  closes_at INTEGER NOT NULL,
  revealed_at INTEGER,
  PRIMARY KEY (round_id, number)
);
CREATE INDEX IF NOT EXISTS asked_by_ref ON asked (platform, ref);
CREATE INDEX IF NOT EXISTS asked_in_chat ON asked (platform, chat_id, asked_at);
CREATE TABLE IF NOT EXISTS answers (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  option INTEGER NOT NULL,
  correct INTEGER NOT NULL,
  points INTEGER NOT NULL,
  at INTEGER NOT NULL,
  UNIQUE (round_id, number, user_id)
);
CREATE TABLE IF NOT EXISTS scores (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  points INTEGER NOT NULL DEFAULT 0,
  right_answers INTEGER NOT NULL DEFAULT 0,
  answered INTEGER NOT NULL DEFAULT 0,
  streak INTEGER NOT NULL DEFAULT 0,
  best_streak INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (platform, chat_id, user_id)
);
CREATE TABLE IF NOT EXISTS chats (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  chat TEXT NOT NULL,
  language TEXT,
  daily_time TEXT,
  daily_timezone TEXT,
  daily_last_day TEXT,
  PRIMARY KEY (platform, chat_id)
);
`,
  // Leases: which process drives a running round, and until when.
  `ALTER TABLE rounds ADD COLUMN owner TEXT;
   ALTER TABLE rounds ADD COLUMN lease_until INTEGER;`,
  // The language a round plays in, kept so another process taking it over plays on in it.
  `ALTER TABLE rounds ADD COLUMN language TEXT;`,
];

interface ChatRow extends SettingsRow {
  chat: string;
}

/** A round as SQLite keeps it: JSON columns as text. */
interface RoundText extends Omit<RoundRow, 'chat' | 'question_ids'> {
  chat: string;
  question_ids: string;
}


/** An asked question as SQLite keeps it: `shown` as JSON text. */
interface AskedText extends Omit<AskedRow, 'shown'> {
  shown: string;
}


/**
 * The default store: one SQLite file (better-sqlite3) in WAL mode with `synchronous = FULL`,
 * so a recorded answer survives `kill -9` and a power cut. The folder and the tables are
 * created, and the schema migrated, on open. Pass `':memory:'` for a throwaway store in tests.
 *
 * Several processes may open one file (two bots on one `DATA_DIR`): every write is an
 * IMMEDIATE transaction (it takes the write lock up front, so a transaction never fails half
 * way on a lock another process took), waits up to `busyTimeoutMs` for the lock, and is retried
 * while the file stays busy; leases keep each round's timer in one process.
 */
export class SqliteQuizStore implements QuizStore {
  /** The better-sqlite3 connection (tests use it to fill the "disk"). */
  readonly db: Database.Database;

  /**
   * @param file the database file, or `':memory:'`
   * @param options `busyTimeoutMs`: how long one attempt waits for another process's lock
   *   (default 5000); a write is tried again after that, up to 3 attempts in all
   */
  constructor(
    readonly file: string,
    private readonly options: { busyTimeoutMs?: number } = {},
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.migrate();
  }

  /** Brings the schema to the last version, in one IMMEDIATE transaction (one process at a time). */
  private migrate(): void {
    this.write(() => {
      this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const row = this.db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
      const from = row?.version ?? 0;
      for (let v = from; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]!);
      if (!row) this.db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
      else if (from < MIGRATIONS.length) this.db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
    });
  }

  /**
   * Runs `work` in an IMMEDIATE transaction, retried when another process holds the lock past
   * the busy timeout. A deferred transaction that reads and then writes can fail at once with
   * SQLITE_BUSY when another process wrote in between; an immediate one cannot.
   */
  private write<T>(work: () => T): T {
    const run = this.db.transaction(work);
    for (let attempt = 1; ; attempt++) {
      try {
        return run.immediate();
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (!code.startsWith('SQLITE_BUSY') || attempt >= 3) throw err;
      }
    }
  }

  async beginRound(round: RoundRecord): Promise<boolean> {
    const result = this.write(() => this.db
      .prepare(
        `INSERT INTO rounds (id, platform, chat_id, chat, starter_id, starter_name, question_ids, seconds, topic, difficulty, status, started_at, owner, lease_until, language)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      )
      .run(
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
      ));
    return result.changes === 1;
  }

  async claimRound(roundId: string, owner: string, now: number, until: number): Promise<boolean> {
    const result = this.write(() =>
      this.db
        .prepare(
          `UPDATE rounds SET owner = ?, lease_until = ?
           WHERE id = ? AND status = 'running' AND (owner = ? OR lease_until IS NULL OR lease_until <= ?)`,
        )
        .run(owner, until, roundId, owner, now),
    );
    return result.changes === 1;
  }

  async releaseRound(roundId: string, owner: string): Promise<void> {
    this.write(() => this.db.prepare(`UPDATE rounds SET lease_until = 0 WHERE id = ? AND owner = ?`).run(roundId, owner));
  }

  async runningRound(platform: Platform, chatId: string): Promise<RoundRecord | undefined> {
    const row = this.db
      .prepare(`SELECT * FROM rounds WHERE platform = ? AND chat_id = ? AND status = 'running'`)
      .get(platform, chatId) as RoundText | undefined;
    return row && roundOf(row);
  }

  async runningRounds(platform: Platform): Promise<RoundRecord[]> {
    const rows = this.db
      .prepare(`SELECT * FROM rounds WHERE platform = ? AND status = 'running' ORDER BY started_at`)
      .all(platform) as RoundText[];
    return rows.map(roundOf);
  }

  async endRound(roundId: string, status: 'finished' | 'stopped', at: number): Promise<void> {
    this.write(() => this.db.prepare(`UPDATE rounds SET status = ?, ended_at = ? WHERE id = ? AND status = 'running'`).run(status, at, roundId));
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
    this.write(() => this.db
      .prepare(
        `INSERT INTO asked (round_id, number, question_id, platform, chat_id, shown, ref, asked_at, closes_at, revealed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (round_id, number) DO UPDATE SET ref = excluded.ref, shown = excluded.shown,
           asked_at = excluded.asked_at, closes_at = excluded.closes_at`,
      )
      .run(a.roundId, a.number, a.questionId, a.platform, a.chatId, shown, a.ref, a.askedAt, a.closesAt, a.revealedAt ?? null));
  }

  async forgetAsked(roundId: string, number: number): Promise<void> {
    this.write(() => this.db.prepare(`DELETE FROM asked WHERE round_id = ? AND number = ?`).run(roundId, number));
  }

  async askedQuestion(roundId: string, number: number): Promise<AskedRecord | undefined> {
    const row = this.db.prepare(`SELECT * FROM asked WHERE round_id = ? AND number = ?`).get(roundId, number) as AskedText | undefined;
    return row && askedOf(row);
  }

  async askedByRef(platform: Platform, ref: string): Promise<AskedRecord | undefined> {
    const row = this.db
      .prepare(`SELECT * FROM asked WHERE platform = ? AND ref = ? ORDER BY asked_at DESC LIMIT 1`)
      .get(platform, ref) as AskedText | undefined;
    return row && askedOf(row);
  }

  async askedQuestions(roundId: string): Promise<AskedRecord[]> {
    const rows = this.db.prepare(`SELECT * FROM asked WHERE round_id = ? ORDER BY number`).all(roundId) as AskedText[];
    return rows.map(askedOf);
  }

  async revealQuestion(roundId: string, number: number, at: number): Promise<void> {
    this.write(() => {
      const asked = this.db
        .prepare(`SELECT platform, chat_id, revealed_at FROM asked WHERE round_id = ? AND number = ?`)
        .get(roundId, number) as { platform: string; chat_id: string; revealed_at: number | null } | undefined;
      if (!asked || asked.revealed_at !== null) return;
      this.db.prepare(`UPDATE asked SET revealed_at = ? WHERE round_id = ? AND number = ?`).run(at, roundId, number);
      this.db
        .prepare(
          `UPDATE scores SET streak = 0
           WHERE platform = ? AND chat_id = ? AND streak > 0
             AND user_id NOT IN (SELECT user_id FROM answers WHERE round_id = ? AND number = ? AND correct = 1)`,
        )
        .run(asked.platform, asked.chat_id, roundId, number);
    });
  }

  async recordAnswer(a: NewAnswer, scoring: Scoring): Promise<RecordedAnswer> {
    return this.write((): RecordedAnswer => {
      const asked = this.db
        .prepare(`SELECT closes_at, revealed_at FROM asked WHERE round_id = ? AND number = ?`)
        .get(a.roundId, a.number) as { closes_at: number; revealed_at: number | null } | undefined;
      if (!asked || asked.revealed_at !== null || a.at >= asked.closes_at) return { status: 'closed' };
      const exists = this.db
        .prepare(`SELECT 1 FROM answers WHERE round_id = ? AND number = ? AND user_id = ?`)
        .get(a.roundId, a.number, a.userId);
      if (exists) return { status: 'repeat' };
      const score = this.db
        .prepare(`SELECT streak FROM scores WHERE platform = ? AND chat_id = ? AND user_id = ?`)
        .get(a.platform, a.chatId, a.userId) as { streak: number } | undefined;
      const streak = a.correct ? (score?.streak ?? 0) + 1 : 0;
      const points = a.correct ? scoring.points + (streak >= scoring.streakBonusFrom ? scoring.streakBonus : 0) : 0;
      this.db
        .prepare(
          `INSERT INTO answers (round_id, number, platform, chat_id, user_id, user_name, option, correct, points, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(a.roundId, a.number, a.platform, a.chatId, a.userId, a.userName, a.option, a.correct ? 1 : 0, points, a.at);
      this.db
        .prepare(
          `INSERT INTO scores (platform, chat_id, user_id, user_name, points, right_answers, answered, streak, best_streak, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
           ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET
             user_name = excluded.user_name,
             points = points + excluded.points,
             right_answers = right_answers + excluded.right_answers,
             answered = answered + 1,
             streak = excluded.streak,
             best_streak = max(best_streak, excluded.streak),
             updated_at = excluded.updated_at`,
        )
        .run(a.platform, a.chatId, a.userId, a.userName, points, a.correct ? 1 : 0, streak, streak, a.at);
      return { status: 'recorded', points, streak };
    });
  }

  async answers(roundId: string, number?: number): Promise<AnswerRecord[]> {
    const rows = (
      number === undefined
        ? this.db.prepare(`SELECT * FROM answers WHERE round_id = ? ORDER BY seq`).all(roundId)
        : this.db.prepare(`SELECT * FROM answers WHERE round_id = ? AND number = ? ORDER BY seq`).all(roundId, number)
    ) as {
      seq: number;
      round_id: string;
      number: number;
      platform: Platform;
      chat_id: string;
      user_id: string;
      user_name: string;
      option: number;
      correct: number;
      points: number;
      at: number;
    }[];
    return rows.map((r) => ({
      seq: r.seq,
      roundId: r.round_id,
      number: r.number,
      platform: r.platform,
      chatId: r.chat_id,
      userId: r.user_id,
      userName: r.user_name,
      option: r.option,
      correct: r.correct === 1,
      points: r.points,
      at: r.at,
    }));
  }

  async missedQuestions(platform: Platform, chatId: string, userId: string, limit = -1): Promise<string[]> {
    const rows = this.db
      .prepare(
        `WITH latest AS (
           SELECT question_id, round_id, number, asked_at, rowid AS seq,
             ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY asked_at DESC, rowid DESC) AS recency
           FROM asked WHERE platform = ? AND chat_id = ? AND revealed_at IS NOT NULL
         )
         SELECT latest.question_id FROM latest
         LEFT JOIN answers ON answers.round_id = latest.round_id AND answers.number = latest.number AND answers.user_id = ?
         WHERE latest.recency = 1 AND (answers.correct IS NULL OR answers.correct = 0)
         ORDER BY latest.asked_at DESC, latest.seq DESC
         LIMIT ?`,
      )
      .all(platform, chatId, userId, limit) as { question_id: string }[];
    return rows.map((r) => r.question_id);
  }

  async standings(platform: Platform, chatId: string, limit = 10): Promise<Standing[]> {
    const rows = this.db
      .prepare(
        `SELECT * FROM scores WHERE platform = ? AND chat_id = ?
         ORDER BY points DESC, right_answers DESC, best_streak DESC, updated_at ASC LIMIT ?`,
      )
      .all(platform, chatId, limit) as ScoreRow[];
    return rows.map(toStanding);
  }

  async standingsOf(platform: Platform, chatId: string, userIds: string[]): Promise<Standing[]> {
    if (userIds.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT * FROM scores WHERE platform = ? AND chat_id = ? AND user_id IN (SELECT value FROM json_each(?))`,
      )
      .all(platform, chatId, JSON.stringify(userIds)) as ScoreRow[];
    return rows.map(toStanding);
  }

  async resetStandings(platform: Platform, chatId: string): Promise<number> {
    return this.write(() => this.db.prepare(`DELETE FROM scores WHERE platform = ? AND chat_id = ?`).run(platform, chatId).changes);
  }

  async questionHistory(platform: Platform, chatId: string): Promise<Map<string, number>> {
    const rows = this.db
      .prepare(`SELECT question_id, MAX(asked_at) AS at FROM asked WHERE platform = ? AND chat_id = ? GROUP BY question_id`)
      .all(platform, chatId) as { question_id: string; at: number }[];
    return new Map(rows.map((r) => [r.question_id, r.at]));
  }

  async chatSettings(platform: Platform, chatId: string): Promise<ChatSettings> {
    const row = this.db.prepare(`SELECT * FROM chats WHERE platform = ? AND chat_id = ?`).get(platform, chatId) as ChatRow | undefined;
    return row ? toSettings(row) : {};
  }

  async updateChatSettings(chat: ChatRef, change: ChatSettingsChange): Promise<void> {
    this.write(() => {
      this.db
        .prepare(`INSERT INTO chats (platform, chat_id, chat) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET chat = excluded.chat`)
        .run(chat.platform, chat.id, JSON.stringify(chat));
      if (change.language !== undefined) {
        this.db.prepare(`UPDATE chats SET language = ? WHERE platform = ? AND chat_id = ?`).run(change.language, chat.platform, chat.id);
      }
      if (change.daily !== undefined) {
        this.db
          .prepare(`UPDATE chats SET daily_time = ?, daily_timezone = ? WHERE platform = ? AND chat_id = ?`)
          .run(change.daily?.time ?? null, change.daily?.timezone ?? null, chat.platform, chat.id);
      }
    });
  }

  async dailyChats(platform: Platform): Promise<DailyChat[]> {
    const rows = this.db
      .prepare(`SELECT * FROM chats WHERE platform = ? AND daily_time IS NOT NULL ORDER BY chat_id`)
      .all(platform) as ChatRow[];
    return rows.map((r) => ({
      chat: JSON.parse(r.chat) as ChatRef,
      daily: { time: r.daily_time!, timezone: r.daily_timezone! },
      dailyLastDay: r.daily_last_day ?? undefined,
    }));
  }

  async claimDailyPost(platform: Platform, chatId: string, day: string): Promise<boolean> {
    const result = this.write(() =>
      this.db
        .prepare(
          `UPDATE chats SET daily_last_day = ?
           WHERE platform = ? AND chat_id = ? AND daily_time IS NOT NULL AND (daily_last_day IS NULL OR daily_last_day < ?)`,
        )
        .run(day, platform, chatId, day),
    );
    return result.changes === 1;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}


/** A SQLite round row, its JSON columns decoded. */
function roundOf(row: RoundText): RoundRecord {
  return toRound({ ...row, chat: JSON.parse(row.chat) as ChatRef, question_ids: JSON.parse(row.question_ids) as string[] });
}

/** A SQLite asked-question row, `shown` decoded. */
function askedOf(row: AskedText): AskedRecord {
  return toAsked({ ...row, shown: JSON.parse(row.shown) as AskedRow['shown'] });
}
