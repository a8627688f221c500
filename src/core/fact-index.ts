import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Knowledge } from './knowledge/load';
import { knowledgeIn } from './knowledge/translate';
import { TRANSLATED_LANGUAGES } from './language';
import { canonicalWord, foldWord, stemWord, toLatin } from './normalise';
import { readingsOf, unitsOf, type Unit, type UnitReading } from './units';

/** A unit found for a question's words. */
export interface UnitMatch {
  unit: Unit;
  score: number;
  /** The question's topic words the unit contains (folded keys). */
  words: string[];
}

/** The fact index as a knowledge snapshot keeps it. */
interface CompiledFactIndex {
  search: AsPlainObject;
  units: UnitReading[];
}

interface Doc {
  id: string;
  /** The entry's id: searches about one subject filter on it. */
  entry: string;
  label: string;
  text: string;
  /** The unit's label and text in Russian and Kazakh, so a question in either finds it by its words. */
  local: string;
}

/**
 * The second index, beside the entry index: one document per answerable unit (a fact, an
 * attribute, a role, a birth, a death, a date, a participant list). Where the entry index finds
 * what a question is about, this one finds what it asks of it ("commissar", "printed",
 * "members"). Words are folded as in the entry index, then stemmed, so "members" meets "member"
 * and "съезде" meets "съезд".
 */
export class FactIndex {
  readonly units: readonly Unit[];
  private readonly byId = new Map<string, Unit>();
  private readonly byEntry = new Map<string, Unit[]>();
  private index?: MiniSearch<Doc>;
  /** Loads the compiled index on the first search (see `search`). */
  private readonly load?: () => MiniSearch<Doc>;

  constructor(knowledge: Knowledge) {
    const compiled = knowledge.compiled?.[FactIndex.NAME] as Partial<CompiledFactIndex> | undefined;
    const usable = compiled?.search && compiled.units ? (compiled as CompiledFactIndex) : undefined;
    this.units = unitsOf(knowledge, usable?.units);
    for (const u of this.units) {
      this.byId.set(u.id, u);
      this.byEntry.set(u.entry.id, [...(this.byEntry.get(u.entry.id) ?? []), u]);
    }
    const options = {
      fields: ['label', 'text', 'local'],
      storeFields: [],
      tokenize: (text: string) => toLatin(text).split(' '),
      processTerm: topicKey,
      searchOptions: { boost: { label: 2 } },
    };
    // A compiled index loads when first searched: many answers (a profile, a date) need none.
    if (usable) this.load = () => MiniSearch.loadJS<Doc>(usable.search, options);
    else {
      this.index = new MiniSearch<Doc>(options);
      // The same units in the same order in every language (see knowledgeIn).
      const local = TRANSLATED_LANGUAGES.map((lang) => unitsOf(knowledgeIn(knowledge, lang)));
      this.index.addAll(this.units.map((u, i) => documentOf(u, local.map((l) => l[i]).filter((x): x is Unit => x?.id === u.id))));
    }
  }

  /** Its name among the compiled indexes of a knowledge snapshot. */
  static readonly NAME = 'facts';

  /** The index in MiniSearch's plain form, with each unit's reading, for a knowledge snapshot. */
  toJSON(): CompiledFactIndex {
    return { search: this.search.toJSON(), units: readingsOf(this.units) };
  }

  private get search(): MiniSearch<Doc> {
    return (this.index ??= this.load!());
  }

  /** Units of one entry, in the entry's own order. */
  of(entryId: string): readonly Unit[] {
    return this.byEntry.get(entryId) ?? [];
  }

  /**
   * Units whose text holds the topic words, best first. `words` are folded keys (foldWord, then
   * canonicalWord), as the question reader makes them. With `entryIds`, only those entries' units;
   * with `local` (default false), the units' Russian and Kazakh texts count too.
   */
  find(words: string[], options: { entryIds?: ReadonlySet<string>; limit?: number; local?: boolean } = {}): UnitMatch[] {
    const keys = [...new Set(words.map(stemWord))].filter((w) => w.length > 1);
    if (!keys.length) return [];
    const filter = options.entryIds ? (r: { id: string }) => options.entryIds!.has(this.byId.get(r.id)!.entry.id) : undefined;
    const results = this.search.search(keys.join(' '), {
      combineWith: 'OR',
      // Russian and Kazakh words are looked for in the units' Russian and Kazakh texts too;
      // English ones only in the English, which those texts would otherwise outweigh.
      fields: options.local ? ['label', 'text', 'local'] : ['label', 'text'],
      prefix: (t) => t.length >= 6,
      fuzzy: (t) => (t.length >= 8 ? 1 : 0),
      processTerm: (t) => t,
      // Other entries' units are not scored at all (a boost of 0); the kept ones score as before.
      boostDocument: filter ? (id: string) => (filter({ id }) ? 1 : 0) : undefined,
      filter,
    });
    return results.slice(0, options.limit ?? 20).map((r) => ({
      unit: this.byId.get(r.id as string)!,
      score: r.score,
      words: keys.filter((k) => r.queryTerms.includes(k) || r.terms.some((t) => t.startsWith(k))),
    }));
  }
}

/** The key a word is indexed under here: folded, synonyms joined, stemmed. */
export function topicKey(term: string): string | null {
  if (!term) return null;
  return stemWord(canonicalWord(foldWord(term)));
}


function documentOf(u: Unit, translated: Unit[] = []): Doc {
  const text = u.versions.map((v) => `${v.text} ${v.note ?? ''}`).join(' \n ');
  // A role or a birth is about its field as much as its words: "born", "role" are searchable.
  // An event's date, place and people are about the event: its name's words find them too.
  const named = u.field === 'when' || u.field === 'place' || u.field === 'participants' ? u.entry.name : '';
  const label = [u.label ?? '', named, u.field === 'born' ? 'born birth' : '', u.field === 'died' ? 'died death' : '', u.field === 'participants' ? 'participants took part members' : ''].join(' ');
  const local = translated.map((t) => [t.label ?? '', named ? t.entry.name : '', ...t.versions.map((v) => `${v.text} ${v.note ?? ''}`)].join(' \n ')).join(' \n ');
  return { id: u.id, entry: u.entry.id, label, text, local };
}
