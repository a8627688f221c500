import type { ChatRef } from './chat';
import type { Reply } from './reply';

/**
 * How the core posts into a chat unprompted, without a message to answer: the quiz's reveals and
 * summaries, the daily "on this day" post. Each adapter gives one per platform (its `QuizTable`
 * is one) and renders the reply as it renders any other.
 */
export interface ChatPoster {
  /**
   * Posts a reply into the chat. Rejects with a `ChatClosedError` when the bot can no longer post
   * there (removed from the chat, blocked, lost the right to post, the channel deleted), and
   * with the platform's own error for anything else (which may pass).
   */
  post(chat: ChatRef, reply: Reply): Promise<void>;
  /**
   * Whether this process posts in that chat. Under sharding each process sees only its own
   * servers, so each chat is served by one process. Default: every chat of the platform.
   */
  serves?(chat: ChatRef): boolean;
}

/**
 * The bot can no longer post in a chat, for good: the platform said so (Telegram 403 "bot was
 * kicked", "not enough rights"; Discord 50001 Missing Access, 50013 Missing Permissions, 10003
 * Unknown Channel). Whoever posts unprompted stops posting there.
 */
export class ChatClosedError extends Error {
  override name = 'ChatClosedError';

  /** @param reason the platform's own words or code, for the log */
  constructor(
    readonly chat: ChatRef,
    readonly reason: string,
  ) {
    super(`cannot post in ${chat.platform} chat ${chat.id}: ${reason}`);
  }
}
