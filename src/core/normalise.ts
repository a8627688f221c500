/**
 * Folding text so that every way people write a name meets one key: case, diacritics, Kazakh
 * and Russian Cyrillic, their Latin transliterations, and the patronymic endings that differ
 * between them (Russian -ov/-ev, Kazakh -uly). Small typos are left to the index's fuzzy match.
 *
 *   Bukeikhanov, Bokeikhanov, Бөкейханов, Букейханов, bukeihanov, Бөкейхан -> "bukeihan"
 *   Baitursynov, Байтұрсынұлы, baitursinov, Baitursynuly                  -> "baitursin"
 *
 * Generic transliteration packages map one script to another faithfully; what search needs is
 * the opposite, a deliberately lossy key, so the table lives here.
 */

import { remembered } from './remembered';

/** Cyrillic letters of Russian and Kazakh to a plain Latin spelling. */
const CYRILLIC: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', й: 'y', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kyrgyz
  ң_: 'n',
};

/** Latin letters that Unicode decomposition does not strip to ASCII. */
const LATIN_EXTRA: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd' };

/** Lowercase, Cyrillic to Latin, diacritics stripped; keeps letters, digits and spaces. */
export function toLatin(text: string): string {
  let out = text.toLowerCase();
  if (CYRILLIC_LETTER.test(out)) out = out.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);
  // Every question and every indexed text passes here: plain text takes one pass over its
  // characters; only letters beyond ASCII need the slower decomposition.
  return plainLatin(out) ?? decomposed(out);
}

const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

/** Apostrophes: dropped, and with a following "s" dropped too (the English possessive). */
const APOSTROPHES = new Set([0x27, 0x60, 0x2019, 0x2bc]);
/** Marks beyond ASCII that only separate words (dashes, quotes, ellipsis): decomposition keeps them marks. */
const SEPARATORS = new Set([0xab, 0xbb, 0x2013, 0x2014, 0x2018, 0x201c, 0x201d, 0x2026]);

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * `decomposed` in one pass, for lowercased text of ASCII, apostrophes and SEPARATORS; undefined
 * for any other text.
 */
function plainLatin(text: string): string | undefined {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out) out += ' ';
      gap = false;
      out += text[i];
    } else if (APOSTROPHES.has(c)) {
      if (text.charCodeAt(i + 1) === 115 && !isWordChar(text.charCodeAt(i + 2))) i++;
    } else if (c < 128 || SEPARATORS.has(c)) gap = true;
    else return undefined;
  }
  return out;
}

function decomposed(lowered: string): string {
  let out = lowered;
  if (/[^\x00-\x7f]/.test(out)) {
    out = out
      .replace(/[ıłøæœßđ]/g, (ch) => LATIN_EXTRA[ch] ?? ch)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
  }
  return out
    // English possessive: "Bukeikhanov's" is about Bukeikhanov.
    .replace(/['’ʼ`]s\b/g, '')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Sound-alike spellings, applied in order to a Latin word. */
const SOUNDS: [RegExp, string][] = [
  [/dzh|dj/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/q/g, 'k'],
  [/x/g, 'h'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/y/g, 'i'],
  [/ii+/g, 'i'],
];

/** Patronymic and surname endings that differ between Russian and Kazakh forms ("-ав": "-ов" as heard, "Дулатав"). */
const ENDINGS = /(?:uli|ulu|ovich|evich|ovna|evna|iev|iov|ova|eva|ov|ev|av|of|ef|in)$/;

/**
 * The search key of one word (see the module comment), remembered: the same words come back
 * all the time (every entry's text, every question).
 */
export const foldWord = remembered(foldOnce);

function foldOnce(word: string): string {
  return finishFold(squeezeRepeats(sounded(word)));
}

/** A word with its SOUNDS merged, the first step of folding. */
function sounded(word: string): string {
  let w = word;
  for (const [pattern, replacement] of SOUNDS) w = w.replace(pattern, replacement);
  return w;
}

/**
 * The search key of a Latin word with one Kazakh or Russian case ending dropped before it is
 * folded, so that the surname ending shows: "Дулатовтың" -> "dulatov" -> "dulat", as the name
 * "Dulatov" folds; "Ашаршылыққа" -> "asharshilik". Folding first would hide the ending
 * ("dulatuvtin") or merge the case ending into the word ("asharshilika").
 */
export const stemKey = remembered((word: string) => finishFold(squeezeRepeats(stemOnce(sounded(word)))));

function finishFold(folded: string): string {
  let w = folded;
  // Only long words lose their ending, so short words ("in", "of", "ovo") stay themselves.
  if (w.length > 5) {
    const stem = w.replace(ENDINGS, '');
    if (stem.length >= 4) w = stem;
  }
  // Vowels that Kazakh and Russian spellings swap (ө/у/о, ұ/у) meet as one.
  return w.replace(/o/g, 'u');
}

/**
 * Doubled letters written once ("Bukeikhannov" -> "bukeihanov"). A loop rather than the regex
 * `(.)\1+`, whose backtracking overflows the stack on a long run of one letter.
 */
function squeezeRepeats(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** Splits text into search keys (see `foldWord`). */
export function foldText(text: string): string[] {
  return toLatin(text).split(' ').filter(Boolean).map(foldWord);
}

/** Words to drop before matching a question against names. English, Russian and Kazakh. */
export const QUESTION_WORDS = new Set(
  [
    // English
    'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which', 'was', 'were', 'is', 'are',
    'did', 'do', 'does', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'about', 'and', 'or',
    'tell', 'me', 'us', 'please', 'happened', 'happen', 'it', 'this', 'that', 'there', 'by', 'from',
    'with', 'his', 'her', 'their', 'its', 'be', 'been', 'know', 'you', 'can', 'could', 'would',
    'give', 'show', 'any', 'some', 'info', 'information', 'year', 'date', 'day', 'biography', 'bio',
    'profile', 'life', 'facts', 'fact', 'more', 'explain', 'describe', 'mr', 'who\'s', 'whats', 'during', 'wat', 'wut', 'wht',
    // Russian
    'кто', 'что', 'когда', 'где', 'почему', 'зачем', 'как', 'какой', 'какая', 'какие', 'каком',
    'был', 'была', 'были', 'было', 'такой', 'такая', 'такое', 'это', 'в', 'во', 'на', 'о', 'об',
    'про', 'и', 'или', 'с', 'со', 'по', 'году', 'год', 'года', 'произошло', 'случилось', 'расскажи',
    'расскажите', 'мне', 'ли', 'же', 'такое', 'биография', 'жизнь', 'время', 'проходил', 'проходила', 'прошёл', 'прошел', 'прошла', 'состоялся', 'состоялась',
    // Kazakh
    'кім', 'не', 'нені', 'қашан', 'қайда', 'неге', 'неліктен', 'қалай', 'қандай', 'болды', 'болған',
    'еді', 'ме', 'ма', 'бе', 'ба', 'пе', 'па', 'туралы', 'жылы', 'жыл', 'және', 'деген', 'кезде',
    'айтып', 'бер', 'берші', 'өтті', 'өткен', 'өтеді',
  ].map((w) => toLatin(w)),
);

/**
 * Russian and Kazakh words for the things entries are named after, mapped to the English word
 * in those names, so "когда был основан Алаш" finds "Founding of the Alash party".
 */
const SYNONYMS: Record<string, string[]> = {
  founding: ['founded', 'found', 'founder', 'founders', 'formed', 'formation', 'established', 'establish', 'establishment', 'created', 'create', 'creation', 'основал', 'основала', 'основатель', 'основатели', 'создал', 'создали', 'құрды', 'құрған', 'негізін', 'основан', 'основана', 'основали', 'основание', 'создан', 'создана', 'создание', 'образован', 'образована', 'құрылды', 'құрылған', 'құрылуы'],
  congress: ['съезд', 'съезда', 'съезде', 'құрылтай', 'құрылтайы', 'съезі'],
  first: ['первый', 'первого', 'первом', 'первая', 'первой', 'первую', 'бірінші', 'алғашқы'],
  second: ['второй', 'второго', 'втором', 'екінші'],
  newspaper: ['газета', 'газеты', 'газете', 'газету', 'газетой', 'газеті', 'газетін'],
  letter: ['письмо', 'письма', 'письму', 'хат', 'хаты', 'хатына', 'хатын', 'хатқа'],
  five: ['пяти', 'бестің', 'бес'],
  famine: ['голод', 'голода', 'голоде'],
  party: ['партия', 'партии', 'партию', 'партией', 'партиясы', 'партиядан', 'партиясынан', 'партиясына', 'партияда', 'партиясында'],
  autonomy: ['автономия', 'автономии', 'автономиясы'],
  government: ['правительство', 'правительства', 'үкімет', 'үкіметі'],
  monument: ['памятник', 'памятника', 'памятнику', 'ескерткіш', 'ескерткіші', 'ескерткішті', 'ескерткіштің'],
  end: ['close', 'closed', 'closure', 'stopped', 'stop', 'ceased', 'cease', 'dissolved', 'dissolution', 'dissolve', 'ended', 'ceased', 'abolished', 'abolition', 'liquidated', 'liquidation', 'роспуск', 'распущена', 'распущено', 'ликвидация', 'ликвидирована', 'упразднена', 'распустил', 'распустили', 'распущен', 'упразднили', 'закрыли', 'таратылды', 'таратылуы', 'конец'],
  word: ['mean', 'means', 'meaning', 'значит', 'означает', 'значение', 'мағынасы'],
  chairman: ['chair', 'chaired', 'chairmen', 'presided', 'leader', 'leaders', 'led', 'lead', 'head', 'headed', 'president', 'председатель', 'председателем', 'возглавлял', 'глава', 'лидер', 'лидером', 'төраға', 'төрағасы', 'басшы', 'басшысы', 'басқарды', 'көсем', 'көсемі', 'көшбасшы', 'көшбасшысы'],
  seat: ['headquarters', 'capital', 'centre', 'center', 'based', 'sat', 'sit', 'sits', 'sitting', 'столица', 'столицей', 'центр', 'центром', 'резиденция', 'орталығы', 'астанасы'],
  colour: ['color', 'colours', 'colors', 'цвет', 'цвета', 'түс', 'түсі'],
  ideology: ['beliefs', 'belief', 'views', 'stand', 'stood', 'идеология', 'идеологией', 'взгляды', 'идеологиясы', 'көзқарасы'],
  published: ['publish', 'printed', 'print', 'issued', 'печаталась', 'печатался', 'издавалась', 'издавался', 'выходила', 'выходил', 'басылды', 'басылған', 'шықты'],
  members: ['member', 'члены', 'членов', 'член', 'мүше', 'мүшесі', 'мүшелері'],
  buried: ['grave', 'burial', 'похоронен', 'похоронена', 'могила', 'жерленген', 'зираты'],
  wrote: ['write', 'written', 'author', 'authored', 'написал', 'написала', 'автор', 'автором', 'жазды', 'жазған', 'авторы'],
  signed: ['sign', 'signatory', 'signatories', 'подписал', 'подписали', 'подписан', 'қойды', 'қойған', 'қол'],
  editor: ['edited', 'edit', 'editors', 'редактор', 'редактором', 'редакторы', 'редакциялады'],
  arrested: ['arrest', 'arrests', 'арестован', 'арестована', 'арестованы', 'арест', 'ұсталды', 'тұтқындалды'],
  successor: ['succeeded', 'succeed', 'преемник', 'сменил'],
  oblast: ['province', 'region', 'область', 'области', 'облысы'],
  rehabilitated: ['rehabilitation', 'реабилитирован', 'реабилитирована', 'реабилитация', 'ақталды', 'ақталған', 'ақтады', 'ақталуы'],
  studied: ['study', 'studies', 'studying', 'graduated', 'graduate', 'educated', 'education', 'trained', 'учился', 'училась', 'учились', 'окончил', 'окончила', 'образование', 'оқыды', 'оқыған', 'бітірді', 'білім'],
  lifetime: ['live', 'lived', 'lifespan', 'жил', 'жыл сүрді', 'өмір сүрді'],
  brother: ['brothers', 'брат', 'брата', 'братом', 'братья', 'ағайынды', 'бауыр', 'бауыры', 'бауырлар'],
  militia: ['army', 'troops', 'soldiers', 'милиция', 'милиции', 'милицию', 'милицией', 'армия', 'армии', 'войско', 'войска', 'әскер', 'әскері', 'әскерінде', 'әскерде', 'әскерінің'],
};

const SYNONYM_OF = new Map(
  Object.entries(SYNONYMS).flatMap(([target, words]) => words.map((w) => [foldWord(toLatin(w)), foldWord(target)] as const)),
);

/** The keys synonyms are joined under ("founding", "chairman"): already whole words, never stemmed. */
export const SYNONYM_KEYS: ReadonlySet<string> = new Set(SYNONYM_OF.values());

/**
 * Keys of words that ask about an attribute ("leader", "seat", "founded") rather than name an
 * entry: an entry whose name happens to hold one ("the Alash leaders' monument") is not named
 * by it.
 */
export const ATTRIBUTE_KEYS: ReadonlySet<string> = new Set(
  ['founding', 'end', 'word', 'chairman', 'seat', 'colour', 'ideology', 'published', 'members', 'buried', 'wrote', 'signed', 'editor', 'arrested', 'successor', 'rehabilitated', 'lifetime'].map(foldWord),
);

/**
 * The stem of a folded Russian verb or participle: its past-tense or participle ending dropped,
 * so that "арестовали", "арестован" and "арестована" meet as "arestuva", and "ликвидировал" meets
 * "ликвидирована". Only long words, and only endings after a vowel, as Russian verbs have them.
 */
function verbStem(folded: string): string | undefined {
  if (folded.length < 7) return undefined;
  const m = /[aei](li|la|lu|l|n|na|ni|nu)$/.exec(folded);
  return m ? folded.slice(0, folded.length - m[1]!.length) : undefined;
}

/** Synonyms by the stem of their Russian verb forms (see `verbStem`), for the forms not listed. */
const SYNONYM_OF_VERB = new Map(
  Object.entries(SYNONYMS).flatMap(([target, words]) =>
    words
      .filter((w) => /[а-яё]/.test(w))
      .map((w) => [verbStem(foldWord(toLatin(w))), foldWord(target)] as const)
      .filter((x): x is readonly [string, string] => x[0] !== undefined),
  ),
);

/** The folded key a word stands for in entry names (itself when it has no synonym). */
export function canonicalWord(folded: string): string {
  const synonym = SYNONYM_OF.get(folded);
  if (synonym) return synonym;
  const stem = verbStem(folded);
  return (stem && SYNONYM_OF_VERB.get(stem)) || folded;
}

/**
 * Whether a question's word is a name's word, or that word in a Russian or Kazakh case ("Орды",
 * "Орду", "Орданың" of "Орда"; "Алаша" of "Алаш"): the name word without its final vowel starts
 * the question's word, which goes on by at most three letters. Folded keys; names of four letters
 * or more only, so short words stay themselves.
 */
export function isCaseForm(asked: string, name: string): boolean {
  if (asked === name) return true;
  if (name.length < 4 || asked.length < name.length - 1) return false;
  const core = /[aeiuy]$/.test(name) ? name.slice(0, -1) : name;
  return asked.length - core.length <= 3 && asked.startsWith(core);
}

/**
 * A light stemmer for the fact index: drops one common ending of English, Russian or Kazakh
 * (plurals, possessives, case endings) from a folded key, keeping at least four letters. Names
 * are never stemmed (the entry index leaves them whole); topic words are, so "members" meets
 * "member", "съезде" meets "съезд" and "газеттері" meets "газет".
 */
export const stemWord = remembered(stemOnce);

function stemOnce(folded: string): string {
  let w = folded;
  for (const ending of STEM_ENDINGS) {
    const m = ending.exec(w);
    if (m && w.length - m[0].length >= 4) w = w.slice(0, w.length - m[0].length);
  }
  return w;
}

/** Applied in order, each at most once: Kazakh plural, Kazakh case, then other endings. */
const STEM_ENDINGS = [
  /(?:lar|ler|dar|der|tar|ter)(?:di|ni|ti|si|ga|ge|ka|ke|da|de|ta|te|din|nin|tin|dan|den|tan|ten|i)?$/,
  /(?:nin|din|tin|nan|nen|dan|den|tan|ten|na|ne|ga|ge|ka|ke|da|de|ta|te|di|ni|ti|si)$/,
  /(?:ings|ing|ies|es|ed|ami|ah|am|um|ui|ei|iu|ia|s|a|u|e|i)$/,
];
