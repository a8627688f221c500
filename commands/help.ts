import { commandText, isListed, optionText, type Command } from '../src/core/command';
import { say } from '../src/core/phrases';
import { writtenIn } from '../src/core/reply';

/** Lists every command from the same definitions the adapters register, in the reply's language. */
export default {
  name: 'help',
  description: 'What the bot can do, and how to ask',
  aliases: ['komek', 'pomoshch', 'көмек', 'помощь'],
  order: 90,
  options: [],
  handle({ context }, core) {
    const lang = context.language ?? 'en';
    const lines = core.commands
      .filter((c) => isListed(c, context.chat.platform))
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
  },
} satisfies Command;
