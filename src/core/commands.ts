import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command';

/**
 * The commands/ folder nearest above this module: the repository's own when run from source,
 * `dist/commands` when run from the build (where this module sits in a chunk under dist/).
 */
export const COMMANDS_DIR = findUp(dirname(fileURLToPath(import.meta.url)), 'commands');

function findUp(from: string, name: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) throw new Error(`no ${name}/ folder above ${from}`);
  }
}

const NAME = /^[a-z0-9_]{1,32}$/;

/**
 * Imports every command file in `dir` (its default export), so a new command needs no adapter
 * change. Checks what Discord and Telegram both require of names and descriptions, and that no
 * two commands claim the same word.
 */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Command[]> {
  const files = readdirSync(dir)
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_'))
    .sort();
  // Imported side by side: one after another, each import waits its turn at the file system.
  const modules = await Promise.all(files.map((file) => import(pathToFileURL(join(dir, file)).href) as Promise<{ default?: Command }>));
  const commands = modules.map((mod, i) => {
    if (!mod.default) throw new Error(`commands/${files[i]}: has no default export`);
    return mod.default;
  });
  checkCommands(commands);
  return commands.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
}

export function checkCommands(commands: readonly Command[]): void {
  const words = new Map<string, string>();
  for (const c of commands) {
    if (!NAME.test(c.name)) throw new Error(`command "${c.name}": names are 1-32 characters of a-z, 0-9 and _`);
    if (!c.description || c.description.length > 100) throw new Error(`command "${c.name}": description must be 1-100 characters`);
    for (const o of c.options) {
      if (!NAME.test(o.name)) throw new Error(`command "${c.name}": option "${o.name}" is not a valid name`);
      if (!o.description || o.description.length > 100) throw new Error(`command "${c.name}": option "${o.name}" needs a 1-100 character description`);
    }
    for (const w of [c.name, ...(c.aliases ?? [])]) {
      const other = words.get(w);
      if (other) throw new Error(`command "${c.name}": "${w}" is already used by "${other}"`);
      words.set(w, c.name);
    }
  }
}
