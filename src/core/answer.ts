import { citations } from './citations';
import { formatRange } from './dates';
import type { Knowledge } from './knowledge/load';
import type { Language } from './language';
import type { Entry } from './knowledge/schema';
import { say } from './phrases';
import { replyToText, type Reply, type ReplyField, type Suggestion } from './reply';
import { isDisputedUnit, type Unit, type UnitVersion } from './units';

/** The most characters a plain-text reply may take, sources included (see replyToText). */
export const CAPS = {
  /** A direct question: one fact and at most two more. */
  fact: 500,
  /** A profile: `/who X` or a bare name. */
  profile: 900,
};

/** A direct answer cites at most this many keys per statement; "More" shows them all. */
const KEYS_PER_STATEMENT = 3;

/** A sentence of a reply with the source keys it cites. */
export interface Statement {
  text: string;
  keys: string[];
}

/**
 * Writes short answers: the asked fact in the first sentence, then what supports it while the
 * reply stays under its cap, then only the sources those sentences cited. Sentences come from
 * the templates in `locales/` (see phrases.ts), so they can be translated.
 */
export class AnswerWriter {
  /**
   * @param knowledge the knowledge in `lang` (see `knowledgeIn`)
   * @param lang the language written (default English)
   * @param local a unit in `lang`: the same unit with its texts translated (default: as given)
   */
  constructor(
    private readonly knowledge: Knowledge,
    readonly lang: Language = 'en',
    private readonly local: (u: Unit) => Unit = (u) => u,
  ) {}

  /** Each unit's usual sentence, written once: it depends on nothing but the unit. */
  private readonly written = new WeakMap<Unit, Statement>();

  private say(key: string, values: Parameters<typeof say>[1] = {}): string {
    return say(key, values, this.lang);
  }

  /**
   * One unit as a sentence with its sources inline ("... [W-AB]."). A disputed fact tells at
   * most `versions` of its versions (default 2), starting with the one at index `lead` (default
   * 0, the first), and says how many more wait behind More. With `dated` (default false), a
   * dated fact whose words do not give its year says its date: it answers "when?". Shared: never
   * change it.
   */
  statement(asked: Unit, versions = 2, lead = 0, dated = false): Statement {
    // The usual telling is written once per unit; another choice of versions is written each time.
    if (versions !== 2 || lead !== 0 || dated) return this.write(asked, versions, lead, dated);
    let s = this.written.get(asked);
    if (!s) this.written.set(asked, (s = Object.freeze(this.write(asked, versions, lead))));
    return s;
  }

  private write(asked: Unit, versions: number, lead: number, dated = false): Statement {
    const u = this.local(asked);
    const lang = this.lang;
    const name = shortName(u.entry, lang);
    const keys = new Set<string>();
    // A dispute lists every version: fewer keys each keep it to one line.
    const perVersion = u.versions.length > 2 ? 1 : u.versions.length > 1 ? 2 : KEYS_PER_STATEMENT;
    const cite = (sources: string[]) => {
      const shown = sources.slice(0, perVersion);
      for (const k of shown) keys.add(k);
      return `[${shown.join(', ')}]`;
    };
    const one = u.versions[0]!;
    const disputed = isDisputedUnit(u);
    const listed = (render: (v: UnitVersion) => string) => u.versions.map((v) => `${render(v)} ${cite(v.sources)}`).join(this.say('fact.or'));
    let text: string;
    switch (u.field) {
      case 'born':
      case 'died':
      case 'when': {
        if (u.label) {
          // A place of birth or death (the unit's label says which).
          text = disputed
            ? this.say(`fact.disputedPlace_${u.field}`, { name, versions: listed((v) => placeText(v)) })
            : withCite(this.say(u.field === 'born' ? 'fact.bornPlace' : 'fact.diedPlace', { name, place: placeText(one) }), cite(one.sources));
        } else if (disputed) {
          // Two versions keep their notes; more than two are told by their dates, the notes behind More.
          text = this.say(`fact.disputedDate_${u.field}`, { name, versions: listed((v) => dateLabel(v, lang, u.versions.length <= 2)) });
        } else {
          const place = one.place ? this.say('fact.at', { place: one.place }) : '';
          // A document is dated; a congress or an arrest takes place.
          if (u.field === 'when' && DOCUMENT.test(asked.entry.name)) text = withCite(this.say('fact.dated', { name, date: `${dateLabel(one, lang)}${place}` }), cite(one.sources));
          else text = withCite(this.say(u.field === 'when' ? 'fact.when' : `fact.${u.field}`, { name, when: `${whenPhrase(one, lang)}${place}` }), cite(one.sources));
        }
        break;
      }
      case 'place':
        text = disputed
          ? this.say('fact.disputedPlace_when', { name, versions: listed((v) => placeText(v)) })
          : withCite(this.say('fact.place', { name, place: placeText(one) }), cite(one.sources));
        break;
      case 'participants': {
        const people = u.names.map((id) => this.knowledge.byId.get(id)?.name).filter(Boolean).slice(0, 6);
        text = withCite(this.say('fact.participants', { name, people: people.join(', ') }), cite(one.sources));
        break;
      }
      case 'role': {
        const title = roleTitle(one.text, lang);
        const span = one.date || one.end ? roleSpan(one.date, one.end, lang) : '';
        text = withCite(this.say(span ? 'fact.roleSpan' : 'fact.role', { name, title, span }), cite(one.sources));
        break;
      }
      case 'attribute':
        text = withCite(this.say('fact.attribute', { label: lang === 'en' ? u.label : lowerFirstWord(u.label ?? ''), name, value: stripStop(one.text) + (one.note ? ` (${one.note})` : '') }), cite(one.sources));
        break;
      case 'summary':
        text = withCite(one.text, cite(one.sources));
        break;
      case 'fact': {
        // A dispute of many long versions gives two here; the rest wait behind More.
        const ordered = lead ? [u.versions[lead]!, ...u.versions.filter((_, i) => i !== lead)] : u.versions;
        const shown = ordered.slice(0, Math.max(1, versions));
        const rest = u.versions.length - shown.length;
        const told = shown.map((v) => `${stripStop(lowerFirst(v.text))} ${cite(v.sources)}`).join(this.say('fact.or'));
        text = disputed
          ? this.say(rest ? 'fact.disputedMore' : 'fact.disputed', { about: lowerFirst(u.label ?? ''), versions: told, count: rest })
          : withCite(`${stripStop(subjectify(one.text, u.entry, lang))}${dated && one.date && !one.text.includes(one.date.slice(0, 4)) ? ` (${formatRange(one.date, one.end, lang)})` : ''}`, cite(one.sources));
        break;
      }
    }
    return { text: capitalise(text), keys: [...keys] };
  }

  /** A role as a profile line: "Chairman of ... (1917–1920) [W-AB]". */
  roleLine(asked: Unit): Statement {
    const v = this.local(asked).versions[0]!;
    const keys = v.sources.slice(0, KEYS_PER_STATEMENT);
    const span = v.date || v.end ? ` (${roleSpan(v.date, v.end, this.lang)})` : '';
    return { text: `${v.text}${span} [${keys.join(', ')}]`, keys };
  }

  /**
   * A reply built from statements: the first always, the rest in order while the plain text
   * stays within `cap`. Fields (profile cards) are added the same way, after the first sentence.
   */
  assemble(options: {
    entry: Entry;
    first: Statement;
    more?: Statement[];
    fields?: (ReplyField & { keys: string[] })[];
    cap: number;
    suggestions?: Suggestion[];
    title?: string;
    entries?: string[];
  }): Reply {
    const body: Statement[] = [options.first];
    const fields: (ReplyField & { keys: string[] })[] = [];
    const suggestions = [{ label: this.say('reply.more'), request: `/more ${options.entry.id}` }, ...(options.suggestions ?? [])].slice(0, 4);
    const title = options.title ?? this.knowledge.byId.get(options.entry.id)?.name ?? options.entry.name;
    const keysOf = () => [...new Set([...body.flatMap((s) => s.keys), ...fields.flatMap((f) => f.keys)])];
    const build = (): Reply => ({
      kind: 'answer',
      title,
      body: body.map((s) => s.text).join('\n\n'),
      fields: fields.length ? fields.map(({ keys: _keys, ...f }) => f) : undefined,
      sources: refs(this.knowledge, keysOf()),
      entries: options.entries ?? [options.entry.id],
      suggestions,
      language: this.lang,
    });
    // The plain text is measured part by part, as replyToText writes it (its parts joined by a
    // blank line): the title and the "More" line never change, and the sources line changes only
    // when a sentence brings a new source, so each is written once rather than for every try.
    const part = (p: Partial<Reply>) => replyToText({ kind: 'answer', body: '', entries: [], language: this.lang, ...p }).length;
    const steady = [part({ title }), part({ suggestions })];
    const sourcesLine = new Map<string, number>();
    const fits = () => {
      const keys = keysOf();
      const id = keys.join('\u0000');
      let sources = sourcesLine.get(id);
      if (sources === undefined) sourcesLine.set(id, (sources = part({ sources: refs(this.knowledge, keys) })));
      const fieldsLine = fields.length ? part({ fields }) : 0;
      const parts = [...steady, part({ body: body.map((s) => s.text).join('\n\n') }), fieldsLine, sources].filter((n) => n > 0);
      return parts.reduce((a, b) => a + b, 0) + 2 * (parts.length - 1) <= options.cap;
    };
    for (const f of options.fields ?? []) {
      fields.push(f);
      if (!fits()) fields.pop();
    }
    for (const s of options.more ?? []) {
      if (body.some((b) => b.text === s.text)) continue;
      body.push(s);
      if (!fits()) body.pop();
    }
    return build();
  }
}

function refs(knowledge: Knowledge, keys: string[]) {
  const cite = citations(knowledge.sources);
  cite(keys);
  return cite.list();
}

/**
 * "Second All-Kazakh Congress (Orenburg, December 1917)" -> "the Second All-Kazakh Congress".
 * Russian and Kazakh have no articles: the name without its parenthesis.
 */
export function shortName(e: Entry, lang: Language = 'en'): string {
  const name = e.name.replace(/\s*\([^)]*\)\s*$/, '');
  if (e.kind === 'person' || lang !== 'en') return name;
  // An event is "the Karkaraly petition", unless its name is someone's ("Ryskulov's letter").
  if (e.kind === 'event') return /'s\b|^\d/.test(name) ? name : `the ${name}`;
  return COMMON_START.test(name) ? `the ${name}` : name;
}

/** Events that are documents: they are dated rather than taking place. */
const DOCUMENT = /\b(letter|petition|decree|law|programme|program|appeal|telegram|declaration|manifesto|verdict|resolution)\b/i;

/** Names that read as common nouns and take "the" in a sentence. */
const COMMON_START = /^(First|Second|Third|Fourth|Letter|Decree|Law|End|Founding|Proclamation|Break|Election|Petition|Monument|Arrests?|Trials?|Amnesty|Rehabilitation|Congress|Programme|People's|Kadets|Kazakh Revolutionary|Kirghiz|Kazak|Alash programme|Alash militia|Alash party|Alash word|Turksib|Gulag|Constituent)/;

function whenPhrase(v: UnitVersion, lang: Language): string {
  const label = formatRange(v.date ?? v.text, v.end, lang);
  const precision = v.end && v.end !== v.date ? 'range' : (v.date ?? '').length === 10 ? 'day' : (v.date ?? '').length === 7 ? 'month' : 'year';
  const phrase = say(`date.${precision}`, { date: label }, lang);
  const notes = [marks(v, lang), v.note].filter(Boolean).join(', ');
  return notes ? `${phrase} (${notes})` : phrase;
}

function dateLabel(v: UnitVersion, lang: Language, withNote = true): string {
  const label = `${formatRange(v.date ?? v.text, v.end, lang)}${v.place ? say('fact.at', { place: v.place }, lang) : ''}`;
  const notes = [marks(v, lang), withNote ? v.note : undefined].filter(Boolean).join(', ');
  return notes ? `${label} (${notes})` : label;
}

/** How a date is to be read ("old style", "approximately"), in `lang`. */
function marks(v: UnitVersion, lang: Language): string | undefined {
  if (!v.marks || lang === 'en') return v.marks;
  return v.marks
    .split(', ')
    .map((m) => (m === 'old style' ? say('date.oldStyleMark', {}, lang) : m === 'approximately' ? say('date.approximately', {}, lang) : m))
    .join(', ');
}

function placeText(v: UnitVersion): string {
  return v.note && !v.text.includes(v.note) ? `${v.text} (${v.note})` : v.text;
}

function roleSpan(from: string | undefined, to: string | undefined, lang: Language): string {
  if (from && to) return formatRange(from, to, lang);
  if (from) return formatRange(from, undefined, lang);
  return say('fact.spanTo', { to: formatRange(to!, undefined, lang) }, lang);
}

/** Russian and Kazakh role words that start a title and are common nouns, lower case after a dash. */
const COMMON_ROLE = /^(член|депутат|председатель|комиссар|министр|редактор|основатель|соучредитель|сооснователь|учитель|преподаватель|руководитель|глава|делегат|участник|судья|юрист|поэт|писатель|сотрудник|заместитель|секретарь|начальник|народный|один|одна|мүше|депутат|төраға|комиссар|министр|редактор|мұғалім|ұстаз|басшы|делегат|қатысушы|судья|заңгер|ақын|жазушы|қызметкер|орынбасар|хатшы|бастық|негізін)/i;

/** "Member of the Kadets" -> "a member of the Kadets"; "Chairman of ..." -> "chairman of ...". */
function roleTitle(title: string, lang: Language): string {
  if (lang !== 'en') return COMMON_ROLE.test(title) ? lowerFirstWord(title) : title;
  const t = /^[A-Z][a-z]/.test(title) && !/^[A-Z][a-z]+ [A-Z]/.test(title.split(' of ')[0]!) ? lowerFirst(title) : title;
  return /^(member|deputy|delegate|co-?founder|founder|teacher|leader|editor|founding member|signatory|participant|commissar|minister|judge|lawyer|poet|writer)\b/i.test(t) ? `a ${t}` : t;
}

/**
 * A fact written about its entry ("He announced ...") told on its own: the pronoun at its start
 * becomes the name, so the sentence stands without the card around it.
 */
function subjectify(text: string, e: Entry, lang: Language): string {
  if (lang !== 'en') {
    // Only a pronoun that is the subject ("Он", "Ол") becomes the name: other cases would need declining.
    const surname = e.kind === 'person' ? personName(e, text) : shortName(e, lang);
    // After a time or place ("В 1905 году он стал ..."), a person's "он"/"она" is the subject too.
    if (lang === 'ru' && e.kind === 'person' && LEAD_RU.test(text)) return text.replace(LEAD_RU, `$1${surname}`);
    return text.replace(/^(Он|Она|Ол)(?=\s)/, surname);
  }
  const name = e.kind === 'person' ? personName(e, text) : shortName(e);
  if (e.kind === 'person' && LEAD_EN.test(text)) return text.replace(LEAD_EN, `$1${name}`);
  const m = /^(He|She|They|It|His|Her|Their|Its)\b/.exec(text);
  if (!m) return text;
  const possessive = /^(His|Her|Their|Its)$/.test(m[1]!);
  return `${possessive ? `${name}'s` : name}${text.slice(m[1]!.length)}`;
}

/** A person by surname, or by full name in a sentence that names another of that surname ("he and Zhansha Dosmukhamedov"). */
function personName(e: Entry, text: string): string {
  const name = e.name.replace(/\s*\([^)]*\)\s*$/, '');
  const surname = name.split(' ').at(-1)!;
  return text.includes(surname) ? name : surname;
}

/** A short phrase of time or place, then the person's subject pronoun: "In 1905 he ...", "В 1905 году он ...". */
const LEAD_EN = /^((?:In|On|At|After|Before|From|By|Later|Then|There)\b[^,.;]{0,30}?\s)(?:he|she)(?=\s)/;
const LEAD_RU = /^((?:В|Во|С|После|До|К|Затем|Позже|Тогда|Там)(?=\s)[^,.;]{0,30}?\s)(?:он|она)(?=\s)/u;

/** Puts the citation before the sentence's final full stop. */
function withCite(sentence: string, cited: string): string {
  return `${stripStop(sentence)} ${cited}.`;
}

function stripStop(text: string): string {
  // "1913 г." and "1913 ж." keep their abbreviation's full stop.
  const bare = text.replace(/[.\s]+$/, '');
  return /\s(г|гг|ж|жж)$/u.test(bare) ? `${bare}.` : bare;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+ [A-Z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** A Russian or Kazakh label or title in lower case after a dash ("Цвета" -> "цвета"), unless an acronym. */
function lowerFirstWord(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function capitalise(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
