import type { Reply } from './reply';

/**
 * Most characters of one message the core reads: Telegram's limit for a message, and more than
 * Discord allows. Longer text (a pasted book in the terminal, a forged update) gets a short
 * reply instead of minutes of work.
 */
export const MESSAGE_LIMIT = 4096;

/**
 * A message as the core reads it, or the reply to give instead. Control characters (NUL, the
 * C0 and C1 sets except tab and line feed, and the bidirectional overrides) are dropped so they
 * are never echoed back; lone surrogates become U+FFFD. Text over `MESSAGE_LIMIT` is refused.
 */
export function readInput(text: string): { text: string } | { reply: Reply } {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  if (raw.length > MESSAGE_LIMIT) {
    return {
      reply: {
        kind: 'error',
        body: `That message is too long for me (${raw.length.toLocaleString('en')} characters): I read at most ${MESSAGE_LIMIT.toLocaleString('en')}. Ask one short question at a time.`,
        entries: [],
        ephemeral: true,
      },
    };
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
