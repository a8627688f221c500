import type { Command, CommandArgs } from '../src/core/command';
import { hasRounds, type RoundOptions } from '../src/core/quiz/contract';
import { QUIZ_TOPICS } from '../src/core/quiz/topics';
import { say } from '../src/core/phrases';
import { errorReply } from '../src/core/reply';

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** Words that ask for the player's missed questions: `/quiz missed`, `/quiz mistakes`. */
const MISSED_WORDS = ['missed', 'miss', 'mistakes', 'wrong', 'review'];

/**
 * `/quiz [questions] [topic] [difficulty]` starts a round; `/quiz missed [questions]` starts one
 * of the questions the asking player missed in this chat; `/quiz stop` ends the round; `/quiz
 * topics` lists the topics with the difficulties each has. On Discord
 * the same is `/alash quiz` with options, `action: missed` or `action: stop` (a slash command
 * cannot take a bare word, so these are choices of one option).
 */
export default {
  name: 'quiz',
  description: 'Start a quiz round in this chat, re-ask the questions you missed, or stop the round',
  order: 50,
  options: [
    { name: 'questions', description: 'How many questions (1-20)', type: 'integer', min: 1, max: 20 },
    {
      name: 'topic',
      description: 'Only questions on this topic',
      type: 'string',
      choices: QUIZ_TOPICS.map((t) => ({ name: t, value: t })),
    },
    {
      name: 'difficulty',
      description: 'easy, medium or hard',
      type: 'string',
      choices: DIFFICULTIES.map((d) => ({ name: d, value: d })),
    },
    {
      name: 'action',
      description: 'start (default), missed: re-ask the questions you missed here, stop the round, or topics: list them',
      type: 'string',
      choices: [
        { name: 'start', value: 'start' },
        { name: 'missed', value: 'missed' },
        { name: 'stop', value: 'stop' },
        { name: 'topics', value: 'topics' },
      ],
    },
  ],
  parse(text: string): CommandArgs {
    const args: CommandArgs = {};
    const rest: string[] = [];
    for (const word of text.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
      if (word === 'stop' || word === 'end' || word === 'start') args.action = word === 'start' ? 'start' : 'stop';
      else if (word === 'topics' && args.action === undefined) args.action = 'topics';
      else if (MISSED_WORDS.includes(word)) args.action = 'missed';
      else if (/^\d+$/.test(word) && args.questions === undefined) args.questions = Number(word);
      else if ((DIFFICULTIES as readonly string[]).includes(word) && args.difficulty === undefined) args.difficulty = word;
      else rest.push(word);
    }
    if (rest.length) args.topic = rest.join('-');
    return args;
  },
  async handle({ args, context, isAdmin }, core) {
    const lang = context.language;
    if (!hasRounds(core.quiz)) return errorReply(say('quiz.unavailable', {}, lang));
    // The round's starter may stop it, or a chat admin: the engine decides, knowing the starter.
    if (args.action === 'stop') return core.quiz.stop({ ...context, user: { ...context.user, isAdmin: await isAdmin() } });
    if (args.action === 'topics') return core.quiz.topicGuide(lang);
    // The round plays in the language of the request that started it.
    const options: RoundOptions = args.action === 'missed' ? { missed: true, language: lang } : { language: lang };
    if (args.questions !== undefined) {
      const n = Number(args.questions);
      if (!Number.isInteger(n)) return errorReply(say('quiz.wholeNumber', {}, lang));
      options.questions = n;
    }
    if (typeof args.topic === 'string' && args.topic) options.topic = args.topic;
    if (args.difficulty !== undefined) {
      const d = String(args.difficulty);
      if (!(DIFFICULTIES as readonly string[]).includes(d))
        return errorReply(say('quiz.difficulties', {}, lang));
      options.difficulty = d as RoundOptions['difficulty'];
    }
    return core.quiz.start(context, options);
  },
} satisfies Command;
