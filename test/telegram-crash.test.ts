import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import type { Command } from '../src/core/command';
import { Core } from '../src/core/core';
import { FakeBotApi, privateChat, textMessage, user, type RecordedCall } from './fakes/telegram-api';
import { JsonLinesProcess } from './fakes/json-lines-process';
import { fastThrottle, fixtureKnowledge, recordingLogger } from './fakes/telegram-setup';

/**
 * Long polling confirms an update to Telegram (a getUpdates offset past it) only once its
 * handling finished, so an update being handled when the process dies is delivered again to
 * the next process; within one process no update is handled twice.
 */

/** `/hold <word>`: answers `held: <word>`; a word starting with `wait` waits until the test releases it. */
class Holds {
  readonly calls: string[] = [];
  private readonly started = new Map<string, () => void>();
  private readonly startedAt = new Map<string, Promise<void>>();
  private readonly gates = new Map<string, { open: () => void; opened: Promise<void> }>();

  readonly command: Command = {
    name: 'hold',
    description: 'Answers, maybe after the test releases it (tests)',
    options: [{ name: 'word', description: 'What to answer', type: 'string' }],
    handle: async ({ text }) => {
      this.calls.push(text);
      this.hasStarted(text);
      this.started.get(text)?.();
      if (text.startsWith('wait')) await this.gate(text).opened;
      return { kind: 'answer', body: `held: ${text}`, entries: [] };
    },
  };

  /** Resolves once the handler for `word` has started. */
  hasStarted(word: string): Promise<void> {
    let p = this.startedAt.get(word);
    if (!p) {
      p = new Promise<void>((resolve) => this.started.set(word, resolve));
      this.startedAt.set(word, p);
    }
    return p;
  }

  release(word: string): void {
    this.gate(word).open();
  }

  private gate(word: string) {
    let g = this.gates.get(word);
    if (!g) {
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      g = { open, opened };
      this.gates.set(word, g);
    }
    return g;
  }
}

const replyWith = (word: string) => (c: RecordedCall) => c.method === 'sendMessage' && new RegExp(`${word}(?![\\w-])`).test(String(c.params.text));
const polls = (fake: FakeBotApi, from = 0, to = fake.calls.length) => fake.calls.slice(from, to).filter((c) => c.method === 'getUpdates');

describe('telegram long polling: confirmed only once handled', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  let core: Core;
  const holds = new Holds();
  const log = recordingLogger();

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    core = await Core.create({ knowledge: fixtureKnowledge(), extraCommands: [holds.command] });
    telegram = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, log.logger);
    await fake.waitFor((c) => c.method === 'getUpdates');
  });

  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  it('an update being handled is not confirmed, other chats go on, its chat waits its turn, nothing is handled twice', async () => {
    const a = user(3001);
    const b = user(3002);
    const heldId = fake.push(textMessage(privateChat(a), a, '/hold wait-slow'));
    await holds.hasStarted('wait-slow');
    const fromCall = fake.calls.length;
    const heldSince = Date.now();

    // Another chat is answered meanwhile; the held chat's next message waits behind the first.
    fake.push(textMessage(privateChat(b), b, '/hold quick'));
    await fake.waitFor(replyWith('quick'));
    const afterId = fake.push(textMessage(privateChat(a), a, '/hold after-slow'));
    // Several polls while held: each returns the held update again, which is not handled again.
    await fake.waitForCount('getUpdates', 3, (c) => fake.calls.indexOf(c) >= fromCall && Number(c.params.offset) <= heldId);
    expect(fake.calls.some(replyWith('after-slow'))).toBe(false);
    const heldPolls = polls(fake, fromCall);
    const heldFor = Date.now() - heldSince;

    holds.release('wait-slow');
    const slowReply = await fake.waitFor(replyWith('wait-slow'));
    const afterReply = await fake.waitFor(replyWith('after-slow'));
    await fake.drained();

    // Every poll until the held update's reply was sent left it unconfirmed.
    const untilReply = polls(fake, fromCall, fake.calls.indexOf(slowReply));
    expect(untilReply.length).toBeGreaterThanOrEqual(3);
    for (const poll of untilReply) expect(Number(poll.params.offset)).toBeLessThanOrEqual(heldId);
    // Then the offset moved past both, once they were answered.
    const confirming = polls(fake, fake.calls.indexOf(afterReply)).find((c) => Number(c.params.offset) > afterId);
    expect(confirming).toBeDefined();
    expect(fake.calls.indexOf(slowReply)).toBeLessThan(fake.calls.indexOf(afterReply));
    expect(fake.pending).toBe(0);

    // Handled and answered once each.
    expect(holds.calls.filter((w) => w === 'wait-slow')).toHaveLength(1);
    expect(holds.calls.filter((w) => w === 'after-slow')).toHaveLength(1);
    expect(holds.calls.filter((w) => w === 'quick')).toHaveLength(1);
    for (const word of ['wait-slow', 'after-slow', 'quick']) expect(fake.calls.filter(replyWith(word))).toHaveLength(1);
    // While held, the bot polls at a measured pace, not in a tight loop (at most one poll per 20 ms).
    expect(heldPolls.length).toBeLessThanOrEqual(Math.max(10, heldFor / 20));
  });

  it('an update whose handling failed is confirmed only after the failure was logged and answered', async () => {
    const a = user(3003);
    // The reply is refused for good (not retried), so the update's middleware fails.
    fake.fault('sendMessage', { type: 'error', code: 403, description: 'Forbidden: bot was blocked by the user' });
    const id = fake.push(textMessage(privateChat(a), a, '/hold refused'));
    const [refused, apology] = await fake.waitForCount('sendMessage', 2, (c) => c.params.chat_id === a.id);
    expect(String(refused!.params.text)).toContain('held: refused');
    expect(String(apology!.params.text)).toMatch(/something went wrong/);
    await fake.drained();
    const firstPast = fake.calls.findIndex((c) => c.method === 'getUpdates' && Number(c.params.offset) > id);
    expect(firstPast).toBeGreaterThan(fake.calls.indexOf(apology!));
    expect(holds.calls.filter((w) => w === 'refused')).toHaveLength(1);
    expect(log.lines.filter((l) => l.msg === 'telegram update failed' && l.update === id)).toHaveLength(1);
  });
});

describe('telegram long polling: a clean stop and restart', () => {
  let fake: FakeBotApi;
  const handles: TelegramHandle[] = [];

  beforeAll(async () => {
    fake = await FakeBotApi.start();
  });

  afterAll(async () => {
    for (const h of handles) await h.stop();
    await fake?.close();
  });

  it('stop waits for the update being handled and confirms it; the next start answers nothing twice', async () => {
    const holds = new Holds();
    const core = await Core.create({ knowledge: fixtureKnowledge(), extraCommands: [holds.command] });
    const start = async () => {
      const h = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5 }, recordingLogger().logger);
      handles.push(h);
      return h;
    };
    const a = user(3101);
    const first = await start();
    fake.push(textMessage(privateChat(a), a, '/hold before-stop'));
    await fake.waitFor(replyWith('before-stop'));
    const heldId = fake.push(textMessage(privateChat(a), a, '/hold wait-at-stop'));
    await holds.hasStarted('wait-at-stop');

    const stopped = first.stop();
    setTimeout(() => holds.release('wait-at-stop'), 300);
    await stopped;
    expect(fake.calls.filter(replyWith('wait-at-stop'))).toHaveLength(1);
    expect(fake.pending).toBe(0);
    expect(Number(polls(fake).at(-1)!.params.offset)).toBeGreaterThan(heldId);

    const pollsBefore = polls(fake).length;
    await start();
    await fake.waitForCount('getUpdates', pollsBefore + 1);
    fake.push(textMessage(privateChat(a), a, '/hold after-restart'));
    await fake.waitFor(replyWith('after-restart'));
    await fake.drained();
    for (const word of ['before-stop', 'wait-at-stop', 'after-restart']) expect(fake.calls.filter(replyWith(word))).toHaveLength(1);
    expect(holds.calls).toEqual(['before-stop', 'wait-at-stop', 'after-restart']);
  });
});

describe('telegram long polling: an update stuck too long', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  const holds = new Holds();
  const log = recordingLogger();

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    const core = await Core.create({ knowledge: fixtureKnowledge(), extraCommands: [holds.command] });
    telegram = await startTelegram(core, { token: fake.token, apiRoot: fake.apiRoot, throttle: fastThrottle, pollTimeout: 5, maxHoldSeconds: 0.5 }, log.logger);
    await fake.waitFor((c) => c.method === 'getUpdates');
  });

  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  it('is confirmed after maxHoldSeconds so it cannot hold back the others, and still answered once', async () => {
    const a = user(3301);
    const heldId = fake.push(textMessage(privateChat(a), a, '/hold wait-stuck'));
    await holds.hasStarted('wait-stuck');
    const since = Date.now();
    await fake.waitFor((c) => c.method === 'getUpdates' && Number(c.params.offset) > heldId, 10_000);
    expect(Date.now() - since).toBeGreaterThanOrEqual(400);
    expect(fake.calls.some(replyWith('wait-stuck'))).toBe(false);
    expect(log.lines.some((l) => l.level === 40 && l.update === heldId)).toBe(true);
    holds.release('wait-stuck');
    await fake.waitFor(replyWith('wait-stuck'));
    const b = user(3302);
    fake.push(textMessage(privateChat(b), b, '/hold next-one'));
    await fake.waitFor(replyWith('next-one'));
    await fake.drained();
    expect(fake.calls.filter(replyWith('wait-stuck'))).toHaveLength(1);
    expect(holds.calls).toEqual(['wait-stuck', 'next-one']);
  });
});

const here = dirname(fileURLToPath(import.meta.url));
const childScript = join(here, 'fakes', 'telegram-crash-child.ts');

/** A bot process (test/fakes/telegram-crash-child.ts) printing JSON lines. */
class BotProcess extends JsonLinesProcess {
  constructor(fake: FakeBotApi, slowMs: number) {
    super(childScript, { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, SLOW_MS: String(slowMs) });
  }
}

describe('telegram long polling: a bot process killed mid-update', () => {
  let fake: FakeBotApi;
  const children: BotProcess[] = [];

  beforeAll(async () => {
    fake = await FakeBotApi.start();
  });

  afterAll(async () => {
    for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    await fake?.close();
  });

  it('the next process answers the update the killed one was handling', async () => {
    const a = user(3201);
    const first = new BotProcess(fake, 60_000);
    children.push(first);
    await first.next((l) => l.event === 'ready', 'the first process to poll');
    const id = fake.push(textMessage(privateChat(a), a, '/slow crash-word'));
    await first.next((l) => l.event === 'handling' && l.word === 'crash-word', 'the first process to start handling');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    // Killed before its reply: nothing sent, and Telegram still holds the update.
    expect(fake.calls.filter(replyWith('crash-word'))).toHaveLength(0);
    for (const poll of polls(fake)) expect(Number(poll.params.offset ?? 0)).toBeLessThanOrEqual(id);
    expect(fake.pending).toBe(1);

    const second = new BotProcess(fake, 0);
    children.push(second);
    await second.next((l) => l.event === 'handling' && l.word === 'crash-word', 'the second process to handle the update again');
    const reply = await fake.waitFor(replyWith('crash-word'), 30_000);
    expect(reply.params.chat_id).toBe(a.id);
    expect(String(reply.params.text)).toContain('slow answer: crash-word');
    await fake.drained(30_000);
    expect(fake.pending).toBe(0);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(fake.calls.filter(replyWith('crash-word'))).toHaveLength(1);
    expect(second.lines.filter((l) => l.event === 'handling')).toHaveLength(1);
  }, 60_000);
});
