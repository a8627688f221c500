import type { Command } from '../src/core/command';

/** One entry by id: what follow-up and choice buttons ask for. Hidden from menus. */
export default {
  name: 'about',
  description: 'Show one entry of the knowledge by its id or name',
  hidden: true,
  options: [{ name: 'entry', description: 'An entry id such as bukeikhanov, or a name', type: 'string', required: true, autocomplete: true }],
  handle({ args, text }, core) {
    const entry = String(args.entry ?? text).trim();
    if (!entry) return { kind: 'error', body: 'Which entry? For example: /about alash-orda', entries: [], ephemeral: true };
    return core.library.about(entry);
  },
} satisfies Command;
