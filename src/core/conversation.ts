/**
 * What each asker talked about last, so that "when did he die?" after "who was Bukeikhanov?" is
 * read against Bukeikhanov. Kept per chat and user, for ten minutes, in memory: small and
 * expiring by design (a restart forgets at most ten minutes of context).
 */
export class Conversations {
  private readonly last = new Map<string, { entryId?: string; choices?: string[]; at: number }>();

  /**
   * @param now the clock (default `Date.now`)
   * @param ttlMs how long a subject is remembered (default 10 minutes)
   * @param max how many askers are remembered at once; the oldest go first (default 10,000)
   */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
  ) {}

  /** The entry the asker's last answer was about, if it is recent enough. */
  subject(asker: string): string | undefined {
    return this.recent(asker)?.entryId;
  }

  /** The entries the bot last asked this asker to choose between ("which Dosmukhamedov?"). */
  choices(asker: string): string[] {
    return this.recent(asker)?.choices ?? [];
  }

  remember(asker: string, entryId: string): void {
    this.set(asker, { entryId, at: this.now() });
  }

  /** Remembers a "which one?" so that the next answer ("Khalel") settles it. */
  offer(asker: string, entryIds: string[]): void {
    this.set(asker, { entryId: this.subject(asker), choices: entryIds, at: this.now() });
  }

  private recent(asker: string) {
    const seen = this.last.get(asker);
    if (seen && this.now() - seen.at > this.ttlMs) {
      this.last.delete(asker);
      return undefined;
    }
    return seen;
  }

  private set(asker: string, value: { entryId?: string; choices?: string[]; at: number }): void {
    this.last.delete(asker);
    this.last.set(asker, value);
    if (this.last.size > this.max) this.last.delete(this.last.keys().next().value!);
  }
}
