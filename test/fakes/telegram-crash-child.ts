/**
 * A bot process for the Telegram crash test: the real adapter, long polling the fake Bot API
 * named by TELEGRAM_API_ROOT and TELEGRAM_BOT_TOKEN, over the fixture knowledge and the real
 * commands plus `/slow <word>`, which takes SLOW_MS milliseconds before it answers. It prints
 * JSON lines on stdout: `ready` once polling, `handling` when `/slow` starts. The test kills it
 * with SIGKILL while `/slow` waits, and starts another on the same fake. SIGTERM stops it
 * cleanly.
 */
import type { Command } from '../../src/core/command';
import { Core } from '../../src/core/core';
import { createLogger } from '../../src/core/log';
import { startTelegram } from '../../src/adapters/telegram/index';
import { fixtureKnowledge } from './telegram-setup';

const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const slowMs = Number(process.env.SLOW_MS ?? 0);

const slow: Command = {
  name: 'slow',
  description: 'Answers after a while (tests: a crash mid-update)',
  options: [{ name: 'word', description: 'What to answer', type: 'string' }],
  async handle({ text }) {
    print({ event: 'handling', word: text, pid: process.pid });
    await new Promise((resolve) => setTimeout(resolve, slowMs));
    return { kind: 'answer', body: `slow answer: ${text}`, entries: [] };
  },
};

const core = await Core.create({ knowledge: fixtureKnowledge(), extraCommands: [slow] });
const telegram = await startTelegram(
  core,
  { token: process.env.TELEGRAM_BOT_TOKEN!, apiRoot: process.env.TELEGRAM_API_ROOT!, throttle: false, pollTimeout: 5 },
  createLogger('warn', false),
);
print({ event: 'ready', pid: process.pid });

process.once('SIGTERM', () => {
  void telegram.stop().then(() => process.exit(0));
});
