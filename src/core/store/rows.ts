import type { ChatRef, Platform } from '../chat';
import { isLanguage } from '../language';
import type { AskedRecord, ChatSettings, Language, RoundRecord, Standing } from '../quiz/store';

/**
 * The stores' rows, as both databases give them once JSON columns are decoded (PostgreSQL does
 * it itself; SQLite keeps JSON as text and decodes it first), and what they stand for in the
 * store contract. One mapping for both stores, so they cannot drift apart.
 */

export interface RoundRow {
  id: string;
  chat: ChatRef;
  starter_id: string;
  starter_name: string;
  question_ids: string[];
  seconds: number;
  topic: string | null;
  difficulty: string | null;
  status: RoundRecord['status'];
  started_at: number;
  ended_at: number | null;
  owner: string | null;
  lease_until: number | null;
  /** Null in rounds stored before rounds had a language: English. */
  language: string | null;
}

export interface AskedRow {
  round_id: string;
  number: number;
  question_id: string;
  platform: Platform;
  chat_id: string;
  shown: Pick<AskedRecord, 'question' | 'options' | 'correct' | 'explanation' | 'sources' | 'entries'>;
  ref: string;
  asked_at: number;
  closes_at: number;
  revealed_at: number | null;
}

export interface ScoreRow {
  user_id: string;
  user_name: string;
  points: number;
  right_answers: number;
  answered: number;
  streak: number;
  best_streak: number;
}

/** The settings columns of a chat's row. */
export interface SettingsRow {
  language: Language | null;
  daily_time: string | null;
  daily_timezone: string | null;
  daily_last_day: string | null;
}

export function toSettings(row: SettingsRow): ChatSettings {
  const settings: ChatSettings = {};
  if (row.language) settings.language = row.language;
  if (row.daily_time && row.daily_timezone) settings.daily = { time: row.daily_time, timezone: row.daily_timezone };
  if (row.daily_last_day) settings.dailyLastDay = row.daily_last_day;
  return settings;
}

export function toRound(row: RoundRow): RoundRecord {
  return {
    id: row.id,
    chat: row.chat,
    starter: { id: row.starter_id, name: row.starter_name },
    questionIds: row.question_ids,
    seconds: row.seconds,
    topic: row.topic ?? undefined,
    difficulty: row.difficulty ?? undefined,
    status: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at ?? undefined,
    owner: row.owner ?? undefined,
    leaseUntil: row.lease_until ?? undefined,
    language: isLanguage(row.language) ? row.language : undefined,
  };
}

export function toAsked(row: AskedRow): AskedRecord {
  return {
    roundId: row.round_id,
    number: row.number,
    questionId: row.question_id,
    platform: row.platform,
    chatId: row.chat_id,
    ...row.shown,
    ref: row.ref,
    askedAt: row.asked_at,
    closesAt: row.closes_at,
    revealedAt: row.revealed_at ?? undefined,
  };
}

export function toStanding(row: ScoreRow): Standing {
  return {
    userId: row.user_id,
    userName: row.user_name,
    points: row.points,
    right: row.right_answers,
    answered: row.answered,
    streak: row.streak,
    bestStreak: row.best_streak,
  };
}
