import type { Command } from '../src/core/command';

/** Telegram's greeting when someone opens the bot. Telegram lists it in the menu. */
export default {
  name: 'start',
  description: 'Start talking to the bot',
  platforms: ['telegram', 'terminal'],
  order: 99,
  options: [],
  handle({ context }, core) {
    return core.greeting(context);
  },
} satisfies Command;
