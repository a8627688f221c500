import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import { say } from '../../core/phrases';
import type { Reply, Suggestion } from '../../core/reply';
import { clip as clipText } from '../../core/text';

/** Telegram's limit on a message's text. */
export const MESSAGE_LIMIT = 4096;
/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;
/** A reply longer than this many messages is trimmed; nobody reads a wall of six messages. */
export const MAX_MESSAGES = 4;

/** A reply rendered for Telegram: HTML texts (one per message) and the keyboard for the last one. */
export interface RenderedReply {
  texts: string[];
  keyboard?: InlineKeyboardMarkup;
}

/** Escapes text for Telegram's HTML parse mode, where only `&`, `<`, `>` and `"` are special. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Callback data for a follow-up button: `a:` (version 1 of the format) and the request. Returns
 * undefined when the request does not fit Telegram's 64 bytes, so the button is left out
 * rather than sent with a cut request.
 */
export function encodeAction(request: string): string | undefined {
  const data = `a:${request}`;
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_LIMIT ? data : undefined;
}

/** The request in a button's callback data, or undefined for anything this bot did not make. */
export function decodeAction(data: string | undefined): string | undefined {
  if (!data || !data.startsWith('a:') || Buffer.byteLength(data, 'utf8') > CALLBACK_DATA_LIMIT) return undefined;
  const request = data.slice(2);
  // A request is a command line for the core: printable, one line.
  if (!request.trim() || /[\u0000-\u001f\u007f]/.test(request)) return undefined;
  return request.trim();
}

/** Replies the core keeps for reuse (frozen), rendered once at the message limit. */
const rendered = new WeakMap<Reply, RenderedReply>();

/**
 * Renders a reply as HTML messages under Telegram's 4096-character limit, split at paragraph,
 * then line, then word boundaries, with the follow-ups and choices as an inline keyboard.
 * Every piece of text is escaped; links are made only from http(s) source URLs. A reply the
 * core reuses is rendered once, and what comes back is then shared: read it, never change it.
 */
export function renderReply(reply: Reply, limit = MESSAGE_LIMIT): RenderedReply {
  if (limit !== MESSAGE_LIMIT || !Object.isFrozen(reply)) return render(reply, limit);
  let out = rendered.get(reply);
  if (!out) rendered.set(reply, (out = Object.freeze(render(reply, limit))));
  return out;
}

function render(reply: Reply, limit: number): RenderedReply {
  // The adapter's own words (labels) are in the reply's language.
  const lang = reply.language ?? reply.quiz?.language;
  const blocks: Block[] = [];
  if (reply.title) blocks.push({ html: `<b>${escapeHtml(clip(reply.title, 256))}</b>`, sep: '\n\n' });
  for (const [i, paragraph] of reply.body.split(/\n{2,}/).entries()) {
    if (paragraph.trim()) blocks.push(...plainBlocks(paragraph.trim(), i === 0 && reply.title ? '\n' : '\n\n', limit));
  }
  for (const [i, f] of (reply.fields ?? []).entries()) {
    const label = `<b>${escapeHtml(clip(f.name, 256))}:</b> `;
    const [first, ...rest] = plainBlocks(f.value, i === 0 ? '\n\n' : '\n', limit - label.length);
    if (first) blocks.push({ html: label + first.html, sep: first.sep }, ...rest);
  }
  if (reply.quiz) {
    blocks.push(...plainBlocks(say('ui.label.questionLine', { number: reply.quiz.number, total: reply.quiz.total, question: reply.quiz.question }, lang), '\n\n', limit));
    reply.quiz.options.forEach((o, i) => blocks.push(...plainBlocks(`${i + 1}. ${o}`, '\n', limit)));
  }

  const buttons: InlineKeyboardButton[][] = [];
  const unbuttoned: Suggestion[] = [];
  for (const c of reply.choices ?? []) {
    const data = encodeAction(c.request);
    if (data) buttons.push([{ text: clip(c.label, 64), callback_data: data }]);
    else unbuttoned.push(c);
  }
  if (unbuttoned.length) {
    blocks.push(...plainBlocks(say('ui.label.didYouMean', { choices: unbuttoned.map((c) => c.label).join('; ') }, lang), '\n\n', limit));
  }
  let row: InlineKeyboardButton[] = [];
  for (const s of reply.suggestions ?? []) {
    const data = encodeAction(s.request);
    if (!data) continue;
    row.push({ text: clip(s.label, 64), callback_data: data });
    if (row.length === 3) {
      buttons.push(row);
      row = [];
    }
  }
  if (row.length) buttons.push(row);

  const sources = reply.sources ?? [];
  if (sources.length) {
    blocks.push({ html: `<i>${escapeHtml(say('ui.label.sources', {}, lang))}:</i>`, sep: '\n\n' });
    for (const s of sources) {
      const title = escapeHtml(clip(s.title, 300));
      const html = s.url && /^https?:\/\/[^\s]+$/i.test(s.url) && s.url.length <= 2000 ? `• <a href="${escapeHtml(s.url)}">${title}</a>` : `• ${title}`;
      blocks.push({ html, sep: '\n' });
    }
  }

  return { texts: pack(blocks, limit, () => `\n\n<i>${escapeHtml(say('ui.label.shortened', {}, lang))}</i>`), ...(buttons.length ? { keyboard: { inline_keyboard: buttons } } : {}) };
}

/** A self-contained piece of HTML (its tags balanced) and what separates it from the previous one. */
interface Block {
  html: string;
  sep: '\n' | '\n\n';
}

/** Plain text as escaped blocks, each under `limit`; long text is cut at line, then word boundaries. */
function plainBlocks(text: string, sep: Block['sep'], limit: number): Block[] {
  const out: Block[] = [];
  let rest = text;
  let first = true;
  while (rest) {
    const cut = cutPoint(rest, limit);
    out.push({ html: escapeHtml(rest.slice(0, cut).trimEnd()), sep: first ? sep : '\n' });
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  return out.filter((b) => b.html);
}

/** Where to cut `text` so that its escaped head fits `limit`: a line end, a space, or (failing both) anywhere. */
function cutPoint(text: string, limit: number): number {
  if (escapeHtml(text).length <= limit) return text.length;
  let fits = 0;
  let size = 0;
  for (const ch of text) {
    const cost = escapeHtml(ch).length;
    if (size + cost > limit) break;
    size += cost;
    fits += ch.length;
  }
  const head = text.slice(0, fits);
  const line = head.lastIndexOf('\n');
  if (line > fits / 2) return line + 1;
  const space = head.lastIndexOf(' ');
  if (space > fits / 2) return space + 1;
  return Math.max(1, fits);
}

/** Packs blocks into messages under `limit`; more than MAX_MESSAGES are trimmed with a note. */
function pack(blocks: Block[], limit: number, note: () => string): string[] {
  const texts: string[] = [];
  let current = '';
  for (const b of blocks) {
    if (!current) current = b.html;
    else if (current.length + b.sep.length + b.html.length <= limit) current += b.sep + b.html;
    else {
      texts.push(current);
      current = b.html;
    }
  }
  if (current) texts.push(current);
  if (texts.length === 0) texts.push('…');
  if (texts.length > MAX_MESSAGES) {
    const kept = texts.slice(0, MAX_MESSAGES);
    const last = kept[MAX_MESSAGES - 1]!;
    const shortened = note();
    kept[MAX_MESSAGES - 1] = last.length + shortened.length <= limit ? last + shortened : last;
    return kept;
  }
  return texts;
}

/** Cuts plain text to `max` characters with an ellipsis, never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), max);
}

/** The first paragraph of a reply as plain text, for inline result descriptions. */
export function summaryLine(reply: Reply, max = 200): string {
  return clip(reply.body.split(/\n/)[0] ?? '', max);
}
