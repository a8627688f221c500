import type { Asked } from './conversation';
import { Recent } from './recent';
import type { Reply } from './reply';

/** A reply kept for its question, and the entries it offered to choose between ("which one?"). */
export interface Answered {
  reply: Reply;
  /** The asker is to be offered these again when the reply is reused (see `Library.answer`). */
  offered?: readonly string[];
  /** What the question asked, remembered for the asker's next question (see `askedAgain`). */
  asked?: Asked;
}

/**
 * Replies already given, by their question's exact wording, kind and language. The knowledge
 * does not change while the bot runs and answers do not depend on the clock, so a question
 * asked again (a class typing the same `/who Bukeikhanov`, a popular date) gets the same reply
 * without being searched and composed again. Only answers that did not depend on the asker's
 * conversation are kept (see `Library.answer`). Replies are frozen when kept: whoever holds one
 * must copy it to change it.
 */
export class AnswerCache {
  private readonly replies: Recent<Answered>;

  /**
   * @param max how many replies are kept; the least recently used go first (default 2,000:
   * a few megabytes)
   */
  constructor(max = 2_000) {
    this.replies = new Recent(max);
  }

  get(key: string): Answered | undefined {
    return this.replies.get(key);
  }

  /** Keeps a reply (frozen, with all it holds) and returns it. */
  set(key: string, answered: Answered): Answered {
    if (this.replies.max <= 0) return answered;
    const kept = freeze(answered);
    this.replies.set(key, kept);
    return kept;
  }

  get size(): number {
    return this.replies.size;
  }
}

/** Freezes a reply and everything in it, so a kept reply cannot be changed by its users. */
export function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}
