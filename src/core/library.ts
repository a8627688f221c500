import { AnswerWriter, CAPS, shortName, type Statement } from './answer';
import { AnswerCache } from './answer-cache';
import type { GroupReplies } from './chat';
import { Composer, quote } from './compose';
import { Conversations } from './conversation';
import { findDates, formatRange, overlaps, parseDateText, type DateMention } from './dates';
import { FactIndex, topicKey, type UnitMatch } from './fact-index';
import type { Knowledge } from './knowledge/load';
import { knowledgeIn } from './knowledge/translate';
import { LANGUAGES, TRANSLATED_LANGUAGES, type Language } from './language';
import type { Entry } from './knowledge/schema';
import { ATTRIBUTE_KEYS, SYNONYM_KEYS, canonicalWord, foldText, foldWord, isCaseForm, stemWord, toLatin } from './normalise';
import { say } from './phrases';
import { askedAgain, contentWords, isAskingWord, readQuestion, type Hint, type Question } from './question';
import { replyToText, type Reply } from './reply';
import { EntryIndex, type Match } from './search-index';
import { Timeline, type Moment } from './timeline';
import { unitsOf, type AnswerKind, type Unit } from './units';

export type { Hint } from './question';

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

/** Who is asking, for follow-up questions: one key per chat and user. */
export interface Asker {
  /** `<platform>:<chat id>:<user id>`. */
  key: string;
}

/**
 * The library's words in one language: the knowledge translated, and the writers that tell it.
 * Finding works on the English knowledge (the indexes read every language); telling uses these.
 */
interface Voice {
  lang: Language;
  knowledge: Knowledge;
  writer: AnswerWriter;
  compose: Composer;
  /** A unit of the English knowledge, told in this language. */
  local(u: Unit): Unit;
  /** A moment of the English timeline, told in this language. */
  moment(m: Moment): Moment;
}

/** What a question is about, as found: the entry and the question's words its names do not cover. */
interface Subject {
  entry: Entry;
  /** Topic words: what is asked of the entry ("commissar", "oblast"). */
  topic: string[];
  /** From the conversation rather than from a name in the question. */
  recalled: boolean;
  /** The question's dates are part of the entry's name, not a date asked about. */
  datesNamed: boolean;
  /** How much of the entry's best-fitting name the question gives (see Match.fit). */
  fit: number;
  /** How many of the question's words name it (attribute words such as "leader" aside). */
  named: number;
}

/**
 * The knowledge, searchable: answers questions and lookups. Answering runs four named steps —
 * read the question (question.ts), find its subject and the units that bear on it (the entry
 * and fact indexes), choose the answer, and compose it (answer.ts, compose.ts) — and remembers
 * each asker's subject for follow-ups. Everything is synchronous and cheap to call.
 */
export class Library {
  readonly index: EntryIndex;
  readonly facts: FactIndex;
  private timelineBuilt?: Timeline;
  readonly compose: Composer;
  private readonly writer: AnswerWriter;
  /** Folded words of every place the knowledge records (places, birthplaces, event places). */
  private readonly placeWords: ReadonlySet<string>;
  /** The same in Russian and Kazakh, made on the first question that may name a place. */
  private foreignPlaceWords?: string[];
  private readonly conversations: Conversations;
  private readonly voices = new Map<Language, Voice>();
  /** Answers to questions asked before, when they did not depend on a conversation. */
  private readonly answers: AnswerCache;
  /**
   * What answering the current question took from the asker's conversation (see `answer`):
   * `leaned` when the reply depends on it (a last subject recalled, a choice settled), and the
   * entries offered in a "which one?".
   */
  private trace: { leaned: boolean; offered?: string[] } = { leaned: false };

  /**
   * @param now the clock for follow-up memory (default `Date.now`)
   * @param kept how many replies are kept for questions asked again (default 2,000; 0 keeps none)
   */
  constructor(
    readonly knowledge: Knowledge,
    now: () => number = Date.now,
    kept = 2_000,
  ) {
    this.answers = new AnswerCache(kept);
    this.index = new EntryIndex(knowledge);
    this.facts = new FactIndex(knowledge);
    this.compose = new Composer(knowledge);
    this.writer = new AnswerWriter(knowledge);
    this.placeWords = new Set([
      ...knowledge.entries.filter((e) => e.kind === 'place').flatMap((e) => [e.name, ...e.aliases].flatMap((n) => foldText(n))),
      ...this.facts.units.filter((u) => u.field === 'place').flatMap((u) => u.versions.flatMap((v) => foldText(v.text))),
    ].filter((w) => w.length > 3 && !isAskingWord(w)));
    this.conversations = new Conversations(now);
    this.voices.set('en', { lang: 'en', knowledge, writer: this.writer, compose: this.compose, local: (u) => u, moment: (m) => m });
  }

  /** Every dated moment of the knowledge, in order: made on first use, as most first questions name no date. */
  get timeline(): Timeline {
    return (this.timelineBuilt ??= new Timeline(this.knowledge));
  }

  /** A unit as each language tells it (English first): a question in any of them is read against its own. */
  private tellings(u: Unit): Unit[] {
    return LANGUAGES.map((lang) => this.voice(lang).local(u));
  }

  /** The library's words in `lang`, made on first use (see Voice). */
  private voice(lang: Language = 'en'): Voice {
    let v = this.voices.get(lang);
    if (v) return v;
    const knowledge = knowledgeIn(this.knowledge, lang);
    // The same units in the same order, with their texts translated; what they give stays the English reading's.
    const local = new Map(unitsOf(knowledge).map((u) => [u.id, u]));
    // The timeline in this language is made when a moment is first told in it.
    let moments: Map<Moment, Moment> | undefined;
    const translated = () => {
      const timeline = new Timeline(knowledge, lang);
      const same = timeline.moments.length === this.timeline.moments.length;
      return new Map(same ? this.timeline.moments.map((m, i) => [m, timeline.moments[i]!]) : []);
    };
    const told = (u: Unit): Unit => {
      const t = local.get(u.id);
      return t ? { ...u, entry: t.entry, label: t.label, versions: t.versions } : u;
    };
    v = {
      lang,
      knowledge,
      writer: new AnswerWriter(knowledge, lang, told),
      compose: new Composer(knowledge, lang),
      local: told,
      moment: (m) => (moments ??= translated()).get(m) ?? m,
    };
    this.voices.set(lang, v);
    return v;
  }

  /** What happened at moments of the timeline, told in `lang` (default English): "on this day". */
  moments(label: string, found: Moment[], lang: Language = 'en'): Reply {
    const v = this.voice(lang);
    return v.compose.moments(label, found.map((m) => v.moment(m)));
  }

  /** A moment of the timeline, told in `lang` (default English). */
  momentIn(m: Moment, lang: Language = 'en'): Moment {
    return this.voice(lang).moment(m);
  }

  /** An entry's name in `lang`. */
  nameIn(entry: Entry, lang: Language = 'en'): string {
    return this.voice(lang).compose.name(entry);
  }

  greeting(lang: Language = 'en'): Reply {
    return { kind: 'help', title: say('card.greetingTitle', {}, lang), body: say('card.greeting', {}, lang), entries: [], language: lang };
  }

  /** Answers a question or a lookup in any language the bot reads, in `lang` (default English). */
  answer(text: string, hint?: Hint, asker?: Asker, lang: Language = 'en'): Reply {
    const key = `${lang}\u0000${hint ?? ''}\u0000${text}`;
    let answered = this.answers.get(key);
    // A "which one?" is reused unless this asker was just offered one of its entries: then the
    // question may settle that choice ("Khalel" after "which Dosmukhamedov?") and is read anew.
    if (answered?.offered && asker && this.conversations.choices(asker.key).some((id) => answered!.offered!.includes(id))) answered = undefined;
    if (!answered) {
      this.trace = { leaned: false };
      const read = readQuestion(text, hint);
      // "where?" after "when did he die?": what the last question asked completes this one.
      if (read.ellipsis) this.trace.leaned = true;
      const question = askedAgain(read, asker && this.conversations.asked(asker.key));
      const invalid = question.dates.find((d) => d.invalid);
      if (invalid) {
        return { kind: 'error', body: say('card.notADate', { date: quote(invalid.label) }, lang), entries: [], ephemeral: true, language: lang };
      }
      const reply = this.respond(question, asker, this.voice(lang));
      const { offered, leaned } = this.trace;
      answered = { reply, offered, asked: { wants: question.wants, life: question.life } };
      // Kept only when the same words get the same reply from anyone: nothing taken from the
      // last question or subject, no choice settled by what was offered before.
      if (!leaned) answered = this.answers.set(key, answered);
    } else if (answered.offered && asker) {
      this.conversations.offer(asker.key, [...answered.offered]);
    }
    const reply = answered.reply;
    if (asker && reply.kind === 'answer' && reply.entries.length === 1) this.conversations.remember(asker.key, reply.entries[0]!, answered.asked);
    return reply;
  }

  /** Steps two to four: find, choose, compose. */
  private respond(question: Question, asker: Asker | undefined, v: Voice): Reply {
    const found = this.find(question, asker, v);
    const q = found.subject?.datesNamed ? { ...question, dates: [] } : question;
    if (q.dates.length && (!found.subject || found.subject.recalled)) return this.dateAnswer(q.dates, v);
    if (found.rivals) return found.rivals;
    if (!found.subject) {
      // "When did he die?", "who chaired it?" with nobody talked about: the words name no subject,
      // at most ask something of one ("chaired"). Say so, and offer where to start.
      if (q.refersBack && q.words.every((w) => ATTRIBUTE_KEYS.has(w))) {
        return { kind: 'not-found', body: say('card.noSubject', {}, v.lang), entries: [], suggestions: this.starters(v), language: v.lang };
      }
      const unit = q.words.length ? this.unitAlone(q) : undefined;
      if (unit) return this.factReply(q, unit, [], v);
      if (!q.words.length) return { kind: 'not-found', body: say('card.askMe', {}, v.lang), entries: [], suggestions: [], language: v.lang };
      return v.compose.notFound(subjectOf(q.text), this.nearest(q.words));
    }
    const { entry, topic } = found.subject;
    if (q.dates.length) {
      const own = unique(q.dates.flatMap((d) => this.timeline.at(d))).filter((m) => concerns(m, entry));
      if (own.length && !q.yesNo) return this.fitMoments(`${this.nameIn(entry, v.lang)}, ${q.dates.map((d) => dateLabelIn(d, v.lang)).join(', ')}`, own, v);
    }
    if (q.next && found.subject.recalled) return this.nextAfter(entry, v);
    // A yes/no question about the entry as a whole is judged against its summary.
    const unit = this.choose(q, entry, topic) ?? (q.yesNo ? this.facts.of(entry.id).find((u) => u.field === 'summary') : undefined);
    if (!unit) {
      if (!topic.length || q.wants === 'profile' || q.wants === 'description') return this.profile(entry, q.wants === 'profile' && q.bare && !topic.length ? CAPS.profile : CAPS.fact, v);
      return this.notKnown(entry, v);
    }
    // "Was the Kirghiz ASSR created in 1920?": a date that is part of the event's name is still asked of it.
    const when = q.yesNo && found.subject.datesNamed && question.dates.length && !topic.length ? this.facts.of(entry.id).find((u) => u.field === 'when') : undefined;
    return this.factReply(q, unit, topic, v, 2, when && (() => this.verdict(question, when, [])));
  }

  /** Shows one entry by id (buttons carry ids), or looks the text up as a name. */
  about(idOrName: string, asker?: Asker, lang: Language = 'en'): Reply {
    const entry = this.knowledge.byId.get(idOrName.trim().toLowerCase());
    if (!entry) return this.answer(idOrName, undefined, asker, lang);
    if (asker) this.conversations.remember(asker.key, entry.id);
    return this.profile(entry, CAPS.profile, this.voice(lang));
  }

  /** When an entry happened (an event's date, a person's life dates), by id. */
  dateOf(id: string, asker?: Asker, lang: Language = 'en'): Reply {
    const entry = this.knowledge.byId.get(id)!;
    const unit = this.facts.of(id).find((u) => u.field === 'when' || (u.field === 'born' && !u.label));
    if (!unit) return this.about(id, asker, lang);
    if (asker) this.conversations.remember(asker.key, id);
    return this.factReply(readQuestion(`when ${entry.name}`, 'when'), unit, [], this.voice(lang));
  }

  /** The whole card of an entry: every field, every source with its address ("More"). */
  more(idOrName: string, lang: Language = 'en'): Reply {
    const entry = this.knowledge.byId.get(idOrName.trim().toLowerCase());
    if (!entry) return this.answer(idOrName, undefined, undefined, lang);
    const v = this.voice(lang);
    return { ...v.compose.entry(v.knowledge.byId.get(entry.id)!), full: true };
  }

  /** Full-text search for `/search`: every entry that mentions the words. */
  search(text: string, lang: Language = 'en'): Reply {
    const v = this.voice(lang);
    const words = contentWords(text);
    const found = this.index.fullText(words, 8).filter((m) => m.coverage >= SEARCH_COVERAGE);
    if (!found.length) return v.compose.notFound(text, this.index.suggest(words, 3));
    if (found.length === 1) return this.profile(found[0]!.entry, CAPS.profile, v);
    const local = found.map((m) => v.knowledge.byId.get(m.entry.id)!);
    return {
      kind: 'answer',
      title: say('card.search', { query: quote(text) }, lang),
      body: local.map((e) => `${e.name}: ${e.summary.text}`).join('\n\n'),
      entries: found.map((m) => m.entry.id),
      choices: found.slice(0, 5).map((m) => v.compose.suggest(m.entry.id)),
      language: lang,
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
    const words = contentWords(text);
    return strong(this.index.lookup(words, 1)[0], words.length) !== undefined;
  }

  /** Names offered as the user types, in `lang` (default English). */
  complete(partial: string, limit: number, lang: Language = 'en'): Completion[] {
    const entries = partial.trim()
      ? this.index.complete(partial, limit)
      : [...this.knowledge.entries.filter((e) => e.kind === 'person' && e.topics.includes('leaders')), ...this.knowledge.entries.filter((e) => e.kind === 'person' && !e.topics.includes('leaders'))].slice(0, limit);
    return entries.map((e) => ({ name: this.nameIn(e, lang).slice(0, 100), value: e.id }));
  }

  // ---- Find ------------------------------------------------------------------------------------

  /**
   * The entry a question names (the one whose names cover most of its words), or, for "when did
   * he die?", the asker's last subject. Two entries that fit equally and would answer differently
   * come back as a ready reply in `rivals`.
   */
  private find(q: Question, asker: Asker | undefined, v: Voice): { subject?: Subject; rivals?: Reply } {
    // A name may hold a date ("the June 1918 law"): try the words with their dates first.
    const last = q.refersBack ? this.recall(asker) : undefined;
    const recalled = last ? this.knowledge.byId.get(last) : undefined;
    // A whole name with a kind word in it ("Alash city", "meaning of Alash") comes first.
    const whole = q.words.length && q.nameWords.length > q.words.length ? this.index.lookup(q.nameWords, 3).find((m) => m.whole) : undefined;
    if (whole) return { subject: { entry: whole.entry, topic: [], recalled: false, datesNamed: whole.nameWords.some((w) => !q.words.includes(w)), fit: 1, named: whole.nameWords.length } };
    const tries = q.dates.length && q.words.length && q.allWords.length > q.words.length ? [q.allWords, q.words] : [q.words];
    // Kazakh and Russian case endings on a name ("Жамалды", "Бөкейхановтың"): try the stems too.
    // Synonym keys ("rehabilitated") are whole words already.
    tries.push(q.words.map((w) => (SYNONYM_KEYS.has(w) ? w : stemWord(w))));
    if (q.stems.some((w) => !q.words.includes(w))) tries.push(q.stems);
    for (const [i, words] of tries.entries()) {
      const found = this.named(q, words, asker, v);
      // "who chaired it?" after an answer: a pronoun refers back unless a name is given in full.
      if (found && recalled && (found.rivals || found.subject!.fit < 1)) break;
      // "Did he die in the purges?" after a person: "he" is that person; the event named is what is asked.
      if (found?.subject && recalled?.kind === 'person' && q.personal && found.subject.entry.kind !== 'person') break;
      if (found && found.fit < 1) {
        // A name in a case ("Алаш Орданың төрағасы") may be part of longer names ("Алаш Орданың
        // таратылуы") as typed, and the whole of a name once its ending is dropped: that one is meant.
        const whole = tries
          .slice(i + 1)
          .map((w) => this.named(q, w, asker, v, true))
          .find((f, j) => f?.subject && f.fit === 1 && f.named >= found.named && f.coverage >= found.coverage && tries[i + 1 + j]!.every((w) => words.some((typed) => isCaseForm(typed, w))));
        if (whole) {
          this.trace.offered = undefined;
          return { subject: whole.subject };
        }
      }
      if (found) return found;
    }
    if (recalled) return { subject: { entry: recalled, topic: q.words, recalled: true, datesNamed: false, fit: 0, named: 0 } };
    return {};
  }

  /**
   * The asker's last subject. Whoever reads it makes the reply depend on the conversation, so
   * that reply is not kept for others, even when there is no asker (no subject) this time.
   */
  private recall(asker: Asker | undefined): string | undefined {
    this.trace.leaned = true;
    return asker ? this.conversations.subject(asker.key) : undefined;
  }

  /** The entry `words` name, if any; `quiet`: only a clear subject, nothing offered to choose from. */
  private named(q: Question, words: string[], asker: Asker | undefined, v: Voice, quiet = false): { subject?: Subject; rivals?: Reply; fit: number; named: number; coverage: number } | undefined {
    const matches = this.index.lookup(words, 5);
    // What a number question counts ("людей" in "сколько людей погибло...") is asked, not a name:
    // beside a name given whole, it is not missed.
    const counted = q.counted && words.includes(q.counted) ? 1 : 0;
    const credited = (m: Match) => (counted && m.fit === 1 && !m.nameWords.includes(q.counted!) ? { ...m, coverage: Math.min(1, (Math.round(m.coverage * words.length) + 1) / words.length) } : m);
    const named = matches.filter((m) => strong(credited(m), words.length) || (m.fit === 1 && m.exact));
    // What a number question counts ("how many issues?") is asked about: it does not name an entry ("First issue of Qazaq").
    const naming = (m: Match) => m.nameWords.filter((w) => !ATTRIBUTE_KEYS.has(w) && w !== q.counted).length;
    // Among entries named equally, one that can give the kind of answer asked ("what does Alash mean?").
    const gives = (m: Match) => (this.facts.of(m.entry.id).some((u) => u.field !== 'summary' && u.gives.has(q.wants)) ? 1 : 0);
    // A place named in a question is usually where something happened, not what is asked about.
    const place = (m: Match) => (m.entry.kind === 'place' && m.nameWords.length < words.length ? 1 : 0);
    const best = named.sort((a, b) => naming(b) - naming(a) || place(a) - place(b) || b.fit - a.fit || gives(b) - gives(a) || b.names - a.names || b.coverage - a.coverage || b.score - a.score)[0];
    // Named by its date alone ("1918") is not named: the question asks about the date.
    // The question's own words: the stems when the names were found by them.
    const asked = words === q.stems ? q.stems : q.words;
    if (!best || !best.nameWords.some((w) => asked.includes(w))) return undefined;
    // Named by an attribute word alone ("who chaired it?" and "the Alash leaders' monument"): not named.
    if (!naming(best)) return undefined;
    {
      // "Who dissolved Alash Orda?": the act that names the event ("End of Alash Orda") is what a person is asked for.
      const topic = asked.filter((w) => !best.nameWords.includes(w) || (q.wants === 'person' && ATTRIBUTE_KEYS.has(w)));
      const datesNamed = best.nameWords.some((w) => !asked.includes(w));
      const same = (m: Match) => m.nameWords.length === best.nameWords.length && m.nameWords.every((w) => best.nameWords.includes(w));
      let rivals = named.filter((m) => m !== best && same(m) && m.exact && best.exact && m.fit === best.fit && m.whole === best.whole && gives(m) === gives(best));
      // What a match gave (a subject, or rivals), with how well it was named, for \`find\` to compare.
      const outcome = (m: Match, found: { subject?: Subject; rivals?: Reply }) => ({ ...found, fit: m.fit, named: naming(m), coverage: m.coverage });
      const subject = (m: Match): Subject => ({ entry: m.entry, topic, recalled: false, datesNamed, fit: m.fit, named: naming(m) });
      if (rivals.length && quiet) return undefined;
      if (rivals.length) {
        // "Khalel" right after "which Dosmukhamedov?": the choice just offered settles it.
        const offered = asker ? this.conversations.choices(asker.key) : [];
        const chosen = [best, ...rivals].filter((m) => offered.includes(m.entry.id));
        if (chosen.length === 1) {
          this.trace.leaned = true;
          return outcome(chosen[0]!, { subject: subject(chosen[0]!) });
        }
        const all = [best, ...rivals].map((m) => m.entry);
        this.trace.offered = all.map((e) => e.id);
        if (asker) this.conversations.offer(asker.key, this.trace.offered);
        if (all.every((e) => e.kind === 'person')) return outcome(best, { rivals: v.compose.choose(subjectOf(q.text), all) });
        const both = q.yesNo ? undefined : this.both(q, all, topic, v);
        if (both) return outcome(best, { rivals: both });
      }
      return outcome(best, { subject: subject(best) });
    }
  }

  /** A unit that answers a question naming no entry ("who was commissar for Turgay oblast?"). */
  private unitAlone(q: Question): Unit | undefined {
    const found = this.facts.find(q.words, { limit: 10, local: q.cyrillic });
    const needed = new Set(q.words.map((w) => w)).size;
    // One word that names no entry ("who was Pushkin?") is only mentioned in a fact, not answered by it.
    if (needed < 2) return undefined;
    const full = found.filter((m) => m.words.length >= Math.min(needed, Math.max(2, Math.ceil(needed * 0.75))) && m.unit.field !== 'summary');
    const fitting = full.filter((m) => m.unit.gives.has(q.wants));
    return (fitting[0] ?? (q.wants === 'description' || q.wants === 'profile' ? full[0] : undefined))?.unit;
  }

  // ---- Choose ----------------------------------------------------------------------------------

  /**
   * The unit of `entry` that answers the question: the one holding most topic words, then the one
   * that gives the kind of answer wanted, then the one the author put first. With no topic
   * words, the field the kind asks for (a date asks for an event's `when`, a birth for `born`).
   */
  private choose(q: Question, entry: Entry, topic: string[]): Unit | undefined {
    const units = this.facts.of(entry.id);
    const wants = q.wants;
    let asked = topic;
    if (q.life) {
      const life = units.filter((u) => u.field === q.life);
      const place = life.find((u) => u.label);
      const date = life.find((u) => !u.label);
      if (wants === 'place' && place) return place;
      if (wants !== 'place' && date && !topic.length) return date;
      // "Where was he born?" with no place of birth on record: a fact that says so, if any
      // ("...he was shot in 1938" tells a death).
      asked = [...topic, ...(life.length ? [foldWord(q.life)] : LIFE_WORDS[q.life])];
    }
    const field = fieldFor(entry, wants);
    // "When did Aiqap's first issue come out?": an event's own act ("came out", "signed") is the event; its date answers.
    if (wants === 'date' && entry.kind === 'event' && !q.life && asked.length && asked.every((w) => ATTRIBUTE_KEYS.has(w))) {
      const when = units.find((u) => u.field === 'when');
      if (when) return when;
    }
    const byField = field && entry.kind !== 'person' ? units.find(field) : undefined;
    if (!asked.length) return field ? bestFor(units, field, wants) : undefined;
    const matches = this.facts.find(asked, { entryIds: new Set([entry.id]), local: q.cyrillic }).filter((m) => m.words.length);
    // "Who succeeded Tynyshpaev?": a fact naming only the person asked about does not say who else.
    const askedAbout = (u: Unit) => wants === 'person' && u.names.length > 0 && u.names.every((id) => this.surnameKeys(id).some((k) => asked.includes(k)));
    const rank = (m: UnitMatch) => (m.words.length - (askedAbout(m.unit) ? 1 : 0)) * 10 + (m.unit.gives.has(wants) ? 5 : 0) + (m.unit.field === 'summary' ? -3 : 0) + m.score / 100;
    const ranks = new Map(matches.map((m) => [m, rank(m)]));
    matches.sort((a, b) => ranks.get(b)! - ranks.get(a)!);
    // A date, place, number or person is asked: only a unit that gives one answers; the topic
    // words may be the event itself ("when was the petition written?").
    if (SPECIFIC.has(wants)) return matches.find((m) => m.unit.gives.has(wants))?.unit ?? byField ?? matches[0]?.unit;
    return matches[0]?.unit;
  }

  /** The keys a person's surnames are asked by ("tynyshpaev" as a question's word folds it). */
  private surnameKeys(id: string): string[] {
    const e = this.knowledge.byId.get(id);
    if (!e) return [];
    return [e.name, ...e.aliases].map((n) => foldText(n).at(-1)).filter((k): k is string => !!k).map(canonicalWord);
  }

  // ---- Compose ---------------------------------------------------------------------------------

  /** The answer to a direct question: the unit first, then up to two related facts. */
  private factReply(q: Question, unit: Unit, topic: string[], v: Voice, versions = 2, judge?: () => string): Reply {
    const entry = unit.entry;
    const first = v.writer.statement(unit, versions, versions < unit.versions.length ? bearingVersion(this.tellings(unit), topic, topic.length ? foldText(q.text) : []) : 0, q.wants === 'date');
    const verdict = q.yesNo ? say(judge ? judge() : this.verdict(q, unit, topic), {}, v.lang) : undefined;
    // "Sources disagree on ...: ..." says its verdict itself: it is not said twice.
    const lead = verdict && !first.text.startsWith(verdict.replace(/[.!]$/, '')) ? verdict : undefined;
    const opening: Statement = lead ? { text: `${lead} ${first.text}`, keys: first.keys } : first;
    // Up to two more units of the entry that hold the question's topic words, in the entry's order.
    const bearing = new Set(topic.length ? this.facts.find(topic, { entryIds: new Set([entry.id]), local: q.cyrillic }).filter((m) => m.words.length).map((m) => m.unit) : []);
    const support = this.facts
      .of(entry.id)
      .filter((u) => u !== unit && u.field !== 'summary' && bearing.has(u))
      .slice(0, 2)
      .map((u) => v.writer.statement(u));
    const reply = v.writer.assemble({ entry, first: opening, more: support, cap: CAPS.fact, suggestions: v.compose.related(entry) });
    // Two long versions of a dispute that do not fit a short answer: the first, the other behind More.
    if (versions > 1 && unit.field === 'fact' && unit.versions.length > 1 && replyToText(reply).length > CAPS.fact) return this.factReply(q, unit, topic, v, 1, judge);
    return reply;
  }

  /** A profile or description: the summary first, then the life dates, roles or dates and facts. */
  private profile(entry: Entry, cap: number, v: Voice): Reply {
    const units = this.facts.of(entry.id);
    const first = v.writer.statement(units.find((u) => u.field === 'summary')!);
    const fields = [];
    const more: Statement[] = [];
    if (entry.kind === 'person') {
      for (const field of ['born', 'died'] as const) {
        const u = units.find((x) => x.field === field && !x.label);
        if (u) fields.push({ name: say(`card.${field}`, {}, v.lang), inline: true, ...this.lifeField(u, v) });
      }
      const roles = units.filter((u) => u.field === 'role').slice(0, 3).map((u) => v.writer.roleLine(u));
      if (roles.length) fields.push({ name: say('card.roles', {}, v.lang), value: roles.map((r) => r.text).join('\n'), keys: roles.flatMap((r) => r.keys) });
    } else {
      const summary = entry.summary.text;
      const told = (u: Unit) => u.versions.length === 1 && summary.includes(u.field === 'when' ? (u.versions[0]!.date ?? '').slice(0, 4) : u.versions[0]!.text.split(/[ ,(]/)[0]!);
      for (const u of units.filter((x) => x.field === 'when' || x.field === 'place' || x.field === 'attribute').slice(0, 4)) if (!told(u)) more.push(v.writer.statement(u));
    }
    more.push(...units.filter((u) => u.field === 'fact' && !listsSpellings(u)).slice(0, 2).map((u) => v.writer.statement(u)));
    return v.writer.assemble({ entry, first, more, fields, cap, suggestions: v.compose.related(entry) });
  }

  private lifeField(u: Unit, voice: Voice): { value: string; keys: string[] } {
    const s = voice.writer.statement(u);
    // The unit told in the voice's language: its notes ("in Kazakh-language sources") translated.
    const value = voice
      .local(u)
      .versions.map((v) => `${formatRange(v.date ?? v.text, v.end, voice.lang)}${v.note ? ` (${v.note})` : ''} [${v.sources.slice(0, 3).join(', ')}]`)
      .join(';\n');
    return { value, keys: s.keys };
  }

  /** "Yes.", "No." or "Sources disagree." from the unit that bears on a yes/no question: the template's key. */
  private verdict(q: Question, unit: Unit, topic: string[]): string {
    if (q.dates.length) {
      const asked = q.dates.map((d) => d.span).filter((s): s is NonNullable<typeof s> => !!s);
      const hits = unit.versions.map((v) => {
        const span = v.date ? parseDateText(v.date) : null;
        const end = v.end ? parseDateText(v.end) : null;
        if (!span) return false;
        const whole = end ? { ...span, last: end.last } : span;
        return asked.some((a) => overlaps(a, whole));
      });
      if (hits.every(Boolean)) return 'verdict.yes';
      if (hits.some(Boolean)) return 'verdict.disputed';
      return 'verdict.no';
    }
    // "Was he shot?": the death on record says how, if it says.
    if (q.executed && unit.field === 'died') {
      const how = unit.versions.map((v) => `${v.text} ${v.place ?? ''} ${v.note ?? ''}`).join(' ');
      if (/\b(shot|executed)\b/i.test(how)) return 'verdict.yes';
      if (/\b(illness|disease|natural causes|killed in battle)\b/i.test(how)) return 'verdict.no';
    }
    // "Did he die in Moscow?", "was the congress held in Semipalatinsk?": the place on record decides.
    // An event named with its place ("the Second All-Kazakh Congress (Orenburg, ...)"): the place
    // in the question is part of the name, and is still what is asked.
    const asked = topic.filter((w) => this.isPlaceWord(w));
    const asksPlace = asked.length || unit.entry.kind !== 'event' ? asked : q.words.filter((w) => this.isPlaceWord(w));
    const places = this.placesOf(unit);
    if (asksPlace.length && places.size) return asksPlace.some((w) => [...places].some((p) => samePlace(w, p))) ? 'verdict.yes' : 'verdict.no';
    const matched = topic.length ? this.facts.find(topic, { entryIds: new Set([unit.entry.id]), local: q.cyrillic }).find((m) => m.unit === unit)?.words.length ?? 0 : 0;
    if (topic.length && matched >= Math.max(1, topic.length - 1)) {
      if (unit.versions.length > 1) return 'verdict.disputed';
      // "...had the same surname but was not his brother": the fact itself says no.
      // Read in every language: a Russian or Kazakh question's words are in the unit's translations.
      return this.tellings(unit).some((u) => denies(u.versions[0]!.text, topic)) ? 'verdict.no' : 'verdict.yes';
    }
    return 'verdict.unsure';
  }

  /** The folded words of the places a unit's entry records for it: the unit's own, else the entry's. */
  private placesOf(unit: Unit): Set<string> {
    // In every language: "Мәскеуде" is checked against "Мәскеу", "в Москве" against "Москва".
    const own = (u: Unit) =>
      this.tellings(u).flatMap((t) => t.versions.flatMap((v) => [v.place ?? '', u.field === 'place' || ((u.field === 'born' || u.field === 'died') && u.label) ? v.text : '']));
    const texts = own(unit).filter(Boolean);
    if (!texts.length && unit.entry.kind === 'event') texts.push(...this.facts.of(unit.entry.id).filter((u) => u.field === 'place').flatMap(own));
    return new Set(texts.flatMap((t) => foldText(t)));
  }

  /** Whether a question's word names a place the knowledge records, in any language. */
  private isPlaceWord(word: string): boolean {
    if (this.placeWords.has(word)) return true;
    this.foreignPlaceWords ??= [
      ...new Set(
        TRANSLATED_LANGUAGES.flatMap((lang) =>
          this.facts.units
            .filter((u) => u.field === 'place' || ((u.field === 'born' || u.field === 'died') && u.label))
            .flatMap((u) => this.voice(lang).local(u).versions.flatMap((v) => foldText(v.text)))
            .filter((w) => w.length > 3 && !isAskingWord(w)),
        ),
      ),
    ];
    return this.foreignPlaceWords.some((p) => samePlace(word, p));
  }

  /** Names near the words, or else where to start: nobody leaves "I don't know" empty-handed. */
  private nearest(words: string[]): readonly Entry[] {
    const near = this.index.suggest(words, 3);
    return near.length ? near : STARTERS.map((id) => this.knowledge.byId.get(id)).filter((e): e is Entry => !!e);
  }

  private starters(v: Voice) {
    return this.nearest([]).map((e) => v.compose.suggest(e.id));
  }

  /** "I don't know that about X": the subject is known, the thing asked is not in the knowledge. */
  private notKnown(entry: Entry, v: Voice): Reply {
    const name = shortName(v.knowledge.byId.get(entry.id) ?? entry, v.lang);
    return {
      kind: 'not-found',
      body: say('reply.notKnownAbout', { name }, v.lang),
      entries: [],
      suggestions: [{ label: say('reply.more', {}, v.lang), request: `/more ${entry.id}` }, ...v.compose.related(entry).slice(0, 2)],
      language: v.lang,
    };
  }

  /** Two entries fit a question equally ("which congress was in Orenburg?"): one line each. */
  private both(q: Question, entries: Entry[], topic: string[], v: Voice): Reply | undefined {
    const lines = entries.slice(0, 3).map((e) => this.choose(q, e, topic) ?? this.facts.of(e.id).find((u) => u.field === 'summary')!);
    const heading = say('reply.both', { count: entries.length, query: quote(subjectOf(q.text)) }, v.lang);
    const reply = (statements: Statement[] | undefined) => {
      // Without statements, each entry by its name alone: the names say when and where.
      const first: Statement = statements
        ? { text: [heading, ...statements.map((s, i) => `${this.nameIn(entries[i]!, v.lang)}: ${s.text}`)].join('\n'), keys: statements.flatMap((s) => s.keys) }
        : { text: [heading, ...entries.slice(0, 3).map((e) => this.nameIn(e, v.lang))].join('\n'), keys: [] };
      return v.writer.assemble({ entry: entries[0]!, first, cap: CAPS.fact, title: quote(subjectOf(q.text), 80), entries: entries.map((e) => e.id), suggestions: entries.slice(1).map((e) => v.compose.suggest(e.id)) });
    };
    // One line per entry while that fits a short answer: each fact in full, then one version of a dispute, then names.
    for (const versions of [2, 1]) {
      const told = reply(lines.map((u) => v.writer.statement(u, versions)));
      if (replyToText(told).length <= CAPS.fact) return told;
    }
    return reply(undefined);
  }

  /** "What happened next?": the first event after the last subject's date. */
  private nextAfter(entry: Entry, v: Voice): Reply {
    const from = this.timeline.moments.find((m) => m.entry === entry)?.span;
    const next = from ? this.timeline.moments.find((m) => m.what === 'event' && m.entry !== entry && m.span.first > from.first) : undefined;
    if (!next || next.entry.kind !== 'event') return { kind: 'not-found', body: say('reply.nothingNext', { name: shortName(v.knowledge.byId.get(entry.id) ?? entry, v.lang) }, v.lang), entries: [], language: v.lang };
    const when = this.facts.of(next.entry.id).find((u) => u.field === 'when')!;
    const summary = this.facts.of(next.entry.id).find((u) => u.field === 'summary')!;
    return v.writer.assemble({ entry: next.entry, first: v.writer.statement(when), more: [v.writer.statement(summary)], cap: CAPS.fact, suggestions: v.compose.related(next.entry) });
  }

  private dateAnswer(dates: DateMention[], v: Voice): Reply {
    const found = unique(dates.flatMap((d) => this.timeline.at(d)));
    const label = dates.map((d) => dateLabelIn(d, v.lang)).join(', ');
    if (found.length) return this.fitMoments(label, found, v);
    const day = dates.find((d) => d.span?.precision === 'day');
    const near = day?.span ? this.timeline.near(day.span, 45).slice(0, 3) : [];
    if (near.length) {
      const date = dateLabelIn(day!, v.lang);
      const reply = this.fitMoments(say('card.nearest', { date }, v.lang), near, v);
      return { ...reply, body: `${say('card.nothingOn', { date }, v.lang)}\n\n${reply.body}` };
    }
    return {
      kind: 'not-found',
      body: say('card.nothingFor', { date: label }, v.lang),
      entries: [],
      suggestions: this.starters(v),
      language: v.lang,
    };
  }

  /** What happened at a date, with as many moments as fit a short answer. */
  private fitMoments(label: string, english: Moment[], v: Voice): Reply {
    const found = english.map((m) => v.moment(m));
    // Told in full while that fits, else one line each, as many lines as fit.
    for (const brief of [false, true]) {
      for (let limit = brief ? 8 : 4; limit >= 1; limit--) {
        const reply = v.compose.moments(label, found, limit, brief);
        if (replyToText(reply).length <= CAPS.fact) return reply;
      }
    }
    return v.compose.moments(label, found, 1, true);
  }
}

/**
 * Whether two folded words name one place, case endings aside: "Мәскеуде" and "Мәскеу", "в
 * Берлине" and "Берлин" share a stem of at least four letters.
 */
function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const x = stemWord(a);
  const y = stemWord(b);
  const shorter = x.length <= y.length ? x : y;
  return shorter.length >= 4 && (x.startsWith(y) || y.startsWith(x));
}

/**
 * The version of a disputed unit that holds most of the question's topic words, in any of the
 * unit's languages (`told`): the one to tell when not all fit. The first (the best-supported, as
 * the knowledge is written) on a tie.
 */
function bearingVersion(told: Unit[], topic: string[], typed: string[] = []): number {
  const asked = new Set(topic.map((w) => topicKey(w)));
  const words = new Set(typed.filter((w) => asked.has(stemWord(canonicalWord(w)))));
  // Topic words count whole; a word as the asker typed it ("dissolved", not only "ceased") breaks a tie.
  const held = told[0]!.versions.map((_, i) => {
    const texts = told.map((u) => u.versions[i]?.text ?? '');
    const topical = new Set(texts.flatMap((t) => toLatin(t).split(' ').map((w) => topicKey(w))).filter((k) => asked.has(k))).size;
    const same = new Set(texts.flatMap((t) => foldText(t)).filter((w) => words.has(w))).size;
    return topical + (same ? 0.5 : 0);
  });
  const best = Math.max(...held);
  return best > 0 ? held.indexOf(best) : 0;
}

/** Words that turn what follows them into a denial (English, Russian: "не", "ни", "нет"). */
const NEGATION = new Set(['not', 'never', 'no', 'nor', 'neither', 'nobody', 'ne', 'ni', 'net', 'nikogda']);
/** Kazakh denies after the word: "бауыры емес", "мүше болған жоқ". */
const NEGATION_AFTER = new Set(['emes', 'zhok']);

/**
 * Whether a statement denies what was asked: a negation within the six words before one of the
 * question's topic words ("was not his brother", "not in the purges", "no source calls him an
 * Alash member", "не был его братом"), or the Kazakh one within three after it, not merely
 * somewhere in the sentence.
 */
function denies(text: string, topic: string[]): boolean {
  const asked = new Set(topic.map((w) => topicKey(w)));
  const words = toLatin(text).split(' ');
  return words.some(
    (w, i) => asked.has(topicKey(w)) && (words.slice(Math.max(0, i - 6), i).some((x) => NEGATION.has(x)) || words.slice(i + 1, i + 4).some((x) => NEGATION_AFTER.has(x))),
  );
}

/** Where to start when nothing is near what was asked. */
const STARTERS = ['alash-party', 'alash-orda', 'bukeikhanov'];

/** Folded words a fact tells a birth or a death with, when the entry has no such field. */
const LIFE_WORDS = {
  born: ['born', 'birth'].map(foldWord),
  died: ['died', 'death', 'shot', 'executed', 'killed'].map(foldWord),
};

/** Kinds that ask for one value: a unit that does not give one does not answer. */
const SPECIFIC = new Set<AnswerKind>(['date', 'place', 'number', 'person']);

/** The field that answers a kind of question about an entry, when the question names no topic. */
function fieldFor(entry: Entry, wants: AnswerKind): ((u: Unit) => boolean) | undefined {
  if (wants === 'date') return entry.kind === 'person' ? (u) => u.field === 'born' && !u.label : (u) => u.field === 'when' || (u.field !== 'summary' && u.gives.has('date'));
  if (wants === 'place') return (u) => u.field === 'place' || (u.field === 'attribute' && u.gives.has('place')) || (u.field !== 'summary' && u.gives.has('place'));
  if (wants === 'person') return entry.kind === 'person' ? undefined : (u) => (u.field === 'attribute' && u.gives.has('person')) || u.field === 'participants' || (u.field === 'fact' && u.names.length > 0);
  if (wants === 'number') return (u) => u.field !== 'summary' && u.gives.has('number');
  if (wants === 'reason') return (u) => u.field === 'fact' && u.gives.has('reason');
  if (wants === 'meaning') return (u) => u.gives.has('meaning');
  return undefined;
}

/** Words that say a cause outright, unlike a bare "for" or "after" (units.ts counts those too). */
const CAUSE = /\b(because|due to|caused|causes?|reasons?|as a result|accused|charged|in protest|to protest)\b/i;

/**
 * The unit that best answers a kind of question naming no topic, among those `field` accepts:
 * for "why?", one that says a cause outright ("caused by forced collectivization") before one
 * that only has "for" in it ("2.1 million deaths for 1931-33"); for "when?", one dated in every
 * version before a dispute dated in one; else the first, as the author put it.
 */
function bestFor(units: readonly Unit[], field: (u: Unit) => boolean, wants: AnswerKind): Unit | undefined {
  const best =
    wants === 'reason' ? (u: Unit) => CAUSE.test(u.versions.map((v) => v.text).join(' ')) : wants === 'date' ? (u: Unit) => u.versions.every((v) => v.date) : undefined;
  return (best && units.find((u) => field(u) && best(u))) || units.find(field);
}

/** A fact that only lists the entry's own spellings: the title already names it. */
function listsSpellings(u: Unit): boolean {
  const text = u.versions[0]!.text;
  return u.entry.aliases.filter((a) => a.length > 3 && text.includes(a)).length >= 2;
}

/** What a question is about, as the user wrote it: "who was Napoleon?" -> "Napoleon". */
function subjectOf(text: string): string {
  const tokens = text.replace(/^\//, '').trim().split(/\s+/);
  while (tokens.length > 1 && !contentWords(tokens[0]!).length) tokens.shift();
  // Kazakh asks at the end ("Наполеон кім?").
  while (tokens.length > 1 && !contentWords(tokens.at(-1)!).length) tokens.pop();
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
  // Only a person is named in other entries' facts by one word, the surname.
  if (entry.kind !== 'person') return false;
  const surname = foldText(entry.name).at(-1);
  return surname !== undefined && foldText(m.text).includes(surname);
}

/** A date someone mentioned, said back in `lang`: "26 августа 1920 г."; as typed when it is not one day, month or year. */
function dateLabelIn(d: DateMention, lang: Language): string {
  if (lang === 'en' || !d.span) return d.label;
  const y = String(d.span.year);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (d.span.precision === 'day' && d.month && d.day) return formatRange(`${y}-${pad(d.month)}-${pad(d.day)}`, undefined, lang);
  if (d.span.precision === 'month' && d.month) return formatRange(`${y}-${pad(d.month)}`, undefined, lang);
  if (d.span.precision === 'year' && /^\d{4}$/.test(d.label.trim())) return formatRange(y, undefined, lang);
  return d.label;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
