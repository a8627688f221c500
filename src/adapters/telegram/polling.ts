import { BotError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import {
  createConcurrentSink,
  createRunner,
  createSource,
  createUpdateFetcher,
  type RunnerHandle,
  type RunnerOptions,
  type UpdateSupplier,
} from '@grammyjs/runner';
import type { Logger } from '../../core/log';
import { describeError } from './errors';

/**
 * Which fetched updates Telegram may forget. A getUpdates call with `offset` confirms every
 * update below it, and Telegram never sends a confirmed update again; so the offset stays at
 * the lowest update still being handled, and passes it only once its reply was sent or its
 * failure was logged. The polls made meanwhile return that update (and any finished after it)
 * again: they are recognised by update_id and not handed out twice.
 *
 * Update ids only grow, so both sets below stay in update_id order and their first element is
 * their lowest.
 */
export class UpdateLedger {
  /** Fetched, not yet confirmed: handed out, so never handed out again. */
  private readonly unconfirmed = new Set<number>();
  /** Being handled. */
  private readonly handling = new Set<number>();
  private next = 0;
  private finishedCount = 0;
  private waiters = new Set<() => void>();

  /** The offset for the next getUpdates: the lowest update still being handled, else the one after the last fetched. */
  get offset(): number {
    for (const id of this.handling) return id;
    return this.next;
  }

  /** How many updates are being handled. */
  get busy(): number {
    return this.handling.size;
  }

  /** How many fetched updates Telegram still holds for us (a poll returns them again before anything new). */
  get held(): number {
    return this.unconfirmed.size;
  }

  /** Grows each time a handling finishes: a poll can tell whether one finished while it waited. */
  get finished(): number {
    return this.finishedCount;
  }

  /**
   * Records the answer to a getUpdates call made with `offset` and returns the updates not
   * handed out before, which are now being handled.
   */
  take(offset: number, updates: Update[]): Update[] {
    for (const id of this.unconfirmed) {
      if (id >= offset) break;
      this.unconfirmed.delete(id);
    }
    const fresh = updates.filter((u) => !this.unconfirmed.has(u.update_id));
    for (const { update_id: id } of fresh) {
      this.unconfirmed.add(id);
      this.handling.add(id);
      this.next = Math.max(this.next, id + 1);
    }
    return fresh;
  }

  /** Marks an update as handled: the next poll may confirm it. */
  finish(id: number): void {
    if (!this.handling.delete(id)) return;
    this.finishedCount++;
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves when a handling finishes, after `ms`, or when `signal` aborts, whichever comes first. */
  nextFinish(ms: number, signal?: StopSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      signal?.addEventListener('abort', done);
      if (signal?.aborted) done();
    });
  }

  /** Resolves once nothing is being handled, or after `ms`. */
  async idle(ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (this.busy > 0 && Date.now() < deadline) await this.nextFinish(deadline - Date.now());
  }
}

/** An abort signal: the runner's (a polyfill's type) or Node's. */
interface StopSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface PollingOptions {
  /** getUpdates options and retrying, as for the runner's `run`. */
  runner: RunnerOptions;
  /**
   * An update still being handled after this many seconds is confirmed anyway, so one stuck
   * update (a chat waiting out a long 429) cannot hold back every update after it. Default 120.
   */
  maxHoldSeconds?: number;
  /** How long `stop` waits for updates being handled before it gives up on them. Default 5000. */
  stopGraceMs?: number;
}

export interface PollingHandle {
  readonly runner: RunnerHandle;
  readonly ledger: UpdateLedger;
  /**
   * Stops fetching, waits for the updates being handled (up to `stopGraceMs`), then confirms
   * those that finished, so the next start does not answer them again.
   */
  stop(): Promise<void>;
}

/** Longest pause between polls while every returned update is still being handled. */
const MAX_BUSY_PAUSE_MS = 500;

/**
 * Long polling with at-least-once delivery, built from the runner's parts: an update source
 * whose supplier asks getUpdates with the ledger's offset and hands out only new updates, and
 * the runner's concurrent sink. Updates of different chats are handled side by side, those of
 * one chat in order (the bot's `sequentialize`), as with the runner's `run`.
 *
 * If the process dies, the updates being handled were not confirmed, and Telegram gives them
 * to the next process. An update whose reply went out just before the crash is answered twice:
 * delivery is at least once. In normal operation, including a clean stop, nothing is answered
 * twice.
 *
 * The cost: while an update is held, Telegram answers every poll at once (with that update), so
 * instead of long polling the supplier polls again when a handling finishes, or after a pause
 * of 50 ms growing to 500 ms; a new update may wait that long. One poll returns at most 100
 * updates from the lowest one held, so a stuck update would hold back everything after the
 * 100th: `maxHoldSeconds` bounds that.
 */
export function startPolling(bot: Bot, options: PollingOptions, log: Logger): PollingHandle {
  const ledger = new UpdateLedger();
  // The runner's fetcher brings the retrying (backoff, 429, stop on 401/409); the offset and
  // what counts as new are the ledger's.
  const fetchNew = createUpdateFetcher<Update, BotError>(
    {
      handleUpdate: (update) => bot.handleUpdate(update),
      errorHandler: (error) => bot.errorHandler(error),
      api: {
        getUpdates: async (args, signal) => {
          const offset = ledger.offset;
          // Updates still held come back first; ask for room beyond them.
          const limit = Math.min(100, args.limit + ledger.held);
          const updates = await bot.api.getUpdates({ ...args, offset, limit }, signal);
          return ledger.take(offset, updates);
        },
      },
    },
    options.runner,
  );

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, signal) {
      let pause = 50;
      for (;;) {
        const finishedBefore = ledger.finished;
        const fresh = await fetchNew(batchSize, signal);
        if (fresh.length > 0 || ledger.busy === 0) return fresh;
        // Telegram answers at once while it holds unconfirmed updates, and all it returned is
        // being handled: wait for a handling to finish (the offset can move) or a moment for
        // new updates, rather than poll in a tight loop.
        if (ledger.finished === finishedBefore) await ledger.nextFinish(pause, signal);
        if (signal.aborted) throw new Error('polling stopped');
        pause = Math.min(pause * 2, MAX_BUSY_PAUSE_MS);
      }
    },
  };

  const sink = createConcurrentSink<Update>(
    {
      // Never rejects: a failure is handled (logged, apologised for) before the update counts
      // as finished, so it is confirmed only after that.
      consume: async (update) => {
        try {
          await bot.handleUpdate(update);
        } catch (error) {
          try {
            if (error instanceof BotError) await bot.errorHandler(error);
            else throw error;
          } catch (unhandled) {
            log.error({ err: describeError(unhandled, bot.token), update: update.update_id }, 'telegram update failed');
          }
        } finally {
          ledger.finish(update.update_id);
        }
      },
    },
    // Not called: `consume` never rejects.
    async () => {},
    {
      timeout: {
        milliseconds: (options.maxHoldSeconds ?? 120) * 1000,
        handler: (update) => {
          log.warn({ update: update.update_id }, 'telegram update still being handled; confirmed to Telegram so later updates are not held back');
          ledger.finish(update.update_id);
        },
      },
    },
  );

  const runner = createRunner(createSource(supplier), sink);
  runner.start();

  let stopping: Promise<void> | undefined;
  return {
    runner,
    ledger,
    stop() {
      stopping ??= (async () => {
        if (runner.isRunning()) await runner.stop();
        await ledger.idle(options.stopGraceMs ?? 5000);
        if (ledger.busy > 0) log.warn({ updates: ledger.busy }, 'telegram updates still being handled at stop; Telegram will deliver them again');
        try {
          // Confirms what finished since the last poll; an update this returns stays unconfirmed
          // for the next start. (grammY types its signal with the abort-controller polyfill.)
          const signal = AbortSignal.timeout(3000) as unknown as Parameters<Bot['api']['getUpdates']>[1];
          await bot.api.getUpdates({ offset: ledger.offset, limit: 1, timeout: 0 }, signal);
        } catch (error) {
          log.warn({ err: describeError(error, bot.token) }, 'telegram: could not confirm the last updates; the next start may answer them again');
        }
      })();
      return stopping;
    },
  };
}
