import type { Command } from '../src/core/command';

/** `/today` (`/alash today` on Discord): what happened on today's day and month, across the years. */
export default {
  name: 'today',
  description: "What happened on today's date in other years",
  order: 4,
  options: [],
  handle({ context }, core) {
    return core.daily.today(context.chat, context.language);
  },
} satisfies Command;
