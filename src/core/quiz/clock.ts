/**
 * Time as the quiz engine sees it. The engine never sleeps: it asks the clock to call it back,
 * so a webhook handler is never held open by a quiz timer and tests can run a round on a fake
 * clock in microseconds.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `run` once after `ms` milliseconds; returns a handle for `clearTimer`. */
  setTimer(ms: number, run: () => void): unknown;
  clearTimer(timer: unknown): void;
}

/** The real clock: `Date.now` and Node's timers. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (ms, run) => setTimeout(run, Math.max(0, ms)),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};
