import i18next, { type TOptions } from 'i18next';
import { en } from './locales/en';

/**
 * The answer templates, through i18next so that translations and plural rules come with one
 * well-kept library. Initialised synchronously (the resources are bundled), once per process.
 */
const phrases = i18next.createInstance();
void phrases.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  // Replies are plain text; adapters escape them for their platform.
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof phrases.init>[0]);

/** A template filled in: `say('fact.born', { name, when })`. */
export function say(key: string, values: TOptions = {}): string {
  return phrases.t(key, values) as string;
}
