import MiniSearch, { type SearchResult } from 'minisearch';
import type { Knowledge } from './knowledge/load';
import { isDisputed, type Entry } from './knowledge/schema';
import { foldWord, toLatin } from './normalise';

/** A name lookup's outcome: the entry, how well the question's words matched its names. */
export interface Match {
  entry: Entry;
  score: number;
  /** Share of the question's words found in the entry's names (0-1). */
  coverage: number;
  /** Every word found was found as spelled (after folding), not through a typo allowance. */
  exact: boolean;
}

interface Doc {
  id: string;
  names: string;
  text: string;
}

/** Index words shorter than this only match exactly; longer ones forgive one or two typos. */
function fuzziness(term: string): number {
  if (term.length <= 3) return 0;
  if (term.length <= 7) return 1;
  return 2;
}

/**
 * One MiniSearch index over every entry: its names (every spelling) and its text. Both the
 * index and the queries go through the same folding (`foldWord`), so scripts and spellings meet.
 */
export class EntryIndex {
  private readonly search: MiniSearch<Doc>;
  private readonly byId: ReadonlyMap<string, Entry>;

  constructor(knowledge: Knowledge) {
    this.byId = knowledge.byId;
    this.search = new MiniSearch<Doc>({
      fields: ['names', 'text'],
      tokenize: (text) => toLatin(text).split(' '),
      processTerm: (term) => (term ? foldWord(term) : null),
      searchOptions: { boost: { names: 4 }, fuzzy: false },
    });
    this.search.addAll(knowledge.entries.map(documentOf));
  }

  /**
   * Entries whose names match the words, best first. `words` are folded keys (see foldText),
   * already without question words.
   */
  lookup(words: string[], limit = 5): Match[] {
    if (!words.length) return [];
    const results = this.search.search(words.join(' '), {
      fields: ['names'],
      fuzzy: (term) => fuzziness(term),
      maxFuzzy: 2,
      combineWith: 'OR',
      processTerm: asFolded,
    });
    return results.slice(0, limit).map((r) => this.match(r, words));
  }

  /** Full-text search over names and text, for `/search`. */
  fullText(words: string[], limit = 8): Match[] {
    if (!words.length) return [];
    const results = this.search.search(words.join(' '), {
      fuzzy: (term) => fuzziness(term),
      maxFuzzy: 2,
      prefix: (term) => term.length >= 4,
      combineWith: 'OR',
      processTerm: asFolded,
    });
    return results.slice(0, limit).map((r) => this.match(r, words));
  }

  /** As-you-type completion on names: prefixes, typos, either script. */
  complete(partial: string, limit: number): Entry[] {
    const query = toLatin(partial);
    if (!query) return [];
    const results = this.search.search(query, {
      fields: ['names'],
      prefix: true,
      fuzzy: (term) => (term.length >= 4 ? 1 : 0),
      combineWith: 'AND',
    });
    const fallback = results.length ? results : this.search.search(query, { fields: ['names'], prefix: true, fuzzy: (t) => fuzziness(t), combineWith: 'OR' });
    return fallback.slice(0, limit).map((r) => this.byId.get(r.id as string)!);
  }

  private match(result: SearchResult, words: string[]): Match {
    const matched = new Set(result.queryTerms);
    const found = words.filter((w) => matched.has(w));
    const exact = found.every((w) => result.terms.includes(w));
    return { entry: this.byId.get(result.id as string)!, score: result.score, coverage: found.length / words.length, exact };
  }
}

/** Queries arrive folded already; folding is not idempotent (endings), so never fold twice. */
const asFolded = (term: string): string => term;

function documentOf(entry: Entry): Doc {
  const text: string[] = [entry.summary.text];
  for (const f of entry.facts) {
    if (isDisputed(f)) text.push(f.about, ...f.versions.map((v) => v.text));
    else text.push(f.text);
  }
  if (entry.kind === 'person') text.push(...entry.roles.map((r) => r.title));
  if (entry.kind === 'event' && entry.place) text.push(entry.place);
  if (entry.kind !== 'person' && entry.kind !== 'event') text.push(...entry.attributes.map((a) => `${a.label} ${a.value}`));
  return { id: entry.id, names: [entry.name, ...entry.aliases].join(' \n '), text: text.join('\n') };
}
