import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  /**
   * Values masked wherever they appear in a log line (the bot tokens, the webhook secret).
   * Token-shaped text (Telegram bot tokens, `/bot<token>/` paths, Discord bot, webhook and
   * interaction tokens) is masked even when not listed. Default: none listed.
   */
  secrets?: readonly (string | undefined)[];
  /** Where lines go (default: stderr). Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/**
 * One logger for the process: pretty lines on a terminal, JSON otherwise (for log shippers).
 * It writes to stderr, so the terminal chat and its `--json` output own stdout.
 *
 * Secrets never reach the output: every line passes through `maskSecrets` on its way out, so a
 * token repeated in an API error description, a start-up error message or a URL is masked
 * whatever logged it. `err` fields are read by `errorFields`, which survives an error of any
 * shape (no message, a throwing getter, an HTML page as description).
 */
export function createLogger(level = 'info', pretty = Boolean(process.stderr.isTTY), options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const settings = {
    level,
    serializers: { err: errorFields },
    hooks: { streamWrite: (line: string) => maskSecrets(line, secrets) },
  };
  if (options.destination) return pino(settings, options.destination);
  if (!pretty) return pino(settings, pino.destination(2));
  return pino({
    ...settings,
    transport: {
      target: 'pino-pretty',
      options: { destination: 2, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
    },
  });
}

/** A logger that drops everything, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

const SECRET = '[secret]';

/** Token shapes masked even when the value is not known. */
const TOKEN_SHAPES: [RegExp, string][] = [
  // A Bot API path: /bot<token>/method
  [/\/bot[^/\s"'\\]+\//g, `/bot${SECRET}/`],
  // A Telegram bot token on its own: 123456789:AA...
  [/\b\d{5,}:[A-Za-z0-9_-]{30,}/g, SECRET],
  // Discord interaction and webhook tokens in routes
  [/\/(interactions|webhooks)\/(\d+)\/[^/\s"'?\\]+/g, `/$1/$2/${SECRET}`],
  // A Discord bot token (three base64url parts)
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, SECRET],
  // Authorization headers
  [/\b(Bot|Bearer) [A-Za-z0-9._-]{20,}/g, `$1 ${SECRET}`],
];

/** `text` with every listed secret and every token-shaped string replaced by `[secret]`. Never throws. */
export function maskSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  try {
    let out = String(text);
    for (const secret of secrets) {
      if (secret && secret.length >= 4) out = out.split(secret).join(SECRET);
    }
    for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement);
    return out;
  } catch {
    return '[a line that could not be masked]';
  }
}

/** Longest string kept from an error field: an HTML error page as description stays readable. */
const FIELD_LIMIT = 500;
const FIELDS = ['platform', 'method', 'setting', 'code', 'error_code', 'status', 'description', 'reason', 'message', 'route', 'update'] as const;

/**
 * What may be logged about anything thrown: its type, the usual fields (message, code, status,
 * method, description), a short stack and its causes. Request bodies and payloads, which hold
 * user text and sometimes tokens, are left out. Never throws, whatever the shape: null, a
 * string, an object whose getters throw, a cause chain that loops.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  try {
    return read(error, 0);
  } catch {
    return { type: 'unreadable' };
  }
}

function read(error: unknown, depth: number): Record<string, unknown> {
  if (error === null || error === undefined) return { type: String(error) };
  if (typeof error !== 'object' && typeof error !== 'function') return { type: typeof error, message: clip(String(error)) };
  const out: Record<string, unknown> = { type: typeName(error) };
  for (const key of FIELDS) {
    const value = field(error, key);
    if (typeof value === 'string') out[key] = clip(value);
    else if (typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  const stack = field(error, 'stack');
  if (typeof stack === 'string') out.stack = stack.split('\n').slice(0, 8).join('\n');
  if (depth < 3) {
    // grammY's HttpError keeps the fetch error in `error`; standard errors in `cause`.
    const cause = field(error, 'cause') ?? field(error, 'error');
    if (cause !== undefined && cause !== error) out.cause = read(cause, depth + 1);
  }
  return out;
}

function field(object: object, key: string): unknown {
  try {
    return (object as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function typeName(error: object): string {
  const type = field(error, 'type');
  if (typeof type === 'string' && Object.getPrototypeOf(error) === Object.prototype) return type;
  const name = field(error, 'name');
  if (typeof name === 'string' && name) return name;
  try {
    return error.constructor?.name || 'object';
  } catch {
    return 'object';
  }
}

function clip(text: string): string {
  return text.length <= FIELD_LIMIT ? text : `${text.slice(0, FIELD_LIMIT)}… (${text.length} characters)`;
}
