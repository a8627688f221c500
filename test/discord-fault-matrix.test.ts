import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedError } from '../src/adapters/discord/errors';
import { startDiscord, type DiscordBot } from '../src/adapters/discord/index';
import { restOptions } from '../src/adapters/discord/client';
import { DiscordQuizTable } from '../src/adapters/discord/quiz-table';
import { registerCommands } from '../src/adapters/discord/register';
import { NetworkError, PlatformError, oneLine } from '../src/core/errors';
import { capturingLogger, type Outcome } from './fakes/fault-table';
import { FakeDiscord, snowflake, type OffSpec } from './fakes/discord';
import { testCore, type TestCore } from './fakes/discord-core';

/**
 * Fault injection on Discord: interaction callbacks, follow-ups, channel message sends and
 * command registration, each answered off-spec. The bot must stay up (it answers the next
 * slash command), the user gets an answer or an apology where one is possible, and no token
 * (the bot's, an interaction's) reaches the log. The logger is given no secrets to mask.
 */

const FAULTS: Record<string, OffSpec> = {
  'no message': 'no-message',
  'HTML page': 'html',
  'empty body': 'empty',
  'non-JSON': 'non-json',
  'dropped connection': 'drop',
  timeout: 'timeout',
  'path echoed': 'echo-path',
};

const table: Outcome[] = [];

describe('discord fault matrix', () => {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let t: TestCore;
  const log = capturingLogger();
  const interactionTokens: string[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatInterval: 2000 });
    t = await testCore({ slowMs: 400 });
    bot = await startDiscord(
      t.core,
      { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, messageContent: false, groupReplies: 'dates', deferAfterMs: 150 },
      log.logger,
      { rest: { ...restOptions(fake.apiBase), timeout: 1500, retries: 1 } },
    );
  }, 30_000);

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  const alive = async (): Promise<boolean> => {
    const probe = fake.slash({ subcommand: 'probe', options: [{ name: 'text', type: 3, value: 'alive' }] });
    interactionTokens.push(probe.token);
    const { data } = await fake.waitForAnswer(probe.id, 15_000);
    return JSON.stringify(data).includes('alive');
  };

  /** What the user ended up with for an interaction: the answer, an apology, or nothing. */
  const seen = (id: string): string => {
    const ok = fake.interactionRequests(id).filter((r) => r.status >= 200 && r.status < 300);
    const text = JSON.stringify(ok.map((r) => r.body));
    if (/Sorry, something went wrong/.test(text)) return 'an apology';
    if (/Refused after thinking|Alikhan Bukeikhanov/.test(text)) return 'the answer (retried)';
    return ok.length ? 'an acknowledgement only' : 'nothing (the interaction could not be answered)';
  };

  it('interaction callbacks, follow-ups and message sends x every off-spec answer', async () => {
    // The faults target one interaction or channel each, so every case runs side by side.
    const run = async ([name, fault]: [string, OffSpec]) => {
      // Interaction callback: /alash who, its first callback answered off-spec.
      {
        const s = fake.slash({ subcommand: 'who', options: [{ name: 'name', type: 3, value: 'Bukeikhanov' }] });
        interactionTokens.push(s.token);
        fake.fail(new RegExp(`^/interactions/${s.id}/`), { status: fault });
        await new Promise((r) => setTimeout(r, 2500));
        table.push({ method: 'interaction callback', fault: name, survived: await alive(), user: seen(s.id) });
      }
      // Follow-up: a slow refusal is deferred publicly, then sent as an ephemeral follow-up.
      {
        const s = fake.slash({ subcommand: 'slowfail' });
        interactionTokens.push(s.token);
        fake.fail(new RegExp(`^/webhooks/\\d+/${s.token}$`), { status: fault, method: 'POST' });
        await new Promise((r) => setTimeout(r, 3500));
        table.push({ method: 'follow-up', fault: name, survived: await alive(), user: seen(s.id) });
      }
      // Message send: a quiz post to a channel.
      {
        const channel = snowflake();
        fake.fail(new RegExp(`^/channels/${channel}/messages$`), { status: fault, method: 'POST' });
        const quizTable = new DiscordQuizTable(bot.client.rest);
        const posted = await quizTable.post({ platform: 'discord', id: channel, kind: 'group' }, { kind: 'quiz', body: 'Round over.', entries: [] }).then(
          () => 'posted (retried)',
          (error: unknown) => {
            const typed = typedError(error);
            return typed instanceof PlatformError || typed instanceof NetworkError ? `the engine gets: "${oneLine(typed)}"` : `UNTYPED: ${oneLine(error)}`;
          },
        );
        table.push({ method: 'channel message send', fault: name, survived: !posted.startsWith('UNTYPED') && (await alive()), user: posted });
      }
    };
    await Promise.all(Object.entries(FAULTS).map(run));
    const logged = log.text();
    expect(logged).not.toContain(fake.token);
    for (const token of interactionTokens) expect(logged).not.toContain(token);
    expect(table.filter((r) => !r.survived)).toEqual([]);
  }, 120_000);

  it('command registration x every off-spec answer but the timeout: registered, or one clear line', async () => {
    const { loadCommands } = await import('../src/core/commands');
    const commands = await loadCommands();
    for (const [name, fault] of Object.entries(FAULTS)) {
      if (fault === 'timeout') continue; // @discordjs/rest's own 15 s timeout and retries: too slow for a unit test
      fake.fail(/^\/applications\/\d+\/commands$/, { status: fault, method: 'PUT' });
      const outcome = await registerCommands({ token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase }, commands).then(
        (r) => ({ survived: true, user: `registered ${r.names.join(', ')} (retried)` }),
        (error: unknown) => {
          const typed = typedError(error);
          const line = oneLine(typed);
          const clear = (typed instanceof PlatformError || typed instanceof NetworkError) && !line.includes(fake.token);
          return { survived: clear, user: `refused: "${line}"` };
        },
      );
      table.push({ method: 'command registration', fault: name, ...outcome });
    }
    expect(table.filter((r) => r.method === 'command registration' && !r.survived)).toEqual([]);
  }, 120_000);
});

afterAll(() => {
  const lines = ['| method | fault | survived | the user / operator gets |', '| --- | --- | --- | --- |'];
  for (const r of table) lines.push(`| ${r.method} | ${r.fault} | ${r.survived ? 'yes' : 'NO'} | ${r.user} |`);
  if (process.env.FAULT_TABLE) console.log(lines.join('\n'));
});
