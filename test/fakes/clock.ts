import type { Clock } from '../../src/core/quiz/clock';

/**
 * A clock that moves only when told. `advance` runs every timer that falls due, in order, and
 * waits for `settle` (the engine's `settled`) after each, so async steps finish before the next.
 */
export class FakeClock implements Clock {
  private time: number;
  private seq = 0;
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  settle: () => Promise<void> = async () => {};

  constructor(start = Date.UTC(2026, 0, 1, 12)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimer(ms: number, run: () => void): unknown {
    const id = ++this.seq;
    this.timers.set(id, { at: this.time + Math.max(0, ms), run });
    return id;
  }

  clearTimer(timer: unknown): void {
    this.timers.delete(timer as number);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    await this.settle();
    for (;;) {
      let next: [number, { at: number; run: () => void }] | undefined;
      for (const t of this.timers) if (t[1].at <= target && (!next || t[1].at < next[1].at)) next = t;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = Math.max(this.time, next[1].at);
      next[1].run();
      await this.settle();
    }
    this.time = target;
  }
}
