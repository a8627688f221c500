import type { Language } from './language';
import { say } from './phrases';
import { errorReply, type Reply } from './reply';

/**
 * Most characters of one message the core reads: Telegram's limit for a message, and more than
 * Discord allows. Longer text (a pasted book in the terminal, a forged update) gets a short
 * reply instead of minutes of work.
 */
export const MESSAGE_LIMIT = 4096;

/**
 * A message as the core reads it, or the reply to give instead. Control characters (NUL, the
 * C0 and C1 sets except tab and line feed, and the bidirectional overrides) are dropped so they
 * are never echoed back; lone surrogates become U+FFFD. Text over `MESSAGE_LIMIT` is refused, in
 * `lang` (default English).
 */
export function readInput(text: string, lang: Language = 'en'): { text: string } | { reply: Reply } {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  if (raw.length > MESSAGE_LIMIT) {
    const values = { count: raw.length, length: raw.length.toLocaleString(lang), limit: MESSAGE_LIMIT.toLocaleString(lang) };
    return { reply: errorReply(say('ui.tooLong', values, lang), lang) };
  }
  return { text: cleanText(raw) };
}

/** `text` without control and bidirectional-override characters, lone surrogates replaced (see `readInput`). */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Command arguments with every string cleaned as `cleanText` does (slash command options arrive here). */
export function cleanArgs<T extends Record<string, unknown>>(args: T): T {
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'string' ? cleanText(v).slice(0, MESSAGE_LIMIT) : v])) as T;
}
