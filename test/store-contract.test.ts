import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../src/core/chat';
import type { AskedRecord, NewAnswer, QuizStore, RoundRecord } from '../src/core/quiz/store';
import { DEFAULT_SCORING } from '../src/core/quiz/engine';
import { storeKinds } from './fakes/stores';

/** The store contract (src/core/quiz/store.ts), checked on both implementations. */

const chat: ChatRef = { platform: 'telegram', id: '-42', kind: 'group' };
const T = Date.UTC(2026, 0, 1);

function round(id: string, extra: Partial<RoundRecord> = {}): RoundRecord {
  return { id, chat, starter: { id: 'u1', name: 'Alice' }, questionIds: ['q1', 'q2'], seconds: 30, status: 'running', startedAt: T, ...extra };
}

function asked(roundId: string, number: number, at = T): AskedRecord {
  return {
    roundId,
    number,
    questionId: `q${number}`,
    platform: 'telegram',
    chatId: chat.id,
    question: 'When?',
    options: ['1917', '1918', '1919', '1920'],
    correct: 1,
    explanation: 'Because.',
    sources: ['s'],
    entries: ['e'],
    ref: `poll-${roundId}-${number}`,
    askedAt: at,
    closesAt: at + 30_000,
  };
}

function answer(roundId: string, number: number, userId: string, option: number, at = T + 1000): NewAnswer {
  return { roundId, number, platform: 'telegram', chatId: chat.id, userId, userName: userId.toUpperCase(), option, correct: option === 1, at };
}

async function pair(kind: (typeof storeKinds)[number]): Promise<[QuizStore, QuizStore]> {
  const place = await kind.place();
  // Both open at once: the schema is migrated once, whoever comes first.
  const [a, b] = await Promise.all([kind.open(place), kind.open(place)]);
  return [a, b];
}

describe.each(storeKinds)('the $name store', (kind) => {
  it('migrates on open, again harmlessly on every later open', async () => {
    const place = await kind.place();
    for (let i = 0; i < 3; i++) {
      const store = await kind.open(place);
      if (i === 0) expect(await store.beginRound(round('r1'))).toBe(true);
      expect((await store.runningRound('telegram', chat.id))?.id).toBe('r1');
      await store.close();
    }
  });

  it('keeps one running round per chat across two stores on one place', async () => {
    const [a, b] = await pair(kind);
    const begun = await Promise.all([a.beginRound(round('ra')), b.beginRound(round('rb')), a.beginRound(round('rc'))]);
    expect(begun.filter(Boolean)).toHaveLength(1);
    expect(await b.runningRounds('telegram')).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('gives a lease to one process at a time, and to another once it ran out or was released', async () => {
    const [a, b] = await pair(kind);
    await a.beginRound(round('r1', { owner: 'A', leaseUntil: T + 5000 }));
    expect(await b.claimRound('r1', 'B', T + 1000, T + 6000)).toBe(false);
    expect(await a.claimRound('r1', 'A', T + 1000, T + 6000)).toBe(true); // renewed
    expect(await b.claimRound('r1', 'B', T + 5999, T + 11_000)).toBe(false);
    // Run out: exactly one of several claimants wins.
    const claims = await Promise.all(['B', 'C', 'D', 'E'].map((o) => (o === 'C' || o === 'E' ? a : b).claimRound('r1', o, T + 6000, T + 11_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = ['B', 'C', 'D', 'E'][claims.indexOf(true)]!;
    expect(await a.runningRound('telegram', chat.id)).toMatchObject({ owner: winner, leaseUntil: T + 11_000 });
    expect(await a.claimRound('r1', 'A', T + 7000, T + 12_000)).toBe(false); // A lost it
    await b.releaseRound('r1', 'A'); // not A's any more: nothing happens
    expect(await a.claimRound('r1', 'A', T + 7000, T + 12_000)).toBe(false);
    await b.releaseRound('r1', winner);
    expect(await a.claimRound('r1', 'A', T + 7000, T + 12_000)).toBe(true);
    await a.endRound('r1', 'finished', T + 8000);
    expect(await a.claimRound('r1', 'A', T + 8000, T + 13_000)).toBe(false); // an ended round has no lease
    await a.close();
    await b.close();
  });

  it('counts each answer once when two processes record it at once, and refuses answers after the reveal', async () => {
    const [a, b] = await pair(kind);
    await a.beginRound(round('r1'));
    await a.recordAsked(asked('r1', 1));
    const users = Array.from({ length: 20 }, (_, i) => `u${i}`);
    // Every user answers twice, once through each store, at the same time.
    const results = await Promise.all(users.flatMap((u, i) => [a, b].map((s) => s.recordAnswer(answer('r1', 1, u, i % 2), DEFAULT_SCORING))));
    expect(results.filter((r) => r.status === 'recorded')).toHaveLength(20);
    expect(results.filter((r) => r.status === 'repeat')).toHaveLength(20);
    expect(await b.answers('r1', 1)).toHaveLength(20);
    const standings = await a.standings('telegram', chat.id, 100);
    expect(standings.reduce((sum, s) => sum + s.answered, 0)).toBe(20);
    expect(standings.reduce((sum, s) => sum + s.points, 0)).toBe(10);

    await b.revealQuestion('r1', 1, T + 2000);
    expect(await a.recordAnswer(answer('r1', 1, 'late', 1, T + 2500), DEFAULT_SCORING)).toEqual({ status: 'closed' });
    await a.recordAsked(asked('r1', 2, T + 3000));
    expect(await a.recordAnswer(answer('r1', 2, 'slow', 1, T + 33_000), DEFAULT_SCORING)).toEqual({ status: 'closed' });
    expect(await a.recordAnswer(answer('r1', 9, 'nowhere', 1), DEFAULT_SCORING)).toEqual({ status: 'closed' });
    expect(await a.answers('r1')).toHaveLength(20);
    await a.close();
    await b.close();
  });

  it('records a question before it is shown, then its reference once shown; forgets one never shown', async () => {
    const store = await kind.open(await kind.place());
    await store.beginRound(round('r1'));
    await store.recordAsked({ ...asked('r1', 1), ref: '' });
    expect((await store.askedQuestion('r1', 1))?.ref).toBe('');
    await store.recordAsked(asked('r1', 1, T + 500));
    expect(await store.askedQuestion('r1', 1)).toEqual(asked('r1', 1, T + 500));
    expect((await store.askedByRef('telegram', 'poll-r1-1'))?.number).toBe(1);
    await store.recordAsked({ ...asked('r1', 2), ref: '' });
    await store.forgetAsked('r1', 2);
    expect(await store.askedQuestion('r1', 2)).toBeUndefined();
    expect((await store.askedQuestions('r1')).map((a) => a.number)).toEqual([1]);
    await store.close();
  });

  it('scores streaks, reads questions back as shown, and keeps question history and missed questions', async () => {
    const store = await kind.open(await kind.place());
    await store.beginRound(round('r1', { topic: 'leaders' }));
    for (let n = 1; n <= 3; n++) {
      await store.recordAsked(asked('r1', n, T + n * 60_000));
      expect(await store.recordAnswer(answer('r1', n, 'u1', 1, T + n * 60_000 + 1), DEFAULT_SCORING)).toEqual({
        status: 'recorded',
        points: n >= 3 ? 2 : 1,
        streak: n,
      });
      if (n !== 2) await store.recordAnswer(answer('r1', n, 'u2', 0, T + n * 60_000 + 2), DEFAULT_SCORING);
      await store.revealQuestion('r1', n, T + n * 60_000 + 30_000);
    }
    expect(await store.askedQuestion('r1', 2)).toEqual({ ...asked('r1', 2, T + 120_000), revealedAt: T + 150_000 });
    expect((await store.askedByRef('telegram', 'poll-r1-3'))?.number).toBe(3);
    expect((await store.runningRound('telegram', chat.id))?.topic).toBe('leaders');
    expect(await store.standingsOf('telegram', chat.id, ['u1', 'u2'])).toEqual(
      expect.arrayContaining([
        { userId: 'u1', userName: 'U1', points: 4, right: 3, answered: 3, streak: 3, bestStreak: 3 },
        { userId: 'u2', userName: 'U2', points: 0, right: 0, answered: 2, streak: 0, bestStreak: 0 },
      ]),
    );
    expect(await store.missedQuestions('telegram', chat.id, 'u2')).toEqual(['q3', 'q2', 'q1']);
    expect(await store.missedQuestions('telegram', chat.id, 'u2', 2)).toEqual(['q3', 'q2']);
    expect(await store.missedQuestions('telegram', chat.id, 'u1')).toEqual([]);
    expect(await store.questionHistory('telegram', chat.id)).toEqual(
      new Map([
        ['q1', T + 60_000],
        ['q2', T + 120_000],
        ['q3', T + 180_000],
      ]),
    );
    expect(await store.questionHistory('discord', chat.id)).toEqual(new Map());
    await store.endRound('r1', 'finished', T + 999_000);
    expect(await store.runningRound('telegram', chat.id)).toBeUndefined();
    expect(await store.resetStandings('telegram', chat.id)).toBe(2);
    expect(await store.standings('telegram', chat.id)).toEqual([]);
    await store.close();
  });
});
