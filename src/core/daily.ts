import type { ChatRef, Platform } from './chat';
import { formatDayMonth } from './dates';
import { replyLanguage, type Language } from './language';
import { say } from './phrases';
import type { Library } from './library';
import { silentLogger, type Logger } from './log';
import { ChatClosedError, type ChatPoster } from './posting';
import { systemClock, type Clock } from './quiz/clock';
import type { DailyPost, QuizStore } from './quiz/store';
import type { Reply } from './reply';

/** The store calls the daily post needs (every `QuizStore` has them). */
export type DailyStore = Pick<QuizStore, 'chatSettings' | 'updateChatSettings' | 'dailyChats' | 'claimDailyPost'>;

export interface DailyPostsOptions {
  library: Library;
  /** Where subscriptions and the last posted day live. Without one, `/today` works (in UTC) and `/daily` says it is unavailable. */
  store?: DailyStore;
  /** Default: the system clock. Tests pass a fake one. */
  clock?: Clock;
  /** How often due chats are checked, in milliseconds (default 60 000: once a minute, on the minute). */
  checkEveryMs?: number;
  logger?: Logger;
}

/** The daily post's time when a chat admin gives none (`/daily on`). */
export const DEFAULT_DAILY: DailyPost = { time: '09:00', timezone: 'UTC' };


/**
 * "On this day": `/today` and the daily post that chat admins turn on with `/daily on`.
 *
 * Each attached platform's chats are checked once a minute. A chat is due once its local time
 * (in its own time zone) reaches the post's time on a day it has not yet been posted on; it is
 * then claimed in the store first (`claimDailyPost`, true once per chat and day across restarts
 * and processes) and posted after. So a restart posts what fell due while the bot was down (the
 * same day, late), and a crash between claiming and posting loses that day's post rather than
 * sending it twice. When the platform says the bot can no longer post in a chat
 * (`ChatClosedError`), the subscription is turned off and logged.
 */
export class DailyPosts {
  private readonly library: Library;
  private readonly store?: DailyStore;
  private readonly clock: Clock;
  private readonly everyMs: number;
  private readonly log: Logger;
  private readonly posters = new Map<Platform, ChatPoster>();
  private timer?: unknown;
  private checking?: Promise<void>;

  constructor(options: DailyPostsOptions) {
    this.library = options.library;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.everyMs = options.checkEveryMs ?? 60_000;
    this.log = options.logger ?? silentLogger();
  }

  /** Whether subscriptions can be kept (a store was given). */
  get available(): boolean {
    return this.store !== undefined;
  }

  /** An adapter attaches its poster when it starts; its platform's due chats are checked from then on. */
  attach(platform: Platform, poster: ChatPoster): void {
    this.posters.set(platform, poster);
    if (this.store && this.timer === undefined) this.schedule(0);
  }

  detach(platform: Platform): void {
    this.posters.delete(platform);
    if (this.posters.size === 0 && this.timer !== undefined) {
      this.clock.clearTimer(this.timer);
      this.timer = undefined;
    }
  }

  /** Stops the timer and waits for a check in progress. The store is closed by its owner. */
  async close(): Promise<void> {
    for (const platform of [...this.posters.keys()]) this.detach(platform);
    await this.checking;
  }

  /** What happened on today's day and month in the chat's time zone (the daily post's, or UTC), in `lang` (default English). */
  async today(chat: ChatRef, lang: Language = 'en'): Promise<Reply> {
    const daily = await this.setting(chat).catch(() => undefined);
    const local = localTime(this.clock.now(), daily?.timezone ?? 'UTC');
    return onThisDay(this.library, local.month, local.day, lang);
  }

  /** The chat's daily post, if it is on. */
  async setting(chat: ChatRef): Promise<DailyPost | undefined> {
    return this.store ? (await this.store.chatSettings(chat.platform, chat.id)).daily : undefined;
  }

  /**
   * Turns the chat's daily post on (or changes its time). When today's time has already passed
   * in that zone, the first post comes tomorrow. Returns the local day of the first post.
   */
  async turnOn(chat: ChatRef, daily: DailyPost): Promise<{ firstDay: string }> {
    if (!this.store) throw new Error('no store for daily posts');
    await this.store.updateChatSettings(chat, { daily });
    const local = localTime(this.clock.now(), daily.timezone);
    if (local.time < daily.time) return { firstDay: local.date };
    // Claiming today (a no-op if today's post went out already) keeps it for tomorrow.
    await this.store.claimDailyPost(chat.platform, chat.id, local.date);
    return { firstDay: nextDay(local.date) };
  }

  async turnOff(chat: ChatRef): Promise<boolean> {
    if (!this.store) throw new Error('no store for daily posts');
    const was = await this.setting(chat);
    await this.store.updateChatSettings(chat, { daily: null });
    return was !== undefined;
  }

  /** Posts every due chat of the attached platforms now (the timer calls it; so can tests). */
  check(): Promise<void> {
    this.checking ??= this.postDue().finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** Resolves once the check the timer started, if any, is done and the next one scheduled (tests). */
  async settled(): Promise<void> {
    await this.tick;
  }

  private tick?: Promise<void>;

  private schedule(delayMs: number): void {
    this.timer = this.clock.setTimer(delayMs, () => {
      this.timer = undefined;
      this.tick = this.check().finally(() => {
        if (this.posters.size && this.timer === undefined) {
          // On the minute, so a post set for 09:00 goes out at 09:00, not up to a minute later.
          const now = this.clock.now();
          this.schedule(this.everyMs - (now % this.everyMs));
        }
      });
    });
  }

  private async postDue(): Promise<void> {
    const store = this.store;
    if (!store) return;
    for (const [platform, poster] of [...this.posters]) {
      let chats;
      try {
        chats = await store.dailyChats(platform);
      } catch (error) {
        this.log.error({ err: error, platform }, 'daily post: could not read subscriptions');
        continue;
      }
      for (const sub of chats) {
        if (poster.serves?.(sub.chat) === false) continue;
        try {
          const local = localTime(this.clock.now(), sub.daily.timezone);
          if (local.time < sub.daily.time || (sub.dailyLastDay !== undefined && sub.dailyLastDay >= local.date)) continue;
          if (!(await store.claimDailyPost(platform, sub.chat.id, local.date))) continue;
          // A post nobody asked for is in the chat's fixed language, else its platform locale.
          const fixed = (await store.chatSettings(platform, sub.chat.id).catch(() => undefined))?.language;
          await poster.post(sub.chat, onThisDay(this.library, local.month, local.day, replyLanguage({ fixed, chatLocale: sub.chat.locale })));
          this.log.info({ platform, chat: sub.chat.id, day: local.date }, 'daily post sent');
        } catch (error) {
          if (error instanceof ChatClosedError) {
            await store.updateChatSettings(sub.chat, { daily: null }).catch(() => {});
            this.log.warn({ platform, chat: sub.chat.id, reason: error.reason }, 'daily post turned off: the bot can no longer post in this chat');
          } else {
            this.log.error({ err: error, platform, chat: sub.chat.id }, 'daily post failed');
          }
        }
      }
    }
  }
}

/**
 * What happened on a day and month across the years, or, when nothing did, on the nearest days
 * before and after that have something.
 */
export function onThisDay(library: Library, month: number, day: number, lang: Language = 'en'): Reply {
  const label = say('card.onThisDay', { date: formatDayMonth(month, day, lang) }, lang);
  const found = library.timeline.onDay(month, day);
  if (found.length) return library.moments(label, found, lang);
  const { before, after } = library.timeline.nearestDays(month, day);
  const near = [before, after].filter((d) => d !== undefined);
  if (!near.length) return { kind: 'not-found', title: label, body: say('card.nothingDated', {}, lang), entries: [], language: lang };
  const nearest = library.moments(label, near.flatMap((d) => library.timeline.onDay(d.month, d.day)), lang);
  const names = near.map((d) => formatDayMonth(d.month, d.day, lang)).join(say('card.and', {}, lang));
  return { ...nearest, body: `${say('card.nothingOnDay', { date: formatDayMonth(month, day, lang), dates: names }, lang)}\n\n${nearest.body}` };
}

/** A moment as seen on a wall clock in a time zone. */
export interface LocalTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
  month: number;
  day: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The local date and time at `ms` in an IANA time zone. Throws a RangeError for an unknown zone. */
export function localTime(ms: number, timeZone: string): LocalTime {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  const year = String(part.year).padStart(4, '0');
  return { date: `${year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}`, month: Number(part.month), day: Number(part.day) };
}

/** The IANA zone's canonical name (`asia/almaty` -> `Asia/Almaty`), or undefined when Intl does not know it. */
export function timeZoneName(text: string): string | undefined {
  const name = text.trim();
  if (!name || name.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** `9:30`, `09:30` or `09.30` as `09:30`; undefined for anything else. */
export function clockTime(text: string): string | undefined {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
