import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi, privateChat, textMessage, user } from './fakes/telegram-api';

/** `npm start` as a user runs it: configuration from the environment, adapters, clean shutdown. */
describe('src/main.ts', () => {
  let fake: FakeBotApi;
  beforeAll(async () => {
    fake = await FakeBotApi.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  function start(env: Record<string, string>) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, LOG_LEVEL: 'info', DATA_DIR: mkdtempSync(join(tmpdir(), 'alash-main-')), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { child, exited, stderr: () => stderr };
  }

  it('opens the terminal chat when no token is set, with the banner saying how to connect', async () => {
    const bot = start({ TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '' });
    let out = '';
    bot.child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    bot.child.stdin.end('who was Dulatov?\n');
    expect(await bot.exited).toBe(0);
    expect(out).toContain('Mirzhakip Dulatov');
    expect(bot.stderr()).toMatch(/TELEGRAM_BOT_TOKEN/);
    expect(bot.stderr()).toMatch(/DISCORD_TOKEN/);
  });

  it('starts the Telegram adapter when a token is set, answers, and stops cleanly on SIGTERM', async () => {
    const bot = start({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    const from = user(501);
    fake.push(textMessage(privateChat(from), from, '/who Bukeikhanov'));
    const sent = await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === from.id, 20_000);
    expect(String(sent.params.text)).toContain('Alikhan Bukeikhanov');
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).not.toContain(fake.token);
  });

  it('stops with the variable named when the configuration is invalid', async () => {
    const bot = start({ QUIZ_SECONDS: 'soon' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/QUIZ_SECONDS/);
    expect(bot.stderr()).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('says in one line why Telegram refused to start, and exits', async () => {
    fake.fault('getMe', { type: 'error', code: 401, description: 'Unauthorized' });
    const bot = start({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'error' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/refused TELEGRAM_BOT_TOKEN/);
    expect(bot.stderr()).not.toContain(fake.token);
  });
});
