import type { Command } from '../src/core/command';
import { say } from '../src/core/phrases';
import { errorReply } from '../src/core/reply';

/** `/alash who Bukeikhanov`: a short, sourced profile of a person. */
export default {
  name: 'who',
  description: 'A short, sourced profile of a person of the Alash movement',
  aliases: ['kim', 'kto'],
  order: 1,
  options: [{ name: 'name', description: 'A name in Latin or Cyrillic, e.g. Bukeikhanov or Бөкейханов', type: 'string', required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const name = String(args.name ?? text).trim();
    if (!name) return errorReply(say('ui.ask.who', {}, context.language), context.language);
    // Autocomplete sends an entry id; typed text is a name or a question: `ask` reads both.
    return core.ask(name, context, 'who');
  },
} satisfies Command;
