import { Composer, quote } from './compose';
import type { GroupReplies } from './chat';
import { findDates, monthNumber, type DateMention } from './dates';
import type { Knowledge } from './knowledge/load';
import type { Entry } from './knowledge/schema';
import { QUESTION_WORDS, canonicalWord, foldText, toLatin } from './normalise';
import type { Reply } from './reply';
import { EntryIndex, type Match } from './search-index';
import { Timeline, type Moment } from './timeline';

/** What the asker wants to know, as far as the words say. */
export type Hint = 'who' | 'when' | 'what';

const BORN = new Set(['born', 'birth', 'birthday', 'родился', 'родилась', 'рождения', 'туған', 'туды', 'туылған', 'дүниеге'].map(toLatin));
const DIED = new Set(
  ['died', 'die', 'death', 'killed', 'shot', 'executed', 'умер', 'умерла', 'погиб', 'расстрелян', 'смерть', 'смерти', 'қайтыс', 'өлді', 'атылды', 'қаза'].map(toLatin),
);
const WHEN = new Set(['when', 'когда', 'қашан'].map(toLatin));
const WHO = new Set(['who', 'кто', 'кім'].map(toLatin));
// \b only knows ASCII letters, so the end of a Cyrillic word is spelled out.
const QUESTION_START = /^(who|whom|whose|what|when|where|why|how|which|did|was|were|is|are|кто|что|когда|где|почему|как|какой|кім|не|қашан|қайда|неге|қалай|қандай)(?=[\s?!.,]|$)/iu;

/**
 * A match answers a question only when the entry accounts for the question's words: all of
 * them in a short question, three in four in a longer one. Below that the bot says it does not
 * know, rather than answer "who is the best footballer?" with whatever shares one word.
 */
function enough(coverage: number, words: number): boolean {
  return coverage >= (words <= 3 ? 1 : 0.75);
}
/** `/search` lists every entry that has at least half the words. */
const SEARCH_COVERAGE = 0.5;

/** A name offered as the user types (Discord autocomplete, Telegram inline mode). */
export interface Completion {
  /** What the user sees, at most 100 characters. */
  name: string;
  /** What comes back as the option value: the entry's id. */
  value: string;
}

/**
 * The knowledge, searchable: answers questions and lookups with replies built by the Composer.
 * Everything here is pure and synchronous, so it is cheap to call from any adapter.
 */
export class Library {
  readonly index: EntryIndex;
  readonly timeline: Timeline;
  readonly compose: Composer;

  constructor(readonly knowledge: Knowledge) {
    this.index = new EntryIndex(knowledge);
    this.timeline = new Timeline(knowledge);
    this.compose = new Composer(knowledge);
  }

  greeting(): Reply {
    return {
      kind: 'help',
      title: 'Alash history bot',
      body: 'Ask me about the Alash movement of 1917–1920: a person ("who was Bukeikhanov?"), an event, a term, or a date ("what happened on 26 August 1920?"). Type /help for the commands.',
      entries: [],
    };
  }

  /** Answers a question or a lookup in any language the bot reads. */
  answer(text: string, hint?: Hint): Reply {
    const dates = findDates(text);
    const invalid = dates.find((d) => d.invalid);
    if (invalid) {
      return { kind: 'error', body: `"${quote(invalid.label)}" is not a real date. Try a form like 26 August 1920 or 26.08.1920.`, entries: [] };
    }
    const words = this.contentWords(text);
    const intent = intentOf(text, hint);
    const matches = this.index.lookup(words, 5);
    const best = strong(matches[0], words.length);

    if (dates.length) return this.dateAnswer(dates, best?.entry);
    if (!words.length) {
      return { kind: 'not-found', body: 'Ask me about a person, an event, a term or a date, e.g. "who was Bukeikhanov?" or "what happened in 1917?"', entries: [] };
    }
    if (!best) return this.compose.notFound(subjectOf(text), this.nearest(words));

    // Two people who share the words asked for, as spelled (the Dosmukhamedovs): ask which.
    const rivals = best.exact ? matches.filter((m) => m !== matches[0] && strong(m, words.length) && m.exact && m.coverage === best.coverage) : [];
    if (rivals.length && best.entry.kind === 'person' && rivals.every((r) => r.entry.kind === 'person')) {
      return this.compose.choose(subjectOf(text), [best.entry, ...rivals.map((r) => r.entry)]);
    }

    // An entry named exactly what was asked ("Alash Orda") beats one that merely mentions it
    // in a longer name ("End of Alash Orda").
    const named = matches.find((m) => m.whole && strong(m, words.length));
    const entry = this.prefer(matches, intent, words.length) ?? named?.entry ?? best.entry;
    if (entry.kind === 'person' && intent.born) return this.compose.lifeDate(entry, 'born');
    if (entry.kind === 'person' && intent.died) return this.compose.lifeDate(entry, 'died');
    if (entry.kind === 'event' && intent.when) return this.compose.eventDate(entry);
    return this.compose.entry(entry);
  }

  /** Shows one entry by id (buttons carry ids), or looks the text up as a name. */
  about(idOrName: string): Reply {
    const entry = this.knowledge.byId.get(idOrName.trim().toLowerCase());
    return entry ? this.compose.entry(entry) : this.answer(idOrName);
  }

  /** Full-text search for `/search`: every entry that mentions the words. */
  search(text: string): Reply {
    const words = this.contentWords(text);
    const found = this.index.fullText(words, 8).filter((m) => m.coverage >= SEARCH_COVERAGE);
    if (!found.length) return this.compose.notFound(text, this.nearest(words));
    if (found.length === 1) return this.compose.entry(found[0]!.entry);
    return {
      kind: 'answer',
      title: `Search: ${quote(text)}`,
      body: found.map((m) => `${m.entry.name}: ${m.entry.summary.text}`).join('\n\n'),
      entries: found.map((m) => m.entry.id),
      choices: found.slice(0, 5).map((m) => this.compose.suggest(m.entry.id)),
    };
  }

  /**
   * Whether an unaddressed group message is for the bot. Only questions count, and only those
   * the bot can actually answer, so it never chimes in on chatter.
   */
  isForUs(text: string, mode: GroupReplies): boolean {
    if (mode === 'off' || text.length > 500) return false;
    const question = text.includes('?') || QUESTION_START.test(text.trim());
    if (!question) return false;
    const dates = findDates(text);
    if (dates.some((d) => !d.invalid && this.timeline.at(d).length)) return true;
    if (mode !== 'names') return false;
    const words = this.contentWords(text);
    return strong(this.index.lookup(words, 1)[0], words.length) !== undefined;
  }

  complete(partial: string, limit: number): Completion[] {
    const entries = partial.trim()
      ? this.index.complete(partial, limit)
      : [...this.knowledge.entries.filter((e) => e.kind === 'person' && e.topics.includes('leaders')), ...this.knowledge.entries.filter((e) => e.kind === 'person' && !e.topics.includes('leaders'))].slice(0, limit);
    return entries.map((e) => ({ name: e.name.slice(0, 100), value: e.id }));
  }

  private dateAnswer(dates: DateMention[], about?: Entry): Reply {
    const found = unique(dates.flatMap((d) => this.timeline.at(d)));
    const label = dates.map((d) => d.label).join(', ');
    if (about) {
      const own = found.filter((m) => concerns(m, about));
      if (own.length) return this.compose.moments(`${about.name}, ${label}`, own);
    }
    if (found.length) return this.compose.moments(label, found);
    const day = dates.find((d) => d.span?.precision === 'day');
    const near = day?.span ? this.timeline.near(day.span, 45).slice(0, 3) : [];
    if (near.length) {
      const reply = this.compose.moments(`Nearest to ${day!.label}`, near);
      return { ...reply, body: `I know of nothing on ${day!.label}. The nearest dates I know:\n\n${reply.body}` };
    }
    return {
      kind: 'not-found',
      body: `I know of nothing in the Alash story for ${label}. My knowledge runs from the 1905 congress in Uralsk to the 2021 monument, with a few older roots.`,
      entries: [],
    };
  }

  /** Among good matches, the one whose kind suits the question ("when" wants an event). */
  private prefer(matches: Match[], intent: Intent, words: number): Entry | undefined {
    const good = matches.filter((m) => strong(m, words) && m.coverage === matches[0]!.coverage);
    if (intent.who) return good.find((m) => m.entry.kind === 'person')?.entry;
    if (intent.when && !intent.born && !intent.died) return good.find((m) => m.entry.kind === 'event')?.entry;
    return undefined;
  }

  private nearest(words: string[]): Entry[] {
    return this.index.suggest(words, 3);
  }

  /** The words that name something: folded, without question words, intent words or dates. */
  private contentWords(text: string): string[] {
    // Dates are read separately: their digits and month names are not names.
    const noDates = text
      .split(/\s+/)
      .filter((t) => !/\d/.test(t) && !monthNumber(t.replace(/[^\p{L}]/gu, '')))
      .join(' ');
    return foldText(noDates)
      .filter((w) => !STOP.has(w) && w.length > 1)
      .map(canonicalWord);
  }
}

interface Intent {
  born: boolean;
  died: boolean;
  when: boolean;
  who: boolean;
}

function intentOf(text: string, hint?: Hint): Intent {
  const words = toLatin(text).split(' ');
  return {
    born: words.some((w) => BORN.has(w)),
    died: words.some((w) => DIED.has(w)),
    when: hint === 'when' || words.some((w) => WHEN.has(w)),
    who: hint === 'who' || words.some((w) => WHO.has(w)),
  };
}

const STOP = new Set([...QUESTION_WORDS, ...BORN, ...DIED, ...WHEN, ...WHO].flatMap((w) => foldText(w)));

/** What a question is about, as the user wrote it: "who was Napoleon?" -> "Napoleon". */
function subjectOf(text: string): string {
  const tokens = text.replace(/^\//, '').trim().split(/\s+/);
  while (tokens.length > 1 && foldText(tokens[0]!).every((w) => STOP.has(w))) tokens.shift();
  return tokens.join(' ').replace(/[?!.,;:]+$/, '');
}

/**
 * Good enough to answer: the entry accounts for the words (see `enough`), or the question
 * names the entry in full and adds one word the knowledge does not use ("who wrote Oyan
 * Qazaq?", "Bukeikhanov's wife"): the entry is then what the question is about.
 */
function strong(m: Match | undefined, words: number): Match | undefined {
  if (!m) return undefined;
  const missing = Math.round(words * (1 - m.coverage));
  return enough(m.coverage, words) || (m.fit === 1 && words >= 2 && missing <= 1) ? m : undefined;
}

/** Whether a moment is about an entry: its own, an event it took part in, or a fact naming it. */
function concerns(m: Moment, entry: Entry): boolean {
  if (m.entry.id === entry.id) return true;
  if (m.what === 'event') return m.people.includes(entry.id);
  const surname = foldText(entry.name).at(-1);
  return surname !== undefined && foldText(m.text).includes(surname);
}

function unique(list: Moment[]): Moment[] {
  return [...new Set(list)];
}

