import type { Language } from './language';
import { say } from './phrases';

/**
 * A reply is platform-neutral data. Adapters render it natively: an embed with buttons on
 * Discord, an HTML message with an inline keyboard on Telegram, plain text in the terminal.
 *
 * Every string here is plain text. No field ever contains markup: adapters escape all of it,
 * so user text and knowledge text can never break a layout or inject a mention.
 */
export interface Reply {
  /** What sort of answer this is; adapters use it for colour, ephemerality, and logging. */
  kind: ReplyKind;
  /** Short heading: a person's name, an event, "26 August 1920". */
  title?: string;
  /** The answer itself, first sentence first. Paragraphs are separated by a blank line. */
  body: string;
  /** Short labelled facts: "Born", "Died", "Role". Rendered as embed fields or `Name: value` lines. */
  fields?: ReplyField[];
  /** The sources the reply drew on, in order of first use. */
  sources?: SourceRef[];
  /** Ids of the knowledge entries the reply drew on (empty when nothing matched). */
  entries: string[];
  /** Follow-up requests offered as buttons ("Born?", "Alash Orda"). */
  suggestions?: Suggestion[];
  /** Alternatives when a request matched several entries equally; the user picks one. */
  choices?: Suggestion[];
  /** Only the asker needs to see this (Discord ephemeral replies; ignored elsewhere). */
  ephemeral?: boolean;
  /** A quiz question to render natively (a Telegram quiz poll, Discord buttons, numbered lines). */
  quiz?: QuizQuestionView;
  /**
   * The whole card of an entry (what "More" opens), rather than a short answer. Plain text then
   * lists each source's address; short answers list titles only, to stay short.
   */
  full?: boolean;
  /**
   * A picture that goes with the text (a timeline): a Telegram photo captioned with the text, an
   * image inside the Discord embed, a file the terminal writes and names.
   */
  image?: ReplyImage;
  /** The language the reply is written in; adapters write their own labels ("Sources", buttons) in it. Absent: English (see `writtenIn`). */
  language?: Language;
}

export interface ReplyImage {
  png: Uint8Array;
  /** File name, `[a-z0-9_.-]` only: `timeline.png`. */
  name: string;
  /** What the picture shows, as plain text, for who cannot see it. */
  alt: string;
}

export type ReplyKind =
  | 'answer' // a fact, a profile, an event list
  | 'not-found' // nothing matched; body says so and suggestions hold the nearest names
  | 'help'
  | 'error' // bad input, a refused action: short, never a stack trace
  | 'quiz'; // quiz traffic: questions, reveals, summaries, leaderboards

export interface ReplyField {
  name: string;
  value: string;
  /** A hint that the field is short and may sit beside others. */
  inline?: boolean;
}

export interface SourceRef {
  /** The source key used in knowledge/ (`W-AB`, `WP`). */
  key: string;
  title: string;
  url?: string;
}

/**
 * Something the user can ask next with one tap. `request` is a command line the core
 * understands (`who bukeikhanov`, `when 1920-08-26`); adapters put it in callback data and
 * feed it back through `Core.handleText` when pressed. Keep it short: Telegram allows 64 bytes.
 */
export interface Suggestion {
  label: string;
  request: string;
}

/** A quiz question as players see it. */
export interface QuizQuestionView {
  /** Stable id of the asked question within its round (`<roundId>:<n>`); buttons carry it. */
  id: string;
  /** 1-based position and the round's length, for "Question 2/5". */
  number: number;
  total: number;
  question: string;
  options: string[];
  /** Index into options. Adapters pass it only where the platform grades natively (Telegram quiz polls). */
  correct: number;
  /** Shown after the answer is revealed; at most 200 characters (Telegram's limit). */
  explanation: string;
  /** Seconds the question stays open. */
  seconds: number;
  /**
   * The round's language (default `en`): adapters write their own words around the question in
   * it (`say('quiz.questionTitle', { number, total }, language)`, `quiz.secondsToAnswer`).
   */
  language?: Language;
}

/** A plain-text rendering, used by the terminal and the `--json` scripting interface. */
export function replyToText(reply: Reply): string {
  const lang = reply.language;
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  if (reply.body) parts.push(reply.body);
  if (reply.fields?.length) parts.push(reply.fields.map((f) => `${f.name}: ${f.value}`).join('\n'));
  if (reply.quiz) {
    parts.push(reply.quiz.options.map((o, i) => `  ${i + 1}. ${o}`).join('\n'));
  }
  if (reply.choices?.length) {
    parts.push(say('ui.label.didYouMean', { choices: reply.choices.map((c) => c.label).join('; ') }, lang));
  }
  // Buttons are the platforms' business; the one a text reader needs is the way to "More".
  const more = reply.suggestions?.find((s) => s.request.startsWith('/more '));
  if (more) parts.push(say('ui.label.moreLine', { request: more.request }, lang));
  if (reply.sources?.length) {
    const source = reply.full ? (s: SourceRef) => (s.url ? `${s.title} <${s.url}>` : s.title) : (s: SourceRef) => `[${s.key}] ${clip(s.title, SHORT_TITLE)}`;
    parts.push(say('ui.label.sourcesLine', { list: reply.sources.map(source).join('; ') }, lang));
  }
  return parts.join('\n\n');
}

/** Source titles in a short plain-text answer are cut to this many characters. */
const SHORT_TITLE = 40;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The one apology for a failure the user cannot fix; the details go to the log, never to the chat. */
export const APOLOGY = say('ui.apology');

/** `APOLOGY` in `lang` (default English). */
export function apology(lang?: Language): string {
  return say('ui.apology', {}, lang);
}

/**
 * A short refusal or complaint about the input, shown only to the asker (ephemeral on Discord).
 * `body` is plain text, like every reply field; `language` is the one it is written in.
 */
export function errorReply(body: string, language?: Language): Reply {
  return writtenIn({ kind: 'error', body, entries: [], ephemeral: true }, language);
}

/**
 * The reply marked as written in `language`, unless it already says its language. English is
 * the default and left unmarked, so a reply reads the same whether or not a language was chosen.
 */
export function writtenIn(reply: Reply, language: Language | undefined): Reply {
  return reply.language || !language || language === 'en' ? reply : { ...reply, language };
}
