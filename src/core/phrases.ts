import i18next, { type TOptions } from 'i18next';
import type { Language } from './language';
import { Remembered } from './remembered';
import { en } from './locales/en';
import { kk } from './locales/kk';
import { ru } from './locales/ru';

/**
 * Every sentence the bot writes, by key, through i18next: one well-kept library for the
 * translations and for each language's plural rules (Russian one/few/many, Kazakh and English
 * one/other). Initialised synchronously (the resources are bundled), once per process. A key
 * missing from Russian or Kazakh falls back to English, and a test lists any such key.
 */
const phrases = i18next.createInstance();
void phrases.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  // Replies are plain text; adapters escape them for their platform.
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof phrases.init>[0]);

/**
 * Filled-in templates by language, key and values. A template is a pure function of the three,
 * and answers use the same few hundred (labels, "or", dates) over and over: a lookup is ~50
 * times cheaper than i18next resolving the key, its plural and its interpolation again.
 * Bounded: cleared when full (default 20,000 sentences).
 */
const filled = new Remembered<string>(20_000);

/** A template filled in, in `lang` (default English): `say('fact.born', { name, when }, 'kk')`. */
export function say(key: string, values: TOptions = {}, lang: Language = 'en'): string {
  return filled.get(`${lang}\u0000${key}\u0000${JSON.stringify(values)}`, () => phrases.t(key, { ...values, lng: lang }) as string);
}
