/**
 * Values by key, at most `max` of them, the least recently used forgotten first: the replies
 * kept, what each asker talked about last, each chat's language. Reading a value or setting it
 * makes it the most recent.
 *
 * Past `max`, the oldest tenth goes at once rather than one value per insert: a Map walks its
 * deleted slots again each time its first key is asked for, so forgetting the oldest at every
 * insert costs about 12 µs at 10,000 values (a new asker in every message), and a tenth at once
 * costs that walk once.
 */
export class Recent<V> {
  private readonly values = new Map<string, V>();

  /** @param max how many values are kept (a tenth fewer, oldest first, once it is passed) */
  constructor(readonly max: number) {}

  /** The value for `key`, now the most recent; `undefined` when there is none. */
  get(key: string): V | undefined {
    const value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
    }
    return value;
  }

  /** Sets the value for `key`, the most recent, and forgets the oldest past `max`. */
  set(key: string, value: V): void {
    this.values.delete(key);
    this.values.set(key, value);
    if (this.values.size > this.max) this.forgetOldest(this.values.size - this.max + Math.floor(this.max / 10));
  }

  delete(key: string): void {
    this.values.delete(key);
  }

  get size(): number {
    return this.values.size;
  }

  private forgetOldest(count: number): void {
    let left = count;
    // Deleting while iterating a Map is well defined: the walk goes on past the deleted key.
    for (const key of this.values.keys()) {
      if (left-- <= 0) break;
      this.values.delete(key);
    }
  }
}
