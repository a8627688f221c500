import type { Asked } from './conversation';
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
  private readonly replies = new Map<string, Answered>();

  /**
   * @param max how many replies are kept; the least recently used go first (default 2,000:
   * a few megabytes)
   */
  constructor(private readonly max = 2_000) {}

  get(key: string): Answered | undefined {
    const answered = this.replies.get(key);
    if (answered) {
      // Recently used goes last, so the oldest is the first key.
      this.replies.delete(key);
      this.replies.set(key, answered);
    }
    return answered;
  }

  /** Keeps a reply (frozen, with all it holds) and returns it. */
  set(key: string, answered: Answered): Answered {
    if (this.max <= 0) return answered;
    const kept = freeze(answered);
    this.replies.delete(key);
    this.replies.set(key, kept);
    if (this.replies.size > this.max) this.replies.delete(this.replies.keys().next().value!);
    return kept;
  }

  get size(): number {
    return this.replies.size;
  }
}

/** Freezes a reply and everything in it, so a kept reply cannot be changed by its users. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}
