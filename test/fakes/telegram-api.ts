import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Chat, Message, MessageEntity, Update, User } from 'grammy/types';
import { readMultipart, type UploadedFile } from './multipart';

export type { UploadedFile } from './multipart';

/**
 * A local stand-in for the Telegram Bot API, speaking its wire protocol on 127.0.0.1:
 * `POST|GET /bot<token>/<method>` with JSON, form or query parameters, answered with
 * `{ ok: true, result }` or `{ ok: false, error_code, description, parameters }`.
 *
 * The real grammY client talks to it through `client.apiRoot`, the same setting a user sets
 * with TELEGRAM_API_ROOT. Tests push updates, read back every request the bot made, and inject
 * faults (429 with retry_after, 500, a connection dropped mid-poll) and off-spec answers (no
 * description, `{"ok": false}`, an HTML page, an empty or non-JSON body, a description echoing
 * the token-bearing path, no answer at all).
 */
export class FakeBotApi {
  /** Every request the bot made, in arrival order, with its parsed parameters. */
  readonly calls: RecordedCall[] = [];
  /** The bot this server pretends to be. */
  readonly me: User = { id: 7000001, is_bot: true, first_name: 'Alash', username: 'AlashBot' };

  private readonly updates: Update[] = [];
  private nextUpdateId = 1;
  private confirmedBelow = 0;
  private nextMessageId = 1000;
  private nextPollId = 1;
  private readonly faults = new Map<string, Fault[]>();
  private readonly waiting = new Set<() => void>();
  private readonly events = new EventEmitter();
  private readonly chats = new Map<number, Chat>();
  private readonly members = new Map<string, string>();
  /** Messages the bot sent that carry a poll, by poll id. */
  readonly polls = new Map<string, Message>();

  private constructor(
    private readonly server: Server,
    readonly token: string,
    readonly apiRoot: string,
    private readonly record: boolean,
  ) {
    this.events.setMaxListeners(0);
  }

  /**
   * Starts a fake on an ephemeral port. With `record: false` it keeps no log of calls (the
   * benchmark's setting: the fake should cost as little as it can, so the bot is what gets
   * measured); `waitFor` still sees calls as they arrive.
   */
  static async start(token = '123456:TEST-token_for-the-fake', options: { record?: boolean } = {}): Promise<FakeBotApi> {
    let fake: FakeBotApi | undefined;
    const server = createServer((req, res) => void fake!.handle(req, res));
    // Node's default keep-alive (5 s). A hint of 1 s would make Node's own client agent close
    // every connection after one request (it keeps a 1 s safety margin).
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeBotApi(server, token, `http://127.0.0.1:${port}`, options.record ?? true);
    return fake;
  }

  /** Queues an update for getUpdates (a long poll in progress returns at once). Returns its update_id. */
  push(update: Omit<Update, 'update_id'>): number {
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    for (const chat of chatsIn(full)) this.chats.set(chat.id, chat);
    this.updates.push(full);
    for (const wake of [...this.waiting]) wake();
    return full.update_id;
  }

  /** Updates not yet confirmed by an offset (what Telegram would still re-deliver). */
  get pending(): number {
    return this.updates.filter((u) => u.update_id >= this.confirmedBelow).length;
  }

  /**
   * The next `times` calls of `method` fail as described; with `match`, only calls whose
   * parameters pass it (a chat id, a callback query id), so faults can target one chat while
   * others are served normally.
   */
  fault(method: string, fault: FaultKind, times = 1, match?: (params: Record<string, unknown>) => boolean): void {
    const list = this.faults.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push({ ...fault, match });
    this.faults.set(method, list);
  }

  /** Faults still waiting for `method`. */
  faultsLeft(method: string): number {
    return this.faults.get(method)?.length ?? 0;
  }

  /** Sets a user's status in a chat, for getChatMember. */
  setMember(chatId: number, userId: number, status: 'creator' | 'administrator' | 'member'): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first recorded call (past or future) that satisfies `test`. */
  waitFor(test: (call: RecordedCall) => boolean, timeoutMs = 15_000): Promise<RecordedCall> {
    const found = this.calls.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        reject(new Error(`FakeBotApi: no matching call within ${timeoutMs} ms; saw ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const listener = (call: RecordedCall) => {
        if (!test(call)) return;
        clearTimeout(timer);
        this.events.off('call', listener);
        resolve(call);
      };
      this.events.on('call', listener);
    });
  }

  /** Resolves once `count` calls of `method` (matching `test`) have been recorded. */
  async waitForCount(method: string, count: number, test: (c: RecordedCall) => boolean = () => true, timeoutMs = 15_000): Promise<RecordedCall[]> {
    const matching = () => this.calls.filter((c) => c.method === method && test(c));
    if (matching().length >= count) return matching();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        reject(new Error(`FakeBotApi: ${matching().length}/${count} ${method} calls within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = () => {
        if (matching().length < count) return;
        clearTimeout(timer);
        this.events.off('call', listener);
        resolve();
      };
      this.events.on('call', listener);
    });
    return matching();
  }

  /** Resolves once every pushed update has been confirmed through a getUpdates offset. */
  async drained(timeoutMs = 15_000): Promise<void> {
    await this.waitFor((c) => c.method === 'getUpdates' && Number(c.params.offset ?? 0) >= this.nextUpdateId, timeoutMs);
  }

  async close(): Promise<void> {
    for (const wake of [...this.waiting]) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(url.pathname);
    if (!match) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    let params: Record<string, unknown>;
    try {
      params = { ...Object.fromEntries(url.searchParams), ...(await readBody(req)) };
    } catch {
      return send(res, 400, { ok: false, error_code: 400, description: 'Bad Request: can not parse body' });
    }
    const call: RecordedCall = { method, params, at: Date.now() };
    // getUpdates confirms everything below its offset on arrival, as Telegram does.
    if (method === 'getUpdates' && token === this.token) this.confirmedBelow = Math.max(this.confirmedBelow, Number(params.offset ?? 0));
    if (this.record) this.calls.push(call);
    this.events.emit('call', call);
    if (token !== this.token) return send(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });

    const queued = this.faults.get(method) ?? [];
    const at = queued.findIndex((f) => !f.match || f.match(params));
    const fault = at >= 0 ? queued.splice(at, 1)[0] : undefined;
    if (fault?.type === 'drop') {
      // Mid-poll: the request was read, updates are waiting (or arrive), and the connection
      // dies before any answer, so those updates stay unconfirmed.
      if (method === 'getUpdates' && this.pending === 0) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            this.waiting.delete(wake);
            resolve();
          };
          this.waiting.add(wake);
        });
      }
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    if (fault?.type === '429') {
      return send(res, 429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${fault.retryAfter}`,
        parameters: { retry_after: fault.retryAfter },
      });
    }
    if (fault?.type === '500') return send(res, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
    if (fault?.type === 'no-description') return send(res, 400, { ok: false, error_code: 400 });
    if (fault?.type === 'ok-false') return send(res, 200, { ok: false });
    if (fault?.type === 'html') return sendRaw(res, 502, 'text/html', '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>');
    if (fault?.type === 'empty') return sendRaw(res, 200, 'application/json', '');
    if (fault?.type === 'non-json') return sendRaw(res, 200, 'text/plain', 'Service temporarily unavailable, try again');
    if (fault?.type === 'echo-path') {
      return send(res, fault.code ?? 400, { ok: false, error_code: fault.code ?? 400, description: `Bad Request: wrong request ${req.method} ${req.url}` });
    }
    if (fault?.type === 'timeout') {
      // No answer at all: the connection stays open until the client gives up.
      await new Promise<void>((resolve) => req.socket.once('close', () => resolve()));
      return;
    }
    if (fault?.type === 'error') return send(res, fault.code, { ok: false, error_code: fault.code, description: fault.description });

    try {
      const result = await this.answer(method, params, req);
      if (result === NO_ANSWER) return;
      send(res, 200, { ok: true, result });
    } catch (error) {
      const e = error as ApiFailure;
      send(res, e.code ?? 400, { ok: false, error_code: e.code ?? 400, description: e.message });
    }
  }

  private async answer(method: string, p: Record<string, unknown>, req: IncomingMessage): Promise<unknown> {
    switch (method) {
      case 'getMe':
        return { ...this.me, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
      case 'getUpdates':
        return this.getUpdates(p, req);
      case 'deleteWebhook':
      case 'setWebhook':
      case 'setMyCommands':
      case 'deleteMyCommands':
      case 'answerCallbackQuery':
      case 'answerInlineQuery':
      case 'sendChatAction':
        return true;
      case 'getMyCommands':
        return [];
      case 'sendMessage': {
        const text = String(p.text ?? '');
        if (text.length === 0) throw failure(400, 'Bad Request: message text is empty');
        if (text.length > 4096) throw failure(400, 'Bad Request: message is too long');
        if (p.parse_mode === 'HTML') checkHtml(text);
        return this.message(p, { text });
      }
      case 'sendPhoto': {
        const photo = p.photo as UploadedFile | string | undefined;
        if (photo === undefined || photo === '') throw failure(400, 'Bad Request: there is no photo in the request');
        let size = { width: 90, height: 90 };
        if (typeof photo !== 'string') {
          const dims = imageSize(photo.bytes);
          if (!dims) throw failure(400, 'Bad Request: IMAGE_PROCESS_FAILED');
          if (dims.width + dims.height > 10_000 || Math.max(dims.width / dims.height, dims.height / dims.width) > 20) {
            throw failure(400, 'Bad Request: PHOTO_INVALID_DIMENSIONS');
          }
          if (photo.bytes.length > 10 * 1024 * 1024) throw failure(400, 'Bad Request: file is too big');
          size = dims;
        }
        const caption = p.caption === undefined ? undefined : String(p.caption);
        if (caption !== undefined && p.parse_mode === 'HTML') checkHtml(caption);
        if (caption !== undefined && visibleLength(caption, p.parse_mode === 'HTML') > 1024) throw failure(400, 'Bad Request: message caption is too long');
        return this.message(p, {
          photo: [{ file_id: `photo-${this.nextMessageId}`, file_unique_id: `u${this.nextMessageId}`, ...size, file_size: typeof photo === 'string' ? 0 : photo.bytes.length }],
          ...(caption !== undefined ? { caption } : {}),
        });
      }
      case 'editMessageText':
        return this.message(p, { text: String(p.text ?? ''), message_id: Number(p.message_id), edit_date: now() });
      case 'sendPoll': {
        const options = (p.options as { text: string }[] | string[]).map((o) => (typeof o === 'string' ? o : o.text));
        const question = String(p.question ?? '');
        if (question.length < 1 || question.length > 300) throw failure(400, 'Bad Request: poll question length must not exceed 300');
        if (options.some((o) => o.length < 1 || o.length > 100)) throw failure(400, 'Bad Request: poll options length must not exceed 100');
        if (String(p.explanation ?? '').length > 200) throw failure(400, 'Bad Request: explanation too long');
        if (p.open_period !== undefined && Number(p.open_period) < 5) throw failure(400, 'Bad Request: open_period too short');
        const poll: NonNullable<Message['poll']> = {
          id: `poll-${this.nextPollId++}-${Math.random().toString(36).slice(2, 8)}`,
          question,
          options: options.map((text, i) => ({ text, voter_count: 0, persistent_id: String(i) })),
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: p.is_anonymous !== false,
          type: (p.type ?? 'regular') as 'quiz' | 'regular',
          allows_multiple_answers: false,
          allows_revoting: false,
          members_only: false,
          correct_option_ids: p.correct_option_ids as number[] | undefined,
          explanation: p.explanation as string | undefined,
          open_period: p.open_period as number | undefined,
        };
        const message = this.message(p, { poll });
        this.polls.set(poll.id, message);
        return message;
      }
      case 'stopPoll': {
        const message = [...this.polls.values()].find((m) => m.message_id === Number(p.message_id));
        if (!message?.poll) throw failure(400, 'Bad Request: poll not found');
        message.poll.is_closed = true;
        return message.poll;
      }
      case 'getChatMember': {
        const status = this.members.get(`${p.chat_id}:${p.user_id}`) ?? 'member';
        return { status, user: { id: Number(p.user_id), is_bot: false, first_name: 'Member' } };
      }
      default:
        throw failure(404, 'Not Found: method not found');
    }
  }

  /** Long polling as Telegram does it: confirm below `offset`, hold until an update or the timeout. */
  private async getUpdates(p: Record<string, unknown>, req: IncomingMessage): Promise<unknown> {
    const offset = Number(p.offset ?? 0);
    if (offset > this.confirmedBelow) this.confirmedBelow = offset;
    const limit = Math.max(1, Math.min(100, Number(p.limit ?? 100)));
    const allowed = parseList(p.allowed_updates);
    const ready = () =>
      this.updates
        .filter((u) => u.update_id >= this.confirmedBelow)
        .filter((u) => !allowed?.length || allowed.some((kind) => kind in u))
        .slice(0, limit);
    let batch = ready();
    const timeout = Number(p.timeout ?? 0);
    if (batch.length === 0 && timeout > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiting.delete(done);
          req.socket.off('close', done);
          resolve();
        };
        const timer = setTimeout(done, timeout * 1000);
        this.waiting.add(done);
        req.socket.once('close', done);
      });
      if (req.socket.destroyed) return NO_ANSWER;
      batch = ready();
    }
    return batch;
  }

  private message(p: Record<string, unknown>, extra: Partial<Message> & Record<string, unknown>): Message {
    const chatId = Number(p.chat_id);
    const chat: Chat = this.chats.get(chatId) ?? (chatId > 0 ? { id: chatId, type: 'private', first_name: 'User' } : { id: chatId, type: 'supergroup', title: 'Group' });
    return {
      message_id: this.nextMessageId++,
      date: now(),
      chat,
      from: this.me,
      ...extra,
    } as Message;
  }
}

export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
  at: number;
}

export type FaultKind =
  | { type: '429'; retryAfter: number }
  | { type: '500' }
  | { type: 'drop' }
  | { type: 'error'; code: number; description: string }
  /** `{"ok": false, "error_code": 400}`: no description. */
  | { type: 'no-description' }
  /** `{"ok": false}` with status 200: neither code nor description. */
  | { type: 'ok-false' }
  /** A proxy's HTML error page (502). */
  | { type: 'html' }
  /** Status 200 with an empty body. */
  | { type: 'empty' }
  /** Status 200 with a body that is not JSON. */
  | { type: 'non-json' }
  /** An error whose description repeats the request path, token included (a proxy or self-hosted server may). */
  | { type: 'echo-path'; code?: number }
  /** No answer: the request hangs until the client times out. */
  | { type: 'timeout' };
type Fault = FaultKind & { match?: (params: Record<string, unknown>) => boolean };

interface ApiFailure extends Error {
  code?: number;
}

const NO_ANSWER = Symbol('no answer');

function failure(code: number, description: string): ApiFailure {
  return Object.assign(new Error(description), { code });
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendRaw(res: ServerResponse, status: number, type: string, body: string): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * JSON, url-encoded and multipart bodies; nested values in forms are JSON-encoded, as Telegram
 * accepts them. In a multipart body a parameter may be a file itself or `attach://<field>`,
 * naming the field that holds the file; both become an UploadedFile.
 */
async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
  if (!body.length) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('multipart/form-data')) {
    const fields = await readMultipart(body, type);
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'string' && value.startsWith('attach://')) fields[name] = fields[value.slice('attach://'.length)] ?? value;
    }
    return fields;
  }
  const raw = body.toString('utf8');
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries([...new URLSearchParams(raw)].map(([k, v]) => [k, parseFormValue(v)]));
  }
  throw new Error(`unsupported content type ${type}`);
}

/** Width and height of a PNG (from its IHDR) or undefined for anything that is not one. */
function imageSize(bytes: Buffer): { width: number; height: number } | undefined {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(png) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The length Telegram counts for a text or caption: after HTML parsing, tags and entities gone. */
function visibleLength(text: string, html: boolean): number {
  return html ? text.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, '_').length : text.length;
}

function parseFormValue(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

function parseList(v: unknown): string[] | undefined {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') {
    const parsed = parseFormValue(v);
    return Array.isArray(parsed) ? parsed.map(String) : undefined;
  }
  return undefined;
}

/** Rejects what Telegram's HTML parser rejects: unknown tags, unbalanced tags, bare `<` or `&`. */
export function checkHtml(text: string): void {
  const allowed = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'blockquote', 'tg-spoiler', 'span', 'tg-emoji']);
  const stack: string[] = [];
  const token = /<\/?([a-z-]+)(\s[^<>]*)?>|&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);|[<>&]/gi;
  for (const m of text.matchAll(token)) {
    const t = m[0];
    if (t === '<' || t === '&') throw failure(400, `Bad Request: can't parse entities: unexpected "${t}" at byte offset ${m.index}`);
    if (t === '>' || t.startsWith('&')) continue;
    const name = (m[1] ?? '').toLowerCase();
    if (!allowed.has(name)) throw failure(400, `Bad Request: can't parse entities: unsupported start tag "${name}"`);
    if (t.startsWith('</')) {
      if (stack.pop() !== name) throw failure(400, `Bad Request: can't parse entities: unmatched end tag "${name}"`);
    } else stack.push(name);
  }
  if (stack.length) throw failure(400, `Bad Request: can't parse entities: unclosed start tag "${stack.pop()}"`);
}

function chatsIn(update: Update): Chat[] {
  const out: Chat[] = [];
  for (const m of [update.message, update.edited_message, update.callback_query?.message]) if (m?.chat) out.push(m.chat);
  return out;
}

// ---- Realistic updates -------------------------------------------------------------------

let messageIds = 1;

export function user(id: number, first_name = 'Aigerim', extra: Partial<User> = {}): User {
  return { id, is_bot: false, first_name, language_code: 'en', ...extra };
}

export function privateChat(from: User): Chat.PrivateChat {
  return { id: from.id, type: 'private', first_name: from.first_name };
}

export function groupChat(id = -1001234567890, title = 'Alash history'): Chat.SupergroupChat {
  return { id, type: 'supergroup', title };
}

/** Entities Telegram would attach: a bot_command at the start, mentions of @usernames. */
export function entitiesOf(text: string): MessageEntity[] {
  const out: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) out.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![\w/])@[A-Za-z][A-Za-z0-9_]{3,31}/g)) {
    out.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return out;
}

/** A new incoming message in `chat` from `from`, with the given content fields. */
function incoming(chat: Chat, from: User, content: Record<string, unknown>): Omit<Update, 'update_id'> {
  return { message: { message_id: messageIds++, date: now(), chat, from, ...content } as Update['message'] };
}

export function textMessage(chat: Chat, from: User, text: string, extra: Record<string, unknown> = {}): Omit<Update, 'update_id'> {
  const entities = entitiesOf(text);
  return incoming(chat, from, { text, ...(entities.length ? { entities } : {}), ...extra });
}

export function editedMessage(chat: Chat, from: User, text: string): Omit<Update, 'update_id'> {
  const m = textMessage(chat, from, text).message!;
  return { edited_message: { ...m, edit_date: now() } as Update['edited_message'] };
}

export function stickerMessage(chat: Chat, from: User): Omit<Update, 'update_id'> {
  return incoming(chat, from, {
    sticker: { file_id: 'CAACAgIAAxk', file_unique_id: 'AgADsticker', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '😀' },
  });
}

export function photoMessage(chat: Chat, from: User, caption?: string): Omit<Update, 'update_id'> {
  return incoming(chat, from, {
    photo: [{ file_id: 'AgACAgIAAxk', file_unique_id: 'AQADphoto', width: 90, height: 90, file_size: 1200 }],
    ...(caption ? { caption } : {}),
  });
}

export function forwardedMessage(chat: Chat, from: User, text: string, original: User): Omit<Update, 'update_id'> {
  return textMessage(chat, from, text, { forward_origin: { type: 'user', date: now() - 3600, sender_user: original } });
}

export function replyTo(chat: Chat, from: User, text: string, to: Message): Omit<Update, 'update_id'> {
  return textMessage(chat, from, text, { reply_to_message: to });
}

export function callbackQuery(from: User, message: Message, data: string): Omit<Update, 'update_id'> {
  return {
    callback_query: {
      id: `cb-${messageIds++}`,
      from,
      message,
      chat_instance: '-7000000000000000001',
      data,
    } as Update['callback_query'],
  };
}

export function inlineQuery(from: User, query: string): Omit<Update, 'update_id'> {
  return { inline_query: { id: `iq-${messageIds++}`, from, query, offset: '', chat_type: 'supergroup' } };
}

export function pollAnswer(pollId: string, from: User, options: number[]): Omit<Update, 'update_id'> {
  return {
    poll_answer: {
      poll_id: pollId,
      user: from,
      option_ids: options,
      option_persistent_ids: options.map(String),
    },
  };
}

/** A message as the bot sent it (for a callback query or a reply to the bot). */
export function botMessage(chat: Chat, me: User, text: string): Message {
  return { message_id: messageIds++, date: now(), chat, from: me, text } as Message;
}
