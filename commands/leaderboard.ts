import type { Command, CommandArgs } from '../src/core/command';
import { hasRounds } from '../src/core/quiz/contract';

/** `/leaderboard` shows the chat's top 10; `/leaderboard reset` clears it (chat admins only). */
export default {
  name: 'leaderboard',
  description: "Show this chat's quiz standings (admins: reset them)",
  aliases: ['scores'],
  order: 51,
  options: [
    {
      name: 'action',
      description: 'show (default), or reset: chat admins only',
      type: 'string',
      choices: [
        { name: 'show', value: 'show' },
        { name: 'reset', value: 'reset' },
      ],
    },
  ],
  parse(text: string): CommandArgs {
    const word = text.trim().toLowerCase();
    return word === 'reset' || word === 'clear' ? { action: 'reset' } : {};
  },
  async handle({ args, context }, core) {
    if (!hasRounds(core.quiz)) return { kind: 'error', body: 'The quiz is not available right now.', entries: [], ephemeral: true };
    if (args.action === 'reset') {
      if (context.user.isAdmin !== true)
        return { kind: 'error', body: 'Only chat admins can reset the leaderboard.', entries: [], ephemeral: true };
      return core.quiz.reset(context);
    }
    return core.quiz.leaderboard(context.chat, 10);
  },
} satisfies Command;
