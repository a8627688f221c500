import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../src/core/chat';
import { storeKinds } from './fakes/stores';

const chat: ChatRef = { platform: 'telegram', id: '-100', kind: 'group' };

describe.each(storeKinds)('chat settings in the $name store', (kind) => {
  it('keeps a language and a daily post, clears them with null, and lists daily chats', async () => {
    const store = await kind.open(await kind.place());
    expect(await store.chatSettings('telegram', '-100')).toEqual({});
    await store.updateChatSettings(chat, { language: 'kk' });
    await store.updateChatSettings(chat, { daily: { time: '09:30', timezone: 'Asia/Almaty' } });
    expect(await store.chatSettings('telegram', '-100')).toEqual({ language: 'kk', daily: { time: '09:30', timezone: 'Asia/Almaty' } });
    expect(await store.dailyChats('telegram')).toEqual([{ chat, daily: { time: '09:30', timezone: 'Asia/Almaty' }, dailyLastDay: undefined }]);
    expect(await store.dailyChats('discord')).toEqual([]);
    await store.updateChatSettings(chat, { daily: null });
    expect(await store.chatSettings('telegram', '-100')).toEqual({ language: 'kk' });
    expect(await store.dailyChats('telegram')).toEqual([]);
    await store.close();
  });

  it('claims a daily post once per chat and day, and never for a chat without one', async () => {
    const store = await kind.open(await kind.place());
    expect(await store.claimDailyPost('telegram', '-100', '2026-08-26')).toBe(false);
    await store.updateChatSettings(chat, { daily: { time: '09:00', timezone: 'UTC' } });
    expect(await store.claimDailyPost('telegram', '-100', '2026-08-26')).toBe(true);
    expect(await store.claimDailyPost('telegram', '-100', '2026-08-26')).toBe(false);
    expect(await store.claimDailyPost('telegram', '-100', '2026-08-25')).toBe(false);
    expect(await store.claimDailyPost('telegram', '-100', '2026-08-27')).toBe(true);
    expect((await store.chatSettings('telegram', '-100')).dailyLastDay).toBe('2026-08-27');
    await store.close();
  });

  it('claims a day once when two stores on one place race for it', async () => {
    const place = await kind.place();
    const [a, b] = [await kind.open(place), await kind.open(place)];
    await a.updateChatSettings(chat, { daily: { time: '09:00', timezone: 'UTC' } });
    const claims = await Promise.all([a, b, a, b].map((s) => s.claimDailyPost('telegram', '-100', '2026-09-01')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await a.close();
    await b.close();
  });
});
