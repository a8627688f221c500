import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Language } from '../../core/language';
import { say } from '../../core/phrases';
import type { QuizQuestionView, Reply, ReplyKind, Suggestion } from '../../core/reply';

/**
 * Turns core replies into Discord message bodies: one embed and rows of buttons. Pure, so the
 * limits below are checked by unit tests rather than discovered in production.
 */

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  label: 80,
  choice: 100,
} as const;

const COLOURS: Record<ReplyKind, number> = {
  answer: 0x2f6fb5,
  'not-found': 0x8a8f98,
  help: 0x3a8a4f,
  error: 0xc0392b,
  quiz: 0xd4a017,
};

/** A message body in Discord's API shape; discord.js accepts it as is, and so does REST. */
export interface RenderedMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** MessageFlags.Ephemeral for replies only the asker sees. */
  flags?: number;
  /** Files to upload with the message; the embed shows the first as its image (`attachment://name`). */
  files?: RenderedFile[];
}

/** An upload: its file name, bytes, and alt text (Discord's attachment description, 1024 characters). */
export interface RenderedFile {
  name: string;
  data: Uint8Array;
  description: string;
}

/**
 * Message text for a Discord embed: no markdown, no mentions, no masked links survive.
 * Every markup character is backslash-escaped, not only those in complete pairs (as
 * discord.js's escapeMarkdown does), so a cut or odd run of `*` can never pair up with a
 * later one.
 */
export function plain(text: string): string {
  return text.replace(INLINE, inline).replace(BLOCK, block);
}

/**
 * Inline markup anywhere, and mentions: `@everyone`/`@here` and `<@..>`, `<@&..>`, `<#..>`,
 * `</..>`, `<:..>`. Mentions never ping (allowedMentions parses nothing), but would still render
 * as a chip; a zero-width space keeps them literal. One pass: replies are rendered per message.
 */
const INLINE = /[\\*_~`|[\]]|@(?=everyone|here)|<(?=[@#/]|a?:)/gi;
/** Block markup at the start of a line: quotes, headings, subtext, lists. */
const BLOCK = /^([^\S\n]*)([>#-]|\d+\.(?=\s))/gm;

function block(_: string, space: string, mark: string): string {
  // `1.` is escaped at its dot; a backslash before a digit would show.
  return mark.endsWith('.') ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`;
}

function inline(mark: string): string {
  return mark === '@' || mark === '<' ? mark + '\u200b' : '\\' + mark;
}

/** Cuts text to `max` characters, ending in an ellipsis when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).trimEnd() + '…';
}

/** `plain(text)` within `max` characters: cuts the raw text, so no escape is split in half. */
export function fit(text: string, max: number): string {
  const escaped = plain(text);
  if (escaped.length <= max) return escaped;
  // The longest prefix of the raw text whose escaped form, plus an ellipsis, fits.
  let lo = 0;
  let hi = Math.min(text.length, max);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (plain(text.slice(0, mid).trimEnd()).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  return plain(text.slice(0, lo).trimEnd()) + '…';
}

/** Button custom ids: `a:<request>` asks the core, `q:<questionId>:<option>` answers a quiz question. */
export type ButtonAction = { type: 'ask'; request: string } | { type: 'quiz'; questionId: string; option: number };

export function askId(request: string): string | null {
  const id = `a:${request}`;
  return id.length <= LIMITS.customId && request.trim() !== '' ? id : null;
}

export function quizId(questionId: string, option: number): string | null {
  const id = `q:${questionId}:${option}`;
  return id.length <= LIMITS.customId ? id : null;
}

/** Reads a button's custom id; null for anything this bot did not make (forged, garbled, from an older version). */
export function readButton(customId: string): ButtonAction | null {
  if (customId.length > LIMITS.customId) return null;
  if (customId.startsWith('a:')) {
    const request = customId.slice(2);
    // eslint-disable-next-line no-control-regex
    if (!request.trim() || /[\u0000-\u001f]/.test(request)) return null;
    return { type: 'ask', request };
  }
  const m = /^q:(.+):(\d{1,2})$/.exec(customId);
  if (m) return { type: 'quiz', questionId: m[1]!, option: Number(m[2]) };
  return null;
}

/** Replies the core keeps for reuse (frozen), rendered once. */
const rendered = new WeakMap<Reply, RenderedMessage>();

/**
 * Renders a reply as one embed and button rows (follow-ups, choices, quiz options). A reply the
 * core reuses is rendered once, and what comes back is then shared: read it, never change it.
 */
export function renderReply(reply: Reply): RenderedMessage {
  if (!Object.isFrozen(reply)) return render(reply);
  let out = rendered.get(reply);
  if (!out) rendered.set(reply, (out = Object.freeze(render(reply))));
  return out;
}

function render(reply: Reply): RenderedMessage {
  const embed: APIEmbed = { color: COLOURS[reply.kind] };
  if (reply.title) embed.title = fit(reply.title, LIMITS.title);
  const body = reply.quiz ? questionText(reply.quiz, reply.body, reply.language) : reply.body;
  if (body) embed.description = fit(body, LIMITS.description);

  const fields: APIEmbedField[] = (reply.fields ?? [])
    .filter((f) => f.name.trim() && f.value.trim())
    .slice(0, LIMITS.fields - 1) // keep one for the sources
    .map((f) => ({ name: fit(f.name, LIMITS.fieldName), value: fit(f.value, LIMITS.fieldValue), ...(f.inline ? { inline: true } : {}) }));
  const sources = sourcesField(reply);
  if (sources) fields.push(sources);
  if (fields.length) embed.fields = fields;
  keepWithinTotal(embed);

  const buttons: APIButtonComponentWithCustomId[] = [];
  if (reply.quiz) buttons.push(...quizButtons(reply.quiz, false));
  buttons.push(...askButtons(reply.choices, ButtonStyle.Primary), ...askButtons(reply.suggestions, ButtonStyle.Secondary));

  const out: RenderedMessage = { embeds: [embed], components: rows(buttons) };
  if (reply.image) {
    // Discord matches `attachment://` to the upload's file name: keep it to safe characters.
    const name = reply.image.name.replace(/[^A-Za-z0-9_.-]/g, '_') || 'image.png';
    embed.image = { url: `attachment://${name}` };
    out.files = [{ name, data: reply.image.png, description: cut(reply.image.alt, 1024) }];
  }
  if (reply.ephemeral || reply.kind === 'error') out.flags = MessageFlags.Ephemeral;
  return out;
}

/** A quiz question message; `closed` disables its buttons and marks the right answer. Labels in `lang` (default: the round's language). */
export function renderQuestion(question: QuizQuestionView, closed = false, lang: Language | undefined = question.language): RenderedMessage {
  return renderReplyWithButtons(
    {
      kind: 'quiz',
      title: say('ui.label.question', { number: question.number, total: question.total }, lang),
      body: questionText(question, '', lang),
      entries: [],
      ...(lang ? { language: lang } : {}),
    },
    quizButtons(question, closed),
  );
}

function renderReplyWithButtons(reply: Reply, buttons: APIButtonComponentWithCustomId[]): RenderedMessage {
  const { embeds } = renderReply(reply);
  return { embeds, components: rows(buttons) };
}

function questionText(q: QuizQuestionView, intro = '', lang?: Language): string {
  const options = q.options.map((o, i) => `${i + 1}. ${o}`).join('\n');
  const time = say('quiz.secondsToAnswer', { count: q.seconds }, lang);
  return [intro && intro !== q.question ? intro : '', q.question, options, time].filter(Boolean).join('\n\n');
}

function quizButtons(q: QuizQuestionView, closed: boolean): APIButtonComponentWithCustomId[] {
  const out: APIButtonComponentWithCustomId[] = [];
  q.options.slice(0, LIMITS.rows * LIMITS.buttonsPerRow).forEach((option, i) => {
    const custom_id = quizId(q.id, i);
    if (!custom_id) return;
    out.push({
      type: ComponentType.Button,
      custom_id,
      label: cut(`${i + 1}. ${option}`, LIMITS.label),
      style: closed ? (i === q.correct ? ButtonStyle.Success : ButtonStyle.Secondary) : ButtonStyle.Primary,
      ...(closed ? { disabled: true } : {}),
    });
  });
  return out;
}

function askButtons(list: Suggestion[] | undefined, style: ButtonStyle.Primary | ButtonStyle.Secondary): APIButtonComponentWithCustomId[] {
  const out: APIButtonComponentWithCustomId[] = [];
  for (const s of list ?? []) {
    const custom_id = askId(s.request);
    if (!custom_id || !s.label.trim()) continue;
    out.push({ type: ComponentType.Button, custom_id, label: cut(s.label, LIMITS.label), style });
  }
  return out;
}

/** Five buttons a row, five rows, and no custom id twice (Discord rejects duplicates). */
function rows(buttons: APIButtonComponentWithCustomId[]): RenderedMessage['components'] {
  const seen = new Set<string>();
  const unique = buttons.filter((b) => !seen.has(b.custom_id) && seen.add(b.custom_id));
  const out: RenderedMessage['components'] = [];
  for (let i = 0; i < unique.length && out.length < LIMITS.rows; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: unique.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

function sourcesField(reply: Reply): APIEmbedField | null {
  const lines: string[] = [];
  let length = 0;
  for (const s of reply.sources ?? []) {
    const title = fit(s.title.replace(/[[\]]/g, ''), 200);
    const safeUrl = linkable(s.url);
    const line = safeUrl ? `[${title}](${safeUrl})` : title;
    if (length + line.length + 1 > LIMITS.fieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.length ? { name: say('ui.label.sources', {}, reply.language), value: lines.join('\n') } : null;
}

/**
 * A URL that is safe inside a markdown link, or undefined. Parentheses (Wikipedia's
 * "Alash_(party)") would end the link early, so they are percent-encoded, which browsers and
 * Wikipedia read the same way.
 */
function linkable(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s<>]+$/.test(url)) return undefined;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Discord rejects an embed over 6000 characters: shorten the description, then drop trailing fields. */
function keepWithinTotal(e: APIEmbed): void {
  let over = embedLength(e) - LIMITS.embedTotal;
  if (over <= 0) return;
  if (e.description) {
    const keep = Math.max(200, e.description.length - over - 1);
    if (keep < e.description.length) e.description = e.description.slice(0, keep).replace(/\\+$/, '') + '…';
    over = embedLength(e) - LIMITS.embedTotal;
  }
  while (over > 0 && e.fields?.length) {
    // Keep the sources field (last) when anything else can go.
    const drop = e.fields.length > 1 ? e.fields.length - 2 : 0;
    e.fields.splice(drop, 1);
    over = embedLength(e) - LIMITS.embedTotal;
  }
}
