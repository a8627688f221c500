import { MONTHS_KK, MONTHS_RU, findDates, monthNumber, spelledYears, type DateMention } from './dates';
import { detectLanguage } from './language';
import { QUESTION_WORDS, SYNONYM_KEYS, canonicalWord, foldText, foldWord, stemKey, toLatin } from './normalise';
import type { Asked } from './conversation';
import type { AnswerKind } from './units';

/** What the asker wants to know, as the command says (`/who`, `/when`, `/what`). */
export type Hint = 'who' | 'when' | 'what';

/**
 * A question as the bot reads it: what kind of answer it wants, the words that name its subject
 * and topic, the dates it mentions, and whether it leans on the conversation before it.
 */
export interface Question {
  /** The text as typed. */
  text: string;
  /** The kind of answer wanted; `profile` when nothing narrower is asked. */
  wants: AnswerKind;
  /**
   * Only names, no question: a bare name or the `/who` command. Gets a profile (up to 900
   * characters); a question gets a short answer (up to 500).
   */
  bare: boolean;
  /** "Did...?", "Was...?", "...ли?", "...ма?": answer yes, no or "sources disagree" first. */
  yesNo: boolean;
  /** Written in Cyrillic (Russian or Kazakh): its words are looked for in the translated texts too. */
  cyrillic: boolean;
  /** Asks about a birth or a death ("when was he born?", "where did he die?"). */
  life?: 'born' | 'died';
  /** Asks about an execution ("was he shot?", "его расстреляли?", "атылды ма?"). */
  executed: boolean;
  /**
   * What a number question counts, as a content word: "issues" in "how many issues came out?",
   * "номеров" in "сколько номеров вышло?". It is asked about, not part of a name.
   */
  counted?: string;
  /** Folded content words: names and topic words, without question words, kind words or dates. */
  words: string[];
  /**
   * The same words with a Kazakh or Russian case ending dropped from each, for names asked in a
   * case ("Дулатовтың", "Тынышпаевты"): see `stemKey`. Synonyms stay as `words` has them.
   */
  stems: string[];
  /** The same with the words of its dates kept, for names that hold a date ("the June 1918 law"). */
  allWords: string[];
  /** Every word but the question words, kind words kept: a name may hold one ("Alash city"). */
  nameWords: string[];
  dates: DateMention[];
  /**
   * May lean on the last answer: a pronoun ("when did he die?"), "and ...?", "what happened
   * next?". Used only when the question names nothing the bot knows.
   */
  refersBack: boolean;
  /** "What happened next?" / "what came after?": the next event after the last subject. */
  next: boolean;
  /** Has a pronoun that stands for a person ("he", "her", "его"): see `Library.find`. */
  personal: boolean;
  /**
   * Asks only part of a question and leans on the last one for the rest: `kind` names no subject
   * ("where?", "а когда?", "how many died?"; with its question mark, as a bare word is a lookup), `name` names one and asks nothing of it ("and
   * Zhansha?", "ал Шоқай ше?"). See `askedAgain`.
   */
  ellipsis?: 'kind' | 'name';
}

/**
 * Kind words as the question's Latin words are looked up, with the Kazakh ones also folded
 * (`kazakh`), so that Kazakh typed in Latin letters ("qashan", "qaida", "tuǵan") is read too.
 */
type KindWords = Set<string> & { kazakh: ReadonlySet<string> };
const w = (list: string[]): KindWords =>
  Object.assign(new Set(list.map(toLatin)), { kazakh: new Set(list.filter((x) => /[әғқңөұүһі]/u.test(x)).map((x) => foldWord(toLatin(x)))) });

const BORN = w(['born', 'birth', 'birthday', 'birthplace', 'родился', 'родилась', 'рождения', 'родина', 'туған', 'туды', 'туылған', 'дүниеге']);
const DIED = w(['died', 'die', 'death', 'killed', 'shot', 'executed', 'perished', 'умер', 'умерла', 'погиб', 'погибла', 'погибло', 'погибли', 'расстрелян', 'расстреляли', 'смерть', 'смерти', 'скончался', 'убит', 'убита', 'убиты', 'убили', 'қайтыс', 'өлді', 'атылды', 'қаза', 'өлтірілді', 'өлтірді', 'өлтірілген']);
/**
 * Kazakh "атты" is "shot" as the verb that ends a question ("Сыдықовты қашан атты?") and "named"
 * before a noun ("Алаш атты партия"): only the last word is read as a death.
 */
const SHOT_LAST = new Set(['атты', 'атқан'].map(toLatin));
const EXECUTED = w(['shot', 'executed', 'execution', 'расстрелян', 'расстреляли', 'расстреляна', 'расстрел', 'атылды', 'атылған', 'атып']);
const PERSON = w(['who', 'whom', 'кто', 'кем', 'кого', 'кому', 'кім', 'кімді', 'кімге', 'кімнің']);
const DATE = w(['when', 'когда', 'қашан', 'until', 'since', 'long', 'date', 'year', 'years', 'году', 'год', 'года', 'числа', 'жылы', 'жыл', 'дата']);
const PLACE = w(['where', 'где', 'куда', 'откуда', 'қайда', 'city', 'town', 'place', 'город', 'городе']);
/**
 * Kazakh "қай" is "which": before a word of time ("қай жылы" which year, "қай күні" which day) it
 * asks when; otherwise it is read as "where" ("қай жерде", "қай қалада"), its usual use.
 */
const WHICH = toLatin('қай');
const WHICH_DATE = /^(zhyl|kun|ay(da|ynda)?$|kez)/;
const NUMBER = w(['many', 'much', 'number', 'сколько', 'қанша', 'нешеу', 'неше', 'численность']);
const REASON = w(['why', 'почему', 'зачем', 'неге', 'неліктен', 'reason', 'reasons', 'caused', 'cause', 'причина', 'причины', 'себебі']);
const MEANING = w(['mean', 'means', 'meaning', 'значит', 'означает', 'значение', 'мағынасы', 'білдіреді']);
/** "What", with its chat spellings ("wat", "wut"). */
const WHAT = w(['what', 'что', 'не', 'what\'s', 'whats', 'wat', 'wut', 'wht']);
const YES_NO_START = /^(did|was|were|is|are|does|do|has|had|have)\b/i;
/** Russian "ли" and the Kazakh question particles. */
const YES_NO_PARTICLE = /(^|\s)(ли|ма|ме|ба|бе|па|пе|ма\?|ме\?)(?=[\s?!.,]|$)|(\S)(ма|ме|ба|бе|па|пе)\?\s*$/iu;
const WH_START = /^(who|whom|whose|what|when|where|why|how|which)\b/i;
/**
 * A Russian question asked by intonation alone ("Чокай умер в Берлине?", "Букейханова
 * расстреляли в Москве?"): it ends in a question mark, has no question word, and has a verb in
 * the past tense or a short participle, the usual way to ask such a thing of history.
 */
const RU_QUESTION_WORD = /(^|[\s,])(кто|кого|кому|кем|что|чего|чем|когда|где|куда|откуда|почему|зачем|как|какой|какая|какое|какие|каком|какую|каких|сколько|чей|чья|чьё|чьи|ли)(?=[\s?,.!]|$)/iu;
const RU_VERB = /[а-яё]{2,}(л|ла|ло|ли|лся|лась|лось|лись|ен|ена|ено|ены|ан|ана|ано|аны|ян|яна|яно|яны)(?=[\s?,.!]|$)|(^|\s)(умер|родился|был|была|было|были)(?=[\s?,.!]|$)/iu;
const PRONOUNS = ['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', 'there', 'там', 'он', 'она', 'его', 'её', 'ее', 'ему', 'ей', 'они', 'их', 'им', 'ол', 'оның', 'оны', 'оған', 'олар', 'олардың'];
const PRONOUN = w(PRONOUNS);
/** Pronouns that stand only for a person, as typed (Kazakh "ол" is also "it"). */
const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'он', 'она', 'его', 'её', 'ее', 'ему', 'ей']);
/**
 * Pronouns as typed, so that a word is one only in its own script: Latin "on" in "on 5 December"
 * is not Russian "он" ("he").
 */
const TYPED_PRONOUN = new Set(PRONOUNS);
/** "And ...?" ("and Zhansha?", "а когда?", "ал Шоқай ше?"): the question goes on from the last one. */
const ALSO = /^\s*(and|а|и|ал)\s/iu;
const NEXT = /\b(next|after that|afterwards|then what)\b|что было дальше|что потом|одан кейін|кейін не/iu;
/** Words that only say which kind of answer is wanted: never part of a name or topic. */
const KIND_WORDS = new Set([...BORN, ...DIED, ...PERSON, ...DATE, ...PLACE, ...NUMBER, ...REASON, ...MEANING, ...WHAT, WHICH, ...SHOT_LAST, 'happened', 'next', 'then', 'afterwards', 'also'].flatMap((x) => foldText(x)));
const STOP = new Set([...QUESTION_WORDS, ...KIND_WORDS, ...PRONOUN].flatMap((x) => foldText(x)));
const QUESTION_STOP = new Set([...QUESTION_WORDS].flatMap((x) => foldText(x)));
const PRONOUN_KEYS = new Set([...PRONOUN].flatMap((x) => foldText(x)));

/**
 * Reads a question (step one of answering): the kind of answer wanted, its content words, its
 * dates. English, Russian and Kazakh; the command's hint (`/who`, `/when`, `/what`) settles what
 * the words leave open.
 */
export function readQuestion(asTyped: string, hint?: Hint): Question {
  // A year said in words ("nineteen seventeen") is read as written in digits; `text` stays as typed.
  const text = spelledYears(asTyped);
  // The text is turned to Latin and folded once, and each reading below picks from that.
  const latinText = toLatin(text);
  const latin = latinText.split(' ');
  const folded = latin.filter(Boolean).map(foldWord);
  const cyrillic = /[а-яёәғқңөұүһі]/iu.test(text);
  const has = (set: KindWords) => latin.some((x) => set.has(x)) || (!cyrillic && folded.some((x) => set.kazakh.has(x)));
  const trimmed = text.trim();
  const yesNo =
    (YES_NO_START.test(trimmed) && !WH_START.test(trimmed)) ||
    YES_NO_PARTICLE.test(trimmed) ||
    (/\?\s*$/.test(trimmed) && !RU_QUESTION_WORD.test(trimmed) && RU_VERB.test(trimmed) && detectLanguage(trimmed) === 'ru');
  const shotLast = SHOT_LAST.has(latin.filter(Boolean).at(-1) ?? '');
  const life = has(BORN) ? 'born' : has(DIED) || shotLast ? 'died' : undefined;
  const dateless = withoutDates(text);
  const words = dateless === undefined ? naming(folded) : contentWords(dateless, true);
  // Words as typed, for pronouns, which count only in their own script.
  const typed = text.toLowerCase().split(/[^\p{L}]+/u);
  const pronoun = typed.some((x) => TYPED_PRONOUN.has(x));
  const next = NEXT.test(text);
  const dates = findDates(text);
  const which = latin[latin.indexOf(WHICH) + 1];
  // `/who X` (and "who X" addressed to the bot) asks for a profile when X is a name; "who
  // dissolved Alash Orda?" is a question that only starts with the command word.
  const whoName = hint === 'who' && !/^who (was|is|were|are)\b/i.test(trimmed) && isBare(trimmed.replace(/^who\s+/i, ''));
  const wants = wantedKind(has, latinText, hint, life, whoName, latin.includes(WHICH) ? (which && WHICH_DATE.test(which) ? 'date' : 'place') : undefined);
  const also = ALSO.test(text);
  const ellipsis =
    yesNo || next || dates.length ? undefined : !words.length && wants !== 'profile' && /\?\s*$/.test(trimmed) ? 'kind' : also && words.length && wants === 'profile' && !pronoun ? 'name' : undefined;
  return {
    text: asTyped,
    wants,
    yesNo,
    cyrillic,
    bare: hint === 'who' ? whoName : isBare(trimmed),
    life,
    counted: wants === 'number' ? countedWord(latin) : undefined,
    executed: has(EXECUTED) || shotLast,
    words,
    stems: stemmed(dateless === undefined ? latin : toLatin(dateless).split(' ')),
    allWords: naming(folded),
    nameWords: folded.filter((x) => !QUESTION_STOP.has(x) && !PRONOUN_KEYS.has(x) && x.length > 1).map(canonicalWord),
    dates,
    refersBack: next || pronoun || !!ellipsis || also || /^\s*(ещё|еще)\s/iu.test(text),
    next,
    personal: typed.some((x) => PERSONAL.has(x)),
    ellipsis,
  };
}

/**
 * A question with what its ellipsis leaves out taken from the last question (`last`): "where?"
 * after "when did he die?" asks for the place of death, "and Zhansha?" after "when did Khalel
 * die?" asks when Zhansha died. A question that asks something whole comes back as it is.
 */
export function askedAgain(q: Question, last: Asked | undefined): Question {
  if (!last || !q.ellipsis) return q;
  if (q.ellipsis === 'kind') return !q.life && last.life && (q.wants === 'date' || q.wants === 'place') ? { ...q, life: last.life } : q;
  // After a profile or description there is nothing narrower to ask again: "and X?" is then a lookup.
  if (last.wants === 'profile' || last.wants === 'description') return q;
  return { ...q, wants: last.wants, life: last.life };
}

/**
 * A bare name or lookup ("Bukeikhanov", "Alash Orda"), not a question: no question mark and no
 * question or kind word. Cheap on its own, for choosing a reply's language before any reading.
 */
export function isBare(text: string): boolean {
  const trimmed = text.trim();
  return !/[?]/.test(trimmed) && foldText(trimmed.replace(/[^\p{L}\s-]/gu, ' ')).every((x) => !STOP.has(x));
}

function wantedKind(has: (set: KindWords) => boolean, latin: string, hint: Hint | undefined, life: 'born' | 'died' | undefined, whoName: boolean, which: 'date' | 'place' | undefined): AnswerKind {
  // The question word comes first where it is asked: "who was born in 1866?" asks for a person.
  if (/^(how many|how much)\b/.test(latin) || has(NUMBER)) return 'number';
  if (/^(why)\b/.test(latin) || has(REASON)) return 'reason';
  if (has(MEANING)) return 'meaning';
  if (/^(who|whom)\b/.test(latin) || (has(PERSON) && !/^(when|where)\b/.test(latin))) return whoName && !life ? 'profile' : 'person';
  if (which) return which;
  if (has(PLACE) || /^where\b/.test(latin)) return 'place';
  if (has(DATE) || hint === 'when' || /^(what|which) year\b/.test(latin) || /^how long\b/.test(latin)) return 'date';
  if (life) return 'date';
  if (has(WHAT) || hint === 'what') return 'description';
  return 'profile';
}

/** The words that name something: folded, without question words, kind words or dates. */
export function contentWords(text: string, keepDates = false): string[] {
  return naming(foldText(keepDates ? text : (withoutDates(text) ?? text)));
}

/**
 * The text without the words of its dates, or undefined when it has none. Dates are read
 * separately: their digits and month names are usually not names.
 */
function withoutDates(text: string): string | undefined {
  const tokens = text.split(/\s+/);
  const kept = tokens.filter((t) => !/\d/.test(t) && !monthNumber(t.replace(/[^\p{L}]/gu, '')));
  return kept.length === tokens.length ? undefined : kept.join(' ');
}

/** Folded words without question words, kind words and single letters, synonyms joined. */
function naming(folded: string[]): string[] {
  return folded.filter((x) => !STOP.has(x) && x.length > 1).map(canonicalWord);
}

/** Month names, folded: a month in a case ("тамызда", "in August") stems to one, and is a date, not a name. */
const MONTH_KEYS = new Set([...MONTHS_KK, ...MONTHS_RU].map((m) => foldWord(toLatin(m))));

/** The word after "how many", "сколько", "қанша", "неше" (see `Question.counted`). */
function countedWord(latin: string[]): string | undefined {
  const i = latin.findIndex((x, j) => NUMBER.has(x) && x !== 'number' && !(x === 'many' && latin[j - 1] !== 'how') && !(x === 'much' && latin[j - 1] !== 'how'));
  const next = i >= 0 ? latin[i + 1] : undefined;
  if (!next) return undefined;
  const folded = foldWord(next);
  return STOP.has(folded) ? undefined : canonicalWord(folded);
}

/** `naming` over the Latin words, each stemmed (see `Question.stems`). */
function stemmed(latin: string[]): string[] {
  return latin
    .filter(Boolean)
    .map((x) => {
      const folded = foldWord(x);
      if (STOP.has(folded) || folded.length <= 1) return undefined;
      const synonym = canonicalWord(folded);
      // A synonym's own key ("buried", "founding") is a whole word: its stem would be a typo of some name.
      if (synonym !== folded || SYNONYM_KEYS.has(folded)) return synonym;
      const stem = stemKey(x);
      return STOP.has(stem) || MONTH_KEYS.has(stem) ? undefined : canonicalWord(stem);
    })
    .filter((x): x is string => !!x && x.length > 1);
}

/** Whether a folded word is one that only asks (a question or kind word). */
export function isAskingWord(folded: string): boolean {
  return STOP.has(folded);
}
