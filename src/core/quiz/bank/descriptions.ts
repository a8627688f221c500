import type { Entry } from '../../knowledge/schema';
import { escapeRegExp } from '../../text';
import { LIMITS } from './question';
import { bareName, firstSentences, mentions, upperFirst } from './material';

/**
 * The first sentence of a summary as an option, its subject cut off ("Alikhan Bukeikhanov was
 * the chairman ..." -> "The chairman ..."). Null when it still names its entry or is too long.
 */
export function description(e: Entry): string | null {
  if (!described.has(e)) described.set(e, describe(e));
  return described.get(e)!;
}

const described = new WeakMap<Entry, string | null>();

function describe(e: Entry): string | null {
  let text = firstSentences(e.summary.text, 400);
  const said = predicate(e, text);
  if (said !== null) text = upperFirst(said.rest);
  if (text.length > LIMITS.option) text = firstClauses(text, LIMITS.option);
  // Options read alike: none ends in a full stop.
  text = text.replace(/\.$/, '');
  if (!text || text.length > LIMITS.option || mentions(text, e)) return null;
  return text;
}

/**
 * `description` in the language of `shown` (the entry with its texts in Russian or Kazakh): the
 * first sentence of its summary, its subject cut off ("Алихан Букейханов — председатель ..." ->
 * "Председатель ..."). The English description where the summary has no translation; null when
 * it still names its entry or is too long.
 */
export function descriptionIn(e: Entry, shown: Entry): string | null {
  if (shown.summary.text === e.summary.text) return description(e);
  let text = firstSentences(shown.summary.text, 400);
  const names = [shown.name, bareName(shown), ...e.aliases].sort((a, b) => b.length - a.length);
  for (const n of names) {
    const lead = new RegExp(`^«?${escapeRegExp(n)}»?(\\s+\\([^)]*\\))?\\s*(?:\\s+[—–-]\\s+|,\\s+|\\s+(?:был|была|было|были|являлся|являлась|является)\\s+)`, 'iu');
    const m = lead.exec(text);
    if (m) {
      text = upperFirst(text.slice(m[0].length));
      break;
    }
  }
  if (text.length > LIMITS.option) text = firstClauses(text, LIMITS.option);
  text = text.replace(/\.$/, '');
  if (!text || text.length > LIMITS.option || mentions(text, e) || mentions(text, shown)) return null;
  return text;
}

/** What a summary says its entry was or is ("the chairman of ..."), or null when it does not start with the entry's name. */
export function predicate(e: Entry, text: string): { verb: string; rest: string } | null {
  const names = [e.name, bareName(e), ...e.aliases].sort((a, b) => b.length - a.length);
  for (const n of names) {
    const lead = new RegExp(`^(the\\s+)?"?${escapeRegExp(n)}"?(\\s+\\([^)]*\\))?,?\\s+(was|is|were|are)\\s+`, 'i');
    const m = lead.exec(text);
    if (m) return { verb: m[3]!.toLowerCase(), rest: text.slice(m[0].length) };
  }
  return null;
}

/**
 * The leading clauses of a sentence that fit in `max` characters, cut at a semicolon or comma
 * outside brackets ("The editor of the newspaper Qazaq, co-author of ..." -> "The editor of the
 * newspaper Qazaq"); '' when even the first does not fit.
 */
function firstClauses(text: string, max: number): string {
  let depth = 0;
  // A semicolon ends a clause; a comma may sit inside a list ("China, Afghanistan and Iran").
  let semicolon = '';
  let comma = '';
  for (let i = 0; i < text.length && i <= max; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i + 1] === ' ' && c === ';') semicolon = text.slice(0, i);
    else if (depth === 0 && text[i + 1] === ' ' && c === ',') comma = text.slice(0, i);
  }
  const best = semicolon.length >= 20 ? semicolon : comma;
  return best.length >= 20 ? best : '';
}
