/**
 * Results worked out once and looked up after, for pure work that comes back all the time
 * (folding a word, filling a template, a name lookup). Bounded: cleared when full, so a flood of
 * odd inputs cannot grow it; what is asked often is soon back.
 */
export class Remembered<T> {
  private readonly seen = new Map<string, T>();

  /** @param max how many results are kept before the memory is cleared */
  constructor(private readonly max: number) {}

  /** The result for `key`: remembered, or made by `make(key)` now and remembered. */
  get(key: string, make: (key: string) => T): T {
    let result = this.seen.get(key);
    if (result === undefined) {
      if (this.seen.size >= this.max) this.seen.clear();
      result = make(key);
      this.seen.set(key, result);
    }
    return result;
  }
}

/** `work` with its results remembered by its input, up to `max` (default 50,000). */
export function remembered<T>(work: (input: string) => T, max = 50_000): (input: string) => T {
  const memory = new Remembered<T>(max);
  return (input) => memory.get(input, work);
}
