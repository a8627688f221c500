import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { commandText, isListed, type Command } from '../../core/command';
import type { Language } from '../../core/language';
import type { Logger } from '../../core/log';
import { describeError } from './errors';

/** The menus registered besides the default (English) one, by Telegram `language_code`: users whose app is in Russian or Kazakh see theirs. */
export const MENU_LANGUAGES: readonly Language[] = ['ru', 'kk'];

/** The command menu Telegram shows: every command listed for Telegram, in help order, described in `lang` (default English). Command words stay the same in every language. */
export function menuOf(commands: readonly Command[], lang: Language = 'en'): BotCommand[] {
  return commands
    .filter((c) => isListed(c, 'telegram') && /^[a-z0-9_]{1,32}$/.test(c.name))
    .slice(0, 100)
    .map((c) => ({ command: c.name, description: menuDescription(c, lang) }));
}

/**
 * Registers the menu: the default (English) one, then one per `MENU_LANGUAGES`. A refusal is
 * logged and the bot carries on: commands work without a menu. The first refusal stops the rest.
 */
export async function registerCommands(api: Api, commands: readonly Command[], log: Logger, token?: string): Promise<boolean> {
  try {
    await api.setMyCommands(menuOf(commands));
    for (const lang of MENU_LANGUAGES) await api.setMyCommands(menuOf(commands, lang), { language_code: lang });
    return true;
  } catch (error) {
    log.warn({ err: describeError(error, token) }, 'telegram setMyCommands failed; commands still work, the menu may be out of date');
    return false;
  }
}

/** Telegram wants 1-256 characters (3 or more in practice); core descriptions are 1-100. */
function menuDescription(c: Command, lang: Language): string {
  const d = commandText(c, lang).description.replace(/\s+/g, ' ').trim();
  return d.length >= 3 ? d.slice(0, 256) : `${c.name}: ${d}`.padEnd(3, '.');
}
