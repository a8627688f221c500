import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * One logger for the process: pretty lines on a terminal, JSON otherwise (for log shippers).
 * It writes to stderr, so the terminal chat and its `--json` output own stdout. Secrets
 * never reach it: tokens are not logged, and the usual places they hide are redacted anyway.
 */
export function createLogger(level = 'info', pretty = Boolean(process.stderr.isTTY)): Logger {
  const redact = { paths: ['token', '*.token', '*.*.token', 'headers.authorization', '*.headers.authorization'], censor: '[secret]' };
  if (!pretty) return pino({ level, redact }, pino.destination(2));
  return pino({
    level,
    redact,
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
