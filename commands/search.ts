import type { Command } from '../src/core/command';
import { say } from '../src/core/phrases';
import { errorReply } from '../src/core/reply';

/** `/alash search famine`: every entry that mentions the words. */
export default {
  name: 'search',
  description: 'Search everything the bot knows for some words',
  aliases: ['find', 'izdeu', 'poisk'],
  order: 4,
  options: [{ name: 'words', description: 'Words to look for, e.g. famine, newspaper, Semipalatinsk', type: 'string', required: true }],
  handle({ args, text, context }, core) {
    const words = String(args.words ?? text).trim();
    if (!words) return errorReply(say('ui.ask.search', {}, context.language), context.language);
    return core.search(words, context);
  },
} satisfies Command;
