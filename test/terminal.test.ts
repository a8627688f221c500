import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminal, type JsonLine } from '../src/adapters/terminal/terminal';
import { Core } from '../src/core/core';
import { adminCommand, newCommand } from './fakes/new-commands';
import { fixtureKnowledge } from './fakes/telegram-setup';

async function chat(lines: string[], json: boolean, core?: Core): Promise<string> {
  core ??= await Core.create();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const done = runTerminal(core, { input, output, json });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  await done;
  return text;
}

describe('terminal chat', () => {
  it('answers each line in order, as plain text', async () => {
    const out = await chat(['/who Bukeikhanov', 'what happened on 26 August 1920?', '/help'], false);
    const who = out.indexOf('Alikhan Bukeikhanov');
    const date = out.indexOf('26 August 1920');
    const help = out.indexOf('/who <name>');
    expect(who).toBeGreaterThanOrEqual(0);
    expect(date).toBeGreaterThan(who);
    expect(help).toBeGreaterThan(date);
    expect(out).toContain('Sources:');
  });

  it('prints one JSON object per input line with the entries it drew on', async () => {
    const out = await chat(['Бөкейханов', 'who was Napoleon?', 'Baitursynov'], true);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as JsonLine);
    expect(lines.map((l) => l.input)).toEqual(['Бөкейханов', 'who was Napoleon?', 'Baitursynov']);
    expect(lines[0]!.sources).toEqual(['bukeikhanov']);
    expect(lines[1]!.sources).toEqual([]);
    expect(lines[1]!.text).toMatch(/don't know/);
    expect(lines[2]!.sources).toEqual(['baitursynov']);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['input', 'sources', 'text']);
  });

  it('skips blank lines and never answers them', async () => {
    const out = await chat(['', '   ', 'Dulatov'], true);
    expect(out.trim().split('\n')).toHaveLength(1);
  });
});

describe('terminal chat: a command from outside commands/', () => {
  it('runs as /x, x args, /alash x args, with no adapter change; the terminal user is an admin', async () => {
    const core = await Core.create({ knowledge: fixtureKnowledge(), extraCommands: [newCommand, adminCommand] });
    const out = await chat(['/x', 'x 3 ab', '/alash x 4 cd', 'X 5', '/purge'], true, core);
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as JsonLine).text)).toEqual([
      'x count=undefined word=undefined addressed=true',
      'x count=3 word=ab addressed=true',
      'x count=4 word=cd addressed=true',
      'x count=5 word=undefined addressed=true',
      `purged by ${process.env.USER || 'you'}`,
    ]);
  });
});

describe('npm run chat -- --json (the real process)', () => {
  it('answers piped lines and exits at the end of input', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/terminal/cli.ts', '--json'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.end('Dulatov\n1917\n');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as JsonLine);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.sources).toContain('dulatov');
    expect(lines[1]!.input).toBe('1917');
    expect(lines[1]!.sources.length).toBeGreaterThan(0);
  });
});
