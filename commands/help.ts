import { isListed, type Command } from '../src/core/command';

/** Lists every command from the same definitions the adapters register. */
export default {
  name: 'help',
  description: 'What the bot can do, and how to ask',
  aliases: ['komek', 'pomoshch'],
  order: 90,
  options: [],
  handle({ context }, core) {
    const lines = core.commands
      .filter((c) => isListed(c, context.chat.platform))
      .map((c) => {
        const opts = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
        return `/${c.name}${opts ? ` ${opts}` : ''}: ${c.description}`;
      });
    return {
      kind: 'help',
      title: 'Alash history bot',
      body: [
        'I know the Alash movement (the Kazakh national party and autonomy of 1917–1920), its leaders and what became of them. Every answer cites its sources.',
        lines.join('\n'),
        'You can also just ask: "who was Baitursynov?", "what happened on 26 August 1920?", "Бөкейханов", "1935-1938". Latin or Cyrillic, English, Kazakh or Russian.',
      ].join('\n\n'),
      entries: [],
    };
  },
} satisfies Command;
