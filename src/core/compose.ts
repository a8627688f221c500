import { citations, type Citations } from './citations';
import { formatRange } from './dates';
import type { Knowledge } from './knowledge/load';
import type { Language } from './language';
import { say } from './phrases';
import { isDisputed, type DateVersion, type Entry, type Event, type Person } from './knowledge/schema';
import type { Reply, ReplyField, Suggestion } from './reply';
import { momentDate, type Moment } from './timeline';

/**
 * Turns knowledge into short chat replies: the answer first, then its sources. Source keys
 * appear inline in brackets ("[W-AB]") and the reply's `sources` list says what each key is.
 * Where sources disagree, the reply gives every version with its sources.
 */
export class Composer {
  /**
   * @param knowledge the knowledge in `lang` (see `knowledgeIn`)
   * @param lang the language of the cards' own words (default English)
   */
  constructor(
    private readonly knowledge: Knowledge,
    readonly lang: Language = 'en',
  ) {}

  private say(key: string, values: Parameters<typeof say>[1] = {}): string {
    return say(key, values, this.lang);
  }

  /** A person's profile: who they were, life dates, roles, a few key facts. */
  person(p: Person): Reply {
    const cite = this.citations();
    const fields: ReplyField[] = [];
    if (p.born.length) fields.push({ name: this.say('card.born'), value: this.versions(p.born, cite), inline: true });
    if (p.died.length) fields.push({ name: this.say('card.died'), value: this.versions(p.died, cite), inline: true });
    if (p.roles.length) {
      fields.push({
        name: this.say('card.roles'),
        value: p.roles
          .slice(0, 4)
          .map((r) => `${r.title}${r.from || r.to ? ` (${span(r.from, r.to, this.lang)})` : ''} ${cite(r.sources)}`)
          .join('\n'),
      });
    }
    const body = [`${p.summary.text} ${cite(p.summary.sources)}`, ...this.keyFacts(p, cite, 2)].join('\n\n');
    return this.reply(p, body, fields, cite, this.related(p));
  }

  /** An event: when (every version), what happened, who took part. */
  event(e: Event): Reply {
    const cite = this.citations();
    const fields: ReplyField[] = [{ name: this.say(e.when.length > 1 ? 'card.whenDisputed' : 'card.when'), value: this.versions(e.when, cite) }];
    if (e.place) fields.push({ name: this.say('card.where'), value: e.place, inline: true });
    const people = e.participants.map((id) => this.knowledge.byId.get(id)?.name).filter(Boolean);
    if (people.length) fields.push({ name: this.say('card.participants'), value: people.join(', ') });
    const body = [`${e.summary.text} ${cite(e.summary.sources)}`, ...this.keyFacts(e, cite, 3)].join('\n\n');
    const follow = [...e.participants.slice(0, 3).map((id) => this.suggest(id)), ...this.related(e)];
    return this.reply(e, body, fields, cite, follow);
  }

  /** A term, place, organisation, publication or the party itself. */
  term(t: Entry): Reply {
    const cite = this.citations();
    const fields: ReplyField[] = [];
    if (t.kind !== 'person' && t.kind !== 'event') {
      for (const a of t.attributes.slice(0, 8)) {
        fields.push({ name: a.label, value: `${a.value} ${cite(a.sources)}${a.note ? ` (${a.note})` : ''}`, inline: a.value.length < 40 });
      }
    }
    const body = [`${t.summary.text} ${cite(t.summary.sources)}`, ...this.keyFacts(t, cite, 3)].join('\n\n');
    return this.reply(t, body, fields, cite, this.related(t));
  }

  /** Any entry, in the form its kind calls for. */
  entry(e: Entry): Reply {
    if (e.kind === 'person') return this.person(e);
    if (e.kind === 'event') return this.event(e);
    return this.term(e);
  }

  /**
   * What happened at a date. A few moments are told in full, each with its sources and any
   * other dating; many are listed one line each (events by name), so a year stays readable.
   */
  moments(label: string, found: Moment[], limit = 8, brief = found.length > 4): Reply {
    const cite = this.citations();
    // In a list, an event whose sources date it differently appears once, at the date its
    // entry gives first (the best-supported one, as the knowledge is written).
    const shown = brief ? found.filter((m) => m.what !== 'event' || m === mainVersion(found, m.entry)) : found;
    const lines = shown.slice(0, limit).map((m) => {
      const others = !brief && m.otherVersions.length
        ? ` (${this.say('card.otherDates', { dates: m.otherVersions.map((o) => `${momentDate(o, this.lang)}${o.note ? `, ${o.note}` : ''} ${cite(o.sources)}`).join('; ') })})`
        : '';
      const what = brief && m.what === 'event' ? m.entry.name : m.text;
      return `${momentDate(m, this.lang)}: ${what} ${cite(brief ? m.sources.slice(0, 1) : m.sources)}${brief ? (m.otherVersions.length ? ` (${this.say('card.dateDisputed')})` : '') : others}`;
    });
    if (shown.length > limit) lines.push(this.say('card.andMore', { count: shown.length - limit }));
    const entries = unique(found.map((m) => m.entry.id));
    const follow = entries.slice(0, 3).map((id) => this.suggest(id));
    return { kind: 'answer', title: label, body: lines.join(brief ? '\n' : '\n\n'), sources: cite.list(), entries, suggestions: follow, language: this.lang };
  }

  /** Several entries matched equally well: let the user choose. */
  choose(query: string, entries: Entry[]): Reply {
    return {
      kind: 'answer',
      title: this.say('card.whichOne'),
      body: this.say('card.severalPeople', { query: quote(query), names: entries.map((e) => this.name(e)).join(', ') }),
      entries: entries.map((e) => e.id),
      choices: entries.slice(0, 5).map((e) => ({ label: this.name(e), request: `/about ${e.id}` })),
      language: this.lang,
    };
  }

  /** Nothing matched: say so plainly and offer the nearest names. */
  notFound(query: string, nearest: readonly Entry[]): Reply {
    const q = quote(query);
    const body = nearest.length
      ? this.say('card.notFoundNear', { query: q, names: nearest.map((e) => this.name(e)).join(', ') })
      : this.say('card.notFound', { query: q });
    // The nearest names, or where to start: never an empty hand.
    return { kind: 'not-found', body, entries: [], suggestions: nearest.slice(0, 3).map((e) => this.suggest(e.id)), language: this.lang };
  }

  suggest(id: string, label?: string): Suggestion {
    const e = this.knowledge.byId.get(id);
    return { label: label ?? e?.name ?? id, request: `/about ${id}` };
  }

  /** An entry's name in this composer's language (entries from any language's knowledge). */
  name(e: Entry): string {
    return this.knowledge.byId.get(e.id)?.name ?? e.name;
  }

  private reply(e: Entry, body: string, fields: ReplyField[], cite: Citations, follow: Suggestion[]): Reply {
    const suggestions = uniqueBy(follow.filter((s) => s.request !== `/about ${e.id}` || s.label === 'Profile'), (s) => s.request).slice(0, 4);
    return { kind: 'answer', title: e.name, body, fields, sources: cite.list(), entries: [e.id], suggestions, language: this.lang };
  }

  /** Up to three related entries, as follow-up suggestions. */
  related(e: Entry): Suggestion[] {
    return e.related.slice(0, 3).map((id) => this.suggest(id));
  }

  /**
   * Up to `n` facts; a disputed one says so and gives every version. A fact that lists the
   * entry's own spellings is left out: the title already names it, and its sources would crowd
   * the reply.
   */
  private keyFacts(e: Entry, cite: Citations, n: number): string[] {
    const spellings = (text: string) => e.aliases.filter((a) => a.length > 3 && text.includes(a)).length >= 2;
    return e.facts
      .filter((f) => isDisputed(f) || !spellings(f.text))
      .slice(0, n)
      .map((f) =>
        isDisputed(f)
          ? `${this.say('card.disputedFact', { about: f.about })} ${f.versions.map((v) => `${v.text} ${cite(v.sources)}`).join(' / ')}`
          : `${f.text} ${cite(f.sources)}`,
      );
  }

  private versions(list: DateVersion[], cite: Citations): string {
    return list.map((v) => this.version(v, cite)).join(list.length > 1 ? ';\n' : '');
  }

  private version(v: DateVersion, cite: Citations): string {
    const date = `${v.circa ? this.say('card.circa') : ''}${formatRange(v.date, v.end, this.lang)}${v.calendar === 'julian' ? ` (${this.say('date.oldStyleMark')})` : ''}`;
    const extra = [v.place, v.note].filter(Boolean).join(', ');
    return `${date}${extra ? `, ${extra}` : ''} ${cite(v.sources)}`;
  }

  private citations(): Citations {
    return citations(this.knowledge.sources);
  }
}

function mainVersion(found: Moment[], entry: Entry): Moment | undefined {
  const versions = found.filter((m) => m.entry === entry && m.what === 'event');
  const order = entry.kind === 'event' ? entry.when.map((v) => `${v.date}|${v.end}`) : [];
  const at = (m: Moment) => order.indexOf(`${m.date}|${m.end}`);
  return versions.sort((a, b) => at(a) - at(b))[0];
}

function span(from: string | undefined, to: string | undefined, lang: Language): string {
  if (from && to) return formatRange(from, to, lang);
  if (from) return say('fact.spanFrom', { from: formatRange(from, undefined, lang) }, lang);
  return say('fact.spanTo', { to: formatRange(to!, undefined, lang) }, lang);
}

/** User text quoted back: one line, short. Adapters escape it; this only keeps it tidy. */
export function quote(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function uniqueBy<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
