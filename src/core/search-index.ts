import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import { namesOf } from './knowledge/translate';
import type { Knowledge } from './knowledge/load';
import { isDisputed, type Entry } from './knowledge/schema';
import { QUESTION_WORDS, canonicalWord, foldText, foldWord, isCaseForm, toLatin } from './normalise';
import { Remembered } from './remembered';

/** Words a name may contain that say nothing about it. */
const SMALL = new Set([...QUESTION_WORDS].map(foldWord));

/** The entry index as a knowledge snapshot keeps it. */
interface CompiledEntryIndex {
  search: AsPlainObject;
  nameSearch?: AsPlainObject;
  textWords: string[];
  nameWords?: string[];
  names?: [string, string[][]][];
}

/** A name lookup's outcome: the entry, how well the question's words matched its names. */
export interface Match {
  entry: Entry;
  score: number;
  /** Share of the question's words found in the entry's names (0-1). */
  coverage: number;
  /** Every word found was found as spelled (after folding), not through a typo allowance. */
  exact: boolean;
  /** The words are exactly one of the entry's names, whole. */
  whole: boolean;
  /**
   * How much of its best-fitting name the question covers (0-1): "Alash Orda" fits the entry
   * named so (1) better than "End of Alash Orda" (2 of 3 words).
   */
  fit: number;
  /** Share of the question's words found in the entry's names (0-1), text aside. */
  names: number;
  /** The question's words found in the entry's names: what is left is what is asked of it. */
  nameWords: string[];
}

interface Doc {
  id: string;
  names: string;
  text: string;
}

/** How many lookups and suggestions an index keeps (see `EntryIndex.found`). */
const FOUND_MAX = 5_000;

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
  private index?: MiniSearch<Doc>;
  /** Loads the compiled names-and-text index on its first search: a name alone needs only `nameSearch`. */
  private readonly load?: () => MiniSearch<Doc>;
  /**
   * The names alone, scored exactly as `search` scores its names field: a typo allowance walks
   * every word of an index, and names have a tenth of the words of names and text together.
   */
  private readonly nameSearch: MiniSearch<Doc>;
  private readonly byId: ReadonlyMap<string, Entry>;
  /** Every word of every name, as indexed: a word found here needs no typo allowance. */
  private readonly nameWords: Set<string>;
  /** Every word of every entry's text, as indexed: such a word in a question is no typo either. */
  private textWords = new Set<string>();
  /** Each entry's names, folded, without small words: for whole-name matches and fit. */
  private readonly names: Map<string, string[][]>;
  /**
   * Lookups and suggestions already made, by their words: the index does not change while the
   * bot runs, and the same names come back in many questions ("Bukeikhanov" in "who was...",
   * "when did... die", "/who"). Bounded: cleared when full (default 5,000).
   */
  private readonly found = new Remembered<readonly Match[] | readonly Entry[]>(FOUND_MAX);

  /** Its name among the compiled indexes of a knowledge snapshot. */
  static readonly NAME = 'entries';

  constructor(knowledge: Knowledge) {
    this.byId = knowledge.byId;
    const options = {
      fields: ['names', 'text'],
      tokenize: (text: string) => toLatin(text).split(' '),
      // Index words get the same folding and synonyms as question words (see contentWords).
      processTerm: (term: string, field?: string) => {
        if (!term) return null;
        const key = canonicalWord(foldWord(term));
        if (field === 'text') this.textWords.add(key);
        return key;
      },
      searchOptions: { boost: { names: 4 }, fuzzy: false },
    };
    const compiled = knowledge.compiled?.[EntryIndex.NAME] as CompiledEntryIndex | undefined;
    const nameOptions = { ...options, fields: ['names'] };
    if (compiled) {
      this.load = () => MiniSearch.loadJS<Doc>(compiled.search, options);
      this.textWords = new Set(compiled.textWords);
    } else {
      this.index = new MiniSearch<Doc>(options);
      this.index.addAll(knowledge.entries.map(documentOf));
    }
    if (compiled?.nameSearch) this.nameSearch = MiniSearch.loadJS<Doc>(compiled.nameSearch, nameOptions);
    else {
      this.nameSearch = new MiniSearch<Doc>(nameOptions);
      this.nameSearch.addAll(knowledge.entries.map(nameDocOf));
    }
    if (compiled?.nameWords && compiled.names) {
      this.nameWords = new Set(compiled.nameWords);
      this.names = new Map(compiled.names);
      return;
    }
    this.nameWords = new Set();
    this.names = new Map();
    for (const e of knowledge.entries) {
      const names = namesOf(e).map((n) => foldText(n).map(canonicalWord));
      for (const n of names) for (const w of n) this.nameWords.add(w);
      this.names.set(
        e.id,
        names.map((n) => n.filter((w) => !SMALL.has(w))),
      );
    }
  }

  /** The index in MiniSearch's plain form, with the words of the entries' text and names, for a knowledge snapshot. */
  toJSON(): CompiledEntryIndex {
    return { search: this.search.toJSON(), nameSearch: this.nameSearch.toJSON(), textWords: [...this.textWords], nameWords: [...this.nameWords], names: [...this.names] };
  }

  private get search(): MiniSearch<Doc> {
    return (this.index ??= this.load!());
  }

  /**
   * Entries whose names match the words, best first. `words` are folded keys (see foldText),
   * already without question words.
   */
  lookup(words: string[], limit = 5): readonly Match[] {
    if (!words.length) return [];
    return this.once(`l${limit}\u0000${words.join(' ')}`, () => this.lookupNow(words, limit));
  }

  /** What `make` gives for `key`, made once and shared (frozen: never change it). */
  private once<T extends readonly Match[] | readonly Entry[]>(key: string, make: () => T): T {
    return this.found.get(key, () => Object.freeze(make()) as T) as T;
  }

  private lookupNow(words: string[], limit: number): Match[] {
    const query = words.join(' ');
    // A word that is some name's word as typed is not a typo: searching its neighbours too would
    // only cost time (fuzzy search is most of a lookup's cost) and blur the match.
    const fuzzy = (term: string) => (this.nameWords.has(term) || this.textWords.has(term) ? 0 : fuzziness(term));
    const options = { fuzzy, maxFuzzy: 2, combineWith: 'OR' as const, processTerm: asFolded };
    // Only an entry whose names match is a candidate; its text may account for the other words
    // ("the chairman of Alash Orda": "chairman" is in the text, not the name).
    const byName = this.nameSearch.search(query, { ...options, fields: ['names'] });
    if (!byName.length) return [];
    // Typos are forgiven in names, where people misspell; text words must match as folded.
    // Only words some candidate's names lack are looked for in text, which keeps this cheap.
    const candidates = byName.slice(0, 10);
    const lacking = words.filter((w) => candidates.some((r) => !r.queryTerms.includes(w)));
    // Other entries' text is skipped (a boost of 0), which leaves the candidates' scores as they are.
    const ids = new Set(candidates.map((r) => r.id as string));
    const boostDocument = (id: string) => (ids.has(id) ? 1 : 0);
    const byText = new Map(
      lacking.length
        ? this.search.search(lacking.join(' '), { ...options, fuzzy: false, fields: ['text'], boostDocument }).map((r) => [r.id as string, r])
        : [],
    );
    return candidates
      .map((r) => this.match(r, words, byText.get(r.id as string)))
      .sort((a, b) => b.coverage - a.coverage || b.fit - a.fit || b.score - a.score)
      .slice(0, limit);
  }

  /**
   * Names near the words of a question nothing answered, for "did you mean...?". Only longer
   * words count: a short one ("best", "of") would suggest whatever shares it.
   */
  suggest(words: string[], limit = 3): readonly Entry[] {
    const long = words.filter((w) => w.length >= 5);
    if (!long.length) return [];
    return this.once(`s${limit}\u0000${long.join(' ')}`, () =>
      this.nameSearch
        .search(long.join(' '), { fields: ['names'], fuzzy: (t) => fuzziness(t) + 1, maxFuzzy: 3, combineWith: 'OR', processTerm: asFolded })
        .slice(0, limit)
        .map((r) => this.byId.get(r.id as string)!),
    );
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
    return results.slice(0, limit).map((r) => this.match(r, words, r));
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
    const found = results.length ? results : this.search.search(query, { fields: ['names'], prefix: true, fuzzy: (t) => fuzziness(t), combineWith: 'OR' });
    // What the user is typing is most likely the start of a name, and the shortest such name
    // is the nearest to done: "alash o" is Alash Orda before "Alash Orda dissolution".
    const typed = foldText(partial).map(canonicalWord).join(' ');
    const distance = (id: string) =>
      Math.min(...this.names.get(id)!.filter((n) => n.join(' ').startsWith(typed)).map((n) => n.length), 99);
    return found
      .map((r, i) => ({ id: r.id as string, rank: distance(r.id as string) * found.length + i }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, limit)
      .map((r) => this.byId.get(r.id)!);
  }

  private match(result: SearchResult, words: string[], text?: SearchResult): Match {
    const inNames = new Set(result.queryTerms);
    const inText = new Set(text?.queryTerms ?? []);
    const found = words.filter((w) => inNames.has(w) || inText.has(w));
    // A name in a case ("Оренбурге" of "Оренбург") is as typed, not a typo.
    const exact = words.filter((w) => inNames.has(w)).every((w) => result.terms.includes(w) || result.terms.some((t) => isCaseForm(w, t)));
    const names = this.names.get(result.id as string)!;
    const asked = words.join(' ');
    const whole = names.some((n) => n.join(' ') === asked);
    const fit = Math.max(0, ...names.map((n) => n.filter((w) => words.some((q) => isCaseForm(q, w))).length / (n.length || 1)));
    const nameWords = words.filter((w) => inNames.has(w));
    return {
      entry: this.byId.get(result.id as string)!,
      score: result.score + (text ? text.score / 2 : 0),
      coverage: found.length / words.length,
      names: nameWords.length / words.length,
      nameWords,
      exact,
      whole,
      fit,
    };
  }
}

/** Queries arrive folded already; folding is not idempotent (endings), so never fold twice. */
const asFolded = (term: string): string => term;

/** An entry's names alone, in every language, as a document of the names index. */
function nameDocOf(entry: Entry): Doc {
  return { id: entry.id, names: namesOf(entry).join(' \n '), text: '' };
}

function documentOf(entry: Entry): Doc {
  const text: string[] = [entry.summary.text];
  for (const f of entry.facts) {
    if (isDisputed(f)) text.push(f.about, ...f.versions.map((v) => v.text));
    else text.push(f.text);
  }
  if (entry.kind === 'person') text.push(...entry.roles.map((r) => r.title));
  if (entry.kind === 'event' && entry.place) text.push(entry.place);
  if (entry.kind !== 'person' && entry.kind !== 'event') text.push(...entry.attributes.map((a) => `${a.label} ${a.value}`));
  return { ...nameDocOf(entry), text: text.join('\n') };
}
