import {
  isLanguage
} from "./chunk-FC4VOXLX.js";

// src/core/store/rows.ts
function toSettings(row) {
  const settings = {};
  if (row.language) settings.language = row.language;
  if (row.daily_time && row.daily_timezone) settings.daily = { time: row.daily_time, timezone: row.daily_timezone };
  if (row.daily_last_day) settings.dailyLastDay = row.daily_last_day;
  return settings;
}
function toRound(row) {
  return {
    id: row.id,
    chat: row.chat,
    starter: { id: row.starter_id, name: row.starter_name },
    questionIds: row.question_ids,
    seconds: row.seconds,
    topic: row.topic ?? void 0,
    difficulty: row.difficulty ?? void 0,
    status: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at ?? void 0,
    owner: row.owner ?? void 0,
    leaseUntil: row.lease_until ?? void 0,
    language: isLanguage(row.language) ? row.language : void 0
  };
}
function toAsked(row) {
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
    revealedAt: row.revealed_at ?? void 0
  };
}
function toStanding(row) {
  return {
    userId: row.user_id,
    userName: row.user_name,
    points: row.points,
    right: row.right_answers,
    answered: row.answered,
    streak: row.streak,
    bestStreak: row.best_streak
  };
}

export {
  toSettings,
  toRound,
  toAsked,
  toStanding
};
