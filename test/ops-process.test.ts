import { spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotApi } from './fakes/telegram-api';

/**
 * The operator's side, as real processes: `npm run chat` and `npm start` with piped output, bad
 * settings, and a Telegram API that answers start-up calls in odd ways.
 */

function run(script: string, args: string[], env: Record<string, string>, input: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, TELEGRAM_BOT_TOKEN: '', DISCORD_TOKEN: '', LOG_LEVEL: 'info', DATA_DIR: mkdtempSync(join(tmpdir(), 'alash-ops-')), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
  return { child, exited, stderr: () => stderr };
}

/** Reads stdout only after the process exited or `holdMs` passed: a reader slower than the bot. */
async function slowRead(child: ReturnType<typeof run>['child'], exited: Promise<unknown>, holdMs: number): Promise<string> {
  await Promise.race([exited, new Promise((r) => setTimeout(r, holdMs))]);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await exited;
  await new Promise((r) => setImmediate(r));
  return out;
}

const STACK = /\n\s+at .+:\d+:\d+/;

describe('piped output is never cut short', () => {
  const lines = 300; // each answer to "1917" is about 3 KB: far more than a pipe holds

  it('npm run chat -- --json: every answer arrives before the process exits', async () => {
    const p = run('src/adapters/terminal/cli.ts', ['--json'], {}, '1917\n'.repeat(lines));
    const out = await slowRead(p.child, p.exited, 5000);
    expect(await p.exited).toBe(0);
    const got = out.trim().split('\n');
    expect(got).toHaveLength(lines);
    expect(() => got.map((l) => JSON.parse(l) as unknown)).not.toThrow();
  }, 30_000);

  it('npm start in terminal mode: every answer arrives before the process exits', async () => {
    const p = run('src/main.ts', [], {}, '1917\n'.repeat(lines));
    const out = await slowRead(p.child, p.exited, 5000);
    expect(await p.exited).toBe(0);
    expect(out.split('1917').length - 1).toBeGreaterThanOrEqual(lines);
    expect(out.match(/Sources:/g)?.length).toBe(lines);
  }, 30_000);
});

describe.concurrent('start-up problems: one line naming the setting, no stack trace', () => {
  it('a missing KNOWLEDGE_DIR', async () => {
    const p = run('src/adapters/terminal/cli.ts', ['--json'], { KNOWLEDGE_DIR: '/nonexistent/knowledge' }, '');
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/^KNOWLEDGE_DIR: \/nonexistent\/knowledge: does not exist\n$/);
  });

  it('a symbolic link loop inside the knowledge folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alash-loop-'));
    symlinkSync(join(dir, 'b'), join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'b'));
    const p = run('src/main.ts', [], { KNOWLEDGE_DIR: dir }, '');
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/KNOWLEDGE_DIR: cannot read .*: a symbolic link loop/);
    expect(p.stderr()).not.toMatch(STACK);
  });

  it('QUIZ_SECONDS=abc under npm run chat', async () => {
    const p = run('src/adapters/terminal/cli.ts', ['--json'], { QUIZ_SECONDS: 'abc' }, '');
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/QUIZ_SECONDS/);
    expect(p.stderr()).not.toMatch(STACK);
  });

  it('DATA_DIR pointing at a file: questions are answered, the quiz says it is off, the log says why', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'alash-datafile-')), 'not-a-folder');
    writeFileSync(file, 'x');
    for (const dataDir of [file, join(file, 'below')]) {
      const p = run('src/adapters/terminal/cli.ts', ['--json'], { DATA_DIR: dataDir }, 'Dulatov\n/quiz 3\n/leaderboard\n');
      let out = '';
      p.child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      expect(await p.exited).toBe(0);
      const [who, quiz, board] = out.trim().split('\n').map((l) => JSON.parse(l) as { text: string });
      expect(who!.text).toContain('Mirzhakip Dulatov');
      expect(quiz!.text).toMatch(/quiz is switched off/);
      expect(board!.text).toMatch(/quiz is switched off/);
      expect(p.stderr()).toMatch(/quiz switched off: DATA_DIR: .* cannot hold the quiz's database \(a file stands where a folder is expected\)/);
      expect(p.stderr()).not.toMatch(STACK);
    }
  });
});

describe('the terminal caps the work per message', () => {
  it('a 4,000,000-character line of one letter, then 5 MB of words: a short reply each, and the chat goes on', async () => {
    const words = 'alash orda bukeikhanov '.repeat(220_000);
    const p = run('src/adapters/terminal/cli.ts', ['--json'], {}, `${'a'.repeat(4_000_000)}\n${words}\nDulatov\n`);
    let out = '';
    p.child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    expect(await p.exited).toBe(0);
    const replies = out.trim().split('\n').map((l) => JSON.parse(l) as { text: string; input: string });
    expect(replies).toHaveLength(3);
    expect(replies[0]!.text).toMatch(/too long for me \(4,000,000 characters\): I read at most 4,096/);
    expect(replies[1]!.text).toMatch(/too long for me/);
    expect(replies[2]!.text).toContain('Mirzhakip Dulatov');
  }, 30_000);
});

describe('telegram start-up answers that used to leak or confuse', () => {
  let fake: FakeBotApi;
  beforeAll(async () => {
    fake = await FakeBotApi.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('a getMe error that repeats the request path: one line, the token masked', async () => {
    fake.fault('getMe', { type: 'echo-path' });
    const p = run('src/main.ts', [], { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, '');
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/Telegram refused getMe \(400\): Bad Request: wrong request POST \/bot\[secret\]\/getMe/);
    expect(p.stderr()).not.toContain(fake.token);
    expect(p.stderr()).not.toContain('TEST-token');
    expect(p.stderr()).not.toMatch(STACK);
  });

  it('{"ok": false} to getMe says what happened instead of "undefined: undefined"', async () => {
    fake.fault('getMe', { type: 'ok-false' });
    const p = run('src/main.ts', [], { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, '');
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/Telegram refused getMe: its answer said only that the call failed \(no error code, no description\)/);
    expect(p.stderr()).not.toMatch(/undefined/);
  });

  it('setMyCommands refused with no description: the bot starts anyway and says why the menu failed', async () => {
    fake.fault('setMyCommands', { type: 'no-description' });
    const p = run('src/main.ts', [], { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot }, '');
    await fake.waitFor((c) => c.method === 'getUpdates', 20_000);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.stderr()).toMatch(/setMyCommands failed/);
    expect(p.stderr()).not.toContain(fake.token);
  });
});

