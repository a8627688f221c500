/**
 * The languages the bot answers in, and how it picks one for a reply. Every reply is in one
 * language: the chat's, when an admin fixed it (`/lang`), else the language of the message that
 * asked, else the platform's hint about the user (Telegram `language_code`, Discord `locale`).
 */

/** English, Russian, Kazakh: the order in which knowledge files write their texts. */
export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

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
 * The language a message is written in, from its letters and words: Kazakh when it has a
 * Kazakh-only letter or a Kazakh word, Russian for other Cyrillic, English for Latin letters.
 * A leading command word (`who`) does not count. `undefined` when the text gives no clue
 * (digits, punctuation), or mixes Cyrillic and Latin evenly.
 */
export function detectLanguage(text: string): Language | undefined {
  if (KAZAKH_LETTERS.test(text)) return 'kk';
  const words = text.toLowerCase().match(/[a-zа-яёәғқңөұүһі]+/g) ?? [];
  // "who Байтурсынов" is Russian; "who was Dulatov" stays English on its other words.
  while (words.length > 1 && COMMAND_WORDS.has(words[0]!)) words.shift();
  let cyrillic = 0;
  let latin = 0;
  for (const w of words) {
    if (CYRILLIC.test(w)) {
      if (KAZAKH_WORDS.has(w)) return 'kk';
      cyrillic++;
    } else if (LATIN.test(w)) latin++;
  }
  if (cyrillic > latin) return 'ru';
  if (latin > cyrillic) return 'en';
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
  /** Whether the text is only a name or a number, so its words are no clue to the language. */
  bare?: boolean;
  /** The user's locale on the platform (Telegram `language_code`, Discord interaction `locale`). */
  userLocale?: string;
  /** The chat's locale (a Discord server's preferred locale). */
  chatLocale?: string;
}): Language {
  if (clues.fixed) return clues.fixed;
  const fromText = clues.text ? detectLanguage(clues.text) : undefined;
  if (fromText && !clues.bare) return fromText;
  return languageOfLocale(clues.userLocale) ?? languageOfLocale(clues.chatLocale) ?? fromText ?? 'en';
}
