import { Recent } from './recent';
import type { AnswerKind } from './units';

/** What the asker's last question asked for, so that "where?" or "and Zhansha?" can ask it again. */
export interface Asked {
  wants: AnswerKind;
  life?: 'born' | 'died';
}

/**
 * What each asker talked about last, so that "when did he die?" after "who was Bukeikhanov?" is
 * read against Bukeikhanov. Kept per chat and user, for ten minutes, in memory: small and
 * expiring by design (a restart forgets at most ten minutes of context).
 */
export class Conversations {
  private readonly last: Recent<Remembered>;

  /**
   * @param now the clock (default `Date.now`)
   * @param ttlMs how long a subject is remembered (default 10 minutes)
   * @param max how many askers are remembered at once; the least recently heard go first (default 10,000)
   */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 10 * 60_000,
    max = 10_000,
  ) {
    this.last = new Recent(max);
  }

  /** The entry the asker's last answer was about, if it is recent enough. */
  subject(asker: string): string | undefined {
    return this.recent(asker)?.entryId;
  }

  /** The entries the bot last asked this asker to choose between ("which Dosmukhamedov?"). */
  choices(asker: string): string[] {
    return this.recent(asker)?.choices ?? [];
  }

  /** What the asker's last answered question asked for, if it is recent enough. */
  asked(asker: string): Asked | undefined {
    return this.recent(asker)?.asked;
  }

  /** Remembers the entry an answer was about and, if given, what its question asked. */
  remember(asker: string, entryId: string, asked?: Asked): void {
    this.set(asker, { entryId, asked, at: this.now() });
  }

  /** Remembers a "which one?" so that the next answer ("Khalel") settles it. */
  offer(asker: string, entryIds: string[]): void {
    this.set(asker, { entryId: this.subject(asker), asked: this.asked(asker), choices: entryIds, at: this.now() });
  }

  private recent(asker: string) {
    const seen = this.last.get(asker);
    if (seen && this.now() - seen.at > this.ttlMs) {
      this.last.delete(asker);
      return undefined;
    }
    return seen;
  }

  private set(asker: string, value: Remembered): void {
    this.last.set(asker, value);
  }
}

interface Remembered {
  entryId?: string;
  asked?: Asked;
  choices?: string[];
  at: number;
}
