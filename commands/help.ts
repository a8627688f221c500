import { commandText, isListed, optionText, type Command } from '../src/core/command';
import { say } from '../src/core/phrases';
import { freeze } from '../src/core/answer-cache';
import type { Platform } from '../src/core/chat';
import type { Language } from '../src/core/language';
import { writtenIn, type Reply } from '../src/core/reply';

/**
 * Lists every command from the same definitions the adapters register, in the reply's language.
 * The list does not change while the bot runs: it is written once per core, language and
 * platform, and kept frozen like a kept reply (so adapters render it once too).
 */
export default {
  name: 'help',
  description: 'What the bot can do, and how to ask',
  aliases: ['komek', 'pomoshch', 'көмек', 'помощь'],
  order: 90,
  options: [],
  handle({ context }, core) {
    const lang = context.language ?? 'en';
    const platform = context.chat.platform;
    let kept = written.get(core);
    if (!kept) written.set(core, (kept = new Map()));
    let reply = kept.get(`${lang}:${platform}`);
    if (!reply) kept.set(`${lang}:${platform}`, (reply = freeze(help(core.commands, lang, platform))));
    return reply;
  },
} satisfies Command;

const written = new WeakMap<object, Map<string, Reply>>();

function help(commands: readonly Command[], lang: Language, platform: Platform): Reply {
  const lines = commands
    .filter((c) => isListed(c, platform))
    .map((c) => {
      // Command words stay as typed (`/who`); option placeholders and descriptions are translated.
      const opts = c.options.map((o) => (o.required ? `<${optionText(c, o, lang).name}>` : `[${optionText(c, o, lang).name}]`)).join(' ');
      return say('ui.help.line', { usage: `/${c.name}${opts ? ` ${opts}` : ''}`, description: commandText(c, lang).description }, lang);
    });
  return writtenIn({
    kind: 'help',
    title: say('ui.help.title', {}, lang),
    body: [say('ui.help.intro', {}, lang), lines.join('\n'), say('ui.help.tip', {}, lang)].join('\n\n'),
    entries: [],
  }, lang);
}
