import type { Knowledge } from '../../knowledge/load';
import type { Entry, Event, Person } from '../../knowledge/schema';
import { knowledgeIn } from '../../knowledge/translate';
import type { Language } from '../../language';
import { say } from '../../phrases';
import { spanOf } from './date-options';
import { sameTextKey } from './question';
import { seededRandom, shuffle } from './random';

/**
 * The knowledge as the generators use it: people, events and other entries, and what makes a
 * wrong option plausible (the same era, the same world).
 */
export interface Material {
  knowledge: Knowledge;
  people: Person[];
  events: Event[];
  /** Terms, places, organisations, publications and parties. */
  terms: Entry[];
  /**
   * The language questions are written in. The generators reason on the English entries (so
   * every language gets the same questions) and write a question's texts in this language too
   * (`Draft.shown`) when it is not English.
   */
  lang: Language;
  /** An entry with its texts in `lang` (a text with no translation stays English). */
  in<T extends Entry>(e: T): T;
  /** A `quiz.bank.*` template in `lang`. */
  say(key: string, values?: Record<string, unknown>): string;
}

/** The material of `knowledge` for questions in `lang` (default English). */
export function materialOf(knowledge: Knowledge, lang: Language = 'en'): Material {
  const translated = lang === 'en' ? knowledge : knowledgeIn(knowledge, lang);
  return {
    knowledge,
    people: knowledge.entries.filter((e): e is Person => e.kind === 'person'),
    events: knowledge.entries.filter((e): e is Event => e.kind === 'event'),
    terms: knowledge.entries.filter((e) => e.kind !== 'person' && e.kind !== 'event'),
    lang,
    in: <T extends Entry>(e: T) => (translated.byId.get(e.id) as T | undefined) ?? e,
    // A sentence ending in a date ends once: "5 марта 1866 г." takes no second full stop.
    say: (key, values = {}) => say(`quiz.bank.${key}`, values, lang).replace(/(\s(?:гг?|жж?)\.)\.(?=\s|$)/gu, '$1'),
  };
}

/** People whose birth years are this far apart count as of one era. */
export const ERA_YEARS = 30;

export function birthYear(p: Person): number | undefined {
  const v = p.born[0];
  return v ? Number(v.date.slice(0, 4)) : undefined;
}

/** Years before someone's first dated post or fact that their birth is taken to lie, when unknown. */
const ADULT_YEARS = 35;

/**
 * A birth year to judge someone's era by: the known one, or else one guessed from the first
 * dated post or fact (B. Kulmanov, chairman in 1917, belongs with the men of 1917, not with a
 * chronicler of the 1500s). Undefined when nothing is dated.
 */
export function eraYear(p: Person): number | undefined {
  const known = birthYear(p);
  if (known !== undefined) return known;
  const years = [...p.roles.map((r) => r.from), ...p.facts.map((f) => ('date' in f ? f.date : undefined))]
    .filter((d): d is string => d !== undefined)
    .map((d) => Number(d.slice(0, 4)));
  return years.length ? Math.min(...years) - ADULT_YEARS : undefined;
}

function closeInAge(a: Person, b: Person): boolean {
  const ya = eraYear(a);
  const yb = eraYear(b);
  return ya === undefined || yb === undefined || Math.abs(ya - yb) <= ERA_YEARS;
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** Written in Kazakh Cyrillic (Cyrillic with a letter only Kazakh has). */
export function isKazakhCyrillic(text: string): boolean {
  return /^[\p{Script=Cyrillic}\s.'’-]+$/u.test(text) && KAZAKH_LETTERS.test(text);
}

/** A figure of the Kazakh world (the knowledge gives a Kazakh spelling), not Lenin or Milyukov. */
export function isKazakh(p: Person): boolean {
  if (!kazakh.has(p)) kazakh.set(p, p.aliases.some(isKazakhCyrillic));
  return kazakh.get(p)!;
}

const kazakh = new WeakMap<Person, boolean>();

/**
 * Other people who make plausible wrong answers about `p`: of the same era (birth years within
 * 30 years; unknown counts as same) and, for a Kazakh figure, of the Kazakh world; those sharing
 * more of `p`'s topics first, in a stable shuffled order.
 */
export function peersOf(p: Person, people: readonly Person[], seed = p.id): Person[] {
  const kazakh = isKazakh(p);
  const fit = people.filter((o) => o.id !== p.id && closeInAge(p, o) && (!kazakh || isKazakh(o)));
  const shared = (o: Person) => o.topics.filter((t) => p.topics.includes(t)).length;
  return shuffle(fit, seededRandom(`era:${seed}`)).sort((a, b) => shared(b) - shared(a));
}

/**
 * Whether a person could have held a post or taken part from `day` (days since the epoch): not
 * dead before it and, where the birth is known, at least 18 by then. A wrong option who was a
 * child or long dead at the time gives the answer away.
 */
export function couldHold(o: Person, day: number): boolean {
  const born = o.born.map(spanOf).filter((b) => b !== null);
  const died = o.died.map(spanOf).filter((d) => d !== null);
  if (died.length > 0 && died.every((d) => d.last < day)) return false;
  const adult = 18 * 365.25;
  return !(born.length > 0 && born.every((b) => b.first + adult > day));
}

const namesOf = new WeakMap<Entry, string[]>();
/** Texts are compared against every entry's names: each is folded once. */
const textKeys = new Map<string, string>();

/**
 * Towns of the steppe, Turkestan and the Volga-Urals that the movement's history passes through,
 * by their English names, with their Russian and Kazakh ones.
 * Only those the knowledge names somewhere are offered as wrong places.
 */
export const REGION_NAMES: Record<string, { ru: string; kk: string }> = {
  Orenburg: { ru: 'Оренбург', kk: 'Орынбор' },
  Semipalatinsk: { ru: 'Семипалатинск', kk: 'Семей' },
  Uralsk: { ru: 'Уральск', kk: 'Орал' },
  Karkaraly: { ru: 'Каркаралинск', kk: 'Қарқаралы' },
  Troitsk: { ru: 'Троицк', kk: 'Троицк' },
  Omsk: { ru: 'Омск', kk: 'Омбы' },
  Tashkent: { ru: 'Ташкент', kk: 'Ташкент' },
  Kokand: { ru: 'Коканд', kk: 'Қоқан' },
  Akmolinsk: { ru: 'Акмолинск', kk: 'Ақмола' },
  Turgay: { ru: 'Тургай', kk: 'Торғай' },
  Kazan: { ru: 'Казань', kk: 'Қазан' },
  Ufa: { ru: 'Уфа', kk: 'Уфа' },
  Verny: { ru: 'Верный', kk: 'Верный' },
  'Aulie-Ata': { ru: 'Аулие-Ата', kk: 'Әулиеата' },
  Kyzylorda: { ru: 'Кзыл-Орда', kk: 'Қызылорда' },
  Zhympity: { ru: 'Джамбейты', kk: 'Жымпиты' },
};

const REGION = Object.keys(REGION_NAMES);

/** A town of `REGION` named in `lang`. */
export function townIn(town: string, lang: Language): string {
  return lang === 'en' ? town : (REGION_NAMES[town]?.[lang] ?? town);
}

/** The towns of `REGION` that the knowledge names. */
export function regionTowns(m: Material): string[] {
  const text = sameTextKey(m.knowledge.entries.map((e) => `${e.summary.text} ${e.facts.map((f) => ('text' in f ? f.text : '')).join(' ')}`).join(' '));
  return REGION.filter((r) => text.includes(sameTextKey(r)));
}

/** Does `text` name the entry (its name or any alias)? */
export function mentions(text: string, e: Entry): boolean {
  let names = namesOf.get(e);
  if (!names) namesOf.set(e, (names = [e.name, ...e.aliases].map(sameTextKey).filter((n) => n.length >= 3)));
  let t = textKeys.get(text);
  if (t === undefined) textKeys.set(text, (t = sameTextKey(text)));
  return names.some((n) => t.includes(n));
}

/**
 * An entry's name as a question shows it: without bracketed dates ("The Letter of Five (July
 * 1932)" -> "The Letter of Five"), which would give the answer away.
 */
export function shownName(e: Entry): string {
  // Bracketed dates are stripped the same way in every language ("(июль 1932)").
  return e.name.replace(/\s*\([^)]*\d[^)]*\)/g, '').trim() || e.name;
}

/** An entry's name without its bracketed qualifiers: "Qazaq (newspaper)" -> "Qazaq". */
export function bareName(e: Entry): string {
  return e.name.replace(/\s*\([^)]*\)/g, '').trim() || e.name;
}

/**
 * Whole sentences from the start of `text`, as many as fit in `max` characters ('' when the
 * first does not). A sentence ends at . ! or ? followed by a space, outside quotes and brackets,
 * so `"Oyan, Qazaq!" (1909)` and `1.5 million` stay whole.
 */
export function firstSentences(text: string, max: number): string {
  const t = text.trim();
  const ends: number[] = [];
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '"' || c === '“' || c === '”') quoted = c === '“' ? true : c === '”' ? false : !quoted;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if ('.!?'.includes(c) && depth === 0 && !quoted && (i + 1 === t.length || /\s/.test(t[i + 1]!))) ends.push(i + 1);
  }
  if (ends.at(-1) !== t.length) ends.push(t.length);
  let out = '';
  for (const end of ends) {
    if (end > max) break;
    out = t.slice(0, end);
  }
  return out.trim();
}

/** Lowercases the first letter ("Chairman of X" -> "chairman of X"), not an acronym's. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
