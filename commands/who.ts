import type { Command } from '../src/core/command';

/** `/alash who Bukeikhanov`: a short, sourced profile of a person. */
export default {
  name: 'who',
  description: 'A short, sourced profile of a person of the Alash movement',
  aliases: ['kim', 'kto'],
  order: 1,
  options: [{ name: 'name', description: 'A name in Latin or Cyrillic, e.g. Bukeikhanov or Бөкейханов', type: 'string', required: true, autocomplete: true }],
  handle({ args, text }, core) {
    const name = String(args.name ?? text).trim();
    if (!name) return { kind: 'error', body: 'Who should I look up? For example: /who Bukeikhanov', entries: [], ephemeral: true };
    // Autocomplete sends an entry id; typed text is a name or a question.
    return core.knowledge.byId.has(name) ? core.library.about(name) : core.library.answer(`who ${name}`, 'who');
  },
} satisfies Command;
