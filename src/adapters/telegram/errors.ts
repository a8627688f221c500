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
