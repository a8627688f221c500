import { Bot, Composer, type Api, type Context as TelegramContext } from 'grammy';
import type { Chat, InlineQueryResultArticle, Message, Update, User, UserFromGetMe } from 'grammy/types';
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { apiThrottler, type APIThrottlerOptions } from '@grammyjs/transformer-throttler';
import type { ChatRef, Context, GroupReplies, UserRef } from '../../core/chat';
import type { Core } from '../../core/core';
import type { Logger } from '../../core/log';
import { metrics } from '../../core/metrics';
import { languageOfLocale } from '../../core/language';
import { say } from '../../core/phrases';
import { apology } from '../../core/reply';
import { escapeRegExp } from '../../core/text';
import { describeError } from './errors';
import { decodeAction, renderReply, summaryLine } from './render';
import { sendReply } from './send';

/** The updates the bot asks for; edits arrive only to be ignored on purpose. */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'inline_query', 'poll_answer'] as const satisfies ReadonlyArray<
  Exclude<keyof Update, 'update_id'>
>;

export interface TelegramBotOptions {
  token: string;
  /** Bot API base URL (TELEGRAM_API_ROOT), for a self-hosted Bot API server or a test fake. */
  apiRoot?: string;
  /** Which unaddressed group messages reach the core (GROUP_REPLIES); `off` answers only what is addressed. */
  groupReplies?: GroupReplies;
  /**
   * Outgoing limits, per chat and overall (grammY's throttler, Bottleneck options). Default:
   * Telegram's published limits. `false` turns throttling off (auto-retry still honours 429s).
   */
  throttle?: APIThrottlerOptions | false;
  /** The bot's own user, to skip getMe (benchmarks). */
  botInfo?: UserFromGetMe;
  /**
   * Seconds before an API call without an answer is given up (grammY's `timeoutSeconds`;
   * default 500, grammY's). Must exceed the long polling timeout.
   */
  timeoutSeconds?: number;
}

/** Methods that post into a chat, and so count against Telegram's per-chat and global limits. */
const SENDING = new Set([
  'sendMessage', 'sendPoll', 'stopPoll', 'editMessageText', 'editMessageReplyMarkup', 'copyMessage', 'forwardMessage',
  'sendPhoto', 'sendDocument', 'sendSticker', 'sendAnimation', 'sendVideo', 'sendAudio', 'sendVoice', 'sendMediaGroup',
]);

/** The adapter's own short replies, in the user's app language (Telegram `language_code`); English otherwise. */
const expiredNote = (user?: User) => say('ui.label.expired', {}, languageOfLocale(user?.language_code));
const textOnlyNote = (user?: User) => say('ui.label.textOnly', {}, languageOfLocale(user?.language_code));
const apologyFor = (user?: User) => apology(languageOfLocale(user?.language_code));

/**
 * Builds the grammY bot: API transformers (retry on 429 and 5xx, throttling, failure logging)
 * and the middleware that turns updates into core requests and replies into HTML messages,
 * inline keyboards and inline results.
 */
export function createTelegramBot(core: Core, options: TelegramBotOptions, log: Logger): Bot {
  const bot = new Bot(options.token, {
    client: {
      ...(options.apiRoot ? { apiRoot: options.apiRoot.replace(/\/+$/, '') } : {}),
      ...(options.timeoutSeconds !== undefined ? { timeoutSeconds: options.timeoutSeconds } : {}),
    },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });

  // The last transformer installed runs first: auto-retry wraps the throttler, so every retry
  // waits its turn again; the logger sees each attempt.
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      // An answer may be anything a proxy sends back: `{"ok": false}` with no code or description too.
      if (!result?.ok) {
        const code = typeof result?.error_code === 'number' ? result.error_code : undefined;
        metrics.apiErrors.inc({ platform: 'telegram', method, code: String(code ?? 'none') });
        if (code === 429) metrics.rateLimited.inc({ platform: 'telegram', method });
        log.warn({ method, code, description: typeof result?.description === 'string' ? result.description.slice(0, 500) : undefined }, 'telegram request failed');
      }
      return result;
    } catch (error) {
      if (!signal?.aborted) {
        metrics.apiErrors.inc({ platform: 'telegram', method, code: 'network' });
        log.warn({ method, err: describeError(error, options.token) }, 'telegram request failed');
      }
      throw error;
    }
  });
  if (options.throttle !== false) {
    // Only what posts into a chat counts against its limits; a getChatMember for an admin
    // check must not wait behind a busy group's messages.
    const throttle = apiThrottler(options.throttle ?? {});
    bot.api.config.use((prev, method, payload, signal) =>
      SENDING.has(method) ? throttle(prev, method, payload, signal) : prev(method, payload, signal),
    );
  }
  bot.api.config.use(autoRetry({ maxRetryAttempts: 8, maxDelaySeconds: 300 }));

  // Updates of one chat are handled in order, different chats side by side (with the runner).
  bot.use(sequentialize((ctx: TelegramContext) => ctx.chat?.id.toString()));
  bot.use(conversation(core, options.groupReplies ?? 'dates', log));

  // The adapter's one error boundary: whatever failed while handling an update (our handler,
  // Telegram refusing, the network) is logged safely once and the user answered once.
  bot.catch(async (err) => {
    try {
      log.error({ err: describeError(err, options.token), update: err.ctx?.update?.update_id }, 'telegram update failed');
    } catch {
      // Logging must not be what fails; nothing more to do.
    }
    // A short apology where one is expected; never a stack trace, never in a busy group.
    try {
      if (err.ctx.callbackQuery) await err.ctx.answerCallbackQuery({ text: apologyFor(err.ctx.from) });
      else if (err.ctx.chat?.type === 'private') await err.ctx.reply(apologyFor(err.ctx.from));
    } catch {
      // Telegram itself is failing; the log has it.
    }
  });
  return bot;
}

/** The middleware: messages, button presses, inline queries and quiz poll answers. */
export function conversation(core: Core, groupReplies: GroupReplies, log: Logger): Composer<TelegramContext> {
  const composer = new Composer<TelegramContext>();

  composer.on('message', async (ctx) => {
    const message = ctx.message;
    const from = message.from;
    if (!from || from.is_bot) return; // other bots, and anonymous admins posting as the group
    const isPrivate = message.chat.type === 'private';
    if (message.text === undefined) {
      if (isPrivate && hasContent(message)) await ctx.reply(textOnlyNote(from));
      return;
    }
    // A forwarded message in a group is someone else's words, not a question to the bot.
    if (message.forward_origin && !isPrivate) return;
    const read = readMessage(message, ctx.me);
    if (!read) return; // a command for another bot
    if (!read.addressed && groupReplies === 'off') return;
    const context = contextFor(ctx.api, message.chat, from, read.addressed);
    const reply = await core.handleText(read.text, context);
    if (!reply) return;
    await sendReply(ctx.api, message.chat.id, reply, {
      ...(isPrivate ? {} : { replyTo: message.message_id }),
      ...(message.is_topic_message && message.message_thread_id !== undefined ? { threadId: message.message_thread_id } : {}),
    });
  });

  // Edits are ignored: answering a corrected question again would double the reply.
  composer.on('edited_message', () => {});

  composer.on('callback_query:data', async (ctx) => {
    const request = decodeAction(ctx.callbackQuery.data);
    const message = ctx.callbackQuery.message;
    if (!request || !message) {
      await ctx.answerCallbackQuery({ text: expiredNote(ctx.from) });
      return;
    }
    await ctx.answerCallbackQuery();
    const context = contextFor(ctx.api, message.chat, ctx.from, true);
    const reply = await core.handleText(request, context);
    if (reply) await sendReply(ctx.api, message.chat.id, reply, message.chat.type === 'private' ? {} : { replyTo: message.message_id });
  });
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery({ text: expiredNote(ctx.from) }));

  composer.on('inline_query', async (ctx) => {
    const query = ctx.inlineQuery.query.trim().slice(0, 256);
    if (!query) return void (await ctx.answerInlineQuery([], { cache_time: 300 }));
    const context: Context = {
      chat: { platform: 'telegram', id: `inline:${ctx.from.id}`, kind: 'private' },
      user: askerRef(ctx.from),
      addressed: true,
    };
    const names = core.complete(query, 5);
    const asks = names.length ? names.map((n) => ({ key: n.value, text: n.name })) : [{ key: 'q', text: query }];
    const results: InlineQueryResultArticle[] = [];
    for (const [i, ask] of asks.entries()) {
      const reply = await core.handleText(ask.text, context);
      if (!reply || reply.kind === 'error') continue;
      const [text] = renderReply(reply).texts;
      results.push({
        type: 'article',
        id: `${i}:${ask.key}`.slice(0, 64),
        title: reply.title ?? ask.text.slice(0, 100),
        description: summaryLine(reply),
        input_message_content: { message_text: text ?? '…', parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
      });
    }
    await ctx.answerInlineQuery(results.slice(0, 50), { cache_time: 300 });
  });

  composer.on('poll_answer', async (ctx) => {
    const answer = ctx.pollAnswer;
    const option = answer.option_ids[0];
    // Anonymous voters and retracted votes cannot be scored.
    if (!answer.user || option === undefined) return;
    const outcome = await core.quiz.answer({ platform: 'telegram', ref: answer.poll_id, user: userRef(answer.user), option });
    log.debug({ poll: answer.poll_id, status: outcome.status }, 'quiz poll answer');
  });

  return composer;
}

/** A message read for the core: its text without the bot's @name, and whether it was addressed to the bot. */
export interface ReadMessage {
  text: string;
  addressed: boolean;
}

/**
 * Decides whether a message is addressed to the bot and strips the bot's @name. Returns null
 * for `/command@OtherBot`. A `/command` without a bot's name is addressed only in a private
 * chat: in a group the core's router decides whether the word is one of ours.
 */
export function readMessage(message: Message, me: User): ReadMessage | null {
  const text = message.text ?? '';
  const username = me.username ?? '';
  const isPrivate = message.chat.type === 'private';
  const command = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?=\s|$)/.exec(text);
  if (command) {
    const [whole, word = '', target] = command;
    if (target && target.toLowerCase() !== username.toLowerCase()) return null;
    const rest = text.slice(whole.length);
    return { text: `/${word}${rest}`, addressed: isPrivate || Boolean(target) };
  }
  const mention = mentionOf(username);
  const mentioned =
    (username ? mention.test(text) : false) ||
    (message.entities ?? []).some((e) => e.type === 'text_mention' && e.user.id === me.id);
  const repliedTo = message.reply_to_message?.from?.id === me.id;
  const stripped = username ? text.replace(mention, '$1').replace(/[ \t]{2,}/g, ' ').trim() : text.trim();
  return { text: stripped, addressed: isPrivate || mentioned || repliedTo };
}

/** `@username` as a word of its own, any case; made once per bot name, not per message. */
const mentions = new Map<string, RegExp>();
function mentionOf(username: string): RegExp {
  let pattern = mentions.get(username);
  if (!pattern) mentions.set(username, (pattern = new RegExp(`(^|[^\\w@])@${escapeRegExp(username)}\\b`, 'gi')));
  // A global pattern remembers where it last matched: start every message from the beginning.
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * The core's view of who asks where. The router asks `isAdmin` only for a command that needs
 * it, and then getChatMember answers; in a private chat the user manages their own chat.
 */
function contextFor(api: Api, chat: Chat, from: User, addressed: boolean): Context {
  const isAdmin = async () => {
    if (chat.type === 'private') return true;
    try {
      const member = await api.getChatMember(chat.id, from.id);
      return member.status === 'creator' || member.status === 'administrator';
    } catch {
      return false; // Telegram cannot tell: grant nothing
    }
  };
  return { chat: chatRef(chat), user: askerRef(from), addressed, isAdmin };
}

export function chatRef(chat: Chat): ChatRef {
  return { platform: 'telegram', id: String(chat.id), kind: chat.type === 'private' ? 'private' : 'group' };
}

export function userRef(user: User): UserRef {
  return { id: String(user.id), name: [user.first_name, user.last_name].filter(Boolean).join(' ') || user.username || 'someone' };
}

/** The user as the core sees an asker: with their app's language, a hint for the reply's language (`replyLanguage`). */
function askerRef(user: User): UserRef {
  return { ...userRef(user), ...(user.language_code ? { locale: user.language_code } : {}) };
}

/** A message someone sent on purpose (a sticker, a photo...), as opposed to a service message. */
function hasContent(message: Message): boolean {
  const kinds = ['sticker', 'photo', 'video', 'animation', 'document', 'audio', 'voice', 'video_note', 'location', 'contact', 'poll', 'dice', 'venue'];
  return kinds.some((k) => k in message);
}
