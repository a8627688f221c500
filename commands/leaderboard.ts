import type { Command, CommandArgs } from '../src/core/command';
import { hasRounds } from '../src/core/quiz/contract';
import { say } from '../src/core/phrases';
import { errorReply } from '../src/core/reply';

/** `/leaderboard` shows the chat's top 10; `/leaderboard reset` clears it (chat admins only, checked by the router). */
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
  requires: (args) => (args.action === 'reset' ? ['admin'] : []),
  async handle({ args, context }, core) {
    if (!hasRounds(core.quiz)) return errorReply(say('quiz.unavailable', {}, context.language));
    if (args.action === 'reset') return core.quiz.reset(context);
    return core.quiz.leaderboard(context.chat, 10, context.language);
  },
} satisfies Command;
