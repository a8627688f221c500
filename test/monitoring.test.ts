import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi, groupChat, pollAnswer, privateChat, textMessage, user } from './fakes/telegram-api';

/**
 * METRICS_PORT on the real process: `npm start` against the Telegram fake, scraped while it
 * answers. The counters must move with what the bot does, and /healthz must turn 503 when
 * polling stops.
 */
describe('/metrics and /healthz', () => {
  let fake: FakeBotApi;
  let child: ReturnType<typeof spawn>;
  let exited: Promise<number | null>;
  let stderr = '';
  let base = '';

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        TELEGRAM_BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: fake.apiRoot,
        DISCORD_TOKEN: '',
        METRICS_PORT: '0',
        QUIZ_SECONDS: '5',
        LOG_LEVEL: 'info',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'alash-metrics-')),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => child.on('exit', resolve));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no metrics port; stderr: ${stderr}`)), 30_000);
      child.stderr!.on('data', (d: Buffer) => {
        stderr += d.toString();
        const m = /"port":(\d+),"msg":"serving \/healthz and \/metrics"/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    base = `http://127.0.0.1:${port}`;
    await fake.waitFor((c) => c.method === 'getUpdates', 20_000);
  }, 40_000);

  afterAll(async () => {
    child?.kill('SIGTERM');
    await exited;
    await fake?.close();
  });

  async function scrape(): Promise<string> {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    return res.text();
  }

  /** The value of one sample (0 when absent). */
  function value(text: string, name: string, labels: Record<string, string> = {}): number {
    let total = 0;
    for (const line of text.split('\n')) {
      if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
      if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.split(' ').at(-1));
    }
    return total;
  }

  it('/healthz: 200 with every part up', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', parts: { store: 'up', telegram: 'up' } });
  });

  it('counts requests by command and platform, "I don\'t know" replies, answer latency, process metrics', async () => {
    const before = await scrape();
    const u = user(9101);
    fake.push(textMessage(privateChat(u), u, '/who Bukeikhanov'));
    fake.push(textMessage(privateChat(u), u, '/who Napoleon'));
    await fake.waitForCount('sendMessage', 2, (c) => c.params.chat_id === u.id, 20_000);
    const after = await scrape();
    const who = { command: 'who', platform: 'telegram' };
    expect(value(after, 'alash_requests_total', who) - value(before, 'alash_requests_total', who)).toBe(2);
    expect(value(after, 'alash_not_found_total', { platform: 'telegram' }) - value(before, 'alash_not_found_total', { platform: 'telegram' })).toBe(1);
    expect(value(after, 'alash_answer_seconds_count', who)).toBeGreaterThanOrEqual(1);
    expect(value(after, 'alash_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(value(after, 'alash_store_operation_seconds_count', { operation: 'runningRounds', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it('counts platform API errors and 429s by method', async () => {
    const before = await scrape();
    const u = user(9102);
    fake.fault('sendMessage', { type: '429', retryAfter: 1 }, 1, (p) => p.chat_id === u.id);
    fake.push(textMessage(privateChat(u), u, '/who Dulatov'));
    await fake.waitForCount('sendMessage', 2, (c) => c.params.chat_id === u.id, 20_000);
    await new Promise((r) => setTimeout(r, 200));
    const after = await scrape();
    const m = { platform: 'telegram', method: 'sendMessage' };
    expect(value(after, 'alash_platform_rate_limited_total', m) - value(before, 'alash_platform_rate_limited_total', m)).toBe(1);
    expect(value(after, 'alash_platform_api_errors_total', { ...m, code: '429' }) - value(before, 'alash_platform_api_errors_total', { ...m, code: '429' })).toBe(1);
  }, 30_000);

  it('counts quiz rounds and answers, and times the store', async () => {
    const before = await scrape();
    const group = groupChat(-1009100000001);
    const u = user(9103);
    fake.push(textMessage(group, u, '/quiz 1'));
    const poll = await fake.waitFor((c) => c.method === 'sendPoll' && c.params.chat_id === group.id, 20_000);
    const pollId = [...fake.polls.entries()].find(([, m]) => m.chat.id === group.id)?.[0];
    expect(pollId).toBeDefined();
    // A poll answer counts once the engine has stored the poll's id: the question's second
    // record (the first is made just before the poll is sent).
    const asked = (t: string) => value(t, 'alash_store_operation_seconds_count', { operation: 'recordAsked', outcome: 'ok' });
    for (let i = 0; i < 50 && asked(await scrape()) < asked(before) + 2; i++) await new Promise((r) => setTimeout(r, 100));
    fake.push(pollAnswer(pollId!, u, [Number((poll.params.correct_option_ids as number[])[0])]));
    let after = '';
    for (let i = 0; i < 50; i++) {
      after = await scrape();
      if (value(after, 'alash_quiz_answers_total', { platform: 'telegram' }) > value(before, 'alash_quiz_answers_total', { platform: 'telegram' })) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(value(after, 'alash_quiz_rounds_total', { platform: 'telegram' }) - value(before, 'alash_quiz_rounds_total', { platform: 'telegram' })).toBe(1);
    expect(value(after, 'alash_quiz_answers_total', { platform: 'telegram', correct: 'true' }) - value(before, 'alash_quiz_answers_total', { platform: 'telegram', correct: 'true' })).toBe(1);
    expect(value(after, 'alash_store_operation_seconds_count', { operation: 'recordAnswer', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it('/healthz turns 503 and names Telegram when polling stops', async () => {
    fake.fault('getUpdates', { type: 'error', code: 401, description: 'Unauthorized' }, 3);
    // An update ends the long poll in progress, so the next poll meets the refusal.
    const u = user(9104);
    fake.push(textMessage(privateChat(u), u, '/who Dulatov'));
    let res: Response | undefined;
    for (let i = 0; i < 50; i++) {
      res = await fetch(`${base}/healthz`);
      if (res.status === 503) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(res!.status).toBe(503);
    const body = (await res!.json()) as { status: string; parts: Record<string, string> };
    expect(body.status).toBe('down');
    expect(body.parts.telegram).toMatch(/^down: /);
    expect(body.parts.store).toBe('up');
    expect(stderr).not.toContain(fake.token);
  }, 30_000);
});
