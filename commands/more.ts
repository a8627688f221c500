import type { Command } from '../src/core/command';
import { say } from '../src/core/phrases';
import { errorReply } from '../src/core/reply';

/** `/more bukeikhanov`: the whole card of an entry, every field and source. The "More" button asks for it. */
export default {
  name: 'more',
  description: 'Everything the bot knows about one entry, with all its sources',
  order: 6,
  options: [{ name: 'entry', description: 'An entry id such as bukeikhanov, or a name', type: 'string', required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const entry = String(args.entry ?? text).trim();
    if (!entry) return errorReply(say('ui.ask.more', {}, context.language), context.language);
    return core.more(entry, context);
  },
} satisfies Command;
