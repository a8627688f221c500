import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../src/core/commands';
import { Core } from '../src/core/core';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const PLATFORM = /from ['"](discord\.js|@discordjs\/[^'"]+|grammy|@grammyjs\/[^'"]+|node:readline)['"]/;

describe('the layout the project promises', () => {
  it('keeps platform libraries out of the core and the commands', () => {
    const offenders = [...files('src/core'), ...files('commands')].filter((f) => PLATFORM.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps each adapter to its own platform', () => {
    const crossing = files('src/adapters').filter((f) => {
      const text = readFileSync(f, 'utf8');
      if (f.includes('/telegram/')) return /from ['"](discord\.js|@discordjs)/.test(text);
      if (f.includes('/discord/')) return /from ['"](grammy|@grammyjs)/.test(text);
      return /from ['"](discord\.js|grammy)/.test(text);
    });
    expect(crossing).toEqual([]);
  });

  it('registers every file in commands/ and lists every listed command in help', async () => {
    const commands = await loadCommands();
    expect(commands.map((c) => c.name).sort()).toEqual(
      readdirSync('commands')
        .filter((f) => f.endsWith('.ts'))
        .map((f) => f.replace(/\.ts$/, ''))
        .sort(),
    );
    const core = await Core.create();
    const help = await core.runCommand('help', {}, { chat: { platform: 'discord', id: 'c', kind: 'group' }, user: { id: 'u', name: 'u' }, addressed: true });
    for (const c of commands.filter((c) => !c.hidden && (!c.platforms || c.platforms.includes('discord')))) expect(help.body).toContain(`/${c.name}`);
    expect(help.body).not.toContain('/about');
    expect(help.body).not.toContain('/start');
  });
});
