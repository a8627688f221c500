import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import { FakeBotApi, privateChat, textMessage, user } from './fakes/telegram-api';
import { fastThrottle, recordingLogger, testCore } from './fakes/telegram-setup';

/** POSTs an update to the bot's webhook server as Telegram does, with or without the secret header. */
export function postUpdate(port: number, update: Update, secret?: string): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/telegram',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('telegram: webhook mode', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  const secret = 'webhook-secret_123';
  const log = recordingLogger();
  let updateId = 5000;

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    // The menu is refused: the bot must log it and keep running.
    fake.fault('setMyCommands', { type: 'error', code: 400, description: 'Bad Request: BOT_COMMAND_INVALID' });
    telegram = await startTelegram(
      await testCore(),
      { token: fake.token, apiRoot: fake.apiRoot, webhook: { url: 'https://bot.example.org/telegram', port: 0, secret }, host: '127.0.0.1', throttle: fastThrottle },
      log.logger,
    );
  });

  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  it('registers the webhook with its secret and does not poll', () => {
    const [set] = fake.callsOf('setWebhook');
    expect(set!.params.url).toBe('https://bot.example.org/telegram');
    expect(set!.params.secret_token).toBe(secret);
    expect(set!.params.allowed_updates).toEqual(expect.arrayContaining(['message', 'callback_query', 'inline_query', 'poll_answer']));
    expect(fake.callsOf('getUpdates')).toEqual([]);
    expect(telegram.webhookPort).toBeGreaterThan(0);
  });

  it('a refused setMyCommands is logged and the bot keeps running', async () => {
    expect(fake.callsOf('setMyCommands')).toHaveLength(1);
    const warning = log.lines.find((l) => String(l.msg).includes('setMyCommands failed'));
    expect(warning).toBeDefined();
    expect(JSON.stringify(warning)).toContain('BOT_COMMAND_INVALID');
    const u = user(2001);
    const res = await postUpdate(telegram.webhookPort!, { update_id: updateId++, ...textMessage(privateChat(u), u, '/say still here') } as Update, secret);
    expect(res.status).toBe(200);
    const sent = await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === u.id);
    expect(String(sent.params.text)).toContain('still here');
  });

  it('a wrong or missing secret gets 401 and no reply', async () => {
    const u = user(2002);
    const wrong = await postUpdate(telegram.webhookPort!, { update_id: updateId++, ...textMessage(privateChat(u), u, '/say forged') } as Update, 'not-the-secret');
    expect(wrong.status).toBe(401);
    const missing = await postUpdate(telegram.webhookPort!, { update_id: updateId++, ...textMessage(privateChat(u), u, '/say forged') } as Update);
    expect(missing.status).toBe(401);
    // A genuine update afterwards is answered, and it is the only reply in that chat.
    await postUpdate(telegram.webhookPort!, { update_id: updateId++, ...textMessage(privateChat(u), u, '/say genuine') } as Update, secret);
    await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === u.id);
    const replies = fake.calls.filter((c) => c.method === 'sendMessage' && c.params.chat_id === u.id);
    expect(replies.map((c) => String(c.params.text))).toEqual([expect.stringContaining('genuine')]);
  });

  it('garbage posted to the webhook is refused without a crash', async () => {
    const res = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: telegram.webhookPort!, method: 'POST', path: '/telegram', headers: { 'x-telegram-bot-api-secret-token': secret } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{not json');
    });
    expect(res).toBeGreaterThanOrEqual(400);
    const u = user(2003);
    await postUpdate(telegram.webhookPort!, { update_id: updateId++, ...textMessage(privateChat(u), u, '/say alive') } as Update, secret);
    await fake.waitFor((c) => c.method === 'sendMessage' && c.params.chat_id === u.id);
  });

  it('a port already in use is a clear error', async () => {
    const port = telegram.webhookPort!;
    await expect(
      startTelegram(
        await testCore(),
        { token: fake.token, apiRoot: fake.apiRoot, webhook: { url: 'https://bot.example.org/telegram', port, secret }, host: '127.0.0.1', throttle: fastThrottle },
        recordingLogger().logger,
      ),
    ).rejects.toThrow(`Telegram webhook port ${port} is already in use`);
  });

  it('a refused token is a clear error', async () => {
    await expect(
      startTelegram(await testCore(), { token: '42:wrong-token', apiRoot: fake.apiRoot, throttle: fastThrottle }, recordingLogger().logger),
    ).rejects.toThrow('Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized)');
  });
});
