import {
  ChatClosedError
} from "./chunk-7RZGCEQV.js";
import {
  silentLogger
} from "./chunk-TS3UQGQ5.js";
import {
  formatDayMonth
} from "./chunk-324J56RK.js";
import {
  replyLanguage
} from "./chunk-FC4VOXLX.js";
import {
  say
} from "./chunk-22437TY6.js";

// src/core/quiz/clock.ts
var systemClock = {
  now: () => Date.now(),
  setTimer: (ms, run) => setTimeout(run, Math.max(0, ms)),
  clearTimer: (timer) => clearTimeout(timer)
};

// src/core/daily.ts
var DEFAULT_DAILY = { time: "09:00", timezone: "UTC" };
var DailyPosts = class {
  library;
  store;
  clock;
  everyMs;
  log;
  posters = /* @__PURE__ */ new Map();
  timer;
  checking;
  constructor(options) {
    this.library = options.library;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.everyMs = options.checkEveryMs ?? 6e4;
    this.log = options.logger ?? silentLogger();
  }
  /** Whether subscriptions can be kept (a store was given). */
  get available() {
    return this.store !== void 0;
  }
  /** An adapter attaches its poster when it starts; its platform's due chats are checked from then on. */
  attach(platform, poster) {
    this.posters.set(platform, poster);
    if (this.store && this.timer === void 0) this.schedule(0);
  }
  detach(platform) {
    this.posters.delete(platform);
    if (this.posters.size === 0 && this.timer !== void 0) {
      this.clock.clearTimer(this.timer);
      this.timer = void 0;
    }
  }
  /** Stops the timer and waits for a check in progress. The store is closed by its owner. */
  async close() {
    for (const platform of [...this.posters.keys()]) this.detach(platform);
    await this.checking;
  }
  /** What happened on today's day and month in the chat's time zone (the daily post's, or UTC), in `lang` (default English). */
  async today(chat, lang = "en") {
    const daily = await this.setting(chat).catch(() => void 0);
    const local = localTime(this.clock.now(), daily?.timezone ?? "UTC");
    return onThisDay(this.library, local.month, local.day, lang);
  }
  /** The chat's daily post, if it is on. */
  async setting(chat) {
    return this.store ? (await this.store.chatSettings(chat.platform, chat.id)).daily : void 0;
  }
  /**
   * Turns the chat's daily post on (or changes its time). When today's time has already passed
   * in that zone, the first post comes tomorrow. Returns the local day of the first post.
   */
  async turnOn(chat, daily) {
    if (!this.store) throw new Error("no store for daily posts");
    await this.store.updateChatSettings(chat, { daily });
    const local = localTime(this.clock.now(), daily.timezone);
    if (local.time < daily.time) return { firstDay: local.date };
    await this.store.claimDailyPost(chat.platform, chat.id, local.date);
    return { firstDay: nextDay(local.date) };
  }
  async turnOff(chat) {
    if (!this.store) throw new Error("no store for daily posts");
    const was = await this.setting(chat);
    await this.store.updateChatSettings(chat, { daily: null });
    return was !== void 0;
  }
  /** Posts every due chat of the attached platforms now (the timer calls it; so can tests). */
  check() {
    this.checking ??= this.postDue().finally(() => this.checking = void 0);
    return this.checking;
  }
  /** Resolves once the check the timer started, if any, is done and the next one scheduled (tests). */
  async settled() {
    await this.tick;
  }
  tick;
  schedule(delayMs) {
    this.timer = this.clock.setTimer(delayMs, () => {
      this.timer = void 0;
      this.tick = this.check().finally(() => {
        if (this.posters.size && this.timer === void 0) {
          const now = this.clock.now();
          this.schedule(this.everyMs - now % this.everyMs);
        }
      });
    });
  }
  async postDue() {
    const store = this.store;
    if (!store) return;
    for (const [platform, poster] of [...this.posters]) {
      let chats;
      try {
        chats = await store.dailyChats(platform);
      } catch (error) {
        this.log.error({ err: error, platform }, "daily post: could not read subscriptions");
        continue;
      }
      for (const sub of chats) {
        if (poster.serves?.(sub.chat) === false) continue;
        try {
          const local = localTime(this.clock.now(), sub.daily.timezone);
          if (local.time < sub.daily.time || sub.dailyLastDay !== void 0 && sub.dailyLastDay >= local.date) continue;
          if (!await store.claimDailyPost(platform, sub.chat.id, local.date)) continue;
          const fixed = (await store.chatSettings(platform, sub.chat.id).catch(() => void 0))?.language;
          await poster.post(sub.chat, onThisDay(this.library, local.month, local.day, replyLanguage({ fixed, chatLocale: sub.chat.locale })));
          this.log.info({ platform, chat: sub.chat.id, day: local.date }, "daily post sent");
        } catch (error) {
          if (error instanceof ChatClosedError) {
            await store.updateChatSettings(sub.chat, { daily: null }).catch(() => {
            });
            this.log.warn({ platform, chat: sub.chat.id, reason: error.reason }, "daily post turned off: the bot can no longer post in this chat");
          } else {
            this.log.error({ err: error, platform, chat: sub.chat.id }, "daily post failed");
          }
        }
      }
    }
  }
};
function onThisDay(library, month, day, lang = "en") {
  const label = say("card.onThisDay", { date: formatDayMonth(month, day, lang) }, lang);
  const found = library.timeline.onDay(month, day);
  if (found.length) return library.moments(label, found, lang);
  const { before, after } = library.timeline.nearestDays(month, day);
  const near = [before, after].filter((d) => d !== void 0);
  if (!near.length) return { kind: "not-found", title: label, body: say("card.nothingDated", {}, lang), entries: [], language: lang };
  const nearest = library.moments(label, near.flatMap((d) => library.timeline.onDay(d.month, d.day)), lang);
  const names = near.map((d) => formatDayMonth(d.month, d.day, lang)).join(say("card.and", {}, lang));
  return { ...nearest, body: `${say("card.nothingOnDay", { date: formatDayMonth(month, day, lang), dates: names }, lang)}

${nearest.body}` };
}
var formats = /* @__PURE__ */ new Map();
function localTime(ms, timeZone) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit"
    });
    formats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  const year = String(part.year).padStart(4, "0");
  return { date: `${year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}`, month: Number(part.month), day: Number(part.day) };
}
function timeZoneName(text) {
  const name = text.trim();
  if (!name || name.length > 64) return void 0;
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return void 0;
  }
}
function clockTime(text) {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return m ? `${m[1].padStart(2, "0")}:${m[2]}` : void 0;
}
function nextDay(date) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
}

export {
  systemClock,
  DEFAULT_DAILY,
  DailyPosts,
  timeZoneName,
  clockTime
};
