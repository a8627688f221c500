/**
 * The languages the bot answers in, and how it picks one for a reply. Every reply is in one
 * language: the chat's, when an admin fixed it (`/lang`), else the language of the message that
 * asked, else the platform's hint about the user (Telegram `language_code`, Discord `locale`).
 */

/** English, Russian, Kazakh: the order in which knowledge files write their texts. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages knowledge is translated into from its English (rule 6 of knowledge/README.md). */
export const TRANSLATED_LANGUAGES = ['ru', 'kk'] as const satisfies readonly Language[];

/** Each language's name in English, for messages to the people who write the knowledge. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Letters of the Kazakh Cyrillic alphabet that Russian does not have. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[а-яёА-ЯЁ]/;
const LATIN = /[a-zA-Z]/;

/**
 * Kazakh words with no Kazakh-only letter, as people type them on a Russian keyboard ("кашан",
 * "кандай"). None of them is a Russian word.
 */
const KAZAKH_WORDS = new Set([
  'кашан', 'кайда', 'калай', 'кандай', 'неге', 'неше', 'туралы', 'деген', 'дегеннен', 'жылы', 'жыл', 'болды',
  'болган', 'болып', 'кезде', 'кезінде', 'мен', 'немесе', 'айтшы', 'айт', 'маган', 'ол', 'оны', 'онын',
  'кимдер', 'партиясы', 'туылды', 'туган', 'олди', 'олген', 'атылды', 'жане', 'бе',
  'ма', 'ме', 'па', 'пе', 'ба', 'тусында', 'басшысы', 'тоганасы', 'кайсы', 'нешинши', 'туды', 'кайтыс',
]);

/**
 * The bot's own command words (`who X`; the core drops the `/alash` before them): typed in
 * Latin letters whatever the asker's language, so one that opens a message is no clue to it.
 */
const COMMAND_WORDS = new Set(['who', 'what', 'when', 'more', 'search', 'timeline', 'today', 'quiz', 'help', 'about', 'daily', 'leaderboard', 'start', 'lang']);

/**
 * Russian words that never occur in Kazakh: a question built on them is Russian even when it
 * names someone in Kazakh spelling ("кто такой Бөкейханов?").
 */
const RUSSIAN_WORDS = new Set([
  'кто', 'что', 'когда', 'где', 'почему', 'зачем', 'как', 'какой', 'какая', 'какое', 'какие', 'каком', 'такой', 'такая',
  'такое', 'был', 'была', 'было', 'были', 'в', 'во', 'на', 'и', 'о', 'об', 'про', 'ли', 'это', 'сколько', 'чей', 'чья',
  'кем', 'чем', 'с', 'со', 'по', 'из', 'у', 'за', 'для', 'он', 'она', 'они', 'его', 'её', 'ее', 'их', 'году', 'года',
  'расскажи', 'скажи', 'произошло', 'случилось', 'родился', 'умер', 'же', 'а', 'или', 'после', 'до',
]);

/**
 * The language a message is written in, from its letters and words: English when most words
 * are Latin; Kazakh when its Kazakh words (with a Kazakh-only letter, or Kazakh words typed
 * without one) outnumber its Russian-only words; else Russian for Cyrillic. `undefined` when
 * the text gives no clue (digits, punctuation), or mixes Cyrillic and Latin evenly. A leading
 * command word (`who`) does not count.
 */
export function detectLanguage(text: string): Language | undefined {
  const words = text.toLowerCase().match(/[a-zа-яёәғқңөұүһі]+/g) ?? [];
  // "who Байтурсынов" is Russian; "who was Dulatov" stays English on its other words.
  while (words.length > 1 && COMMAND_WORDS.has(words[0]!)) words.shift();
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  let russian = 0;
  for (const w of words) {
    if (CYRILLIC.test(w) || KAZAKH_LETTERS.test(w)) {
      cyrillic++;
      if (KAZAKH_LETTERS.test(w) || KAZAKH_WORDS.has(w)) kazakh++;
      else if (RUSSIAN_WORDS.has(w)) russian++;
    } else if (LATIN.test(w)) latin++;
  }
  if (latin > cyrillic) return 'en';
  if (kazakh > russian) return 'kk';
  if (cyrillic > latin) return 'ru';
  return undefined;
}

/**
 * A platform's locale code as one of our languages: `ru`, `ru-RU` -> `ru`; `kk`, `kk-KZ` ->
 * `kk`; any English -> `en`. `undefined` for other languages and no code, so the caller falls
 * back further.
 */
export function languageOfLocale(code: string | undefined): Language | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : undefined;
}

/**
 * The language of one reply, in order of precedence: the chat's fixed language; the message's
 * own language (unless it is only a name or a number, which says nothing); the user's platform
 * locale; the chat's (a Discord server's preferred locale); the script of a bare name
 * (Kazakh letters read as Kazakh, other Cyrillic as Russian); English.
 */
export function replyLanguage(clues: {
  /** Fixed by a chat admin with `/lang`; absent means automatic. */
  fixed?: Language;
  /** The message's text, if any. */
  text?: string;
  /** The language the text is written in, when already read (`detectLanguage`); else it is read from `text`. */
  written?: Language;
  /** Whether the text is only a name or a number, so its words are no clue to the language. */
  bare?: boolean;
  /** The user's locale on the platform (Telegram `language_code`, Discord interaction `locale`). */
  userLocale?: string;
  /** The chat's locale (a Discord server's preferred locale). */
  chatLocale?: string;
}): Language {
  if (clues.fixed) return clues.fixed;
  const fromText = clues.written ?? (clues.text ? detectLanguage(clues.text) : undefined);
  if (fromText && !clues.bare) return fromText;
  return languageOfLocale(clues.userLocale) ?? languageOfLocale(clues.chatLocale) ?? fromText ?? 'en';
}
