import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config';

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
});
