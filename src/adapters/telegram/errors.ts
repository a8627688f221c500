import { GrammyError, HttpError } from 'grammy';

/**
 * What may be logged about a failure. grammY's HttpError wraps the fetch error, whose message
 * holds the request URL and so the bot token: never log the raw error, only these fields,
 * with the token masked wherever it appears.
 */
export function describeError(error: unknown, token?: string): Record<string, unknown> {
  const mask = (text: string) => (token ? text.split(token).join('[secret]') : text);
  if (error instanceof GrammyError) {
    return { type: 'GrammyError', method: error.method, code: error.error_code, description: mask(error.description) };
  }
  if (error instanceof HttpError) {
    const cause = error.error instanceof Error ? mask(error.error.message) : undefined;
    return { type: 'HttpError', message: mask(error.message), cause };
  }
  if (error instanceof Error) return { type: error.name, message: mask(error.message), stack: mask(error.stack ?? '') };
  return { type: typeof error, message: mask(String(error)) };
}

/**
 * Telegram's answers that mean the bot can no longer post in a chat, for good: any 403 (kicked,
 * blocked by the user, not a member, user deactivated) and the 400s for a missing right or a
 * chat that is gone. Returns the description, or undefined for anything that may pass.
 */
export function chatClosedReason(error: unknown): string | undefined {
  if (!(error instanceof GrammyError)) return undefined;
  if (error.error_code === 403) return error.description;
  if (error.error_code === 400 && /not enough rights|have no rights|need administrator rights|chat not found|CHAT_WRITE_FORBIDDEN|CHAT_RESTRICTED|group chat was upgraded/i.test(error.description)) {
    return error.description;
  }
  return undefined;
}
