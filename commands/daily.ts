import type { Command, CommandArgs } from '../src/core/command';
import { DEFAULT_DAILY, clockTime, dayName, timeZoneName } from '../src/core/daily';
import { errorReply } from '../src/core/reply';

/**
 * `/daily on [HH:MM] [time zone]` turns on a daily "on this day" post in this chat (chat admins);
 * `/daily off` turns it off; `/daily` says whether it is on. The time defaults to the chat's
 * current setting, else 09:00; the zone to the chat's current one, else UTC. On Discord:
 * `/alash daily action:on time:09:00 timezone:Asia/Almaty`.
 */
export default {
  name: 'daily',
  description: 'Post "on this day" here every day (admins: on [HH:MM] [time zone], off)',
  order: 5,
  options: [
    {
      name: 'action',
      description: 'status (default), on or off: chat admins only',
      type: 'string',
      choices: [
        { name: 'status', value: 'status' },
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
      ],
    },
    { name: 'time', description: 'Local time of the post, HH:MM (default 09:00)', type: 'string' },
    { name: 'timezone', description: 'IANA time zone, e.g. Asia/Almaty or Europe/Moscow (default UTC)', type: 'string' },
  ],
  // Turning it on or off is for chat admins; anyone may ask whether it is on.
  requires: (args) => (args.action === 'on' || args.action === 'off' ? ['admin'] : []),
  parse(text: string): CommandArgs {
    const args: CommandArgs = {};
    const rest: string[] = [];
    for (const word of text.trim().split(/\s+/).filter(Boolean)) {
      const lower = word.toLowerCase();
      if (['on', 'off', 'status', 'stop', 'start'].includes(lower) && args.action === undefined) {
        args.action = lower === 'stop' ? 'off' : lower === 'start' ? 'on' : lower;
      } else if (/^\d{1,2}[:.]\d{2}$/.test(word) && args.time === undefined) args.time = word;
      else rest.push(word);
    }
    if (rest.length) args.timezone = rest.join(' ');
    return args;
  },
  async handle({ args, context }, core) {
    const daily = core.daily;
    if (!daily.available) return refuse('The daily post is not available right now.');
    const action = String(args.action ?? 'status').toLowerCase();
    const current = await daily.setting(context.chat);
    if (action === 'status') {
      return {
        kind: 'answer',
        title: 'Daily post',
        body: current
          ? `On: every day at ${current.time} (${current.timezone}). An admin can turn it off with /daily off.`
          : 'Off. A chat admin can turn it on with /daily on [HH:MM] [time zone], e.g. /daily on 09:00 Asia/Almaty.',
        entries: [],
      };
    }
    if (action !== 'on' && action !== 'off') return refuse('Use /daily on [HH:MM] [time zone], /daily off, or /daily to see the setting.');
    if (action === 'off') {
      const was = await daily.turnOff(context.chat);
      return { kind: 'answer', title: 'Daily post', body: was ? 'Off. No more daily posts here.' : 'It was already off.', entries: [] };
    }
    const time = args.time === undefined ? (current?.time ?? DEFAULT_DAILY.time) : clockTime(String(args.time));
    if (!time) return refuse('The time is HH:MM on a 24-hour clock, e.g. 09:00 or 18:30.');
    const timezone = args.timezone === undefined ? (current?.timezone ?? DEFAULT_DAILY.timezone) : timeZoneName(String(args.timezone));
    if (!timezone) return refuse('I don\'t know that time zone. Use an IANA name such as Asia/Almaty, Asia/Aqtobe, Europe/Moscow or UTC.');
    const { firstDay } = await daily.turnOn(context.chat, { time, timezone });
    return {
      kind: 'answer',
      title: 'Daily post',
      body: `On: every day at ${time} (${timezone}), what happened on that date in the Alash movement's history. The first post comes on ${dayName(firstDay)}.`,
      entries: [],
    };
  },
} satisfies Command;

const refuse = errorReply;
