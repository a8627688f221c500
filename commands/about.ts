import type { Command } from '../src/core/command';
import { say } from '../src/core/phrases';
import { errorReply } from '../src/core/reply';

/** One entry by id: what follow-up and choice buttons ask for. Hidden from menus. */
export default {
  name: 'about',
  description: 'Show one entry of the knowledge by its id or name',
  hidden: true,
  options: [{ name: 'entry', description: 'An entry id such as bukeikhanov, or a name', type: 'string', required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const entry = String(args.entry ?? text).trim();
    if (!entry) return errorReply(say('ui.ask.about', {}, context.language), context.language);
    return core.about(entry, context);
  },
} satisfies Command;
