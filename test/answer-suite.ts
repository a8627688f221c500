/**
 * The answer suite's data and rules: questions in test/questions/*.yaml, what each asserts, and
 * how the first sentence of an answer is found. test/answers.test.ts runs them against the core.
 *
 * A question file is a YAML list. Each item is either one question or a conversation:
 *
 * ```yaml
 * - q: which oblast was Bukeikhanov commissar for?   # the text, as a chat user types it
 *   kind: fact          # fact | profile | yesno | choose | unknown | error (see QuestionKind)
 *   asks: place         # the answer kind of issue 8 (see Asks); optional
 *   expect: Turga[yi]   # case-insensitive regex, or a list: each must match the answer's lead
 *   entry: bukeikhanov  # knowledge entry id, or a list: each must be in the reply's `entries`;
 *                       # `qazaq|qazaq-first-issue` accepts either (the fact is in both)
 *   cap: 500            # optional: the most plain-text characters (default from `kind`)
 *   lang: ru            # optional: en | ru | kk, the language the reply must be in (see below)
 *   todo: asked fact not in first sentence   # optional: the bot cannot answer this yet
 *
 * - chat:               # a conversation: same chat, same user, one turn after another
 *     - { q: who was Dulatov?, kind: fact, expect: poet, entry: dulatov }
 *     - { q: when did he die?, kind: fact, expect: 5 October 1935, entry: dulatov }
 * ```
 *
 * A file may instead be a map that sets a default `lang` for every question in it (a question's
 * own `lang` wins):
 *
 * ```yaml
 * lang: kk
 * questions:
 *   - { q: Бөкейханов қашан туды?, kind: fact, expect: 5 наурыз 1866, entry: bukeikhanov }
 * ```
 *
 * With `lang`, the reply's `language` must be that language, and a Russian or Kazakh reply's body
 * must hold no Latin word of three letters or more outside `[KEY]` citations and quotes («…»,
 * "…", “…”): that would be English left in the reply (see `latinWords`).
 *
 * A question marked `todo` runs with `it.fails`: it stays green while the bot gets it wrong and
 * turns red the day it passes, when its `todo` must be removed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LANGUAGES } from '../src/core/language';
import { replyToText, type Reply } from '../src/core/reply';

/**
 * What a reply must look like (`fact`, `profile` and `yesno` replies never ask "which one?":
 * they carry no `choices`, so a full name that matches one entry exactly is answered):
 * - `fact`: a direct question; reply kind `answer`, the asked fact in the lead, at most 500 characters;
 * - `profile`: `/alash who X` or a bare name; reply kind `answer`, at most 900 characters;
 * - `yesno`: a did/was/were question; the lead starts with the verdict given first in `expect`
 *   (Yes, No, Sources disagree, as a whole word), then the fact; at most 500 characters;
 * - `choose`: the question fits several entries equally; every `entry` is in the reply's
 *   `entries`, whether the reply asks which one or answers each briefly; at most 500 characters;
 * - `unknown`: the bot must say it does not know: reply kind `not-found`, body starting with
 *   "I don't know" (or "не знаю", "білмеймін" in a Russian or Kazakh reply), follow-up suggestions, no sources and no entries; at most 500 characters;
 * - `error`: bad input (a command without its argument, an impossible date): reply kind `error`,
 *   no entries, at most 500 characters.
 */
export type QuestionKind = 'fact' | 'profile' | 'yesno' | 'choose' | 'unknown' | 'error';

/**
 * The answer kinds of issue 8, plus `name` (which party, book, newspaper, title: a named thing)
 * and `events` ("what happened on/in <date>").
 */
export const ASKS = ['person', 'date', 'place', 'number', 'reason', 'meaning', 'name', 'yesno', 'description', 'events'] as const;
export type Asks = (typeof ASKS)[number];

/** Answer kinds that ask for ONE specific fact (the issue wants at least half of the suite). */
export const ONE_FACT: ReadonlySet<Asks> = new Set(['person', 'date', 'place', 'number', 'reason', 'meaning', 'name', 'yesno']);

export const DEFAULT_CAP: Record<QuestionKind, number> = { fact: 500, profile: 900, yesno: 500, choose: 500, unknown: 500, error: 500 };

const regexes = z
  .union([z.string(), z.array(z.string()).min(1)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .refine((list) => list.every(isRegex), { message: 'not a valid regular expression' });
const ids = z.union([z.string(), z.array(z.string()).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

const turnSchema = z
  .object({
    q: z.string().min(1),
    kind: z.enum(['fact', 'profile', 'yesno', 'choose', 'unknown', 'error']),
    asks: z.enum(ASKS).optional(),
    expect: regexes.optional(),
    entry: ids.optional(),
    cap: z.number().int().positive().optional(),
    lang: z.enum(LANGUAGES).optional(),
    todo: z.string().min(3).optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const needsEntry = t.kind === 'fact' || t.kind === 'profile' || t.kind === 'yesno' || t.kind === 'choose';
    if (needsEntry && !t.entry) ctx.addIssue({ code: 'custom', message: `a ${t.kind} question needs an entry` });
    if ((t.kind === 'fact' || t.kind === 'yesno') && !t.expect) ctx.addIssue({ code: 'custom', message: `a ${t.kind} question needs expect` });
    if (t.kind === 'choose' && (t.entry?.length ?? 0) < 2) ctx.addIssue({ code: 'custom', message: 'a choose question lists at least two entries' });
    if (t.kind === 'unknown' && t.entry) ctx.addIssue({ code: 'custom', message: 'an unknown question has no entry' });
  });

const conversationSchema = z.object({ chat: z.array(turnSchema).min(2), about: z.string().optional() }).strict();
const itemsSchema = z.array(z.union([turnSchema, conversationSchema]));
/** A plain list, or `{ lang, questions }`: a list whose questions default to `lang`. */
const fileSchema = z.union([itemsSchema, z.object({ lang: z.enum(LANGUAGES), questions: itemsSchema }).strict()]);

export type Turn = z.output<typeof turnSchema>;

/** One question as a test runs it: the turns before it (a conversation) and the turn itself. */
export interface Question extends Turn {
  /** The file it comes from, without `.yaml` (`en`, `ru`, `kk`, `conversations`). */
  file: string;
  /** Earlier turns of the same conversation, asked first in the same chat; empty for a lone question. */
  before: string[];
  /** A name unique in the suite, for the test title. */
  name: string;
  /** Where it sits in its file: the item's index, and the turn's index in a conversation. */
  item: number;
  turn?: number;
}

function isRegex(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}

/** Reads every `*.yaml` of `dir` (sorted by name) into questions, validating each item. */
export function loadQuestions(dir: string): Question[] {
  const out: Question[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = name.replace(/\.yaml$/, '');
    const parsed = fileSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`${name}: ${z.prettifyError(parsed.error)}`);
    const [items, lang] = Array.isArray(parsed.data) ? [parsed.data, undefined] : [parsed.data.questions, parsed.data.lang];
    items.forEach((item, i) => {
      if ('chat' in item) {
        item.chat.forEach((turn, t) => {
          const before = item.chat.slice(0, t).map((x) => x.q);
          out.push({ lang, ...turn, file, before, name: `${file}#${i + 1}.${t + 1} ${turn.q}`, item: i, turn: t });
        });
      } else {
        out.push({ lang, ...item, file, before: [], name: `${file}#${i + 1} ${item.q}`, item: i });
      }
    });
  }
  return out;
}

// Words ending in a full stop that do not end a sentence. Single letters (initials such as
// "A. Baitursynov", Cyrillic ones too) are handled apart.
const ABBREVIATIONS = new Set(
  ['c', 'ca', 'st', 'mr', 'mrs', 'dr', 'prof', 'no', 'nos', 'vol', 'pp', 'p', 'ed', 'eds', 'jr', 'sr', 'vs', 'etc', 'cf', 'approx', 'gen', 'col', 'lt', 'capt', 'e.g', 'i.e', 'b', 'd', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'г', 'гг', 'ст', 'им', 'т.е', 'т.к', 'т.д', 'т.п', 'ок', 'см', 'стр', 'проф', 'акад', 'жж', 'ж', 'б.з.б'].map((w) => w.toLowerCase()),
);

/**
 * The first sentence of a text: up to the first `.`, `!`, `?` or `…` that is followed by a space
 * and then not by a lowercase letter, a digit or a bracket, or up to the first line break. It does not stop at
 * abbreviations ("c. 1530", "St. Petersburg", "e.g."), initials ("A. Baitursynov", "B. Kulmanov"),
 * decimals ("1.5 million"), or a full stop inside brackets or quotes. A closing bracket or quote
 * right after the stop stays with the sentence.
 */
export function firstSentence(text: string): string {
  const s = text.trim();
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\n') return s.slice(0, i).trim();
    if (ch === '(' || ch === '[' || ch === '«' || ch === '“') depth++;
    else if ((ch === ')' || ch === ']' || ch === '»' || ch === '”') && depth > 0) depth--;
    if (!'.!?…'.includes(ch) || depth > 0) continue;
    let end = i + 1;
    while (end < s.length && '.!?…)]»”"\''.includes(s[end]!)) end++;
    if (end >= s.length) return s;
    if (!/\s/u.test(s[end]!)) continue; // "1.5", "e.g.x", "Alash-Qala.kz"
    const next = s.slice(end).trimStart()[0] ?? '';
    // A lowercase word, a number or a bracket goes on the same sentence: "c. 1530", '"Oyan, Qazaq!" (1909)'.
    if (/[\p{Ll}\d(\[]/u.test(next) && s[end] !== '\n') continue;
    if (ch === '.') {
      const word = /([\p{L}.]+)$/u.exec(s.slice(0, i))?.[1] ?? '';
      if (/^\p{Lu}$/u.test(word)) continue; // an initial: "A. Baitursynov"
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    return s.slice(0, end).trim();
  }
  return s;
}

/**
 * A bare verdict that opens a yes/no answer and leaves the fact to the next sentence: "Yes.",
 * "Источники расходятся." ("Sources disagree" in English goes on with a colon in one sentence).
 */
const BARE_VERDICT = /^(yes|no|да|нет|иә|ия|жоқ|источники расходятся|дереккөздер әртүрлі айтады)[.!]?$/iu;

/**
 * The Latin words (three letters or more) in a reply body, outside `[KEY]` citations and quoted
 * text («…», "…", “…”, where a source's or a book's own title may stand). Roman numerals ("XIX
 * век") are not words. In a Russian or Kazakh reply each one is English left untranslated.
 */
export function latinWords(body: string): string[] {
  const bare = body
    .replace(/\[[^\]\n]*\]/gu, ' ')
    .replace(/«[^»]*»/gu, ' ')
    .replace(/“[^”]*”/gu, ' ')
    .replace(/"[^"\n]*"/gu, ' ');
  return (bare.match(/\p{Script=Latin}{3,}/gu) ?? []).filter((w) => !/^[IVXLCDM]+$/u.test(w));
}

/**
 * The part of a reply that must hold the asked fact: the first sentence of the body (never the
 * title); after a bare "Yes." or "No.", the next sentence too.
 */
export function answerLead(body: string): string {
  const first = firstSentence(body);
  if (!BARE_VERDICT.test(first)) return first;
  const rest = body.trim().slice(body.trim().indexOf(first) + first.length);
  return `${first} ${firstSentence(rest)}`.trim();
}

/** The ids an `entry` item allows: `qazaq|qazaq-first-issue` is either entry. */
export function entryIds(spec: string): string[] {
  return spec.split('|').map((id) => id.trim());
}

/** Everything wrong with a reply to a question; an empty list means it passes. */
export function problems(question: Turn, reply: Reply | null): string[] {
  if (!reply) return ['no reply at all'];
  const out: string[] = [];
  if (question.lang) {
    const language = reply.language ?? 'en';
    if (language !== question.lang) out.push(`reply language ${language}, want ${question.lang}`);
    if (question.lang !== 'en') {
      const latin = latinWords(reply.body);
      if (latin.length) out.push(`Latin words in a ${question.lang} reply: ${[...new Set(latin)].join(', ')}`);
    }
  }
  const text = replyToText(reply);
  const lead = answerLead(reply.body);
  const cap = question.cap ?? DEFAULT_CAP[question.kind];
  if (text.length > cap) out.push(`reply is ${text.length} characters, cap ${cap}`);
  for (const spec of question.entry ?? []) {
    if (!entryIds(spec).some((id) => reply.entries.includes(id))) out.push(`entry ${spec} not in entries [${reply.entries.join(', ')}]`);
  }
  const patterns = question.expect ?? [];
  patterns.forEach((source, i) => {
    // A verdict is a whole word at the very start: "No" must not match "November 1917".
    const re = new RegExp(question.kind === 'yesno' && i === 0 ? `^(?:${source})(?!\\p{L})` : source, 'iu');
    if (!re.test(lead)) out.push(`${question.kind === 'yesno' && i === 0 ? 'verdict' : 'expect'} /${source}/ not in the lead "${lead}"`);
  });
  switch (question.kind) {
    case 'fact':
    case 'profile':
    case 'yesno':
      if (reply.kind !== 'answer') out.push(`reply kind ${reply.kind}, want answer`);
      if (reply.choices?.length) out.push(`asks "which one?" (${reply.choices.map((c) => c.label).join('; ')})`);
      break;
    case 'choose':
      // Asking "which one?" and answering every candidate briefly both pass; `entry` (checked
      // above) holds them all, so a reply about one of them alone fails.
      if (reply.kind !== 'answer') out.push(`reply kind ${reply.kind}, want answer`);
      break;
    case 'unknown':
      if (reply.kind !== 'not-found') out.push(`reply kind ${reply.kind}, want not-found`);
      // "I don't know", "я ничего не знаю", "ештеңе білмеймін": in the language of the reply.
      if (!/^I don['’]t know|не знаю|білмеймін/u.test(firstSentence(reply.body))) out.push(`the first sentence does not say "I don't know": "${firstSentence(reply.body)}"`);
      if (!reply.suggestions?.length) out.push('no suggestions');
      if (reply.sources?.length) out.push(`has sources (${reply.sources.map((s) => s.key).join(', ')})`);
      if (reply.entries.length) out.push(`has entries [${reply.entries.join(', ')}]`);
      break;
    case 'error':
      if (reply.kind !== 'error') out.push(`reply kind ${reply.kind}, want error`);
      if (reply.entries.length) out.push(`has entries [${reply.entries.join(', ')}]`);
      break;
  }
  return out;
}

/**
 * A short `todo` text for a failing question, from its problems: "reply over the cap; asked fact
 * not in the first sentence". `followUp` marks a later turn of a conversation.
 */
export function todoReason(found: readonly string[], followUp: boolean): string {
  const reasons = new Set<string>();
  const dontKnow = followUp ? 'follow-up not read against the last subject' : "says I don't know";
  for (const p of found) {
    const lead = /not in the lead "(.*)"$/su.exec(p)?.[1] ?? '';
    if (p.startsWith('reply is')) reasons.add('reply over the cap');
    else if (p.startsWith('reply language')) reasons.add(`reply ${p.slice('reply '.length)}`);
    else if (p.startsWith('Latin words')) reasons.add('English left in the reply');
    else if (p.startsWith('expect') || p.startsWith('verdict')) {
      if (lead.startsWith("I don't know") || lead.startsWith('Ask me')) reasons.add(dontKnow);
      else if (lead.startsWith('Several people match')) reasons.add('asks which one');
      else if (p.startsWith('verdict')) reasons.add('no yes/no verdict first');
      else reasons.add('asked fact not in the first sentence');
    } else if (p.startsWith('entry')) {
      if (!p.endsWith('entries []')) reasons.add('answers about another entry');
    } else if (p.startsWith('reply kind not-found')) reasons.add(dontKnow);
    else if (p.startsWith('asks "which one?"')) reasons.add('asks which one');
    else if (p === 'no suggestions') reasons.add('no suggestions');
    else if (p.startsWith('body does not start')) reasons.add("does not say I don't know");
    else if (p.startsWith('has entries') || p.startsWith('has sources')) reasons.add('answers with an unrelated entry');
    else reasons.add(p.slice(0, 60));
  }
  return [...reasons].join('; ') || 'fails';
}
