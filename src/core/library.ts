import { AnswerWriter, CAPS, shortName, type Statement } from './answer';
import type { GroupReplies } from './chat';
import { Composer, quote } from './compose';
import { Conversations } from './conversation';
import { findDates, formatRange, overlaps, parseDateText, type DateMention } from './dates';
import { FactIndex, topicKey, type UnitMatch } from './fact-index';
import type { Knowledge } from './knowledge/load';
import type { Entry } from './knowledge/schema';
import { ATTRIBUTE_KEYS, foldText, foldWord, stemWord, toLatin } from './normalise';
import { say } from './phrases';
import { contentWords, isAskingWord, readQuestion, type Hint, type Question } from './question';
import { replyToText, type Reply } from './reply';
import { EntryIndex, type Match } from './search-index';
import { Timeline, type Moment } from './timeline';
import type { AnswerKind, Unit } from './units';

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
  readonly timeline: Timeline;
  readonly compose: Composer;
  private readonly writer: AnswerWriter;
  /** Folded words of every place the knowledge records (places, birthplaces, event places). */
  private readonly placeWords: ReadonlySet<string>;
  private readonly conversations: Conversations;

  /**
   * @param now the clock for follow-up memory (default `Date.now`)
   */
  constructor(
    readonly knowledge: Knowledge,
    now: () => number = Date.now,
  ) {
    this.index = new EntryIndex(knowledge);
    this.facts = new FactIndex(knowledge);
    this.timeline = new Timeline(knowledge);
    this.compose = new Composer(knowledge);
    this.writer = new AnswerWriter(knowledge);
    this.placeWords = new Set([
      ...knowledge.entries.filter((e) => e.kind === 'place').flatMap((e) => [e.name, ...e.aliases].flatMap((n) => foldText(n))),
      ...this.facts.units.filter((u) => u.field === 'place').flatMap((u) => u.versions.flatMap((v) => foldText(v.text))),
    ].filter((w) => w.length > 3 && !isAskingWord(w)));
    this.conversations = new Conversations(now);
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
  answer(text: string, hint?: Hint, asker?: Asker): Reply {
    const question = readQuestion(text, hint);
    const invalid = question.dates.find((d) => d.invalid);
    if (invalid) {
      return { kind: 'error', body: `"${quote(invalid.label)}" is not a real date. Try a form like 26 August 1920 or 26.08.1920.`, entries: [], ephemeral: true };
    }
    const reply = this.respond(question, asker);
    if (asker && reply.kind === 'answer' && reply.entries.length === 1) this.conversations.remember(asker.key, reply.entries[0]!);
    return reply;
  }

  /** Steps two to four: find, choose, compose. */
  private respond(question: Question, asker?: Asker): Reply {
    const found = this.find(question, asker);
    const q = found.subject?.datesNamed ? { ...question, dates: [] } : question;
    if (q.dates.length && (!found.subject || found.subject.recalled)) return this.dateAnswer(q.dates);
    if (found.rivals) return found.rivals;
    if (!found.subject) {
      const unit = q.words.length ? this.unitAlone(q) : undefined;
      if (unit) return this.factReply(q, unit, []);
      if (!q.words.length) {
        return { kind: 'not-found', body: 'Ask me about a person, an event, a term or a date, e.g. "who was Bukeikhanov?" or "what happened in 1917?"', entries: [], suggestions: [] };
      }
      return this.compose.notFound(subjectOf(q.text), this.nearest(q.words));
    }
    const { entry, topic } = found.subject;
    if (q.dates.length) {
      const own = unique(q.dates.flatMap((d) => this.timeline.at(d))).filter((m) => concerns(m, entry));
      if (own.length && !q.yesNo) return this.fitMoments(`${entry.name}, ${q.dates.map((d) => d.label).join(', ')}`, own);
    }
    if (q.next && found.subject.recalled) return this.nextAfter(entry);
    // A yes/no question about the entry as a whole is judged against its summary.
    const unit = this.choose(q, entry, topic) ?? (q.yesNo ? this.facts.of(entry.id).find((u) => u.field === 'summary') : undefined);
    if (!unit) {
      if (!topic.length || q.wants === 'profile' || q.wants === 'description') return this.profile(entry, q.wants === 'profile' && q.bare && !topic.length ? CAPS.profile : CAPS.fact);
      return this.notKnown(entry);
    }
    return this.factReply(q, unit, topic);
  }

  /** Shows one entry by id (buttons carry ids), or looks the text up as a name. */
  about(idOrName: string, asker?: Asker): Reply {
    const entry = this.knowledge.byId.get(idOrName.trim().toLowerCase());
    if (!entry) return this.answer(idOrName, undefined, asker);
    if (asker) this.conversations.remember(asker.key, entry.id);
    return this.profile(entry, CAPS.profile);
  }

  /** When an entry happened (an event's date, a person's life dates), by id. */
  dateOf(id: string, asker?: Asker): Reply {
    const entry = this.knowledge.byId.get(id)!;
    const unit = this.facts.of(id).find((u) => u.field === 'when' || (u.field === 'born' && !u.label));
    if (!unit) return this.about(id, asker);
    if (asker) this.conversations.remember(asker.key, id);
    return this.factReply(readQuestion(`when ${entry.name}`, 'when'), unit, []);
  }

  /** The whole card of an entry: every field, every source with its address ("More"). */
  more(idOrName: string): Reply {
    const entry = this.knowledge.byId.get(idOrName.trim().toLowerCase());
    if (!entry) return this.answer(idOrName);
    return { ...this.compose.entry(entry), full: true };
  }

  /** Full-text search for `/search`: every entry that mentions the words. */
  search(text: string): Reply {
    const words = contentWords(text);
    const found = this.index.fullText(words, 8).filter((m) => m.coverage >= SEARCH_COVERAGE);
    if (!found.length) return this.compose.notFound(text, this.index.suggest(words, 3));
    if (found.length === 1) return this.profile(found[0]!.entry, CAPS.profile);
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
    const words = contentWords(text);
    return strong(this.index.lookup(words, 1)[0], words.length) !== undefined;
  }

  complete(partial: string, limit: number): Completion[] {
    const entries = partial.trim()
      ? this.index.complete(partial, limit)
      : [...this.knowledge.entries.filter((e) => e.kind === 'person' && e.topics.includes('leaders')), ...this.knowledge.entries.filter((e) => e.kind === 'person' && !e.topics.includes('leaders'))].slice(0, limit);
    return entries.map((e) => ({ name: e.name.slice(0, 100), value: e.id }));
  }

  // ---- Find ------------------------------------------------------------------------------------

  /**
   * The entry a question names (the one whose names cover most of its words), or, for "when did
   * he die?", the asker's last subject. Two entries that fit equally and would answer differently
   * come back as a ready reply in `rivals`.
   */
  private find(q: Question, asker?: Asker): { subject?: Subject; rivals?: Reply } {
    // A name may hold a date ("the June 1918 law"): try the words with their dates first.
    const last = asker && q.refersBack ? this.conversations.subject(asker.key) : undefined;
    const recalled = last ? this.knowledge.byId.get(last) : undefined;
    // A whole name with a kind word in it ("Alash city", "meaning of Alash") comes first.
    const whole = q.words.length && q.nameWords.length > q.words.length ? this.index.lookup(q.nameWords, 3).find((m) => m.whole) : undefined;
    if (whole) return { subject: { entry: whole.entry, topic: [], recalled: false, datesNamed: whole.nameWords.some((w) => !q.words.includes(w)), fit: 1 } };
    const tries = q.dates.length && q.words.length && q.allWords.length > q.words.length ? [q.allWords, q.words] : [q.words];
    // Kazakh and Russian case endings on a name ("Жамалды", "Бөкейхановтың"): try the stems too.
    tries.push(q.words.map(stemWord));
    for (const words of tries) {
      const found = this.named(q, words, asker);
      // "who chaired it?" after an answer: a pronoun refers back unless a name is given in full.
      if (found && recalled && (found.rivals || found.subject!.fit < 1)) break;
      if (found) return found;
    }
    if (recalled) return { subject: { entry: recalled, topic: q.words, recalled: true, datesNamed: false, fit: 0 } };
    return {};
  }

  private named(q: Question, words: string[], asker?: Asker): { subject?: Subject; rivals?: Reply } | undefined {
    const matches = this.index.lookup(words, 5);
    const named = matches.filter((m) => strong(m, words.length) || (m.fit === 1 && m.exact));
    const naming = (m: Match) => m.nameWords.filter((w) => !ATTRIBUTE_KEYS.has(w)).length;
    // Among entries named equally, one that can give the kind of answer asked ("what does Alash mean?").
    const gives = (m: Match) => (this.facts.of(m.entry.id).some((u) => u.field !== 'summary' && u.gives.has(q.wants)) ? 1 : 0);
    // A place named in a question is usually where something happened, not what is asked about.
    const place = (m: Match) => (m.entry.kind === 'place' && m.nameWords.length < words.length ? 1 : 0);
    const best = named.sort((a, b) => naming(b) - naming(a) || place(a) - place(b) || b.fit - a.fit || gives(b) - gives(a) || b.names - a.names || b.coverage - a.coverage || b.score - a.score)[0];
    // Named by its date alone ("1918") is not named: the question asks about the date.
    if (!best || !best.nameWords.some((w) => q.words.includes(w))) return undefined;
    {
      const topic = q.words.filter((w) => !best.nameWords.includes(w));
      const datesNamed = best.nameWords.some((w) => !q.words.includes(w));
      const same = (m: Match) => m.nameWords.length === best.nameWords.length && m.nameWords.every((w) => best.nameWords.includes(w));
      let rivals = named.filter((m) => m !== best && same(m) && m.exact && best.exact && m.fit === best.fit && m.whole === best.whole && gives(m) === gives(best));
      // "Khalel" right after "which Dosmukhamedov?": the choice just offered settles it.
      const offered = asker ? this.conversations.choices(asker.key) : [];
      const chosen = [best, ...rivals].filter((m) => offered.includes(m.entry.id));
      if (rivals.length && chosen.length === 1) return { subject: { entry: chosen[0]!.entry, topic, recalled: false, datesNamed, fit: chosen[0]!.fit } };
      if (rivals.length) {
        const all = [best, ...rivals].map((m) => m.entry);
        if (asker) this.conversations.offer(asker.key, all.map((e) => e.id));
        if (all.every((e) => e.kind === 'person')) return { rivals: this.compose.choose(subjectOf(q.text), all) };
        const both = q.yesNo ? undefined : this.both(q, all, topic);
        if (both) return { rivals: both };
      }
      return { subject: { entry: best.entry, topic, recalled: false, datesNamed, fit: best.fit } };
    }
  }

  /** A unit that answers a question naming no entry ("who was commissar for Turgay oblast?"). */
  private unitAlone(q: Question): Unit | undefined {
    const found = this.facts.find(q.words, { limit: 10 });
    const needed = new Set(q.words.map((w) => w)).size;
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
      // "Where was he born?" with no place of birth on record: a fact that says so, if any.
      asked = [...topic, foldWord(q.life)];
    }
    const field = fieldFor(entry, wants);
    const byField = field && entry.kind !== 'person' ? units.find(field) : undefined;
    if (!asked.length) return field ? units.find(field) : undefined;
    const matches = this.facts.find(asked, { entryIds: new Set([entry.id]) }).filter((m) => m.words.length);
    const rank = (m: UnitMatch) => m.words.length * 10 + (m.unit.gives.has(wants) ? 5 : 0) + (m.unit.field === 'summary' ? -3 : 0) + m.score / 100;
    matches.sort((a, b) => rank(b) - rank(a));
    // A date, place, number or person is asked: only a unit that gives one answers; the topic
    // words may be the event itself ("when was the petition written?").
    if (SPECIFIC.has(wants)) return matches.find((m) => m.unit.gives.has(wants))?.unit ?? byField ?? matches[0]?.unit;
    return matches[0]?.unit;
  }

  // ---- Compose ---------------------------------------------------------------------------------

  /** The answer to a direct question: the unit first, then up to two related facts. */
  private factReply(q: Question, unit: Unit, topic: string[]): Reply {
    const entry = unit.entry;
    const first = this.writer.statement(unit);
    const lead = q.yesNo ? this.verdict(q, unit, topic) : undefined;
    const opening: Statement = lead ? { text: `${lead} ${first.text}`, keys: first.keys } : first;
    // Up to two more units of the entry that hold the question's topic words, in the entry's order.
    const bearing = new Set(topic.length ? this.facts.find(topic, { entryIds: new Set([entry.id]) }).filter((m) => m.words.length).map((m) => m.unit) : []);
    const support = this.facts
      .of(entry.id)
      .filter((u) => u !== unit && u.field !== 'summary' && bearing.has(u))
      .slice(0, 2)
      .map((u) => this.writer.statement(u));
    return this.writer.assemble({ entry, first: opening, more: support, cap: CAPS.fact, suggestions: this.compose.related(entry) });
  }

  /** A profile or description: the summary first, then the life dates, roles or dates and facts. */
  private profile(entry: Entry, cap: number): Reply {
    const units = this.facts.of(entry.id);
    const first = this.writer.statement(units.find((u) => u.field === 'summary')!);
    const fields = [];
    const more: Statement[] = [];
    if (entry.kind === 'person') {
      for (const field of ['born', 'died'] as const) {
        const u = units.find((x) => x.field === field && !x.label);
        if (u) fields.push({ name: field === 'born' ? 'Born' : 'Died', inline: true, ...this.lifeField(u) });
      }
      const roles = units.filter((u) => u.field === 'role').slice(0, 3).map((u) => this.writer.roleLine(u));
      if (roles.length) fields.push({ name: 'Roles', value: roles.map((r) => r.text).join('\n'), keys: roles.flatMap((r) => r.keys) });
    } else {
      const summary = entry.summary.text;
      const told = (u: Unit) => u.versions.length === 1 && summary.includes(u.field === 'when' ? (u.versions[0]!.date ?? '').slice(0, 4) : u.versions[0]!.text.split(/[ ,(]/)[0]!);
      for (const u of units.filter((x) => x.field === 'when' || x.field === 'place' || x.field === 'attribute').slice(0, 4)) if (!told(u)) more.push(this.writer.statement(u));
    }
    more.push(...units.filter((u) => u.field === 'fact' && !listsSpellings(u)).slice(0, 2).map((u) => this.writer.statement(u)));
    return this.writer.assemble({ entry, first, more, fields, cap, suggestions: this.compose.related(entry) });
  }

  private lifeField(u: Unit): { value: string; keys: string[] } {
    const s = this.writer.statement(u);
    const value = u.versions.map((v) => `${formatRange(v.date ?? v.text, v.end)}${v.note ? ` (${v.note})` : ''} [${v.sources.slice(0, 3).join(', ')}]`).join(';\n');
    return { value, keys: s.keys };
  }

  /** "Yes.", "No." or "Sources disagree." from the unit that bears on a yes/no question. */
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
      if (hits.every(Boolean)) return say('verdict.yes');
      if (hits.some(Boolean)) return say('verdict.disputed');
      return say('verdict.no');
    }
    // "Did he die in Moscow?", "was the congress held in Semipalatinsk?": the place on record decides.
    const asksPlace = topic.filter((w) => this.placeWords.has(w));
    const places = this.placesOf(unit);
    if (asksPlace.length && places.size) return asksPlace.some((w) => places.has(w)) ? say('verdict.yes') : say('verdict.no');
    const matched = topic.length ? this.facts.find(topic, { entryIds: new Set([unit.entry.id]) }).find((m) => m.unit === unit)?.words.length ?? 0 : 0;
    if (topic.length && matched >= Math.max(1, topic.length - 1)) {
      if (unit.versions.length > 1) return say('verdict.disputed');
      // "...had the same surname but was not his brother": the fact itself says no.
      return denies(unit.versions[0]!.text, topic) ? say('verdict.no') : say('verdict.yes');
    }
    return say('verdict.unsure');
  }

  /** The folded words of the places a unit's entry records for it: the unit's own, else the entry's. */
  private placesOf(unit: Unit): Set<string> {
    const own = (u: Unit) => u.versions.flatMap((v) => [v.place ?? '', u.field === 'place' || ((u.field === 'born' || u.field === 'died') && u.label) ? v.text : '']);
    const texts = own(unit).filter(Boolean);
    if (!texts.length && unit.entry.kind === 'event') texts.push(...this.facts.of(unit.entry.id).filter((u) => u.field === 'place').flatMap(own));
    return new Set(texts.flatMap((t) => foldText(t)));
  }

  /** Names near the words, or else where to start: nobody leaves "I don't know" empty-handed. */
  private nearest(words: string[]): Entry[] {
    const near = this.index.suggest(words, 3);
    return near.length ? near : STARTERS.map((id) => this.knowledge.byId.get(id)).filter((e): e is Entry => !!e);
  }

  private starters() {
    return this.nearest([]).map((e) => this.compose.suggest(e.id));
  }

  /** "I don't know that about X": the subject is known, the thing asked is not in the knowledge. */
  private notKnown(entry: Entry): Reply {
    const name = shortName(entry);
    return {
      kind: 'not-found',
      body: say('reply.notKnownAbout', { name }),
      entries: [],
      suggestions: [{ label: say('reply.more'), request: `/more ${entry.id}` }, ...this.compose.related(entry).slice(0, 2)],
    };
  }

  /** Two entries fit a question equally ("which congress was in Orenburg?"): one line each. */
  private both(q: Question, entries: Entry[], topic: string[]): Reply | undefined {
    const lines = entries.slice(0, 3).map((e) => this.choose(q, e, topic) ?? this.facts.of(e.id).find((u) => u.field === 'summary')!);
    const statements = lines.map((u) => this.writer.statement(u));
    const first: Statement = {
      text: [say('reply.both', { count: entries.length, query: quote(subjectOf(q.text)) }), ...statements.map((s, i) => `${entries[i]!.name}: ${s.text}`)].join('\n'),
      keys: statements.flatMap((s) => s.keys),
    };
    return this.writer.assemble({ entry: entries[0]!, first, cap: CAPS.fact, title: quote(subjectOf(q.text), 80), entries: entries.map((e) => e.id), suggestions: entries.slice(1).map((e) => this.compose.suggest(e.id)) });
  }

  /** "What happened next?": the first event after the last subject's date. */
  private nextAfter(entry: Entry): Reply {
    const from = this.timeline.moments.find((m) => m.entry === entry)?.span;
    const next = from ? this.timeline.moments.find((m) => m.what === 'event' && m.entry !== entry && m.span.first > from.first) : undefined;
    if (!next || next.entry.kind !== 'event') return { kind: 'not-found', body: say('reply.nothingNext', { name: shortName(entry) }), entries: [] };
    const when = this.facts.of(next.entry.id).find((u) => u.field === 'when')!;
    const summary = this.facts.of(next.entry.id).find((u) => u.field === 'summary')!;
    return this.writer.assemble({ entry: next.entry, first: this.writer.statement(when), more: [this.writer.statement(summary)], cap: CAPS.fact, suggestions: this.compose.related(next.entry) });
  }

  private dateAnswer(dates: DateMention[]): Reply {
    const found = unique(dates.flatMap((d) => this.timeline.at(d)));
    const label = dates.map((d) => d.label).join(', ');
    if (found.length) return this.fitMoments(label, found);
    const day = dates.find((d) => d.span?.precision === 'day');
    const near = day?.span ? this.timeline.near(day.span, 45).slice(0, 3) : [];
    if (near.length) {
      const reply = this.fitMoments(`Nearest to ${day!.label}`, near);
      return { ...reply, body: `I know of nothing on ${day!.label}. The nearest dates I know:\n\n${reply.body}` };
    }
    return {
      kind: 'not-found',
      body: `I don't know of anything in the Alash story for ${label}. My knowledge runs from the 1905 congress in Uralsk to the 2021 monument, with a few older roots.`,
      entries: [],
      suggestions: this.starters(),
    };
  }

  /** What happened at a date, with as many moments as fit a short answer. */
  private fitMoments(label: string, found: Moment[]): Reply {
    // Told in full while that fits, else one line each, as many lines as fit.
    for (const brief of [false, true]) {
      for (let limit = brief ? 8 : 4; limit >= 1; limit--) {
        const reply = this.compose.moments(label, found, limit, brief);
        if (replyToText(reply).length <= CAPS.fact) return reply;
      }
    }
    return this.compose.moments(label, found, 1, true);
  }
}

/** Words that turn what follows them into a denial. */
const NEGATION = new Set(['not', 'never', 'no', 'nor', 'neither', 'nobody']);

/**
 * Whether a statement denies what was asked: a negation within the four words before one of the
 * question's topic words ("was not his brother", "not in the purges", "no source calls him a
 * member"), not merely somewhere in the sentence.
 */
function denies(text: string, topic: string[]): boolean {
  const asked = new Set(topic.map((w) => topicKey(w)));
  const words = toLatin(text).split(' ');
  return words.some((w, i) => asked.has(topicKey(w)) && words.slice(Math.max(0, i - 4), i).some((x) => NEGATION.has(x)));
}

/** Where to start when nothing is near what was asked. */
const STARTERS = ['alash-party', 'alash-orda', 'bukeikhanov'];

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

/** A fact that only lists the entry's own spellings: the title already names it. */
function listsSpellings(u: Unit): boolean {
  const text = u.versions[0]!.text;
  return u.entry.aliases.filter((a) => a.length > 3 && text.includes(a)).length >= 2;
}

/** What a question is about, as the user wrote it: "who was Napoleon?" -> "Napoleon". */
function subjectOf(text: string): string {
  const tokens = text.replace(/^\//, '').trim().split(/\s+/);
  while (tokens.length > 1 && !contentWords(tokens[0]!).length) tokens.shift();
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

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}
