import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config';
import { buildClient } from '../src/adapters/discord/client';

describe('readConfig', () => {
  it('opens the terminal chat when no token is set', () => {
    const c = readConfig({});
    expect(c.telegram).toBeUndefined();
    expect(c.discord).toBeUndefined();
    expect(c.quiz).toEqual({ seconds: 30, questions: 5 });
    expect(c.groupReplies).toBe('dates');
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    expect(readConfig({ DISCORD_TOKEN: '', TELEGRAM_BOT_TOKEN: '  ' }).discord).toBeUndefined();
  });

  it('enables each adapter with its token and reads its settings', () => {
    const c = readConfig({
      TELEGRAM_BOT_TOKEN: '1:abc',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/tg',
      DISCORD_TOKEN: 'x.y.z',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_SHARDS: 'auto',
      DISCORD_API_BASE: 'http://127.0.0.1:9000/api',
    });
    expect(c.telegram).toMatchObject({ token: '1:abc', apiRoot: 'http://127.0.0.1:8081', webhook: { port: 8443 } });
    expect(c.discord).toMatchObject({ applicationId: '123456789012345678', shards: 'auto', apiBase: 'http://127.0.0.1:9000/api', messageContent: false });
    expect(readConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: '2' }).discord?.shards).toBe(2);
  });

  it('names every invalid variable, and never echoes a token', () => {
    let error: unknown;
    try {
      readConfig({ QUIZ_SECONDS: '2', GROUP_REPLIES: 'always', TELEGRAM_BOT_TOKEN: 'secret-token-value', TELEGRAM_API_ROOT: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/QUIZ_SECONDS/);
    expect(message).toMatch(/GROUP_REPLIES/);
    expect(message).toMatch(/TELEGRAM_API_ROOT/);
    expect(message).not.toContain('secret-token-value');
  });

  it('reads DATABASE_URL and the shards this host runs, and refuses what cannot work', async () => {
    expect(readConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/alash' }).databaseUrl).toBe('postgres://bot:pw@db:5432/alash');
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(() => readConfig({ DATABASE_URL: 'mysql://bot:hunter2@db/alash' })).toThrow(/DATABASE_URL: must be a postgres:\/\/ URL/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://bot:hunter2@db/alash' })).not.toThrow(/hunter2/);

    const c = readConfig({ DISCORD_TOKEN: 't', DISCORD_SHARD_LIST: '0, 1,1', DISCORD_TOTAL_SHARDS: '4' });
    expect(c.discord?.shardList).toEqual({ ids: [0, 1], total: 4 });
    const client = buildClient({ ...c.discord!, groupReplies: 'dates' });
    expect([client.options.shards, client.options.shardCount]).toEqual([[0, 1], 4]);
    await client.destroy();
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_SHARD_LIST: '0,1' })).toThrow(/DISCORD_TOTAL_SHARDS: required/);
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_SHARD_LIST: '0,4', DISCORD_TOTAL_SHARDS: '4' })).toThrow(/from 0 to 3/);
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_SHARD_LIST: 'one', DISCORD_TOTAL_SHARDS: '4' })).toThrow(/DISCORD_SHARD_LIST/);
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_SHARD_LIST: '0', DISCORD_TOTAL_SHARDS: '2', DISCORD_SHARDS: '2' })).toThrow(/not both/);
  });
});
