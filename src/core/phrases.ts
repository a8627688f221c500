import i18next, { type TOptions } from 'i18next';
import type { Language } from './language';
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

/** One language's templates, fixed once so each call skips the language lookup. */
const fixed = new Map<Language, ReturnType<typeof phrases.getFixedT>>();

/** A template filled in, in `lang` (default English): `say('fact.born', { name, when }, 'kk')`. */
export function say(key: string, values: TOptions = {}, lang: Language = 'en'): string {
  let t = fixed.get(lang);
  if (!t) fixed.set(lang, (t = phrases.getFixedT(lang)));
  return t(key, values) as string;
}
