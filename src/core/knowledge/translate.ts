import { LANGUAGE_NAMES, TRANSLATED_LANGUAGES, type Language } from '../language';
import type { Knowledge } from './load';
import { TRANSLATED, type Entry } from './schema';

/**
 * Knowledge files keep every text in three languages side by side: `text` (English), `text_ru`
 * and `text_kk`. This module checks that each is there and reads the knowledge in one language.
 */

const FIELDS = new Set<string>(TRANSLATED);

/**
 * Every translation missing from `value` (an entry, or a hand-written quiz question), as
 * `[path, problem]` pairs: `facts.3.text_kk`, "missing the Kazakh translation". `fields` are the
 * English fields that need one (default: the knowledge's, see `TRANSLATED`).
 */
export function missingTranslations(value: unknown, fields: ReadonlySet<string> = FIELDS): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${path}${i}.`));
    else if (v && typeof v === 'object') {
      const record = v as Record<string, unknown>;
      for (const [key, item] of Object.entries(record)) {
        if (fields.has(key) && item !== undefined) {
          for (const lang of TRANSLATED_LANGUAGES) {
            const other = record[`${key}_${lang}`];
            const filled = Array.isArray(item) ? Array.isArray(other) && other.length === item.length : typeof other === 'string' && other.trim() !== '';
            if (!filled) out.push([`${path}${key}_${lang}`, `missing the ${LANGUAGE_NAMES[lang]} translation of "${String(item).slice(0, 60)}"`]);
          }
        } else if (typeof item === 'object') walk(item, `${path}${key}.`);
      }
    }
  };
  walk(value, '');
  return out;
}

/**
 * A copy of `value` with every English text replaced by its `lang` version (`text` takes
 * `text_ru`'s value), and the `_ru`/`_kk` fields dropped. A text with no translation stays in
 * English. English gives `value` without the translations.
 */
export function inLanguage<T>(value: T, lang: Language, fields: ReadonlySet<string> = FIELDS): T {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang, fields)) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const [key, item] of Object.entries(record)) {
    if (/_(ru|kk)$/.test(key) && fields.has(key.slice(0, -3))) continue;
    const translation = lang === 'en' ? undefined : record[`${key}_${lang}`];
    out[key] = fields.has(key) && translation !== undefined ? translation : inLanguage(item, lang, fields);
  }
  return out as T;
}

const translations = new WeakMap<Knowledge, Map<Language, Knowledge>>();

/**
 * The knowledge with its texts in `lang`: the same entries, in the same order, with the same
 * ids, dates and sources. Built once per knowledge and language.
 */
export function knowledgeIn(knowledge: Knowledge, lang: Language): Knowledge {
  let byLanguage = translations.get(knowledge);
  if (!byLanguage) translations.set(knowledge, (byLanguage = new Map()));
  let out = byLanguage.get(lang);
  if (!out) {
    const entries: Entry[] = knowledge.entries.map((e) => inLanguage(e, lang));
    out = { ...knowledge, entries, byId: new Map(entries.map((e) => [e.id, e])) };
    byLanguage.set(lang, out);
  }
  return out;
}

/** Every name of an entry: its English, Russian and Kazakh names, then its other spellings. */
export function namesOf(entry: Entry): string[] {
  return [...new Set([entry.name, entry.name_ru, entry.name_kk, ...entry.aliases].filter((n): n is string => !!n))];
}
