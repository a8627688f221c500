import { describe, expect, it } from 'vitest';
import type { ChatRef, Context } from '../src/core/chat';
import { loadCommands } from '../src/core/commands';
import { Core } from '../src/core/core';
import { DailyPosts, clockTime, localTime, onThisDay, timeZoneName } from '../src/core/daily';
import { loadKnowledge } from '../src/core/knowledge/load';
import { Library } from '../src/core/library';
import { ChatClosedError, type ChatPoster } from '../src/core/posting';
import { SqliteQuizStore } from '../src/core/quiz/store';
import type { Reply } from '../src/core/reply';
import { FakeClock } from './fakes/clock';
import { fixtureKnowledge, recordingLogger } from './fakes/telegram-setup';

const fixture = new Library(fixtureKnowledge());
const group: ChatRef = { platform: 'telegram', id: '-100', kind: 'group' };

/** A poster that records what it was asked to post, and can be told a chat is closed. */
class RecordingPoster implements ChatPoster {
  readonly posts: { chat: ChatRef; reply: Reply }[] = [];
  readonly closed = new Set<string>();
  async post(chat: ChatRef, reply: Reply): Promise<void> {
    if (this.closed.has(chat.id)) throw new ChatClosedError(chat, 'Forbidden: bot was kicked from the supergroup chat');
    this.posts.push({ chat, reply });
  }
}

function context(chat: ChatRef, isAdmin?: boolean): Context {
  return { chat, user: { id: '1', name: 'Aigerim', ...(isAdmin === undefined ? {} : { isAdmin }) }, addressed: true };
}

describe('on this day in the timeline', () => {
  it('finds the moments of a day and month in any year, by their first or last day', () => {
    expect(fixture.timeline.onDay(9, 27).map((m) => m.text)).toEqual(['Alikhan Bukeikhanov died.']);
    // The Second All-Kazakh Congress ran 5-13 December 1917: its first and last days count.
    expect(fixture.timeline.onDay(12, 5).map((m) => m.entry.id)).toEqual(['second-all-kazakh-congress']);
    expect(fixture.timeline.onDay(12, 13).map((m) => m.entry.id)).toEqual(['second-all-kazakh-congress']);
    expect(fixture.timeline.onDay(12, 9)).toEqual([]);
  });

  it('finds the nearest days with something, around the turn of the year', () => {
    expect(fixture.timeline.nearestDays(1, 1)).toEqual({ before: { month: 12, day: 13 }, after: { month: 1, day: 28 } });
    // Half a year each way at most: 27 September is further than that after 6 March.
    expect(fixture.timeline.nearestDays(3, 6)).toEqual({ before: { month: 3, day: 5 }, after: undefined });
  });

  it("answers with the day's moments and their sources, or the nearest dates", () => {
    const day = onThisDay(fixture, 9, 27);
    expect(day.title).toBe('On this day: 27 September');
    expect(day.body).toContain('27 September 1937');
    expect(day.entries).toEqual(['bukeikhanov']);
    expect(day.sources?.map((s) => s.key)).toEqual(['ENC', 'BOOK']);

    const none = onThisDay(fixture, 1, 1);
    expect(none.title).toBe('On this day: 1 January');
    expect(none.body).toMatch(/^Nothing I know of happened on 1 January\. The nearest dates are 13 December and 28 January:/);
    expect(none.body).toContain('28 January 1872');
    expect(none.body).toContain('5–13 December 1917');
  });

  it('tells both dates of the end of Alash Orda on 26 August, from the real knowledge', () => {
    const library = new Library(loadKnowledge('knowledge'));
    const reply = onThisDay(library, 8, 26);
    expect(reply.entries).toEqual(expect.arrayContaining(['alash-orda-dissolution', 'kirghiz-assr-founded']));
    expect(reply.body).toMatch(/Sources disagree/);
  });
});

describe('local time and settings', () => {
  it('reads the wall clock in a zone, across the date line', () => {
    const t = Date.UTC(2026, 7, 25, 20, 30); // 25 August 20:30 UTC
    expect(localTime(t, 'UTC')).toEqual({ date: '2026-08-25', time: '20:30', month: 8, day: 25 });
    expect(localTime(t, 'Asia/Almaty')).toMatchObject({ date: '2026-08-26', month: 8, day: 26 });
    expect(localTime(t, 'America/New_York')).toMatchObject({ date: '2026-08-25', time: '16:30' });
  });

  it('accepts only real zones and 24-hour times', () => {
    expect(timeZoneName('asia/almaty')).toBe('Asia/Almaty');
    expect(timeZoneName('Mars/Olympus')).toBeUndefined();
    expect(timeZoneName('<b>')).toBeUndefined();
    expect(clockTime('9:05')).toBe('09:05');
    expect(clockTime('18.30')).toBe('18:30');
    expect(clockTime('24:00')).toBeUndefined();
    expect(clockTime('9')).toBeUndefined();
  });
});

describe('/today and /daily', () => {
  async function setup(start: number) {
    const clock = new FakeClock(start);
    const store = new SqliteQuizStore(':memory:');
    const { logger, lines } = recordingLogger();
    const core = await Core.create({
      knowledge: fixtureKnowledge(),
      commands: await loadCommands(),
      daily: (library) => new DailyPosts({ library, store, clock, logger }),
    });
    return { clock, store, core, lines };
  }

  it("answers /today for the chat's own day, in its zone once the daily post has one", async () => {
    // 26 September 20:30 UTC is already 27 September in Almaty.
    const { core } = await setup(Date.UTC(2026, 8, 26, 20, 30));
    expect((await core.handleText('/today', context(group)))?.title).toBe('On this day: 26 September');
    await core.handleText('/daily on 10:00 Asia/Almaty', context(group, true));
    const reply = await core.handleText('/today', context(group));
    expect(reply?.title).toBe('On this day: 27 September');
    expect(reply?.entries).toEqual(['bukeikhanov']);
  });

  it('lets only admins turn the daily post on or off, checks time and zone, and says the setting', async () => {
    const { core, store } = await setup(Date.UTC(2026, 8, 26, 6, 0));
    expect((await core.handleText('/daily on', context(group, false)))?.body).toMatch(/Only chat admins/);
    expect((await core.handleText('/daily on', context(group)))?.kind).toBe('error'); // not checked = not granted
    expect(await store.chatSettings('telegram', '-100')).toEqual({});

    const bad = await core.handleText('/daily on 25:00', context(group, true));
    expect(bad?.body).toMatch(/HH:MM/);
    const zone = await core.handleText('/daily on 09:00 <script>', context(group, true));
    expect(zone?.body).toMatch(/time zone/);
    expect(zone?.body).not.toContain('<script>');

    const on = await core.handleText('/daily on', context(group, true));
    expect(on?.body).toMatch(/every day at 09:00 \(UTC\).*26 September 2026/);
    expect((await store.chatSettings('telegram', '-100')).daily).toEqual({ time: '09:00', timezone: 'UTC' });
    // A new time keeps the zone; a new zone keeps the time.
    await core.handleText('/daily on Asia/Almaty', context(group, true));
    await core.handleText('/daily on 7:15', context(group, true));
    expect((await store.chatSettings('telegram', '-100')).daily).toEqual({ time: '07:15', timezone: 'Asia/Almaty' });
    expect((await core.handleText('/daily', context(group)))?.body).toMatch(/^On: every day at 07:15 \(Asia\/Almaty\)/);

    expect((await core.handleText('/daily off', context(group, false)))?.kind).toBe('error');
    expect((await core.handleText('/daily off', context(group, true)))?.body).toMatch(/^Off\./);
    expect((await core.handleText('/daily', context(group)))?.body).toMatch(/^Off\./);
    expect(await store.dailyChats('telegram')).toEqual([]);
  });

  it('without a store, /today still answers and /daily says it is unavailable', async () => {
    const core = await Core.create({ knowledge: fixtureKnowledge(), commands: await loadCommands() });
    expect((await core.handleText('/today', context(group)))?.title).toMatch(/^On this day: /);
    expect((await core.handleText('/daily on', context(group, true)))?.body).toMatch(/not available/);
  });
});

describe('the daily post', () => {
  const MINUTE = 60_000;

  it('posts once a day at the chat’s local time, on the minute', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 26, 3, 0, 30)); // 08:00:30 in Almaty (UTC+5)
    const store = new SqliteQuizStore(':memory:');
    const daily = new DailyPosts({ library: fixture, store, clock });
    await daily.turnOn(group, { time: '09:00', timezone: 'Asia/Almaty' });
    const poster = new RecordingPoster();
    clock.settle = () => daily.settled();
    daily.attach('telegram', poster);
    await clock.advance(59 * MINUTE + 29_000); // 08:59:59
    expect(poster.posts).toEqual([]);
    await clock.advance(1000); // 09:00:00
    expect(poster.posts).toHaveLength(1);
    expect(poster.posts[0]!.reply.title).toBe('On this day: 26 September');
    await clock.advance(24 * 60 * MINUTE - 1000); // 08:59:59 the next day
    expect(poster.posts).toHaveLength(1);
    await clock.advance(1000);
    expect(poster.posts).toHaveLength(2);
    // 27 September: Bukeikhanov's death.
    expect(poster.posts[1]!.reply.title).toBe('On this day: 27 September');
    expect(poster.posts[1]!.reply.entries).toEqual(['bukeikhanov']);
    await clock.advance(60 * MINUTE);
    expect(poster.posts).toHaveLength(2);
    await daily.close();
    expect(clock.pendingTimers).toBe(0);
  });

  it('posts in the chat’s fixed language, else its platform locale, else English', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 27, 8, 59, 30));
    const store = new SqliteQuizStore(':memory:');
    const daily = new DailyPosts({ library: fixture, store, clock });
    const kazakh = { ...group, id: '-2001' };
    const russian = { ...group, id: '-2002', locale: 'ru' };
    await daily.turnOn(group, { time: '09:00', timezone: 'UTC' });
    await daily.turnOn(kazakh, { time: '09:00', timezone: 'UTC' });
    await store.updateChatSettings(kazakh, { language: 'kk' });
    await daily.turnOn(russian, { time: '09:00', timezone: 'UTC' });
    const poster = new RecordingPoster();
    clock.settle = () => daily.settled();
    daily.attach('telegram', poster);
    await clock.advance(60_000);
    const titles = new Map(poster.posts.map((p) => [p.chat.id, [p.reply.title, p.reply.language ?? 'en']]));
    expect(titles.get(group.id)).toEqual(['On this day: 27 September', 'en']);
    expect(titles.get(kazakh.id)).toEqual(['Осы күні: 27 қыркүйек', 'kk']);
    // A Discord server's preferred locale, kept with the chat when the post was turned on.
    expect(titles.get(russian.id)).toEqual(['В этот день: 27 сентября', 'ru']);
    await daily.close();
  });

  it('turned on after the day’s time, the first post comes the next day', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 26, 12, 0));
    const store = new SqliteQuizStore(':memory:');
    const daily = new DailyPosts({ library: fixture, store, clock });
    expect(await daily.turnOn(group, { time: '09:00', timezone: 'UTC' })).toEqual({ firstDay: '2026-09-27' });
    const poster = new RecordingPoster();
    daily.attach('telegram', poster);
    await daily.check();
    expect(poster.posts).toEqual([]);
    await daily.close();
  });

  it('after a restart posts what fell due, and never twice for one day', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 27, 8, 0));
    const store = new SqliteQuizStore(':memory:');
    const first = new DailyPosts({ library: fixture, store, clock });
    await first.turnOn(group, { time: '09:00', timezone: 'UTC' });
    await first.close();

    // Down at 09:00; back at 11:00 the same day: the day's post goes out then.
    await clock.advance(3 * 60 * MINUTE);
    const second = new DailyPosts({ library: fixture, store, clock });
    const poster = new RecordingPoster();
    second.attach('telegram', poster);
    await second.check();
    expect(poster.posts.map((p) => p.reply.title)).toEqual(['On this day: 27 September']);
    await second.close();

    // Two processes (or a crash after claiming): the day is claimed once, so one post.
    const third = new DailyPosts({ library: fixture, store, clock });
    const fourth = new DailyPosts({ library: fixture, store, clock });
    third.attach('telegram', poster);
    fourth.attach('telegram', poster);
    await Promise.all([third.check(), fourth.check()]);
    expect(poster.posts).toHaveLength(1);
    await Promise.all([third.close(), fourth.close()]);
  });

  it('posts only to the chats the poster serves, of its own platform', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 27, 10, 0));
    const store = new SqliteQuizStore(':memory:');
    const daily = new DailyPosts({ library: fixture, store, clock });
    const other: ChatRef = { platform: 'telegram', id: '-200', kind: 'group' };
    const discord: ChatRef = { platform: 'discord', id: '300', kind: 'group', guildId: '1' };
    for (const chat of [group, other, discord]) await store.updateChatSettings(chat, { daily: { time: '09:00', timezone: 'UTC' } });
    const poster: RecordingPoster & { serves?(chat: ChatRef): boolean } = Object.assign(new RecordingPoster(), {
      serves: (chat: ChatRef) => chat.id !== '-200',
    });
    daily.attach('telegram', poster);
    await daily.check();
    expect(poster.posts.map((p) => p.chat.id)).toEqual(['-100']);
    await daily.close();
  });

  it('turns the subscription off and logs when the bot may no longer post', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 27, 10, 0));
    const store = new SqliteQuizStore(':memory:');
    const { logger, lines } = recordingLogger();
    const daily = new DailyPosts({ library: fixture, store, clock, logger });
    await store.updateChatSettings(group, { daily: { time: '09:00', timezone: 'UTC' } });
    const poster = new RecordingPoster();
    poster.closed.add('-100');
    daily.attach('telegram', poster);
    await daily.check();
    expect(poster.posts).toEqual([]);
    expect(await store.dailyChats('telegram')).toEqual([]);
    expect(lines.find((l) => l.msg === 'daily post turned off: the bot can no longer post in this chat')).toMatchObject({
      chat: '-100',
      reason: 'Forbidden: bot was kicked from the supergroup chat',
    });
    await daily.close();
  });

  it('keeps the subscription after a passing failure, and loses only that day', async () => {
    const clock = new FakeClock(Date.UTC(2026, 8, 27, 10, 0));
    const store = new SqliteQuizStore(':memory:');
    const { logger, lines } = recordingLogger();
    const daily = new DailyPosts({ library: fixture, store, clock, logger });
    await store.updateChatSettings(group, { daily: { time: '09:00', timezone: 'UTC' } });
    let fail = true;
    const poster: ChatPoster & { posts: number } = {
      posts: 0,
      async post() {
        if (fail) throw new Error('500 Internal Server Error');
        this.posts++;
      },
    };
    clock.settle = () => daily.settled();
    daily.attach('telegram', poster);
    await daily.check();
    expect(lines.some((l) => l.msg === 'daily post failed')).toBe(true);
    fail = false;
    await daily.check();
    expect(poster.posts).toBe(0); // claimed before posting: never twice, so this day is lost
    expect(await store.dailyChats('telegram')).toHaveLength(1);
    await clock.advance(24 * 60 * MINUTE);
    await daily.check();
    expect(poster.posts).toBe(1);
    await daily.close();
  });
});
