import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * One logger for the process: pretty lines on a terminal, JSON otherwise (for log shippers).
 * Secrets never reach it: configuration is logged only through `describeConfig`, which
 * masks tokens.
 */
export function createLogger(level = 'info', pretty = Boolean(process.stdout.isTTY)): Logger {
  const redact = { paths: ['token', '*.token', 'config.*.token', 'headers.authorization'], censor: '[secret]' };
  if (!pretty) return pino({ level, redact });
  return pino({
    level,
    redact,
    transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } },
  });
}

/** A logger that drops everything, for tests and the terminal chat's quiet mode. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
