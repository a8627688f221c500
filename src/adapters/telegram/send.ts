import { GrammyError, InputFile, type Api } from 'grammy';
import type { Message } from 'grammy/types';
import { replyToText, type Reply } from '../../core/reply';
import { clip, MESSAGE_LIMIT, renderReply } from './render';

/** Telegram's limit on a photo's caption. */
export const CAPTION_LIMIT = 1024;

export interface SendOptions {
  /** The message this answers; in groups the reply quotes it so the thread stays readable. */
  replyTo?: number;
  /** Forum topic of the asking message. */
  threadId?: number;
}

/**
 * Sends a reply as one or more HTML messages; the inline keyboard goes on the last one. A reply
 * with an image goes out as a photo (multipart upload) captioned with the first 1024 characters
 * of the text, the rest (if any) as messages after it. Should Telegram still refuse the HTML,
 * the reply goes out once more as plain text, so the user gets an answer rather than silence.
 */
export async function sendReply(api: Api, chatId: number | string, reply: Reply, options: SendOptions = {}): Promise<Message[]> {
  const { texts, keyboard } = renderReply(reply, reply.image ? CAPTION_LIMIT : MESSAGE_LIMIT);
  const sent: Message[] = [];
  for (const [i, text] of texts.entries()) {
    const last = i === texts.length - 1;
    const common = {
      ...(options.threadId !== undefined ? { message_thread_id: options.threadId } : {}),
      ...(i === 0 && options.replyTo !== undefined ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
    };
    if (i === 0 && reply.image) {
      const photo = () => new InputFile(reply.image!.png, reply.image!.name);
      try {
        sent.push(await api.sendPhoto(chatId, photo(), { caption: text, parse_mode: 'HTML', ...common }));
      } catch (error) {
        if (!(error instanceof GrammyError && /can't parse entities/i.test(error.description))) throw error;
        sent.push(await api.sendPhoto(chatId, photo(), { caption: clip(reply.title ?? reply.body, CAPTION_LIMIT), ...common }));
      }
      continue;
    }
    try {
      sent.push(await api.sendMessage(chatId, text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...common }));
    } catch (error) {
      if (!(error instanceof GrammyError && /can't parse entities/i.test(String(error.description ?? '')))) throw error;
      sent.push(await api.sendMessage(chatId, truncate(replyToText(reply), MESSAGE_LIMIT), { link_preview_options: { is_disabled: true }, ...common }));
      break;
    }
  }
  return sent;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
