import { DiscordAPIError, HTTPError } from 'discord.js';

/**
 * An error as it may be logged: discord.js API errors carry the request URL, which for
 * interactions holds the interaction token, and the request body. Keep the code, the status
 * and the route with tokens masked.
 */
export function loggable(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    return {
      name: error.name,
      message: error.message,
      status: error.status,
      ...('code' in error ? { code: error.code } : {}),
      method: error.method,
      route: maskTokens(error.url),
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { message: String(error) };
}

export function maskTokens(url: string): string {
  return url.replace(/\/(webhooks\/\d+|interactions\/\d+)\/[^/?]+/g, '/$1/:token');
}
