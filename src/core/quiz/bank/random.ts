import { createHash } from 'node:crypto';

/**
 * Seeded randomness, so that the bank is the same on every start and in every test: a question
 * built twice from the same knowledge has the same id, options and order.
 */

/** A small deterministic generator (mulberry32), seeded from a string; numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let a = parseInt(hash(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A short stable digest of a text (for question ids). */
export function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}
