import * as z from '../zod';

/**
 * The shape of a knowledge file. Files are YAML so a historian can edit them without reading
 * code; this schema is the single definition of what a file may hold. knowledge/README.md
 * explains it in prose; keep the two in step.
 */

/** `1917`, `1917-07` or `1917-07-21`. YAML reads a bare year as a number, so accept both. */
export const DateText = z
  .pipe(
    z.union([z.string(), z.int()]),
    z.transform((v) => String(v).trim()),
  )
  .check(z.refine((v: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'));

/**
 * The Russian or Kazakh text beside an English one: every English text field `x` has `x_ru` and
 * `x_kk` next to it, saying the same thing (see `TRANSLATED` and knowledge/README.md). Optional
 * here so that one missing translation is reported by name when the knowledge loads, with all
 * the others, rather than as a shape error.
 */
const Translation = z.optional(z.string().check(z.minLength(1)));

/** The English fields that carry a Russian (`_ru`) and a Kazakh (`_kk`) version beside them. */
export const TRANSLATED = ['name', 'text', 'about', 'title', 'label', 'value', 'note', 'place', 'question'] as const;

/** Any text at all. */
const Text = z.string().check(z.minLength(1));

const SourceKeys = z.array(Text).check(z.minLength(1, 'every fact needs at least one source'));

/** One dated version of something; several versions of one date mean the sources disagree. */
export const DateVersion = z.strictObject({
  date: DateText,
  /** Last day, for a range ("21-28 July 1917"). */
  end: z.optional(DateText),
  /** Approximate ("c. 1530"). */
  circa: z.optional(z.boolean()),
  /** Which calendar the source used; Russia used the Julian ("old style") calendar until 1918. */
  calendar: z.optional(z.enum(['julian', 'gregorian'])),
  place: z.optional(Text),
  place_ru: Translation,
  place_kk: Translation,
  note: z.optional(Text),
  note_ru: Translation,
  note_kk: Translation,
  sources: SourceKeys,
});

/**
 * A quiz question a fact answers, as a person would ask it: `question` ("Who chaired the Second
 * All-Kazakh Congress?") and `answer`: an entry id (a person, place, publication...), a date
 * (`1917-12`), or a whole number. Wrong options are drawn by the quiz. `level` is the difficulty
 * (default: from the answer: a leader or a year easy, a month or a place medium, a day or a
 * number hard).
 */
export const Ask = z.strictObject({
  question: z.string().check(z.trim(), z.minLength(5), z.maxLength(300), z.endsWith('?', 'must end with a question mark')),
  question_ru: z.optional(z.string().check(z.trim(), z.minLength(5), z.maxLength(300))),
  question_kk: z.optional(z.string().check(z.trim(), z.minLength(5), z.maxLength(300))),
  answer: z.pipe(
    z.union([z.string(), z.int()]),
    z.transform((v) => String(v).trim()),
  ),
  level: z.optional(z.enum(['easy', 'medium', 'hard'])),
});

/** A plain statement, optionally dated so that date lookups find it. */
export const Claim = z.strictObject({
  text: Text,
  text_ru: Translation,
  text_kk: Translation,
  date: z.optional(DateText),
  end: z.optional(DateText),
  sources: SourceKeys,
  /** Optional quiz questions this fact answers (one or a list); see `Ask`. */
  ask: z.optional(
    z.pipe(
      z.union([Ask, z.array(Ask)]),
      z.transform((a) => (Array.isArray(a) ? a : [a])),
    ),
  ),
});

/** A statement on which sources disagree: every version with its own sources. */
export const DisputedFact = z.strictObject({
  /** What the versions are about, e.g. "First issue". */
  about: Text,
  about_ru: Translation,
  about_kk: Translation,
  /** A version asks no question (`ask`): a disputed point is never asked as if settled. */
  versions: z.array(z.omit(Claim, { ask: true })).check(z.minLength(2, 'a disputed fact needs at least two versions')),
});

export const Fact = z.union([Claim, DisputedFact]);

export const Role = z.strictObject({
  title: Text,
  title_ru: Translation,
  title_kk: Translation,
  from: z.optional(DateText),
  to: z.optional(DateText),
  sources: SourceKeys,
});

/** A labelled attribute such as a party's ideology or colours. */
export const Attribute = z.strictObject({
  label: Text,
  label_ru: Translation,
  label_kk: Translation,
  value: Text,
  value_ru: Translation,
  value_kk: Translation,
  sources: SourceKeys,
  note: z.optional(Text),
  note_ru: Translation,
  note_kk: Translation,
});

const EntryBase = {
  /** Lowercase words joined by hyphens; unique across knowledge/. Other entries refer to it. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')),
  /** The name shown as a title. */
  name: Text,
  name_ru: Translation,
  name_kk: Translation,
  /** Every other spelling: Latin, Kazakh Cyrillic, Russian Cyrillic, pen names. */
  aliases: z._default(z.array(Text), []),
  /** One or two sentences: what a chat reply says first. */
  summary: z.omit(Claim, { date: true, end: true, ask: true }),
  facts: z._default(z.array(Fact), []),
  /** Ids of related entries, offered as follow-ups. */
  related: z._default(z.array(z.string()), []),
  /** Quiz topics and browsing tags, e.g. `leaders`, `congresses`, `repression`. */
  topics: z._default(z.array(z.string().check(z.regex(/^[a-z0-9-]+$/))), []),
};

export const Person = z.strictObject({
  ...EntryBase,
  kind: z.literal('person'),
  born: z._default(z.array(DateVersion), []),
  died: z._default(z.array(DateVersion), []),
  roles: z._default(z.array(Role), []),
});

export const Event = z.strictObject({
  ...EntryBase,
  kind: z.literal('event'),
  when: z.array(DateVersion).check(z.minLength(1, 'an event needs a date')),
  place: z.optional(Text),
  place_ru: Translation,
  place_kk: Translation,
  /** Ids of the people who took part. */
  participants: z._default(z.array(z.string()), []),
});

/** Terms, places, organisations, publications and the party itself. */
export const Term = z.strictObject({
  ...EntryBase,
  kind: z.enum(['term', 'place', 'organisation', 'publication', 'party']),
  attributes: z._default(z.array(Attribute), []),
});

export const Entry = z.discriminatedUnion('kind', [Person, Event, Term]);

export const SourceInfo = z.strictObject({
  title: Text,
  url: z.optional(z.url()),
  /** Weaker pages (unreviewed drafts, essay sites) are flagged so answers can say so. */
  weak: z.optional(z.boolean()),
});

/** knowledge/sources.yaml: source key -> what it is. */
export const SourceList = z.record(z.string().check(z.regex(/^[A-Z0-9-]+$/)), SourceInfo);

export type DateVersion = z.infer<typeof DateVersion>;
export type Claim = z.infer<typeof Claim>;
export type Ask = z.infer<typeof Ask>;
export type DisputedFact = z.infer<typeof DisputedFact>;
export type Fact = z.infer<typeof Fact>;
export type Role = z.infer<typeof Role>;
export type Attribute = z.infer<typeof Attribute>;
export type Person = z.infer<typeof Person>;
export type Event = z.infer<typeof Event>;
export type Term = z.infer<typeof Term>;
export type Entry = z.infer<typeof Entry>;
export type SourceInfo = z.infer<typeof SourceInfo>;

export function isDisputed(fact: Fact): fact is DisputedFact {
  return 'versions' in fact;
}
