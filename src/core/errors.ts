import { maskSecrets } from './log';

/**
 * Errors typed by where they came from, as grammY does with GrammyError, HttpError and
 * BotError: the platform refused, the network failed, our own handler threw, or a setting
 * cannot work. Adapters turn their library's errors into these at their edges, so `main.ts`
 * can say in one line which part failed and why (`oneLine`).
 */

export type ErrorPlatform = 'telegram' | 'discord' | 'terminal';

const PLATFORM_NAMES: Record<ErrorPlatform, string> = { telegram: 'Telegram', discord: 'Discord', terminal: 'The terminal' };

/** The platform answered and refused: an API error with its code and description, where it gave them. */
export class PlatformError extends Error {
  override name = 'PlatformError';
  constructor(
    readonly platform: ErrorPlatform,
    /** The API method or route refused (`getMe`, `POST /interactions/:id/:token/callback`). */
    readonly method: string,
    /** The error code the platform gave; undefined when its answer had none. */
    readonly code: number | undefined,
    /** The platform's description (token-shaped text masked); undefined when its answer had none. */
    readonly description: string | undefined,
    /** `message`: what to say instead of the default "<Platform> refused <method> (<code>): <description>". */
    options?: { cause?: unknown; message?: string },
  ) {
    // A proxy or a self-hosted API server may repeat the request path, token and all.
    description = description === undefined ? undefined : maskSecrets(description).slice(0, 500);
    super(
      `${PLATFORM_NAMES[platform]} refused ${method}` +
        (code !== undefined || description
          ? `${code !== undefined ? ` (${code})` : ''}${description ? `: ${description}` : ''}`
          : ': its answer said only that the call failed (no error code, no description)'),
      options,
    );
    if (options?.message) this.message = options.message;
  }
}

/** No usable answer came back: the connection was refused or dropped, it timed out, or the body was not the API's JSON. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly platform: ErrorPlatform,
    readonly method: string,
    /** What went wrong on the wire, in a few words (`ECONNREFUSED`, `timed out`, `not JSON`). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    reason = maskSecrets(reason);
    super(`Could not reach ${PLATFORM_NAMES[platform]} for ${method}: ${reason}`, options);
  }
}

/** Our own code threw while handling an update or an interaction. */
export class HandlerError extends Error {
  override name = 'HandlerError';
  constructor(
    readonly platform: ErrorPlatform,
    /** The update or interaction id, where there is one. */
    readonly update: string | undefined,
    options: { cause: unknown },
  ) {
    super(`Handling a ${PLATFORM_NAMES[platform]} update${update ? ` (${update})` : ''} failed: ${shortMessage(options.cause)}`, options);
  }
}

/** A setting that cannot work as given (`KNOWLEDGE_DIR` missing, `DATA_DIR` not writable). */
export class SettingError extends Error {
  override name = 'SettingError';
  constructor(
    /** The environment variable to fix. */
    readonly setting: string,
    /** What is wrong, in words (no stack trace). */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${problem}`, options);
  }
}

/**
 * The one line to tell an operator which part failed and why. Typed errors give their own
 * message; anything else its message, or what it is when it has none. Never throws.
 */
export function oneLine(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message || error.name : shortMessage(error);
    return text.replace(/\s*\n\s*/g, ' ').slice(0, 500) || 'unknown error';
  } catch {
    return 'unknown error (it could not be read)';
  }
}

/** The message of anything thrown, for a one-line summary. Never throws. */
export function shortMessage(error: unknown): string {
  try {
    if (error instanceof Error) return error.message || error.name;
    if (typeof error === 'string') return error;
    if (error && typeof error === 'object') {
      const message = (error as { message?: unknown }).message;
      if (typeof message === 'string') return message;
      return JSON.stringify(error)?.slice(0, 200) ?? 'an object';
    }
    return String(error);
  } catch {
    return 'an error that could not be read';
  }
}

/** The node error code of a file-system or socket error (`ENOENT`, `ECONNRESET`), if any. */
export function errorCode(error: unknown): string | undefined {
  try {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}
