import type { Api } from 'grammy';
import type { ChatRef } from '../../core/chat';
import type { Logger } from '../../core/log';
import type { QuizTable } from '../../core/quiz/contract';
import type { QuizQuestionView, Reply } from '../../core/reply';
import { PlatformError } from '../../core/errors';
import { ChatClosedError } from '../../core/posting';
import { chatClosedReason, describeError, typedError } from './errors';
import { clip } from './render';
import { sendReply } from './send';

/** Telegram's quiz poll limits (Bot API sendPoll). */
export const POLL_LIMITS = { question: 300, option: 100, explanation: 200, options: 12, minOpenPeriod: 5, maxOpenPeriod: 600 } as const;

/**
 * The core's way to post unprompted on Telegram (the quiz and the daily post share it). The quiz on Telegram: each question is a native quiz poll. Polls are not anonymous, so every
 * vote arrives as a poll_answer update (poll id and voter, nothing else), which the bot passes
 * to the engine with the poll id as `ref`.
 */
export class TelegramQuizTable implements QuizTable {
  /** Poll id -> the message holding it, for stopPoll. Lost on restart; open_period closes the poll anyway. */
  private readonly messages = new Map<string, { chatId: number | string; messageId: number }>();

  constructor(
    private readonly api: Api,
    private readonly log: Logger,
  ) {}

  async ask(chat: ChatRef, question: QuizQuestionView): Promise<{ ref: string }> {
    const chatId = telegramChatId(chat);
    // The engine gets a typed error (Telegram refused, or could not be reached) and ends the round.
    const message = await this.api.sendPoll(
      chatId,
      clip(`${question.number}/${question.total}. ${question.question}`, POLL_LIMITS.question),
      question.options.slice(0, POLL_LIMITS.options).map((o) => ({ text: clip(o, POLL_LIMITS.option) })),
      {
        type: 'quiz',
        is_anonymous: false,
        correct_option_ids: [question.correct],
        ...(question.explanation.trim() ? { explanation: explanation(question.explanation) } : {}),
        open_period: Math.min(POLL_LIMITS.maxOpenPeriod, Math.max(POLL_LIMITS.minOpenPeriod, Math.round(question.seconds))),
      },
    ).catch((error: unknown) => {
      throw typedError(error, 'sendPoll');
    });
    if (!message?.poll?.id) throw new PlatformError('telegram', 'sendPoll', undefined, 'the answer held no poll');
    this.messages.set(message.poll.id, { chatId, messageId: message.message_id });
    return { ref: message.poll.id };
  }

  async post(chat: ChatRef, reply: Reply): Promise<void> {
    try {
      await sendReply(this.api, telegramChatId(chat), reply);
    } catch (error) {
      const reason = chatClosedReason(error);
      throw reason ? new ChatClosedError(chat, reason) : error;
    }
  }

  async close(_chat: ChatRef, _question: QuizQuestionView, ref: string): Promise<void> {
    const message = this.messages.get(ref);
    if (!message) return;
    this.messages.delete(ref);
    try {
      await this.api.stopPoll(message.chatId, message.messageId);
    } catch (error) {
      // Already closed by its open_period, or deleted: nothing left to stop.
      this.log.debug({ err: describeError(error), poll: ref }, 'stopPoll failed');
    }
  }
}

/** At most 200 characters and 2 line feeds, as Telegram requires of a quiz explanation. */
export function explanation(text: string): string {
  let feeds = 0;
  const folded = text.trim().replace(/\n/g, () => (++feeds <= 2 ? '\n' : ' '));
  return folded.length <= POLL_LIMITS.explanation ? folded : folded.slice(0, POLL_LIMITS.explanation - 1).trimEnd() + '…';
}

function telegramChatId(chat: ChatRef): number | string {
  return /^-?\d+$/.test(chat.id) ? Number(chat.id) : chat.id;
}
