import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram, type TelegramHandle } from '../src/adapters/telegram/index';
import { adminCommand } from './fakes/new-commands';
import type { ChatRef } from '../src/core/chat';
import { NetworkError, PlatformError, oneLine } from '../src/core/errors';
import { capturingLogger, type Outcome } from './fakes/fault-table';
import type { QuizQuestionView } from '../src/core/reply';
import {
  FakeBotApi,
  botMessage,
  callbackQuery,
  groupChat,
  inlineQuery,
  privateChat,
  textMessage,
  user,
  type FaultKind,
  type RecordedCall,
} from './fakes/telegram-api';
import { RecordingQuiz, fastThrottle, testCore } from './fakes/telegram-setup';

/**
 * Fault injection: every Bot API method the bot calls, answered off-spec in every way a proxy,
 * a self-hosted Bot API server or a bad network may answer. For each pair the bot must stay up
 * (it answers the next message), the user must get a reply or a short apology where one is
 * possible, and the token must never reach the log, even when the answer repeats it.
 *
 * The logger here is given no secrets to mask: the token must be kept out by the token-shaped
 * masking and by what the adapter chooses to log.
 */

const FAULTS: Record<string, FaultKind> = {
  'no description': { type: 'no-description' },
  'HTML page': { type: 'html' },
  'empty body': { type: 'empty' },
  '{"ok":false}': { type: 'ok-false' },
  'non-JSON': { type: 'non-json' },
  'dropped connection': { type: 'drop' },
  timeout: { type: 'timeout' },
  'path echoed': { type: 'echo-path' },
};
const START_METHODS = ['getMe', 'deleteWebhook', 'setMyCommands'] as const;
const RUN_METHODS = ['sendMessage', 'sendPoll', 'stopPoll', 'answerCallbackQuery', 'answerInlineQuery', 'getChatMember'] as const;

const table: Outcome[] = [];

const botOptions = (fake: FakeBotApi) => ({
  token: fake.token,
  apiRoot: fake.apiRoot,
  throttle: fastThrottle,
  pollTimeout: 1,
  timeoutSeconds: 2,
  stopGraceMs: 500,
});

const replyIn = (chatId: number, pattern: RegExp) => (c: RecordedCall) =>
  c.method === 'sendMessage' && c.params.chat_id === chatId && pattern.test(String(c.params.text));

describe('telegram fault matrix: while running', () => {
  let fake: FakeBotApi;
  let telegram: TelegramHandle;
  let quiz: RecordingQuiz;
  const log = capturingLogger();

  beforeAll(async () => {
    fake = await FakeBotApi.start();
    quiz = new RecordingQuiz();
    telegram = await startTelegram(await testCore(quiz, [adminCommand]), botOptions(fake), log.logger);
    await fake.waitFor((c) => c.method === 'getUpdates');
  });

  afterAll(async () => {
    await telegram?.stop();
    await fake?.close();
  });

  it('every method x every off-spec answer: the bot stays up and the user hears back', async () => {
    const cases = RUN_METHODS.flatMap((method) => Object.entries(FAULTS).map(([name, fault]) => ({ method, name, fault })));
    const results = await Promise.all(cases.map((c, i) => runCase(c.method, c.name, c.fault, 2_000_001 + i)));
    table.push(...results);
    expect(results.filter((r) => !r.survived)).toEqual([]);
    expect(log.text()).not.toContain(fake.token);
    expect(log.text()).toContain('[secret]'); // the echoed paths were there, masked
    expect(telegram.health()).toEqual({ state: 'up' });
  }, 60_000);

  async function runCase(method: string, faultName: string, fault: FaultKind, id: number): Promise<Outcome> {
    const from = user(id);
    const chat = privateChat(from);
    const group = groupChat(-1003_000_000_000 - id);
    let userSaw = '';
    try {
      switch (method) {
        case 'sendMessage': {
          fake.fault(method, fault, 1, (p) => p.chat_id === id);
          fake.push(textMessage(chat, from, `/say case-${id}`));
          const second = await fake.waitForCount('sendMessage', 2, (c) => c.params.chat_id === id, 20_000);
          userSaw = /case-/.test(String(second[1]!.params.text)) ? 'the answer (retried)' : 'an apology';
          break;
        }
        case 'sendPoll':
        case 'stopPoll': {
          const table = quiz.tables.get('telegram')!;
          const ref: ChatRef = { platform: 'telegram', id: String(group.id), kind: 'group' };
          const view: QuizQuestionView = { id: `r${id}:1`, number: 1, total: 1, question: 'Who chaired Alash Orda?', options: ['A', 'B'], correct: 0, explanation: 'A.', seconds: 10 };
          if (method === 'sendPoll') fake.fault(method, fault, 1, (p) => p.chat_id === group.id);
          const asked = await table.ask(ref, view).then(
            (r) => ({ ok: true as const, ref: r.ref }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (method === 'sendPoll') {
            if (asked.ok) userSaw = 'the poll (retried)';
            else {
              const typed = asked.error instanceof PlatformError || asked.error instanceof NetworkError;
              userSaw = `no poll; the engine gets ${typed ? 'a typed' : 'an untyped'} error and ends the round`;
              if (!typed) throw new Error(`untyped: ${oneLine(asked.error)}`);
            }
            break;
          }
          if (!asked.ok) throw new Error('the poll to stop was not sent');
          fake.fault(method, fault, 1, (p) => p.chat_id === group.id);
          await table.close!(ref, view, asked.ref); // never rejects
          userSaw = 'nothing needed (the poll closes at its open_period)';
          break;
        }
        case 'answerCallbackQuery': {
          const pressed = callbackQuery(from, botMessage(chat, fake.me, 'Pick one.'), 'forged-data');
          const queryId = pressed.callback_query!.id;
          fake.fault(method, fault, 1, (p) => p.callback_query_id === queryId);
          fake.push(pressed);
          const answers = await fake.waitForCount(method, 2, (c) => c.params.callback_query_id === queryId, 20_000);
          userSaw = String(answers[1]!.params.text ?? '').includes('expired') ? 'the answer (retried)' : 'an apology';
          break;
        }
        case 'answerInlineQuery': {
          const query = inlineQuery(from, 'Bukeikhanov');
          const queryId = query.inline_query!.id;
          fake.fault(method, fault, 1, (p) => p.inline_query_id === queryId);
          fake.push(query);
          const calls = await Promise.race([
            fake.waitForCount(method, 2, (c) => c.params.inline_query_id === queryId, 20_000),
            new Promise<null>((r) => setTimeout(() => r(null), 8_000)),
          ]);
          userSaw = calls ? 'the results (retried)' : 'no results (an inline query cannot be apologised to)';
          break;
        }
        case 'getChatMember': {
          fake.fault(method, fault, 1, (p) => p.chat_id === group.id);
          // An admin-only command: the router asks getChatMember, which answers off-spec.
          fake.push(textMessage(group, from, '/purge'));
          const sent = await fake.waitFor(replyIn(group.id, /purged by|Only chat admins/), 20_000);
          userSaw = `an answer (${/Only chat admins/.test(String(sent.params.text)) ? 'not admin: the check failed closed' : 'admin'})`;
          break;
        }
      }
      // Still up: the next message in the same chat is answered.
      fake.push(textMessage(chat, from, `/say alive-${id}`));
      await fake.waitFor(replyIn(id, new RegExp(`alive-${id}`)), 20_000);
      return { method, fault: faultName, survived: true, user: userSaw };
    } catch (error) {
      return { method, fault: faultName, survived: false, user: `${userSaw} / ${oneLine(error)}` };
    }
  }
});

describe('telegram fault matrix: at start', () => {
  it('getMe, deleteWebhook, setMyCommands x every off-spec answer: starts, or fails in one clear line', async () => {
    const cases = START_METHODS.flatMap((method) => Object.entries(FAULTS).map(([name, fault]) => ({ method, name, fault })));
    const results = await Promise.all(
      cases.map(async ({ method, name, fault }): Promise<Outcome> => {
        const fake = await FakeBotApi.start();
        const log = capturingLogger();
        try {
          fake.fault(method, fault);
          const started = await startTelegram(await testCore(), botOptions(fake), log.logger).then(
            (t) => ({ ok: true as const, t }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          if (log.text().includes(fake.token)) return { method, fault: name, survived: false, user: 'token in the log' };
          if (!started.ok) {
            const line = oneLine(started.error);
            const typed = started.error instanceof PlatformError || started.error instanceof NetworkError;
            const clear = typed && !line.includes(fake.token) && !line.includes('undefined');
            // Only getMe may stop the start: without it the bot does not know who it is.
            return { method, fault: name, survived: clear && method === 'getMe', user: `start refused: "${line}"` };
          }
          const u = user(4000);
          fake.push(textMessage(privateChat(u), u, '/say started'));
          await fake.waitFor(replyIn(u.id, /started/), 15_000);
          await started.t.stop();
          return { method, fault: name, survived: !log.text().includes(fake.token), user: 'started and answered' };
        } catch (error) {
          return { method, fault: name, survived: false, user: oneLine(error) };
        } finally {
          await fake.close();
        }
      }),
    );
    table.push(...results);
    expect(results.filter((r) => !r.survived)).toEqual([]);
  }, 60_000);
});

afterAll(() => {
  // The table for the report: method x fault.
  const lines = ['| method | fault | survived | the user / operator gets |', '| --- | --- | --- | --- |'];
  for (const r of table) lines.push(`| ${r.method} | ${r.fault} | ${r.survived ? 'yes' : 'NO'} | ${r.user} |`);
  if (process.env.FAULT_TABLE) console.log(lines.join('\n'));
});
