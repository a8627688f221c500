import type { Command } from '../src/core/command';

/** `/alash what Alash Orda`: a term, organisation, publication or event explained. */
export default {
  name: 'what',
  description: 'What a term, organisation, publication or event was',
  aliases: ['ne', 'chto'],
  order: 3,
  options: [{ name: 'query', description: 'A term or question, e.g. Alash Orda, Qazaq, the Letter of Five', type: 'string', required: true, autocomplete: true }],
  handle({ args, text }, core) {
    const query = String(args.query ?? text).trim();
    if (!query) return { kind: 'error', body: 'What should I explain? For example: /what Alash Orda', entries: [], ephemeral: true };
    return core.knowledge.byId.has(query) ? core.library.about(query) : core.library.answer(`what ${query}`, 'what');
  },
} satisfies Command;
