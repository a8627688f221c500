import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GrammyError, webhookCallback, type Bot } from 'grammy';
import { PlatformError, oneLine } from '../../core/errors';
import type { Config } from '../../config';
import type { Core } from '../../core/core';
import type { Logger } from '../../core/log';
import { ALLOWED_UPDATES, createTelegramBot, type TelegramBotOptions } from './bot';
import { registerCommands } from './commands';
import { describeError, typedError } from './errors';
import { startPolling, type PollingHandle, type PollingOptions } from './polling';
import { TelegramQuizTable } from './quiz-table';

export type TelegramOptions = NonNullable<Config['telegram']> &
  Pick<TelegramBotOptions, 'groupReplies' | 'throttle' | 'botInfo' | 'timeoutSeconds'> &
  Pick<PollingOptions, 'maxHoldSeconds' | 'stopGraceMs'> & {
    /** Interface the webhook server listens on (default: all). */
    host?: string;
    /** Long polling timeout in seconds (default 30). */
    pollTimeout?: number;
  };

export interface TelegramHandle {
  readonly bot: Bot;
  /** The port the webhook server listens on (webhook mode only); useful with port 0. */
  readonly webhookPort?: number;
  /**
   * Stops taking updates; with long polling, waits for the updates being handled (up to
   * `stopGraceMs`) and confirms them. Then detaches the quiz and closes the webhook server.
   */
  stop(): Promise<void>;
  /** For /healthz: `up` while updates arrive (polling runs, or the webhook server listens), else why not. */
  health(): { state: 'up' } | { state: 'down'; why: string };
}

/**
 * Starts the Telegram adapter: checks the token (getMe), registers the command menu, attaches
 * the quiz table, then takes updates by long polling, or by webhook when `webhook` is set.
 * Throws when the token is refused or the webhook port is taken.
 *
 * Delivery is at least once. Long polling confirms an update to Telegram only after it was
 * answered, or its failure logged and apologised for (see `startPolling`); a webhook request is
 * answered after the update was handled, or after 8 s (Telegram's patience), whichever comes
 * first. An update being handled when the process dies is delivered again after the restart;
 * if its reply went out just before the crash, it is answered twice. A clean stop (SIGTERM)
 * answers nothing twice.
 */
export async function startTelegram(core: Core, options: TelegramOptions, log: Logger): Promise<TelegramHandle> {
  const bot = createTelegramBot(core, options, log);
  const webhook = options.webhook;
  let server: Server | undefined;
  let secret: string | undefined;
  if (webhook) {
    // Without a configured secret a random one still keeps strangers from posting updates.
    secret = webhook.secret ?? randomBytes(32).toString('base64url');
    const callback = webhookCallback(bot, 'http', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 8_000 });
    server = createServer((req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end();
        return;
      }
      callback(req, res).catch((error: unknown) => {
        log.warn({ err: describeError(error, options.token) }, 'telegram webhook request failed');
        if (!res.headersSent) res.writeHead(400).end();
      });
    });
    await listen(server, webhook.port, options.host);
  }

  // What the last poll met, for /healthz: a poll that failed means updates are not arriving.
  let pollFailure: string | undefined;
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      const answer = result as { ok?: unknown; error_code?: unknown; description?: unknown } | undefined;
      pollFailure = answer?.ok
        ? undefined
        : new PlatformError(
            'telegram',
            method,
            typeof answer?.error_code === 'number' ? answer.error_code : undefined,
            typeof answer?.description === 'string' ? answer.description : undefined,
          ).message;
      return result;
    } catch (error) {
      if (!signal?.aborted) pollFailure = oneLine(typedError(error, method));
      throw error;
    }
  });
  const table = new TelegramQuizTable(bot.api, log);
  let polling: PollingHandle | undefined;
  try {
    await bot.init().catch((error: unknown) => {
      if (error instanceof GrammyError && error.error_code === 401) {
        throw new PlatformError('telegram', 'getMe', 401, 'Unauthorized', { cause: error, message: 'Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized)' });
      }
      throw typedError(error, 'getMe');
    });
    await registerCommands(bot.api, core.commands, log, options.token);
    await core.quiz.attach('telegram', table);
    core.daily.attach('telegram', table);
    if (webhook && secret) {
      await bot.api.setWebhook(webhook.url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
      log.info({ username: bot.botInfo.username, url: webhook.url, port: (server!.address() as AddressInfo).port }, 'telegram webhook listening');
    } else {
      // A webhook left from an earlier deployment would make getUpdates fail with 409. If this
      // call fails there is most likely none (the log says so; a 409 would stop polling, and
      // /healthz would show it).
      await bot.api.deleteWebhook().catch((error: unknown) =>
        log.warn({ err: describeError(error, options.token) }, 'telegram deleteWebhook failed; polling anyway'),
      );
      polling = startPolling(
        bot,
        {
          runner: { fetch: { timeout: options.pollTimeout ?? 30, allowed_updates: ALLOWED_UPDATES }, silent: true, retryInterval: 1000 },
          ...(options.maxHoldSeconds !== undefined ? { maxHoldSeconds: options.maxHoldSeconds } : {}),
          ...(options.stopGraceMs !== undefined ? { stopGraceMs: options.stopGraceMs } : {}),
        },
        log,
      );
      polling.runner.task()?.catch((error: unknown) => log.error({ err: describeError(error, options.token) }, 'telegram polling stopped'));
      log.info({ username: bot.botInfo.username }, 'telegram long polling');
    }
  } catch (error) {
    server?.close();
    core.quiz.detach('telegram');
    core.daily.detach('telegram');
    throw typedError(error);
  }

  let stopped = false;
  return {
    bot,
    health() {
      if (stopped) return { state: 'down', why: 'stopped' };
      if (polling && !polling.runner.isRunning()) return { state: 'down', why: 'long polling stopped (see the log)' };
      if (polling && pollFailure) return { state: 'down', why: pollFailure };
      if (server && !server.listening) return { state: 'down', why: 'the webhook server is not listening' };
      return { state: 'up' };
    },
    ...(server ? { webhookPort: (server.address() as AddressInfo).port } : {}),
    async stop() {
      if (stopped) return;
      stopped = true;
      // Updates being handled finish (and are confirmed) before the quiz table goes away.
      await polling?.stop();
      core.quiz.detach('telegram');
      core.daily.detach('telegram');
      if (server) {
        // The webhook stays registered: Telegram keeps the updates until the bot is back.
        const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
        server.closeIdleConnections();
        await closed;
      }
    },
  };
}

function listen(server: Server, port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`Telegram webhook port ${port} is already in use`) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
