import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { isListed, type Command } from '../../core/command';
import type { Logger } from '../../core/log';
import { describeError } from './errors';

/** The command menu Telegram shows: every command listed for Telegram, in help order. */
export function menuOf(commands: readonly Command[]): BotCommand[] {
  return commands
    .filter((c) => isListed(c, 'telegram') && /^[a-z0-9_]{1,32}$/.test(c.name))
    .slice(0, 100)
    .map((c) => ({ command: c.name, description: menuDescription(c) }));
}

/** Registers the menu. A refusal is logged and the bot carries on: commands work without a menu. */
export async function registerCommands(api: Api, commands: readonly Command[], log: Logger, token?: string): Promise<boolean> {
  try {
    await api.setMyCommands(menuOf(commands));
    return true;
  } catch (error) {
    log.warn({ err: describeError(error, token) }, 'telegram setMyCommands failed; commands still work, the menu may be out of date');
    return false;
  }
}

/** Telegram wants 1-256 characters (3 or more in practice); core descriptions are 1-100. */
function menuDescription(c: Command): string {
  const d = c.description.replace(/\s+/g, ' ').trim();
  return d.length >= 3 ? d.slice(0, 256) : `${c.name}: ${d}`.padEnd(3, '.');
}
