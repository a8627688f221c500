import {
  metrics
} from "./chunk-NDRXIF55.js";
import {
  clip,
  escapeRegExp
} from "./chunk-552TEXVY.js";
import {
  HandlerError,
  NetworkError,
  PlatformError,
  errorCode,
  oneLine,
  shortMessage
} from "./chunk-6MMDKYJE.js";
import {
  ChatClosedError
} from "./chunk-7RZGCEQV.js";
import {
  errorFields,
  maskSecrets
} from "./chunk-TS3UQGQ5.js";
import {
  commandText,
  isListed
} from "./chunk-YUHD63H6.js";
import {
  languageOfLocale
} from "./chunk-FC4VOXLX.js";
import {
  apology,
  replyToText,
  say
} from "./chunk-22437TY6.js";
import "./chunk-MLKGABMK.js";

// src/adapters/telegram/index.ts
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { GrammyError as GrammyError3, webhookCallback } from "grammy";

// src/adapters/telegram/bot.ts
import { Bot, Composer } from "grammy";
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { apiThrottler } from "@grammyjs/transformer-throttler";

// src/adapters/telegram/errors.ts
import { BotError, GrammyError, HttpError } from "grammy";
function describeError(error, token) {
  const typed = typedError(error);
  const fields = errorFields(typed === error ? error : { ...errorFields(typed), cause: errorFields(error) });
  try {
    return JSON.parse(maskSecrets(JSON.stringify(fields), [token]));
  } catch {
    return { type: "unreadable" };
  }
}
function typedError(error, method) {
  try {
    if (error instanceof BotError) {
      const inner = error.error;
      if (inner instanceof GrammyError || inner instanceof HttpError) return typedError(inner);
      return new HandlerError("telegram", String(error.ctx?.update?.update_id ?? ""), { cause: inner });
    }
    if (error instanceof GrammyError) {
      const code = typeof error.error_code === "number" ? error.error_code : void 0;
      const description = typeof error.description === "string" && error.description ? error.description : void 0;
      return new PlatformError("telegram", error.method ?? method ?? "a method", code, description, { cause: error });
    }
    if (error instanceof HttpError) {
      const called = /'(\w+)'/.exec(error.message)?.[1] ?? method ?? "a method";
      return new NetworkError("telegram", called, networkReason(error.error), { cause: error });
    }
  } catch {
  }
  return error;
}
function networkReason(cause) {
  const code = errorCode(cause) ?? errorCode(cause?.cause);
  if (code) return code;
  const name = cause?.name;
  if (name === "AbortError" || name === "TimeoutError") return "timed out";
  if (cause instanceof SyntaxError) return "the answer was not JSON";
  return shortMessage(cause).slice(0, 200);
}
function chatClosedReason(error) {
  if (!(error instanceof GrammyError)) return void 0;
  if (error.error_code === 403) return error.description;
  if (error.error_code === 400 && /not enough rights|have no rights|need administrator rights|chat not found|CHAT_WRITE_FORBIDDEN|CHAT_RESTRICTED|group chat was upgraded/i.test(error.description)) {
    return error.description;
  }
  return void 0;
}

// src/adapters/telegram/render.ts
var MESSAGE_LIMIT = 4096;
var CALLBACK_DATA_LIMIT = 64;
var MAX_MESSAGES = 4;
function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;");
}
function encodeAction(request) {
  const data = `a:${request}`;
  return Buffer.byteLength(data, "utf8") <= CALLBACK_DATA_LIMIT ? data : void 0;
}
function decodeAction(data) {
  if (!data || !data.startsWith("a:") || Buffer.byteLength(data, "utf8") > CALLBACK_DATA_LIMIT) return void 0;
  const request = data.slice(2);
  if (!request.trim() || /[\u0000-\u001f\u007f]/.test(request)) return void 0;
  return request.trim();
}
var rendered = /* @__PURE__ */ new WeakMap();
function renderReply(reply, limit = MESSAGE_LIMIT) {
  if (limit !== MESSAGE_LIMIT || !Object.isFrozen(reply)) return render(reply, limit);
  let out = rendered.get(reply);
  if (!out) rendered.set(reply, out = Object.freeze(render(reply, limit)));
  return out;
}
function render(reply, limit) {
  const lang = reply.language ?? reply.quiz?.language;
  const blocks = [];
  if (reply.title) blocks.push({ html: `<b>${escapeHtml(clip2(reply.title, 256))}</b>`, sep: "\n\n" });
  for (const [i, paragraph] of reply.body.split(/\n{2,}/).entries()) {
    if (paragraph.trim()) blocks.push(...plainBlocks(paragraph.trim(), i === 0 && reply.title ? "\n" : "\n\n", limit));
  }
  for (const [i, f] of (reply.fields ?? []).entries()) {
    const label = `<b>${escapeHtml(clip2(f.name, 256))}:</b> `;
    const [first, ...rest] = plainBlocks(f.value, i === 0 ? "\n\n" : "\n", limit - label.length);
    if (first) blocks.push({ html: label + first.html, sep: first.sep }, ...rest);
  }
  if (reply.quiz) {
    blocks.push(...plainBlocks(say("ui.label.questionLine", { number: reply.quiz.number, total: reply.quiz.total, question: reply.quiz.question }, lang), "\n\n", limit));
    reply.quiz.options.forEach((o, i) => blocks.push(...plainBlocks(`${i + 1}. ${o}`, "\n", limit)));
  }
  const buttons = [];
  const unbuttoned = [];
  for (const c of reply.choices ?? []) {
    const data = encodeAction(c.request);
    if (data) buttons.push([{ text: clip2(c.label, 64), callback_data: data }]);
    else unbuttoned.push(c);
  }
  if (unbuttoned.length) {
    blocks.push(...plainBlocks(say("ui.label.didYouMean", { choices: unbuttoned.map((c) => c.label).join("; ") }, lang), "\n\n", limit));
  }
  let row = [];
  for (const s of reply.suggestions ?? []) {
    const data = encodeAction(s.request);
    if (!data) continue;
    row.push({ text: clip2(s.label, 64), callback_data: data });
    if (row.length === 3) {
      buttons.push(row);
      row = [];
    }
  }
  if (row.length) buttons.push(row);
  const sources = reply.sources ?? [];
  if (sources.length) {
    blocks.push({ html: `<i>${escapeHtml(say("ui.label.sources", {}, lang))}:</i>`, sep: "\n\n" });
    for (const s of sources) {
      const title = escapeHtml(clip2(s.title, 300));
      const html = s.url && /^https?:\/\/[^\s]+$/i.test(s.url) && s.url.length <= 2e3 ? `\u2022 <a href="${escapeHtml(s.url)}">${title}</a>` : `\u2022 ${title}`;
      blocks.push({ html, sep: "\n" });
    }
  }
  return { texts: pack(blocks, limit, () => `

<i>${escapeHtml(say("ui.label.shortened", {}, lang))}</i>`), ...buttons.length ? { keyboard: { inline_keyboard: buttons } } : {} };
}
function plainBlocks(text, sep, limit) {
  const out = [];
  let rest = text;
  let first = true;
  while (rest) {
    const cut = cutPoint(rest, limit);
    out.push({ html: escapeHtml(rest.slice(0, cut).trimEnd()), sep: first ? sep : "\n" });
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  return out.filter((b) => b.html);
}
function cutPoint(text, limit) {
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
  const line = head.lastIndexOf("\n");
  if (line > fits / 2) return line + 1;
  const space = head.lastIndexOf(" ");
  if (space > fits / 2) return space + 1;
  return Math.max(1, fits);
}
function pack(blocks, limit, note) {
  const texts = [];
  let current = "";
  for (const b of blocks) {
    if (!current) current = b.html;
    else if (current.length + b.sep.length + b.html.length <= limit) current += b.sep + b.html;
    else {
      texts.push(current);
      current = b.html;
    }
  }
  if (current) texts.push(current);
  if (texts.length === 0) texts.push("\u2026");
  if (texts.length > MAX_MESSAGES) {
    const kept = texts.slice(0, MAX_MESSAGES);
    const last = kept[MAX_MESSAGES - 1];
    const shortened = note();
    kept[MAX_MESSAGES - 1] = last.length + shortened.length <= limit ? last + shortened : last;
    return kept;
  }
  return texts;
}
function clip2(text, max) {
  return clip(text.replace(/\s+/g, " ").trim(), max);
}
function summaryLine(reply, max = 200) {
  return clip2(reply.body.split(/\n/)[0] ?? "", max);
}

// src/adapters/telegram/send.ts
import { GrammyError as GrammyError2, InputFile } from "grammy";
var CAPTION_LIMIT = 1024;
async function sendReply(api, chatId, reply, options = {}) {
  const { texts, keyboard } = renderReply(reply, reply.image ? CAPTION_LIMIT : MESSAGE_LIMIT);
  const sent = [];
  for (const [i, text] of texts.entries()) {
    const last = i === texts.length - 1;
    const common = {
      ...options.threadId !== void 0 ? { message_thread_id: options.threadId } : {},
      ...i === 0 && options.replyTo !== void 0 ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {},
      ...last && keyboard ? { reply_markup: keyboard } : {}
    };
    if (i === 0 && reply.image) {
      const photo = () => new InputFile(reply.image.png, reply.image.name);
      try {
        sent.push(await api.sendPhoto(chatId, photo(), { caption: text, parse_mode: "HTML", ...common }));
      } catch (error) {
        if (!(error instanceof GrammyError2 && /can't parse entities/i.test(error.description))) throw error;
        sent.push(await api.sendPhoto(chatId, photo(), { caption: clip2(reply.title ?? reply.body, CAPTION_LIMIT), ...common }));
      }
      continue;
    }
    try {
      sent.push(await api.sendMessage(chatId, text, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...common }));
    } catch (error) {
      if (!(error instanceof GrammyError2 && /can't parse entities/i.test(String(error.description ?? "")))) throw error;
      sent.push(await api.sendMessage(chatId, truncate(replyToText(reply), MESSAGE_LIMIT), { link_preview_options: { is_disabled: true }, ...common }));
      break;
    }
  }
  return sent;
}
function truncate(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1) + "\u2026";
}

// src/adapters/telegram/bot.ts
var ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query", "poll_answer"];
var SENDING = /* @__PURE__ */ new Set([
  "sendMessage",
  "sendPoll",
  "stopPoll",
  "editMessageText",
  "editMessageReplyMarkup",
  "copyMessage",
  "forwardMessage",
  "sendPhoto",
  "sendDocument",
  "sendSticker",
  "sendAnimation",
  "sendVideo",
  "sendAudio",
  "sendVoice",
  "sendMediaGroup"
]);
var expiredNote = (user) => say("ui.label.expired", {}, languageOfLocale(user?.language_code));
var textOnlyNote = (user) => say("ui.label.textOnly", {}, languageOfLocale(user?.language_code));
var apologyFor = (user) => apology(languageOfLocale(user?.language_code));
function createTelegramBot(core, options, log) {
  const bot = new Bot(options.token, {
    client: {
      ...options.apiRoot ? { apiRoot: options.apiRoot.replace(/\/+$/, "") } : {},
      ...options.timeoutSeconds !== void 0 ? { timeoutSeconds: options.timeoutSeconds } : {}
    },
    ...options.botInfo ? { botInfo: options.botInfo } : {}
  });
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result?.ok) {
        const code = typeof result?.error_code === "number" ? result.error_code : void 0;
        metrics.apiErrors.inc({ platform: "telegram", method, code: String(code ?? "none") });
        if (code === 429) metrics.rateLimited.inc({ platform: "telegram", method });
        log.warn({ method, code, description: typeof result?.description === "string" ? result.description.slice(0, 500) : void 0 }, "telegram request failed");
      }
      return result;
    } catch (error) {
      if (!signal?.aborted) {
        metrics.apiErrors.inc({ platform: "telegram", method, code: "network" });
        log.warn({ method, err: describeError(error, options.token) }, "telegram request failed");
      }
      throw error;
    }
  });
  if (options.throttle !== false) {
    const throttle = apiThrottler(options.throttle ?? {});
    bot.api.config.use(
      (prev, method, payload, signal) => SENDING.has(method) ? throttle(prev, method, payload, signal) : prev(method, payload, signal)
    );
  }
  bot.api.config.use(autoRetry({ maxRetryAttempts: 8, maxDelaySeconds: 300 }));
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use(conversation(core, options.groupReplies ?? "dates", log));
  bot.catch(async (err) => {
    try {
      log.error({ err: describeError(err, options.token), update: err.ctx?.update?.update_id }, "telegram update failed");
    } catch {
    }
    try {
      if (err.ctx.callbackQuery) await err.ctx.answerCallbackQuery({ text: apologyFor(err.ctx.from) });
      else if (err.ctx.chat?.type === "private") await err.ctx.reply(apologyFor(err.ctx.from));
    } catch {
    }
  });
  return bot;
}
function conversation(core, groupReplies, log) {
  const composer = new Composer();
  composer.on("message", async (ctx) => {
    const message = ctx.message;
    const from = message.from;
    if (!from || from.is_bot) return;
    const isPrivate = message.chat.type === "private";
    if (message.text === void 0) {
      if (isPrivate && hasContent(message)) await ctx.reply(textOnlyNote(from));
      return;
    }
    if (message.forward_origin && !isPrivate) return;
    const read = readMessage(message, ctx.me);
    if (!read) return;
    if (!read.addressed && groupReplies === "off") return;
    const context = contextFor(ctx.api, message.chat, from, read.addressed);
    const reply = await core.handleText(read.text, context);
    if (!reply) return;
    await sendReply(ctx.api, message.chat.id, reply, {
      ...isPrivate ? {} : { replyTo: message.message_id },
      ...message.is_topic_message && message.message_thread_id !== void 0 ? { threadId: message.message_thread_id } : {}
    });
  });
  composer.on("edited_message", () => {
  });
  composer.on("callback_query:data", async (ctx) => {
    const request = decodeAction(ctx.callbackQuery.data);
    const message = ctx.callbackQuery.message;
    if (!request || !message) {
      await ctx.answerCallbackQuery({ text: expiredNote(ctx.from) });
      return;
    }
    await ctx.answerCallbackQuery();
    const context = contextFor(ctx.api, message.chat, ctx.from, true);
    const reply = await core.handleText(request, context);
    if (reply) await sendReply(ctx.api, message.chat.id, reply, message.chat.type === "private" ? {} : { replyTo: message.message_id });
  });
  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: expiredNote(ctx.from) }));
  composer.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim().slice(0, 256);
    if (!query) return void await ctx.answerInlineQuery([], { cache_time: 300 });
    const context = {
      chat: { platform: "telegram", id: `inline:${ctx.from.id}`, kind: "private" },
      user: askerRef(ctx.from),
      addressed: true
    };
    const names = core.complete(query, 5);
    const asks = names.length ? names.map((n) => ({ key: n.value, text: n.name })) : [{ key: "q", text: query }];
    const results = [];
    for (const [i, ask] of asks.entries()) {
      const reply = await core.handleText(ask.text, context);
      if (!reply || reply.kind === "error") continue;
      const [text] = renderReply(reply).texts;
      results.push({
        type: "article",
        id: `${i}:${ask.key}`.slice(0, 64),
        title: reply.title ?? ask.text.slice(0, 100),
        description: summaryLine(reply),
        input_message_content: { message_text: text ?? "\u2026", parse_mode: "HTML", link_preview_options: { is_disabled: true } }
      });
    }
    await ctx.answerInlineQuery(results.slice(0, 50), { cache_time: 300 });
  });
  composer.on("poll_answer", async (ctx) => {
    const answer = ctx.pollAnswer;
    const option = answer.option_ids[0];
    if (!answer.user || option === void 0) return;
    const outcome = await core.quiz.answer({ platform: "telegram", ref: answer.poll_id, user: userRef(answer.user), option });
    log.debug({ poll: answer.poll_id, status: outcome.status }, "quiz poll answer");
  });
  return composer;
}
function readMessage(message, me) {
  const text = message.text ?? "";
  const username = me.username ?? "";
  const isPrivate = message.chat.type === "private";
  const command = /^\/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?=\s|$)/.exec(text);
  if (command) {
    const [whole, word = "", target] = command;
    if (target && target.toLowerCase() !== username.toLowerCase()) return null;
    const rest = text.slice(whole.length);
    return { text: `/${word}${rest}`, addressed: isPrivate || Boolean(target) };
  }
  const mention = mentionOf(username);
  const mentioned = (username ? mention.test(text) : false) || (message.entities ?? []).some((e) => e.type === "text_mention" && e.user.id === me.id);
  const repliedTo = message.reply_to_message?.from?.id === me.id;
  const stripped = username ? text.replace(mention, "$1").replace(/[ \t]{2,}/g, " ").trim() : text.trim();
  return { text: stripped, addressed: isPrivate || mentioned || repliedTo };
}
var mentions = /* @__PURE__ */ new Map();
function mentionOf(username) {
  let pattern = mentions.get(username);
  if (!pattern) mentions.set(username, pattern = new RegExp(`(^|[^\\w@])@${escapeRegExp(username)}\\b`, "gi"));
  pattern.lastIndex = 0;
  return pattern;
}
function contextFor(api, chat, from, addressed) {
  const isAdmin = async () => {
    if (chat.type === "private") return true;
    try {
      const member = await api.getChatMember(chat.id, from.id);
      return member.status === "creator" || member.status === "administrator";
    } catch {
      return false;
    }
  };
  return { chat: chatRef(chat), user: askerRef(from), addressed, isAdmin };
}
function chatRef(chat) {
  return { platform: "telegram", id: String(chat.id), kind: chat.type === "private" ? "private" : "group" };
}
function userRef(user) {
  return { id: String(user.id), name: [user.first_name, user.last_name].filter(Boolean).join(" ") || user.username || "someone" };
}
function askerRef(user) {
  return { ...userRef(user), ...user.language_code ? { locale: user.language_code } : {} };
}
function hasContent(message) {
  const kinds = ["sticker", "photo", "video", "animation", "document", "audio", "voice", "video_note", "location", "contact", "poll", "dice", "venue"];
  return kinds.some((k) => k in message);
}

// src/adapters/telegram/commands.ts
var MENU_LANGUAGES = ["ru", "kk"];
function menuOf(commands, lang = "en") {
  return commands.filter((c) => isListed(c, "telegram") && /^[a-z0-9_]{1,32}$/.test(c.name)).slice(0, 100).map((c) => ({ command: c.name, description: menuDescription(c, lang) }));
}
async function registerCommands(api, commands, log, token) {
  try {
    await api.setMyCommands(menuOf(commands));
    for (const lang of MENU_LANGUAGES) await api.setMyCommands(menuOf(commands, lang), { language_code: lang });
    return true;
  } catch (error) {
    log.warn({ err: describeError(error, token) }, "telegram setMyCommands failed; commands still work, the menu may be out of date");
    return false;
  }
}
function menuDescription(c, lang) {
  const d = commandText(c, lang).description.replace(/\s+/g, " ").trim();
  return d.length >= 3 ? d.slice(0, 256) : `${c.name}: ${d}`.padEnd(3, ".");
}

// src/adapters/telegram/polling.ts
import { BotError as BotError2 } from "grammy";
import {
  createConcurrentSink,
  createRunner,
  createSource,
  createUpdateFetcher
} from "@grammyjs/runner";
var UpdateLedger = class {
  /** Fetched, not yet confirmed: handed out, so never handed out again. */
  unconfirmed = /* @__PURE__ */ new Set();
  /** Being handled. */
  handling = /* @__PURE__ */ new Set();
  next = 0;
  finishedCount = 0;
  waiters = /* @__PURE__ */ new Set();
  /** The offset for the next getUpdates: the lowest update still being handled, else the one after the last fetched. */
  get offset() {
    for (const id of this.handling) return id;
    return this.next;
  }
  /** How many updates are being handled. */
  get busy() {
    return this.handling.size;
  }
  /** How many fetched updates Telegram still holds for us (a poll returns them again before anything new). */
  get held() {
    return this.unconfirmed.size;
  }
  /** Grows each time a handling finishes: a poll can tell whether one finished while it waited. */
  get finished() {
    return this.finishedCount;
  }
  /**
   * Records the answer to a getUpdates call made with `offset` and returns the updates not
   * handed out before, which are now being handled.
   */
  take(offset, updates) {
    for (const id of this.unconfirmed) {
      if (id >= offset) break;
      this.unconfirmed.delete(id);
    }
    const fresh = updates.filter((u) => !this.unconfirmed.has(u.update_id));
    for (const { update_id: id } of fresh) {
      this.unconfirmed.add(id);
      this.handling.add(id);
      this.next = Math.max(this.next, id + 1);
    }
    return fresh;
  }
  /** Marks an update as handled: the next poll may confirm it. */
  finish(id) {
    if (!this.handling.delete(id)) return;
    this.finishedCount++;
    for (const wake of [...this.waiters]) wake();
  }
  /** Resolves when a handling finishes, after `ms`, or when `signal` aborts, whichever comes first. */
  nextFinish(ms, signal) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      signal?.addEventListener("abort", done);
      if (signal?.aborted) done();
    });
  }
  /** Resolves once nothing is being handled, or after `ms`. */
  async idle(ms) {
    const deadline = Date.now() + ms;
    while (this.busy > 0 && Date.now() < deadline) await this.nextFinish(deadline - Date.now());
  }
};
var MAX_BUSY_PAUSE_MS = 500;
function startPolling(bot, options, log) {
  const ledger = new UpdateLedger();
  const fetchNew = createUpdateFetcher(
    {
      handleUpdate: (update) => bot.handleUpdate(update),
      errorHandler: (error) => bot.errorHandler(error),
      api: {
        getUpdates: async (args, signal) => {
          const offset = ledger.offset;
          const limit = Math.min(100, args.limit + ledger.held);
          const updates = await bot.api.getUpdates({ ...args, offset, limit }, signal);
          return ledger.take(offset, updates);
        }
      }
    },
    options.runner
  );
  const supplier = {
    async supply(batchSize, signal) {
      let pause = 50;
      for (; ; ) {
        const finishedBefore = ledger.finished;
        const fresh = await fetchNew(batchSize, signal);
        if (fresh.length > 0 || ledger.busy === 0) return fresh;
        if (ledger.finished === finishedBefore) await ledger.nextFinish(pause, signal);
        if (signal.aborted) throw new Error("polling stopped");
        pause = Math.min(pause * 2, MAX_BUSY_PAUSE_MS);
      }
    }
  };
  const sink = createConcurrentSink(
    {
      // Never rejects: a failure is handled (logged, apologised for) before the update counts
      // as finished, so it is confirmed only after that.
      consume: async (update) => {
        try {
          await bot.handleUpdate(update);
        } catch (error) {
          try {
            if (error instanceof BotError2) await bot.errorHandler(error);
            else throw error;
          } catch (unhandled) {
            log.error({ err: describeError(unhandled, bot.token), update: update.update_id }, "telegram update failed");
          }
        } finally {
          ledger.finish(update.update_id);
        }
      }
    },
    // Not called: `consume` never rejects.
    async () => {
    },
    {
      timeout: {
        milliseconds: (options.maxHoldSeconds ?? 120) * 1e3,
        handler: (update) => {
          log.warn({ update: update.update_id }, "telegram update still being handled; confirmed to Telegram so later updates are not held back");
          ledger.finish(update.update_id);
        }
      }
    }
  );
  const runner = createRunner(createSource(supplier), sink);
  runner.start();
  let stopping;
  return {
    runner,
    ledger,
    stop() {
      stopping ??= (async () => {
        if (runner.isRunning()) await runner.stop();
        await ledger.idle(options.stopGraceMs ?? 5e3);
        if (ledger.busy > 0) log.warn({ updates: ledger.busy }, "telegram updates still being handled at stop; Telegram will deliver them again");
        try {
          const signal = AbortSignal.timeout(3e3);
          await bot.api.getUpdates({ offset: ledger.offset, limit: 1, timeout: 0 }, signal);
        } catch (error) {
          log.warn({ err: describeError(error, bot.token) }, "telegram: could not confirm the last updates; the next start may answer them again");
        }
      })();
      return stopping;
    }
  };
}

// src/adapters/telegram/quiz-table.ts
var POLL_LIMITS = { question: 300, option: 100, explanation: 200, options: 12, minOpenPeriod: 5, maxOpenPeriod: 600 };
var TelegramQuizTable = class {
  constructor(api, log) {
    this.api = api;
    this.log = log;
  }
  api;
  log;
  /** Poll id -> the message holding it, for stopPoll. Lost on restart; open_period closes the poll anyway. */
  messages = /* @__PURE__ */ new Map();
  async ask(chat, question) {
    const chatId = telegramChatId(chat);
    const message = await this.api.sendPoll(
      chatId,
      clip2(`${question.number}/${question.total}. ${question.question}`, POLL_LIMITS.question),
      question.options.slice(0, POLL_LIMITS.options).map((o) => ({ text: clip2(o, POLL_LIMITS.option) })),
      {
        type: "quiz",
        is_anonymous: false,
        correct_option_ids: [question.correct],
        ...question.explanation.trim() ? { explanation: explanation(question.explanation) } : {},
        open_period: Math.min(POLL_LIMITS.maxOpenPeriod, Math.max(POLL_LIMITS.minOpenPeriod, Math.round(question.seconds)))
      }
    ).catch((error) => {
      throw typedError(error, "sendPoll");
    });
    if (!message?.poll?.id) throw new PlatformError("telegram", "sendPoll", void 0, "the answer held no poll");
    this.messages.set(message.poll.id, { chatId, messageId: message.message_id });
    return { ref: message.poll.id };
  }
  async post(chat, reply) {
    try {
      await sendReply(this.api, telegramChatId(chat), reply);
    } catch (error) {
      const reason = chatClosedReason(error);
      throw reason ? new ChatClosedError(chat, reason) : error;
    }
  }
  async close(_chat, _question, ref) {
    const message = this.messages.get(ref);
    if (!message) return;
    this.messages.delete(ref);
    try {
      await this.api.stopPoll(message.chatId, message.messageId);
    } catch (error) {
      this.log.debug({ err: describeError(error), poll: ref }, "stopPoll failed");
    }
  }
};
function explanation(text) {
  let feeds = 0;
  const folded = text.trim().replace(/\n/g, () => ++feeds <= 2 ? "\n" : " ");
  return folded.length <= POLL_LIMITS.explanation ? folded : folded.slice(0, POLL_LIMITS.explanation - 1).trimEnd() + "\u2026";
}
function telegramChatId(chat) {
  return /^-?\d+$/.test(chat.id) ? Number(chat.id) : chat.id;
}

// src/adapters/telegram/index.ts
async function startTelegram(core, options, log) {
  const bot = createTelegramBot(core, options, log);
  const webhook = options.webhook;
  let server;
  let secret;
  if (webhook) {
    secret = webhook.secret ?? randomBytes(32).toString("base64url");
    const callback = webhookCallback(bot, "http", { secretToken: secret, onTimeout: "return", timeoutMilliseconds: 8e3 });
    server = createServer((req, res) => {
      if (req.method !== "POST") {
        res.writeHead(405, { allow: "POST" }).end();
        return;
      }
      callback(req, res).catch((error) => {
        log.warn({ err: describeError(error, options.token) }, "telegram webhook request failed");
        if (!res.headersSent) res.writeHead(400).end();
      });
    });
    await listen(server, webhook.port, options.host);
  }
  let pollFailure;
  bot.api.config.use(async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    try {
      const result = await prev(method, payload, signal);
      const answer = result;
      pollFailure = answer?.ok ? void 0 : new PlatformError(
        "telegram",
        method,
        typeof answer?.error_code === "number" ? answer.error_code : void 0,
        typeof answer?.description === "string" ? answer.description : void 0
      ).message;
      return result;
    } catch (error) {
      if (!signal?.aborted) pollFailure = oneLine(typedError(error, method));
      throw error;
    }
  });
  const table = new TelegramQuizTable(bot.api, log);
  let polling;
  try {
    await bot.init().catch((error) => {
      if (error instanceof GrammyError3 && error.error_code === 401) {
        throw new PlatformError("telegram", "getMe", 401, "Unauthorized", { cause: error, message: "Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized)" });
      }
      throw typedError(error, "getMe");
    });
    await registerCommands(bot.api, core.commands, log, options.token);
    await core.quiz.attach("telegram", table);
    core.daily.attach("telegram", table);
    if (webhook && secret) {
      await bot.api.setWebhook(webhook.url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
      log.info({ username: bot.botInfo.username, url: webhook.url, port: server.address().port }, "telegram webhook listening");
    } else {
      await bot.api.deleteWebhook().catch(
        (error) => log.warn({ err: describeError(error, options.token) }, "telegram deleteWebhook failed; polling anyway")
      );
      polling = startPolling(
        bot,
        {
          runner: { fetch: { timeout: options.pollTimeout ?? 30, allowed_updates: ALLOWED_UPDATES }, silent: true, retryInterval: 1e3 },
          ...options.maxHoldSeconds !== void 0 ? { maxHoldSeconds: options.maxHoldSeconds } : {},
          ...options.stopGraceMs !== void 0 ? { stopGraceMs: options.stopGraceMs } : {}
        },
        log
      );
      polling.runner.task()?.catch((error) => log.error({ err: describeError(error, options.token) }, "telegram polling stopped"));
      log.info({ username: bot.botInfo.username }, "telegram long polling");
    }
  } catch (error) {
    server?.close();
    core.quiz.detach("telegram");
    core.daily.detach("telegram");
    throw typedError(error);
  }
  let stopped = false;
  return {
    bot,
    health() {
      if (stopped) return { state: "down", why: "stopped" };
      if (polling && !polling.runner.isRunning()) return { state: "down", why: "long polling stopped (see the log)" };
      if (polling && pollFailure) return { state: "down", why: pollFailure };
      if (server && !server.listening) return { state: "down", why: "the webhook server is not listening" };
      return { state: "up" };
    },
    ...server ? { webhookPort: server.address().port } : {},
    async stop() {
      if (stopped) return;
      stopped = true;
      await polling?.stop();
      core.quiz.detach("telegram");
      core.daily.detach("telegram");
      if (server) {
        const closed = new Promise((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await closed;
      }
    }
  };
}
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      reject(error.code === "EADDRINUSE" ? new Error(`Telegram webhook port ${port} is already in use`) : error);
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}
export {
  startTelegram
};
