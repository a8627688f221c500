import type { Person, Role } from '../../knowledge/schema';
import { mentions } from './material';

/**
 * Posts one person holds (a chairman, an editor, a head), as against memberships ("Member of the
 * Alash party", "A leader of ...", "Co-founder of ..."), which several people share.
 */
const SINGLE_POST =
  /^(chairman|chairwoman|chair|head|president|prime minister|editor|editor-in-chief|leader|foreign minister|minister|commissar|first secretary|secretary|first vice-rector|rector|vice-rector|deputy chairman|deputy to|founder|first head)\b/i;
const SHARED_POST = /^(a|an|one of|member|members|co-?founder|delegate|deputy in)\b/i;
const STOP_WORDS = new Set(['the', 'and', 'for', 'of', 'in', 'at', 'to', 'a', 'an', 'with', 'after', 'before', 'its', 'his', 'her', 'from']);
const ALIKE: Record<string, string> = { chairman: 'head', chairwoman: 'head', chair: 'head', president: 'head', leader: 'head' };

/** A post one person holds, whose title does not name its holder. */
export function isSinglePost(r: Role, holder: Person): boolean {
  return SINGLE_POST.test(r.title) && !SHARED_POST.test(r.title) && !mentions(r.title, holder);
}

const wordsOf = new Map<string, Set<string>>();

export function postWords(title: string): Set<string> {
  let words = wordsOf.get(title);
  if (!words) wordsOf.set(title, (words = splitWords(title)));
  return words;
}

function splitWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
      .map((w) => ALIKE[w] ?? w),
  );
}

export function sharedWords(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * Whether two titles name the same kind of post over much the same body: both single posts of
 * the same rank (a chairman and a head alike) sharing at least half of this title's other words.
 */
export function similarPost(title: string, other: string): boolean {
  const key = `${title}\n${other}`;
  if (!similar.has(key)) similar.set(key, isSimilarPost(title, other));
  return similar.get(key)!;
}

const similar = new Map<string, boolean>();

function isSimilarPost(title: string, other: string): boolean {
  if (!SINGLE_POST.test(other) || SHARED_POST.test(other) || !SINGLE_POST.test(title)) return false;
  const rank = (t: string) => ALIKE[SINGLE_POST.exec(t)![1]!.toLowerCase()] ?? SINGLE_POST.exec(t)![1]!.toLowerCase();
  if (rank(title) !== rank(other)) return false;
  const rest = [...postWords(title)].filter((w) => w !== rank(title));
  const otherWords = postWords(other);
  return rest.length > 0 && rest.filter((w) => otherWords.has(w)).length * 2 >= rest.length;
}

/** Whether someone's posts resemble a title (two or more shared words): then they are no fair wrong answer. */
export function heldLike(o: Person, title: string): boolean {
  const words = postWords(title);
  return o.roles.some((r) => sharedWords(words, postWords(r.title)) >= 2);
}
