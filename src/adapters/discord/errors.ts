import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { NetworkError, PlatformError, errorCode, shortMessage } from '../../core/errors';
import { errorFields, maskSecrets } from '../../core/log';

/**
 * An error as it may be logged: discord.js API errors carry the request URL, which for
 * interactions holds the interaction token, and the request body. Keep the code, the status
 * and the route with tokens masked; the body is left out. Never throws, whatever the shape.
 */
export function loggable(error: unknown): Record<string, unknown> {
  try {
    const typed = typedError(error);
    const fields = errorFields(typed === error ? error : { ...errorFields(typed), cause: errorFields(error) });
    return JSON.parse(maskSecrets(JSON.stringify(fields))) as Record<string, unknown>;
  } catch {
    return { type: 'unreadable' };
  }
}

/**
 * discord.js errors typed by origin: an API error answer (DiscordAPIError, an HTTPError for an
 * error status without Discord's JSON, a RateLimitError) is a PlatformError; a socket error or
 * a timeout a NetworkError. Anything else is returned as it is.
 */
export function typedError(error: unknown): unknown {
  try {
    if (error instanceof DiscordAPIError || error instanceof HTTPError) {
      const route = `${error.method} ${maskTokens(pathOf(error.url ?? ''))}`;
      const code = error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : error.status;
      const description = error.message && error.message !== error.name ? error.message : undefined;
      return new PlatformError('discord', route, code, description, { cause: error });
    }
    if (error instanceof RateLimitError) {
      return new PlatformError('discord', `${error.method} ${maskTokens(error.route ?? '')}`, 429, `rate limited for ${error.timeToReset} ms`, { cause: error });
    }
    // A 200 whose body is not JSON (an empty body, a proxy's text): no usable answer.
    if (error instanceof SyntaxError) return new NetworkError('discord', 'a request', 'the answer was not JSON', { cause: error });
    if (error instanceof Error && (error.name === 'AbortError' || errorCode(error) || errorCode(error.cause))) {
      const reason = error.name === 'AbortError' ? 'timed out' : (errorCode(error) ?? errorCode(error.cause) ?? shortMessage(error));
      return new NetworkError('discord', 'a request', reason, { cause: error });
    }
  } catch {
    // An error too odd to type: it is still logged as it is.
  }
  return error;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function maskTokens(url: string): string {
  return url.replace(/\/(webhooks\/\d+|interactions\/\d+)\/[^/?]+/g, '/$1/:token');
}
