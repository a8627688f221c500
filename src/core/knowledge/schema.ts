import { z } from 'zod';

/**
 * The shape of a knowledge file. Files are YAML so a historian can edit them without reading
 * code; this schema is the single definition of what a file may hold. knowledge/README.md
 * explains it in prose; keep the two in step.
 */

/** `1917`, `1917-07` or `1917-07-21`. YAML reads a bare year as a number, so accept both. */
export const DateText = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), {
    message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  });

/**
 * The Russian or Kazakh text beside an English one: every English text field `x` has `x_ru` and
 * `x_kk` next to it, saying the same thing (see `TRANSLATED` and knowledge/README.md). Optional
 * here so that one missing translation is reported by name when the knowledge loads, with all
 * the others, rather than as a shape error.
 */
const Translation = z.string().min(1).optional();

/** The English fields that carry a Russian (`_ru`) and a Kazakh (`_kk`) version beside them. */
export const TRANSLATED = ['name', 'text', 'about', 'title', 'label', 'value', 'note', 'place', 'question'] as const;

const SourceKeys = z.array(z.string().min(1)).min(1, 'every fact needs at least one source');

/** One dated version of something; several versions of one date mean the sources disagree. */
export const DateVersion = z.strictObject({
  date: DateText,
  /** Last day, for a range ("21-28 July 1917"). */
  end: DateText.optional(),
  /** Approximate ("c. 1530"). */
  circa: z.boolean().optional(),
  /** Which calendar the source used; Russia used the Julian ("old style") calendar until 1918. */
  calendar: z.enum(['julian', 'gregorian']).optional(),
  place: z.string().min(1).optional(),
  place_ru: Translation,
  place_kk: Translation,
  note: z.string().min(1).optional(),
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
  question: z.string().trim().min(5).max(300).endsWith('?', 'must end with a question mark'),
  question_ru: z.string().trim().min(5).max(300).optional(),
  question_kk: z.string().trim().min(5).max(300).optional(),
  answer: z.union([z.string(), z.number().int()]).transform((v) => String(v).trim()),
  level: z.enum(['easy', 'medium', 'hard']).optional(),
});

/** A plain statement, optionally dated so that date lookups find it. */
export const Claim = z.strictObject({
  text: z.string().min(1),
  text_ru: Translation,
  text_kk: Translation,
  date: DateText.optional(),
  end: DateText.optional(),
  sources: SourceKeys,
  /** Optional quiz questions this fact answers (one or a list); see `Ask`. */
  ask: z
    .union([Ask, z.array(Ask)])
    .transform((a) => (Array.isArray(a) ? a : [a]))
    .optional(),
});

/** A statement on which sources disagree: every version with its own sources. */
export const DisputedFact = z.strictObject({
  /** What the versions are about, e.g. "First issue". */
  about: z.string().min(1),
  about_ru: Translation,
  about_kk: Translation,
  /** A version asks no question (`ask`): a disputed point is never asked as if settled. */
  versions: z.array(Claim.omit({ ask: true })).min(2, 'a disputed fact needs at least two versions'),
});

export const Fact = z.union([Claim, DisputedFact]);

export const Role = z.strictObject({
  title: z.string().min(1),
  title_ru: Translation,
  title_kk: Translation,
  from: DateText.optional(),
  to: DateText.optional(),
  sources: SourceKeys,
});

/** A labelled attribute such as a party's ideology or colours. */
export const Attribute = z.strictObject({
  label: z.string().min(1),
  label_ru: Translation,
  label_kk: Translation,
  value: z.string().min(1),
  value_ru: Translation,
  value_kk: Translation,
  sources: SourceKeys,
  note: z.string().min(1).optional(),
  note_ru: Translation,
  note_kk: Translation,
});

const EntryBase = {
  /** Lowercase words joined by hyphens; unique across knowledge/. Other entries refer to it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  /** The name shown as a title. */
  name: z.string().min(1),
  name_ru: Translation,
  name_kk: Translation,
  /** Every other spelling: Latin, Kazakh Cyrillic, Russian Cyrillic, pen names. */
  aliases: z.array(z.string().min(1)).default([]),
  /** One or two sentences: what a chat reply says first. */
  summary: Claim.omit({ date: true, end: true, ask: true }),
  facts: z.array(Fact).default([]),
  /** Ids of related entries, offered as follow-ups. */
  related: z.array(z.string()).default([]),
  /** Quiz topics and browsing tags, e.g. `leaders`, `congresses`, `repression`. */
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
};

export const Person = z.strictObject({
  ...EntryBase,
  kind: z.literal('person'),
  born: z.array(DateVersion).default([]),
  died: z.array(DateVersion).default([]),
  roles: z.array(Role).default([]),
});

export const Event = z.strictObject({
  ...EntryBase,
  kind: z.literal('event'),
  when: z.array(DateVersion).min(1, 'an event needs a date'),
  place: z.string().min(1).optional(),
  place_ru: Translation,
  place_kk: Translation,
  /** Ids of the people who took part. */
  participants: z.array(z.string()).default([]),
});

/** Terms, places, organisations, publications and the party itself. */
export const Term = z.strictObject({
  ...EntryBase,
  kind: z.enum(['term', 'place', 'organisation', 'publication', 'party']),
  attributes: z.array(Attribute).default([]),
});

export const Entry = z.discriminatedUnion('kind', [Person, Event, Term]);

export const SourceInfo = z.strictObject({
  title: z.string().min(1),
  url: z.string().url().optional(),
  /** Weaker pages (unreviewed drafts, essay sites) are flagged so answers can say so. */
  weak: z.boolean().optional(),
});

/** knowledge/sources.yaml: source key -> what it is. */
export const SourceList = z.record(z.string().regex(/^[A-Z0-9-]+$/), SourceInfo);

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
