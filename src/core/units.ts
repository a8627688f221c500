import type { Knowledge } from './knowledge/load';
import { isDisputed, type DateVersion, type Entry } from './knowledge/schema';
import { foldText } from './normalise';

/**
 * What a question can ask for. `profile` and `description` want an entry as a whole; the others
 * want one fact of it.
 */
export type AnswerKind = 'person' | 'date' | 'place' | 'number' | 'reason' | 'meaning' | 'description' | 'profile';

/** Which part of an entry a unit comes from. */
export type UnitField = 'summary' | 'fact' | 'role' | 'born' | 'died' | 'when' | 'place' | 'participants' | 'attribute';

/** One version of a unit's statement; several versions mean the sources disagree. */
export interface UnitVersion {
  /** Plain text as written in knowledge/ (a sentence, a date label, a value). */
  text: string;
  sources: string[];
  date?: string;
  end?: string;
  /** Whatever qualifies this version: "old style", "in Kazakh-language sources". */
  note?: string;
  /** Where a dated version happened: a birthplace, a prison. */
  place?: string;
  /** How a date is to be read: "old style", "approximately". Always shown, unlike `note`. */
  marks?: string;
}

/**
 * An answerable unit: one fact, attribute, role, birth, death, date or participant list of an
 * entry, found on its own by the fact index and told on its own by the composer, with the
 * sources of just that fact.
 */
export interface Unit {
  /** `<entry id>#<n>`, stable for one knowledge build. */
  id: string;
  entry: Entry;
  field: UnitField;
  /** An attribute's label, a disputed fact's `about`, a role's title. */
  label?: string;
  versions: UnitVersion[];
  /** The answer kinds this unit can give (a dated fact gives a date, a role a person...). */
  gives: ReadonlySet<AnswerKind>;
  /** Ids of other entries the unit names (a fact naming Bukeikhanov), for "who" answers. */
  names: string[];
  /** Where the unit comes in its entry: earlier facts are the ones the author put first. */
  order: number;
}

export function isDisputedUnit(u: Unit): boolean {
  return u.versions.length > 1;
}

/** The words that make a statement answer "where". */
const PLACE_WORDS = /\b(in|at|near|to|from)\s+[A-Z]|\b(prison|camp|city|town|village|oblast|province|region|district|uezd|volost|steppe|capital|seat|buried|exile[d]?)\b/;
const NUMBER = /\b\d[\d,.]*\b(?!-\d{2})|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozens?)\b/i;
const REASON_WORDS = /\b(because|over|after|for|since|due to|so that|to protest|in protest|caused|cause|reason|accused|charged|as a result)\b/i;
const MEANING_WORDS = /\b(means?|meaning|name[ds]?|called|word|stands? for|translat\w*|literally)\b/i;

/**
 * Every answerable unit of the knowledge, entry by entry. Kept separate from the index so the
 * composer and the tests can look at what an entry can answer.
 */
export function unitsOf(knowledge: Knowledge, readings?: readonly UnitReading[]): Unit[] {
  let people: PeopleNames | undefined;
  const fromText: Reader = (field, versions, extra, entry) => read(field, versions, extra, entry, (people ??= peopleNames(knowledge)));
  if (readings) {
    let next = 0;
    const units = knowledge.entries.flatMap((entry) => entryUnits(entry, (...unit) => readings[next++] ?? fromText(...unit)));
    if (next === readings.length) return units;
    // Readings of other knowledge: read every unit's text after all.
  }
  return knowledge.entries.flatMap((entry) => entryUnits(entry, fromText));
}

/**
 * What `unitsOf` reads from a unit's text: the people it names and the answers it gives, in
 * `unitsOf` order. Kept in a knowledge snapshot (see FactIndex), so a start from the snapshot
 * reads no statement twice.
 */
export interface UnitReading {
  names: string[];
  gives: AnswerKind[];
}

export function readingsOf(units: readonly Unit[]): UnitReading[] {
  return units.map((u) => ({ names: u.names, gives: [...u.gives] }));
}

type Extra = { label?: string; gives?: AnswerKind[] };
type Reader = (field: UnitField, versions: UnitVersion[], extra: Extra, entry: Entry) => UnitReading;

function entryUnits(entry: Entry, reading: Reader): Unit[] {
  const units: Unit[] = [];
  const add = (field: UnitField, versions: UnitVersion[], extra: Extra = {}) => {
    const { names, gives } = reading(field, versions, extra, entry);
    units.push({ id: `${entry.id}#${units.length}`, entry, field, label: extra.label, versions, gives: new Set(gives), names, order: units.length });
  };

  add('summary', [{ text: entry.summary.text, sources: entry.summary.sources }], { gives: ['description', 'profile'] });
  if (entry.kind === 'person') {
    if (entry.born.length) add('born', entry.born.map(dateVersion), { gives: ['date'] });
    if (entry.died.length) add('died', entry.died.map(dateVersion), { gives: ['date'] });
    if (entry.born.some((v) => v.place)) add('born', entry.born.filter((v) => v.place).map(placeVersion), { label: 'born', gives: ['place'] });
    if (entry.died.some((v) => v.place)) add('died', entry.died.filter((v) => v.place).map(placeVersion), { label: 'died', gives: ['place'] });
    for (const r of entry.roles) {
      add('role', [{ text: r.title, sources: r.sources, date: r.from, end: r.to && r.to !== r.from ? r.to : undefined }], { label: r.title });
    }
  }
  if (entry.kind === 'event') {
    add('when', entry.when.map(dateVersion), { gives: ['date'] });
    const placed = entry.when.filter((v) => v.place);
    if (placed.length) add('place', placed.map(placeVersion), { gives: ['place'] });
    else if (entry.place) add('place', [{ text: entry.place, sources: entry.when[0]!.sources }], { gives: ['place'] });
    if (entry.participants.length) {
      add('participants', [{ text: entry.participants.join(' '), sources: entry.summary.sources }], { gives: ['person'] });
      units.at(-1)!.names = [...entry.participants];
    }
  }
  if (entry.kind !== 'person' && entry.kind !== 'event') {
    for (const a of entry.attributes) {
      add('attribute', [{ text: a.value, sources: a.sources, note: a.note }], { label: a.label, gives: attributeGives(a.label) });
    }
  }
  for (const f of entry.facts) {
    if (isDisputed(f)) add('fact', f.versions.map((v) => ({ text: v.text, sources: v.sources, date: v.date, end: v.end })), { label: f.about });
    else add('fact', [{ text: f.text, sources: f.sources, date: f.date, end: f.end }]);
  }
  return units;
}

/** A unit's reading from its text (see UnitReading). */
function read(field: UnitField, versions: UnitVersion[], extra: Extra, entry: Entry, people: PeopleNames): UnitReading {
  const text = versions.map((v) => `${extra.label ?? ''} ${v.text} ${v.note ?? ''}`).join(' ');
  const names = people.find(text, entry.id);
  const gives = new Set<AnswerKind>(extra.gives ?? []);
  if (versions.some((v) => v.date)) gives.add('date');
  // In a person's entry the person is the answer to "who ...?"; elsewhere, whoever is named.
  if (names.length || (entry.kind === 'person' && (field === 'fact' || field === 'role'))) gives.add('person');
  if (PLACE_WORDS.test(text)) gives.add('place');
  if (NUMBER.test(versions.map((v) => v.text).join(' '))) gives.add('number');
  if (REASON_WORDS.test(text)) gives.add('reason');
  if (MEANING_WORDS.test(text)) gives.add('meaning');
  return { names, gives: [...gives] };
}

function dateVersion(v: DateVersion): UnitVersion {
  const marks = [v.calendar === 'julian' ? 'old style' : undefined, v.circa ? 'approximately' : undefined].filter(Boolean).join(', ');
  return { text: v.date, date: v.date, end: v.end, note: v.note, marks: marks || undefined, place: v.place, sources: v.sources };
}

function placeVersion(v: DateVersion): UnitVersion {
  return { text: v.place!, sources: v.sources, note: v.note };
}

/** Attribute labels that name what kind of answer they hold. */
function attributeGives(label: string): AnswerKind[] {
  const l = label.toLowerCase();
  const gives: AnswerKind[] = [];
  if (/seat|capital|headquarters|place|city|printed|published|location|based|centre|center|where/.test(l)) gives.push('place');
  if (/leader|head|chair|founder|editor|president|members?\b|author|publisher/.test(l)) gives.push('person');
  if (/founded|date|years?|period|dissolved|ended|first|last|existed|active/.test(l)) gives.push('date');
  if (/meaning|name|motto|translation/.test(l)) gives.push('meaning');
  if (/number|size|members|circulation|issues|strength/.test(l)) gives.push('number');
  return gives;
}

interface PeopleNames {
  /** Ids of the people a text names, other than `self`. */
  find(text: string, self: string): string[];
}

/**
 * Finds people in a statement by their surname, in the folded form the index uses, so "B.
 * Kulmanov chaired the congress" names `kulmanov`. Only surnames that belong to one person count:
 * "Dosmukhamedov" alone could be either brother.
 */
function peopleNames(knowledge: Knowledge): PeopleNames {
  const bySurname = new Map<string, string[]>();
  for (const e of knowledge.entries) {
    if (e.kind !== 'person') continue;
    const surnames = new Set([e.name, ...e.aliases].map((n) => foldText(n).at(-1)).filter((w): w is string => !!w && w.length >= 5));
    for (const s of surnames) bySurname.set(s, [...new Set([...(bySurname.get(s) ?? []), e.id])]);
  }
  return {
    find(text, self) {
      const found = new Set<string>();
      for (const w of foldText(text)) {
        const ids = bySurname.get(w);
        if (ids?.length === 1 && ids[0] !== self) found.add(ids[0]!);
      }
      return [...found];
    },
  };
}
