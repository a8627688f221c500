import { BotError, GrammyError, HttpError } from 'grammy';
import { HandlerError, NetworkError, PlatformError, errorCode, shortMessage } from '../../core/errors';
import { errorFields, maskSecrets } from '../../core/log';

/**
 * What may be logged about a failure. grammY's HttpError wraps the fetch error, whose message
 * holds the request URL and so the bot token: only these fields are logged, with the token
 * masked wherever it appears (the logger masks every line again). Never throws: an error with
 * no description, an HTML page or `{"ok": false}` as answer, or no error at all is described too.
 */
export function describeError(error: unknown, token?: string): Record<string, unknown> {
  const typed = typedError(error);
  const fields = errorFields(typed === error ? error : { ...errorFields(typed), cause: errorFields(error) });
  try {
    return JSON.parse(maskSecrets(JSON.stringify(fields), [token])) as Record<string, unknown>;
  } catch {
    return { type: 'unreadable' };
  }
}

/**
 * grammY's errors typed by origin: a GrammyError (Telegram answered `ok: false`) is a
 * PlatformError, an HttpError (no usable answer) a NetworkError, a BotError (a middleware
 * threw) a HandlerError, unless what the middleware threw was itself an API failure.
 * Anything else is returned as it is.
 */
export function typedError(error: unknown, method?: string): unknown {
  try {
    if (error instanceof BotError) {
      const inner = error.error;
      if (inner instanceof GrammyError || inner instanceof HttpError) return typedError(inner);
      return new HandlerError('telegram', String(error.ctx?.update?.update_id ?? ''), { cause: inner });
    }
    if (error instanceof GrammyError) {
      const code = typeof error.error_code === 'number' ? error.error_code : undefined;
      const description = typeof error.description === 'string' && error.description ? error.description : undefined;
      return new PlatformError('telegram', error.method ?? method ?? 'a method', code, description, { cause: error });
    }
    if (error instanceof HttpError) {
      const called = /'(\w+)'/.exec(error.message)?.[1] ?? method ?? 'a method';
      return new NetworkError('telegram', called, networkReason(error.error), { cause: error });
    }
  } catch {
    // An error too odd to type: it is still logged as it is.
  }
  return error;
}

/** A short reason for a failed request: the socket error code, a timeout, a body that is not JSON. */
function networkReason(cause: unknown): string {
  const code = errorCode(cause) ?? errorCode((cause as { cause?: unknown } | null)?.cause);
  if (code) return code;
  const name = (cause as { name?: unknown } | null)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') return 'timed out';
  if (cause instanceof SyntaxError) return 'the answer was not JSON';
  return shortMessage(cause).slice(0, 200);
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
