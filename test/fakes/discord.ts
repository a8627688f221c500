import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { readMultipart, type UploadedFile } from './multipart';

/**
 * A local Discord for tests and the bench: the REST API (`/api/v10/...`) on node:http and the
 * gateway (JSON encoding, v10) on a WebSocket at the same port. The real discord.js Client talks
 * to it through `rest.api` (DISCORD_API_BASE) and discovers the gateway through GET /gateway/bot,
 * exactly as it does with Discord.
 *
 * It records every REST request and every gateway payload it receives, so tests assert on what
 * the bot actually sent. Faults can be injected: 429s with `retry_after` and rate-limit headers,
 * 500s, a gateway close with a resumable code, op 7 RECONNECT.
 */

export const INTENTS = { Guilds: 1, GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 } as const;

const EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh snowflake: timestamp, then a counter, as Discord builds them. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return ((BigInt(at) - EPOCH) << 22n | increment).toString();
}

/** The shard a guild's events go to (Discord: `(guild_id >> 22) % num_shards`). */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  body: any;
  headers: IncomingMessage['headers'];
  at: number;
  status: number;
  /** What the fake answered (parsed JSON), when it answered with a body. */
  response?: any;
  /** Files uploaded with a multipart request (`files[n]`), in order. */
  files: UploadedFile[];
}

export interface GatewayPayload {
  shard: number | undefined;
  op: number;
  d: any;
  at: number;
}

/**
 * Off-spec answers a proxy or a bad network may give: an error with no message, an HTML error
 * page, an empty or non-JSON body with status 200, a dropped connection, no answer at all, an
 * error whose message repeats the request path (interaction and webhook tokens included).
 */
export type OffSpec = 'no-message' | 'html' | 'empty' | 'non-json' | 'drop' | 'timeout' | 'echo-path';

interface Fault {
  method?: string;
  path: RegExp;
  status: 429 | 500 | 403 | 404 | OffSpec;
  /** Discord's JSON error code for a 403 or 404 (default 50013 Missing Permissions). */
  code?: number;
  message?: string;
  times: number;
  retryAfter: number;
  global: boolean;
}

interface Session {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** Dispatches sent in this session, for replay on RESUME. */
  sent: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

interface InteractionRecord {
  id: string;
  token: string;
  applicationId: string;
  channelId: string;
  guildId?: string;
  createdAt: number;
  acknowledged: boolean;
  original?: any;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Guilds to create; each gets one text channel. Default: one guild. */
  guilds?: number;
  /** Shards recommended by GET /gateway/bot. */
  shards?: number;
  heartbeatInterval?: number;
  /** Enforce Discord's 3-second window for the first callback (default true). */
  enforceWindow?: boolean;
  /**
   * Keep every request and gateway payload for assertions (default true). The benchmark turns
   * it off: the fake should cost as little as it can, so the bot is what gets measured.
   */
  record?: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
}

export interface SlashOptions {
  guild?: FakeGuild | null;
  /** For DMs (guild null): the DM channel id. */
  channelId?: string;
  user?: FakeUser;
  /** Discord permission bits of the member, as a decimal string. */
  permissions?: string;
  command?: string;
  subcommand: string;
  /** The user's client language (default `en-US`). */
  locale?: string;
  options?: { name: string; type: number; value: string | number; focused?: boolean }[];
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: FakeUser;
  readonly guilds: FakeGuild[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly gateway: GatewayPayload[] = [];
  readonly messages = new Map<string, any>();
  readonly commands = new Map<string, any[]>();
  recommendedShards: number;
  heartbeatInterval: number;
  enforceWindow: boolean;
  private readonly record: boolean;

  private server!: Server;
  private wss!: WebSocketServer;
  private faults: Fault[] = [];
  private sessions = new Map<string, Session>();
  private interactions = new Map<string, InteractionRecord>();
  private waiters = new Set<() => void>();
  /** Called with every REST request once answered (the bench counts callbacks with it). */
  readonly onRequest = new Set<(request: RecordedRequest) => void>();
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake.token.' + randomBytes(8).toString('hex');
    this.applicationId = options.applicationId ?? snowflake();
    this.bot = { id: this.applicationId, username: 'Alash', global_name: null, discriminator: '0', avatar: null, bot: true };
    this.recommendedShards = options.shards ?? 1;
    this.heartbeatInterval = options.heartbeatInterval ?? 41250;
    this.enforceWindow = options.enforceWindow ?? true;
    this.record = options.record ?? true;
    const n = options.guilds ?? 1;
    for (let i = 0; i < n; i++) this.guilds.push({ id: snowflake(), name: `Guild ${i + 1}`, channelId: snowflake() });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.listen();
    return fake;
  }

  /** What DISCORD_API_BASE is set to: discord.js appends `/v10`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Adds a guild; call before the client connects (it is announced in READY). */
  addGuild(name = `Guild ${this.guilds.length + 1}`, at?: number): FakeGuild {
    const guild = { id: snowflake(at), name, channelId: snowflake() };
    this.guilds.push(guild);
    return guild;
  }

  user(name = 'reader'): FakeUser {
    return { id: snowflake(), username: name, global_name: name[0]!.toUpperCase() + name.slice(1), discriminator: '0', avatar: null };
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.connect(socket));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- waiting

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the first value `check` returns that is not undefined, re-checked on every request or gateway payload. */
  waitFor<T>(check: () => T | undefined, timeout = 10_000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const first = check();
      if (first !== undefined) return resolve(first);
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake Discord: timed out waiting for ${what}`));
      }, timeout);
      const waiter = () => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(value);
      };
      this.waiters.add(waiter);
    });
  }

  waitForRequest(match: (r: RecordedRequest) => boolean, timeout?: number, what = 'request'): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(match), timeout, what);
  }

  /** The callback (POST /interactions/:id/:token/callback) Discord accepted for an interaction. */
  waitForCallback(interactionId: string, timeout?: number): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && r.status < 300 && r.path.startsWith(`/interactions/${interactionId}/`),
      timeout,
      `callback for interaction ${interactionId}`,
    );
  }

  /** Every request about an interaction: its callbacks, its original message's edits, its follow-ups. */
  interactionRequests(interactionId: string): RecordedRequest[] {
    const rec = this.interactions.get(interactionId);
    if (!rec) return [];
    return this.requests.filter((r) => r.path.startsWith(`/interactions/${interactionId}/`) || r.path.includes(`/${rec.token}`));
  }

  /** The message the interaction's answer ended up as: the callback's data, or the edited original. */
  waitForAnswer(interactionId: string, timeout?: number): Promise<{ data: any; via: RecordedRequest[] }> {
    return this.waitFor(
      () => {
        const via = this.interactionRequests(interactionId).filter((r) => r.status < 300);
        const callback = via.find((r) => r.path.endsWith('/callback'));
        if (!callback) return undefined;
        if (callback.body?.type === 4 || callback.body?.type === 7 || callback.body?.type === 8) return { data: callback.body.data, via };
        const edit = via.find((r) => r.method === 'PATCH' || (r.method === 'POST' && r.path.startsWith('/webhooks/')));
        return edit ? { data: edit.body, via } : undefined;
      },
      timeout,
      `answer to interaction ${interactionId}`,
    );
  }

  // ---------------------------------------------------------------- faults

  /** The next `times` requests matching `path` (and `method`) answer `status`. */
  fail(
    path: RegExp,
    options: { status?: 429 | 500 | 403 | 404 | OffSpec; code?: number; message?: string; times?: number; retryAfter?: number; method?: string; global?: boolean } = {},
  ): void {
    this.faults.push({
      path,
      method: options.method,
      status: options.status ?? 429,
      code: options.code,
      message: options.message,
      times: options.times ?? 1,
      retryAfter: options.retryAfter ?? 0.3,
      global: options.global ?? false,
    });
  }

  // ---------------------------------------------------------------- REST

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = '/api/v10';
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
    let body: any = undefined;
    let files: UploadedFile[] = [];
    if (raw) {
      const type = req.headers['content-type'] ?? '';
      if (type.includes('multipart/form-data')) {
        // Discord's upload form: the message as `payload_json`, the files as `files[n]`.
        const form = await readMultipart(bytes, type);
        body = form.payload_json ?? {};
        files = Object.entries(form)
          .filter(([name]) => /^files\[\d+\]$/.test(name))
          .map(([, file]) => file as UploadedFile);
      } else {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
    }
    const record: RecordedRequest = { method, path, query: url.searchParams, body, files, headers: req.headers, at: Date.now(), status: 0 };
    // What a message made from this request holds: its fields, and the uploaded files as attachments.
    const pick = (b: any) => ({ ...pickFields(b), ...(files.length ? { attachments: attachmentsOf(files, b) } : {}) });
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = payload;
      if (this.record) this.requests.push(record);
      res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
      for (const listener of this.onRequest) listener(record);
      this.notify();
    };

    const fault = this.faults.find((f) => f.times > 0 && f.path.test(path) && (!f.method || f.method === method));
    if (fault) {
      fault.times--;
      if (fault.status === 429) {
        const headers: Record<string, string> = {
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(fault.retryAfter),
          'x-ratelimit-reset': String((Date.now() / 1000 + fault.retryAfter).toFixed(3)),
          'x-ratelimit-bucket': 'fake-' + path.split('/')[1],
          'x-ratelimit-scope': fault.global ? 'global' : 'user',
        };
        if (fault.global) headers['x-ratelimit-global'] = 'true';
        headers['retry-after'] = String(fault.retryAfter);
        return send(429, { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: fault.global }, headers);
      }
      if (fault.status === 403 || fault.status === 404) return send(fault.status, { message: fault.message ?? 'Missing Permissions', code: fault.code ?? 50013 });
      const raw = (status: number, type: string, text: string) => {
        record.status = status;
        if (this.record) this.requests.push(record);
        res.writeHead(status, { 'content-type': type });
        res.end(text);
        this.notify();
      };
      switch (fault.status) {
        case 'no-message':
          return send(400, {});
        case 'html':
          return raw(502, 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>');
        case 'empty':
          return raw(200, 'application/json', '');
        case 'non-json':
          return raw(200, 'application/json', 'Service temporarily unavailable');
        case 'echo-path':
          return send(400, { message: `Bad request: ${method} ${req.url}`, code: 50035 });
        case 'drop':
          record.status = -1;
          if (this.record) this.requests.push(record);
          this.notify();
          req.socket.destroy();
          return;
        case 'timeout':
          record.status = -1;
          if (this.record) this.requests.push(record);
          this.notify();
          return; // never answered; the client gives up
      }
      return send(500, { message: '500: Internal Server Error', code: 0 });
    }

    const authed = req.headers.authorization === `Bot ${this.token}`;
    const unauthorized = () => send(401, { message: '401: Unauthorized', code: 0 });
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      if (!authed) return unauthorized();
      return send(200, {
        url: this.gatewayUrl,
        shards: this.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 16 },
      });
    }
    if (method === 'GET' && path === '/gateway') return send(200, { url: this.gatewayUrl });
    if (method === 'GET' && path === '/users/@me') return authed ? send(200, this.bot) : unauthorized();
    if (method === 'GET' && path === '/applications/@me') {
      return authed ? send(200, { id: this.applicationId, name: 'Alash', flags: 0, bot_public: true, description: '', icon: null }) : unauthorized();
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (!authed) return unauthorized();
      const key = m[2] ? `guild:${m[2]}` : 'global';
      if (m[1] !== this.applicationId) return send(403, { message: 'Missing Access', code: 50001 });
      if (method === 'PUT') {
        const list = (Array.isArray(body) ? body : []).map((c: any) => ({
          ...c,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
          type: c.type ?? 1,
          ...(m![2] ? { guild_id: m![2] } : {}),
        }));
        this.commands.set(key, list);
        return send(200, list);
      }
      if (method === 'GET') return send(200, this.commands.get(key) ?? []);
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const rec = this.interactions.get(m[1]!);
      if (!rec || rec.token !== m[2]) return send(404, { message: 'Unknown interaction', code: 10062 });
      if (rec.acknowledged) return send(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      if (this.enforceWindow && Date.now() - rec.createdAt > 3000) return send(404, { message: 'Unknown interaction', code: 10062 });
      rec.acknowledged = true;
      const type = body?.type;
      if (type === 4 || type === 5) {
        rec.original = this.message({
          channel_id: rec.channelId,
          guild_id: rec.guildId,
          author: this.bot,
          content: body?.data?.content ?? '',
          embeds: body?.data?.embeds ?? [],
          components: body?.data?.components ?? [],
          ...(files.length ? { attachments: attachmentsOf(files, body?.data) } : {}),
          flags: (body?.data?.flags ?? 0) | (type === 5 ? 128 : 0),
          interaction_id: rec.id,
        });
      }
      if (url.searchParams.get('with_response') === 'true') {
        return send(200, {
          interaction: { id: rec.id, type: 2, activity_instance_id: null, response_message_id: rec.original?.id, response_message_loading: type === 5, response_message_ephemeral: Boolean((body?.data?.flags ?? 0) & 64) },
          resource: rec.original ? { type, message: rec.original } : { type },
        });
      }
      return send(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const rec = [...this.interactions.values()].find((r) => r.token === m![2] && r.applicationId === m![1]);
      if (!rec) return send(404, { message: 'Unknown Webhook', code: 10015 });
      if (!rec.acknowledged) return send(404, { message: 'Unknown Message', code: 10008 });
      if (m[3] === '@original') {
        if (method === 'PATCH') {
          rec.original = { ...rec.original, ...pick(body), flags: (rec.original?.flags ?? 0) & ~128, edited_timestamp: new Date().toISOString() };
          return send(200, rec.original);
        }
        if (method === 'GET') return send(200, rec.original);
        if (method === 'DELETE') {
          rec.original = undefined;
          return send(204);
        }
      }
      if (!m[3] && method === 'POST') {
        const msg = this.message({ channel_id: rec.channelId, guild_id: rec.guildId, author: this.bot, ...pick(body), webhook_id: this.applicationId });
        return send(200, msg);
      }
    }
    if ((m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path))) {
      if (!authed) return unauthorized();
      const channelId = m[1]!;
      const guild = this.guilds.find((g) => g.channelId === channelId);
      if (method === 'POST' && !m[2]) {
        const ref = body?.message_reference;
        const msg = this.message({
          channel_id: channelId,
          guild_id: guild?.id,
          author: this.bot,
          ...pick(body),
          ...(ref ? { message_reference: { ...ref, channel_id: channelId }, referenced_message: this.messages.get(ref.message_id) ?? null, type: 19 } : {}),
        });
        send(200, msg);
        // Discord echoes the bot's own message back over the gateway.
        this.dispatch('MESSAGE_CREATE', guild ? { ...msg, channel_type: 0, member: this.botMember() } : { ...msg, channel_type: 1 }, guild?.id);
        return;
      }
      if (method === 'PATCH' && m[2]) {
        const old = this.messages.get(m[2]);
        if (!old) return send(404, { message: 'Unknown Message', code: 10008 });
        const msg = { ...old, ...pick(body), edited_timestamp: new Date().toISOString() };
        this.messages.set(msg.id, msg);
        return send(200, msg);
      }
      if (method === 'GET' && m[2]) {
        const msg = this.messages.get(m[2]);
        return msg ? send(200, msg) : send(404, { message: 'Unknown Message', code: 10008 });
      }
    }
    if ((m = /^\/channels\/(\d+)\/typing$/.exec(path)) && method === 'POST') return send(204);
    send(404, { message: '404: Not Found', code: 0 });
  }

  /** A complete message object as Discord returns and dispatches it. */
  message(fields: Record<string, any>): any {
    const { interaction_id, guild_id, ...rest } = fields;
    const msg = {
      id: snowflake(),
      type: 0,
      content: '',
      channel_id: '0',
      author: this.bot,
      attachments: [],
      embeds: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      ...(guild_id ? { guild_id } : {}),
      ...(interaction_id ? { interaction_metadata: { id: interaction_id, type: 2, user: this.bot, authorizing_integration_owners: {} } } : {}),
      ...rest,
    };
    this.messages.set(msg.id, msg);
    return msg;
  }

  private botMember(): any {
    return { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false, communication_disabled_until: null };
  }

  // ---------------------------------------------------------------- gateway

  private connect(socket: WebSocket): void {
    let session: Session | null = null;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatInterval }, s: null, t: null }));
    socket.on('message', (data) => {
      let payload: any;
      try {
        payload = JSON.parse(String(data));
      } catch {
        return socket.close(4002, 'Error while decoding payload.');
      }
      if (this.record) this.gateway.push({ shard: session?.shard[0] ?? payload?.d?.shard?.[0], op: payload.op, d: payload.d, at: Date.now() });
      this.notify();
      switch (payload.op) {
        case 1:
          socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2: {
          if (payload.d?.token !== this.token) return socket.close(4004, 'Authentication failed.');
          const shard: [number, number] = payload.d.shard ?? [0, 1];
          if (!(shard[0] >= 0 && shard[0] < shard[1])) return socket.close(4010, 'Invalid shard.');
          for (const [id, s] of this.sessions) if (s.shard[0] === shard[0] && s.shard[1] === shard[1]) this.sessions.delete(id);
          session = { id: randomBytes(16).toString('hex'), shard, intents: payload.d.intents ?? 0, seq: 0, sent: [], socket };
          this.sessions.set(session.id, session);
          const guilds = this.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
          this.send(session, 'READY', {
            v: 10,
            user: { ...this.bot, verified: true, mfa_enabled: false, flags: 0, email: null },
            guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
            session_id: session.id,
            resume_gateway_url: `${this.gatewayUrl}/resume`,
            shard,
            application: { id: this.applicationId, flags: 0 },
            private_channels: [],
            relationships: [],
            user_settings: {},
            guild_join_requests: [],
            presences: [],
            geo_ordered_rtc_regions: [],
            _trace: ['fake-discord'],
          });
          for (const g of guilds) this.send(session, 'GUILD_CREATE', this.guildPayload(g));
          break;
        }
        case 6: {
          const found = this.sessions.get(payload.d?.session_id);
          if (!found || payload.d?.token !== this.token) {
            socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
            return;
          }
          session = found;
          found.socket = socket;
          for (const e of found.sent) if (e.s > (payload.d.seq ?? 0)) socket.send(JSON.stringify({ op: 0, ...e }));
          this.send(found, 'RESUMED', null);
          break;
        }
        default:
          break;
      }
    });
    socket.on('close', () => {
      if (session?.socket === socket) session.socket = null;
    });
  }

  private send(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    if (session.sent.length > 5000) session.sent.splice(0, session.sent.length - 5000);
    session.socket?.send(JSON.stringify({ op: 0, s, t, d }));
  }

  /** The live session of a shard (throws when none has identified). */
  private session(shard = 0): Session {
    for (const s of this.sessions.values()) if (s.shard[0] === shard) return s;
    throw new Error(`fake Discord: shard ${shard} has no session`);
  }

  /** Resolves once `count` shards have identified and are connected. */
  waitForShards(count = 1, timeout = 20_000): Promise<void> {
    return this.waitFor(
      () => ([...this.sessions.values()].filter((s) => s.socket).length >= count ? true : undefined),
      timeout,
      `${count} shard(s)`,
    ).then(() => undefined);
  }

  /** Sends a dispatch to the shard that owns `guildId` (DMs go to shard 0). Queued for replay while disconnected. */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const sessions = [...this.sessions.values()];
    if (!sessions.length) throw new Error('fake Discord: no gateway session');
    const count = sessions[0]!.shard[1];
    const target = guildId ? shardOf(guildId, count) : 0;
    const session = sessions.find((s) => s.shard[0] === target);
    if (!session) throw new Error(`fake Discord: no session for shard ${target}`);
    if (t === 'MESSAGE_CREATE' && guildId && !(session.intents & INTENTS.GuildMessages)) return;
    this.send(session, t, d);
  }

  /** Closes a shard's connection with a code (4000, an unknown error, is resumable). */
  disconnect(shard = 0, code = 4000): void {
    this.session(shard).socket?.close(code, 'fake disconnect');
  }

  /** Asks a shard to reconnect and resume (op 7). */
  reconnect(shard = 0): void {
    this.session(shard).socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  private guildPayload(g: FakeGuild): any {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id: g.id, name: '@everyone', color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, icon: null, unicode_emoji: null, position: 0, permissions: '2248473465835073', managed: false, mentionable: false, flags: 0 },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: g.channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      max_members: 500000,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [{ user: this.bot, ...this.botMember() }],
      channels: [
        { id: g.channelId, type: 0, name: 'history', position: 0, permission_overwrites: [], parent_id: null, topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, flags: 0 },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- interactions and messages

  private member(user: FakeUser, permissions: string): any {
    return { user, roles: [], permissions, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false, communication_disabled_until: null };
  }

  private interaction(type: number, data: any, o: { guild?: FakeGuild | null; channelId?: string; user?: FakeUser; permissions?: string; message?: any; locale?: string }): { id: string; token: string } {
    const guild = o.guild === undefined ? this.guilds[0] : o.guild;
    const user = o.user ?? this.user();
    const channelId = guild ? guild.channelId : (o.channelId ?? snowflake());
    const id = snowflake();
    const token = 'aW50ZXJhY3Rpb246' + randomBytes(24).toString('base64url');
    this.interactions.set(id, { id, token, applicationId: this.applicationId, channelId, guildId: guild?.id, createdAt: Date.now(), acknowledged: false });
    const perms = o.permissions ?? '2248473465835073';
    const payload = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token,
      version: 1,
      locale: o.locale ?? 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      attachment_size_limit: 10485760,
      authorizing_integration_owners: guild ? { '0': guild.id } : { '1': user.id },
      context: guild ? 0 : 1,
      ...(guild
        ? {
            guild_id: guild.id,
            guild_locale: 'en-US',
            guild: { id: guild.id, locale: 'en-US', features: [] },
            channel_id: channelId,
            channel: { id: channelId, type: 0, guild_id: guild.id, name: 'history', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, flags: 0, last_message_id: null, rate_limit_per_user: 0, topic: null, permissions: perms },
            member: this.member(user, perms),
          }
        : {
            channel_id: channelId,
            channel: { id: channelId, type: 1, recipients: [user], last_message_id: null, flags: 0 },
            user,
          }),
      ...(o.message ? { message: o.message } : {}),
    };
    this.dispatch('INTERACTION_CREATE', payload, guild?.id);
    return { id, token };
  }

  /** A chat-input command: `/alash <subcommand> <options>`. */
  slash(o: SlashOptions): { id: string; token: string } {
    const data = {
      id: snowflake(),
      name: o.command ?? 'alash',
      type: 1,
      options: [{ type: 1, name: o.subcommand, options: o.options ?? [] }],
      ...(o.guild !== null ? { guild_id: (o.guild ?? this.guilds[0])?.id } : {}),
    };
    return this.interaction(2, data, o);
  }

  /** An autocomplete request: the user is typing `value` into the option `option`. */
  autocomplete(o: Omit<SlashOptions, 'options'> & { option: string; value: string }): { id: string; token: string } {
    const data = {
      id: snowflake(),
      name: o.command ?? 'alash',
      type: 1,
      options: [{ type: 1, name: o.subcommand, options: [{ type: 3, name: o.option, value: o.value, focused: true }] }],
    };
    return this.interaction(4, data, o);
  }

  /** A click on a button `customId` of `message` (a message the bot posted). */
  button(o: { customId: string; message?: any; guild?: FakeGuild | null; channelId?: string; user?: FakeUser; permissions?: string; locale?: string }): { id: string; token: string } {
    const guild = o.guild === undefined ? this.guilds[0] : o.guild;
    const message = o.message ?? this.message({ channel_id: guild?.channelId ?? o.channelId ?? snowflake(), guild_id: guild?.id, author: this.bot });
    return this.interaction(3, { custom_id: o.customId, component_type: 2 }, { ...o, message });
  }

  /** A user's message in a guild channel (or a DM when `guild` is null). */
  say(o: { content: string; guild?: FakeGuild | null; channelId?: string; user?: FakeUser; mentionBot?: boolean; replyTo?: any }): any {
    const guild = o.guild === undefined ? this.guilds[0] : o.guild;
    const user = o.user ?? this.user();
    const channelId = guild ? guild.channelId : (o.channelId ?? snowflake());
    const mentions = [...(o.mentionBot ? [this.bot] : []), ...(o.replyTo ? [o.replyTo.author] : [])];
    const msg = this.message({
      channel_id: channelId,
      guild_id: guild?.id,
      author: user,
      content: o.content,
      mentions,
      ...(o.replyTo
        ? { type: 19, message_reference: { type: 0, message_id: o.replyTo.id, channel_id: channelId, ...(guild ? { guild_id: guild.id } : {}) }, referenced_message: o.replyTo }
        : {}),
    });
    // Without the Message Content intent, Discord blanks guild messages that do not mention the bot.
    const session = [...this.sessions.values()][0];
    const intents = session?.intents ?? 0;
    const visible = !guild || intents & INTENTS.MessageContent || mentions.some((u) => u.id === this.bot.id);
    const payload = visible ? msg : { ...msg, content: '', embeds: [], attachments: [], components: [] };
    // The gateway adds channel_type to MESSAGE_CREATE; discord.js needs it to build a DM channel it has not cached.
    this.dispatch('MESSAGE_CREATE', guild ? { ...payload, channel_type: 0, member: this.member(user, '0') } : { ...payload, channel_type: 1 }, guild?.id);
    return msg;
  }

  /** Messages the bot posted in a channel (through POST /channels/:id/messages), oldest first. */
  botMessages(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages` && r.status === 200);
  }
}

/** The message fields of a create/edit body. */
/** Attachments as Discord returns them: one per uploaded file, described by `attachments` in the payload. */
function attachmentsOf(files: UploadedFile[], payload: any): any[] {
  const described: any[] = Array.isArray(payload?.attachments) ? payload.attachments : [];
  return files.map((f, i) => ({
    id: snowflake(),
    filename: f.filename,
    size: f.bytes.length,
    content_type: f.type,
    url: `https://cdn.example/attachments/${i}/${f.filename}`,
    proxy_url: `https://media.example/attachments/${i}/${f.filename}`,
    ...(described.find((a) => String(a.id) === String(i))?.description ? { description: described.find((a) => String(a.id) === String(i)).description } : {}),
  }));
}

function pickFields(body: any): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!body || typeof body !== 'object') return out;
  for (const k of ['content', 'embeds', 'components', 'flags']) if (k in body) out[k] = body[k];
  return out;
}
