import type { ChatRef, Platform } from '../chat';

/**
 * Where the bot keeps its state: quiz rounds, the questions asked in them, the answers, the
 * standings and each chat's settings. Two implementations keep one contract: SQLite in
 * `DATA_DIR` (the default, one machine) and PostgreSQL (`DATABASE_URL`, shared by several bot
 * processes); see src/core/store/. A store must make each call durable before its promise
 * resolves: the engine acknowledges an answer to the player only after `recordAnswer` resolved.
 *
 * Several processes may share one store. Each running round is driven (timed, revealed,
 * summarised) by one process at a time, the holder of its lease (`claimRound`); any process may
 * record answers to it.
 */
export interface QuizStore {
  /**
   * Records a new round; false (and nothing stored) when the chat already has a running round.
   * The round's `owner` and `leaseUntil`, when given, are its first lease.
   */
  beginRound(round: RoundRecord): Promise<boolean>;
  /**
   * Takes or renews the lease on a running round until `until` (epoch ms): true when `owner`
   * holds it now, that is when the round is running and its lease was `owner`'s, was never
   * taken, or ran out at or before `now`. Two processes never both get true for one lease.
   */
  claimRound(roundId: string, owner: string, now: number, until: number): Promise<boolean>;
  /** Gives a lease up at once (a clean shutdown), so another process may take the round over. */
  releaseRound(roundId: string, owner: string): Promise<void>;
  /** The chat's running round, if any. */
  runningRound(platform: Platform, chatId: string): Promise<RoundRecord | undefined>;
  /** Every running round of a platform, oldest first (what resumes after a restart). */
  runningRounds(platform: Platform): Promise<RoundRecord[]>;
  endRound(roundId: string, status: 'finished' | 'stopped', at: number): Promise<void>;

  /**
   * Records a question: first just before it is shown (its `ref` empty), so a restart resumes
   * it rather than asking it again; then, with the same round and number, once the platform
   * showed it (its `ref`, `askedAt` and `closesAt` updated).
   */
  recordAsked(asked: AskedRecord): Promise<void>;
  /** Removes a question recorded to be shown that the platform refused to show. */
  forgetAsked(roundId: string, number: number): Promise<void>;
  /** A question asked in a round, by its position. */
  askedQuestion(roundId: string, number: number): Promise<AskedRecord | undefined>;
  /** A question asked on a platform, by the platform's reference (a Telegram poll id). */
  askedByRef(platform: Platform, ref: string): Promise<AskedRecord | undefined>;
  /** Every question asked in a round, in order. */
  askedQuestions(roundId: string): Promise<AskedRecord[]>;
  /**
   * Marks a question revealed and ends the streak of every player in the chat who did not
   * answer it right (a streak counts consecutive questions asked in the chat).
   */
  revealQuestion(roundId: string, number: number, at: number): Promise<void>;

  /**
   * Records an answer and its points in one transaction. `repeat` (nothing stored) when the
   * user already answered this question: each user scores at most once per question. `closed`
   * (nothing stored) when the question was revealed or `answer.at` is past its closing time:
   * an answer recorded by any process is in the reveal and the scores, or refused.
   */
  recordAnswer(answer: NewAnswer, scoring: Scoring): Promise<RecordedAnswer>;
  /** A round's answers (or one question's), in arrival order. */
  answers(roundId: string, number?: number): Promise<AnswerRecord[]>;
  /**
   * The bank question ids a user missed in a chat, most recently asked first, each once. A
   * question counts as missed when, the last time it was asked and revealed in the chat, the user
   * answered it wrong or did not answer it; one answered right since is no longer missed.
   */
  missedQuestions(platform: Platform, chatId: string, userId: string, limit?: number): Promise<string[]>;

  /** A chat's standings, best first. */
  standings(platform: Platform, chatId: string, limit?: number): Promise<Standing[]>;
  /** Players' standings in a chat, by user id (for round summaries). */
  standingsOf(platform: Platform, chatId: string, userIds: string[]): Promise<Standing[]>;
  /** Deletes a chat's standings; returns how many players were removed. */
  resetStandings(platform: Platform, chatId: string): Promise<number>;

  /**
   * When each bank question was last asked in a chat (question id -> epoch ms), so a chat sees
   * every question of its pool before any repeats.
   */
  questionHistory(platform: Platform, chatId: string): Promise<Map<string, number>>;

  /** A chat's settings; an empty object for a chat that never changed any. */
  chatSettings(platform: Platform, chatId: string): Promise<ChatSettings>;
  /**
   * Changes some of a chat's settings. A key given as `null` is cleared (`daily: null` turns the
   * daily post off); a key left out keeps its value.
   */
  updateChatSettings(chat: ChatRef, change: ChatSettingsChange): Promise<void>;
  /** Every chat of a platform with the daily post on. */
  dailyChats(platform: Platform): Promise<DailyChat[]>;
  /**
   * Claims a chat's daily post for one local day (`YYYY-MM-DD`). True exactly once per chat and
   * day, across restarts and instances: the caller posts only after a true, so a crash between
   * claiming and posting loses that day's post rather than sending it twice.
   */
  claimDailyPost(platform: Platform, chatId: string, day: string): Promise<boolean>;

  close(): Promise<void>;
}

export interface RoundRecord {
  /** Short random id; question views are `<id>:<number>`. */
  id: string;
  chat: ChatRef;
  starter: { id: string; name: string };
  /** Bank question ids, in the order they are asked. */
  questionIds: string[];
  seconds: number;
  topic?: string;
  difficulty?: string;
  status: 'running' | 'finished' | 'stopped';
  startedAt: number;
  endedAt?: number;
  /** The process driving the round (its lease holder). */
  owner?: string;
  /** When the owner's lease runs out (epoch ms); 0 once released. */
  leaseUntil?: number;
  /** The language every message of the round is in, chosen when it starts (default `en`). */
  language?: Language;
}

/** A question as it was shown: the text and option order are kept, so a restart grades the same way. */
export interface AskedRecord {
  roundId: string;
  /** 1-based position in the round. */
  number: number;
  questionId: string;
  platform: Platform;
  chatId: string;
  question: string;
  options: string[];
  correct: number;
  explanation: string;
  sources: string[];
  entries: string[];
  /** The platform's reference (Telegram poll id, Discord message id). */
  ref: string;
  askedAt: number;
  /** When answers stop counting. */
  closesAt: number;
  revealedAt?: number;
}

export interface NewAnswer {
  roundId: string;
  number: number;
  platform: Platform;
  chatId: string;
  userId: string;
  userName: string;
  option: number;
  correct: boolean;
  at: number;
}

export interface AnswerRecord extends NewAnswer {
  points: number;
  /** Arrival order across the store. */
  seq: number;
}

/** How a right answer scores: `points`, plus `streakBonus` once the streak reaches `streakBonusFrom`. */
export interface Scoring {
  points: number;
  streakBonusFrom: number;
  streakBonus: number;
}

export type RecordedAnswer =
  | { status: 'recorded'; points: number; streak: number }
  | { status: 'repeat' }
  | { status: 'closed' };

export interface Standing {
  userId: string;
  userName: string;
  points: number;
  /** Right answers. */
  right: number;
  answered: number;
  /** Current run of consecutive right answers in the chat. */
  streak: number;
  bestStreak: number;
}

import type { Language } from '../language';
export type { Language };

/** A chat's daily "on this day" post: local time `HH:MM` in an IANA time zone. */
export interface DailyPost {
  time: string;
  timezone: string;
}

export interface ChatSettings {
  /** Fixed by a chat admin; absent means "answer in the asker's language". */
  language?: Language;
  daily?: DailyPost;
  /** The last local day (`YYYY-MM-DD`) whose daily post was claimed. */
  dailyLastDay?: string;
}

export type ChatSettingsChange = { language?: Language | null; daily?: DailyPost | null };

export interface DailyChat {
  chat: ChatRef;
  daily: DailyPost;
  dailyLastDay?: string;
}


export { SqliteQuizStore } from '../store/sqlite';
