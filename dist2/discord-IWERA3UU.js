import {
  metrics
} from "./chunk-NDRXIF55.js";
import {
  NetworkError,
  PlatformError,
  errorCode,
  shortMessage
} from "./chunk-6MMDKYJE.js";
import {
  ChatClosedError
} from "./chunk-7RZGCEQV.js";
import {
  errorFields,
  maskSecrets
} from "./chunk-TS3UQGQ5.js";
import "./chunk-YUHD63H6.js";
import {
  languageOfLocale
} from "./chunk-FC4VOXLX.js";
import {
  apology,
  errorReply,
  say
} from "./chunk-22437TY6.js";
import "./chunk-MLKGABMK.js";

// src/adapters/discord/index.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Events, REST, RESTEvents, Routes as Routes2, ShardingManager, Status } from "discord.js";

// src/adapters/discord/client.ts
import { Client, GatewayIntentBits, Partials } from "discord.js";
function restOptions(apiBase) {
  if (!apiBase) return {};
  const url = apiBase.replace(/\/+$/, "");
  const versioned = /^(.*)\/v(\d+)$/.exec(url);
  return versioned ? { api: versioned[1], version: versioned[2] } : { api: url };
}
function buildClient(options, extra = {}) {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (options.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    // DM channels are not cached before their first message; without this, DMs are dropped.
    partials: [Partials.Channel],
    // Nothing the bot sends ever pings anyone; each send repeats this as well.
    allowedMentions: { parse: [], repliedUser: false },
    rest: restOptions(options.apiBase),
    // DISCORD_SHARD_LIST: this host runs its part of the shards; other hosts run the rest.
    ...options.shardList ? { shards: options.shardList.ids, shardCount: options.shardList.total } : {},
    ...extra
  });
}

// src/adapters/discord/interactions.ts
import {
  MessageFlags as MessageFlags2
} from "discord.js";

// src/adapters/discord/context.ts
import { PermissionFlagsBits } from "discord.js";
function interactionContext(interaction) {
  const guildId = interaction.guildId ?? void 0;
  return {
    chat: {
      platform: "discord",
      id: interaction.channelId ?? interaction.user.id,
      kind: guildId ? "group" : "private",
      ...guildId ? { guildId } : {},
      ...interaction.guildLocale ? { locale: interaction.guildLocale } : {}
    },
    // The user's client language and the server's preferred one are hints for the reply's language.
    user: { id: interaction.user.id, name: displayName(interaction), ...interaction.locale ? { locale: interaction.locale } : {} },
    addressed: true,
    isAdmin: async () => guildId ? Boolean(interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) : true
  };
}
function messageContext(message2, addressed) {
  const guildId = message2.guildId ?? void 0;
  return {
    chat: {
      platform: "discord",
      id: message2.channelId,
      kind: guildId ? "group" : "private",
      ...guildId ? { guildId } : {},
      // A message carries no user locale; the server's preferred one is the hint.
      ...message2.guild?.preferredLocale ? { locale: message2.guild.preferredLocale } : {}
    },
    user: { id: message2.author.id, name: message2.member?.displayName ?? message2.author.displayName },
    addressed,
    isAdmin: async () => guildId ? canManage(message2) : true
  };
}
function displayName(interaction) {
  const member = interaction.member;
  if (member && "displayName" in member) return member.displayName;
  if (member && "nick" in member && member.nick) return member.nick;
  return interaction.user.displayName;
}
function canManage(message2) {
  try {
    return message2.member ? message2.member.permissions.has(PermissionFlagsBits.ManageGuild) : false;
  } catch {
    return false;
  }
}

// src/adapters/discord/render.ts
import {
  ButtonStyle,
  ComponentType,
  MessageFlags
} from "discord.js";
var LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6e3,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  label: 80,
  choice: 100
};
var COLOURS = {
  answer: 3108789,
  "not-found": 9080728,
  help: 3836495,
  error: 12597547,
  quiz: 13934615
};
function plain(text) {
  return text.replace(INLINE, inline).replace(BLOCK, block);
}
var INLINE = /[\\*_~`|[\]]|@(?=everyone|here)|<(?=[@#/]|a?:)/gi;
var BLOCK = /^([^\S\n]*)([>#-]|\d+\.(?=\s))/gm;
function block(_, space, mark) {
  return mark.endsWith(".") ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`;
}
function inline(mark) {
  return mark === "@" || mark === "<" ? mark + "\u200B" : "\\" + mark;
}
function cut(text, max) {
  if (text.length <= max) return text;
  return text.slice(0, Math.max(0, max - 1)).trimEnd() + "\u2026";
}
function fit(text, max) {
  const escaped = plain(text);
  if (escaped.length <= max) return escaped;
  let lo = 0;
  let hi = Math.min(text.length, max);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (plain(text.slice(0, mid).trimEnd()).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  return plain(text.slice(0, lo).trimEnd()) + "\u2026";
}
function askId(request) {
  const id = `a:${request}`;
  return id.length <= LIMITS.customId && request.trim() !== "" ? id : null;
}
function quizId(questionId, option) {
  const id = `q:${questionId}:${option}`;
  return id.length <= LIMITS.customId ? id : null;
}
function readButton(customId) {
  if (customId.length > LIMITS.customId) return null;
  if (customId.startsWith("a:")) {
    const request = customId.slice(2);
    if (!request.trim() || /[\u0000-\u001f]/.test(request)) return null;
    return { type: "ask", request };
  }
  const m = /^q:(.+):(\d{1,2})$/.exec(customId);
  if (m) return { type: "quiz", questionId: m[1], option: Number(m[2]) };
  return null;
}
var rendered = /* @__PURE__ */ new WeakMap();
function renderReply(reply) {
  if (!Object.isFrozen(reply)) return render(reply);
  let out = rendered.get(reply);
  if (!out) rendered.set(reply, out = Object.freeze(render(reply)));
  return out;
}
function render(reply) {
  const embed = { color: COLOURS[reply.kind] };
  if (reply.title) embed.title = fit(reply.title, LIMITS.title);
  const body2 = reply.quiz ? questionText(reply.quiz, reply.body, reply.language) : reply.body;
  if (body2) embed.description = fit(body2, LIMITS.description);
  const fields = (reply.fields ?? []).filter((f) => f.name.trim() && f.value.trim()).slice(0, LIMITS.fields - 1).map((f) => ({ name: fit(f.name, LIMITS.fieldName), value: fit(f.value, LIMITS.fieldValue), ...f.inline ? { inline: true } : {} }));
  const sources = sourcesField(reply);
  if (sources) fields.push(sources);
  if (fields.length) embed.fields = fields;
  keepWithinTotal(embed);
  const buttons = [];
  if (reply.quiz) buttons.push(...quizButtons(reply.quiz, false));
  buttons.push(...askButtons(reply.choices, ButtonStyle.Primary), ...askButtons(reply.suggestions, ButtonStyle.Secondary));
  const out = { embeds: [embed], components: rows(buttons) };
  if (reply.image) {
    const name = reply.image.name.replace(/[^A-Za-z0-9_.-]/g, "_") || "image.png";
    embed.image = { url: `attachment://${name}` };
    out.files = [{ name, data: reply.image.png, description: cut(reply.image.alt, 1024) }];
  }
  if (reply.ephemeral || reply.kind === "error") out.flags = MessageFlags.Ephemeral;
  return out;
}
function renderQuestion(question, closed = false, lang = question.language) {
  return renderReplyWithButtons(
    {
      kind: "quiz",
      title: say("ui.label.question", { number: question.number, total: question.total }, lang),
      body: questionText(question, "", lang),
      entries: [],
      ...lang ? { language: lang } : {}
    },
    quizButtons(question, closed)
  );
}
function renderReplyWithButtons(reply, buttons) {
  const { embeds } = renderReply(reply);
  return { embeds, components: rows(buttons) };
}
function questionText(q, intro = "", lang) {
  const options = q.options.map((o, i) => `${i + 1}. ${o}`).join("\n");
  const time = say("quiz.secondsToAnswer", { count: q.seconds }, lang);
  return [intro && intro !== q.question ? intro : "", q.question, options, time].filter(Boolean).join("\n\n");
}
function quizButtons(q, closed) {
  const out = [];
  q.options.slice(0, LIMITS.rows * LIMITS.buttonsPerRow).forEach((option, i) => {
    const custom_id = quizId(q.id, i);
    if (!custom_id) return;
    out.push({
      type: ComponentType.Button,
      custom_id,
      label: cut(`${i + 1}. ${option}`, LIMITS.label),
      style: closed ? i === q.correct ? ButtonStyle.Success : ButtonStyle.Secondary : ButtonStyle.Primary,
      ...closed ? { disabled: true } : {}
    });
  });
  return out;
}
function askButtons(list, style) {
  const out = [];
  for (const s of list ?? []) {
    const custom_id = askId(s.request);
    if (!custom_id || !s.label.trim()) continue;
    out.push({ type: ComponentType.Button, custom_id, label: cut(s.label, LIMITS.label), style });
  }
  return out;
}
function rows(buttons) {
  const seen = /* @__PURE__ */ new Set();
  const unique = buttons.filter((b) => !seen.has(b.custom_id) && seen.add(b.custom_id));
  const out = [];
  for (let i = 0; i < unique.length && out.length < LIMITS.rows; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: unique.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}
function sourcesField(reply) {
  const lines = [];
  let length = 0;
  for (const s of reply.sources ?? []) {
    const title = fit(s.title.replace(/[[\]]/g, ""), 200);
    const safeUrl = linkable(s.url);
    const line = safeUrl ? `[${title}](${safeUrl})` : title;
    if (length + line.length + 1 > LIMITS.fieldValue) break;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.length ? { name: say("ui.label.sources", {}, reply.language), value: lines.join("\n") } : null;
}
function linkable(url) {
  if (!url || !/^https?:\/\/[^\s<>]+$/.test(url)) return void 0;
  return url.replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function embedLength(e) {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}
function keepWithinTotal(e) {
  let over = embedLength(e) - LIMITS.embedTotal;
  if (over <= 0) return;
  if (e.description) {
    const keep = Math.max(200, e.description.length - over - 1);
    if (keep < e.description.length) e.description = e.description.slice(0, keep).replace(/\\+$/, "") + "\u2026";
    over = embedLength(e) - LIMITS.embedTotal;
  }
  while (over > 0 && e.fields?.length) {
    const drop = e.fields.length > 1 ? e.fields.length - 2 : 0;
    e.fields.splice(drop, 1);
    over = embedLength(e) - LIMITS.embedTotal;
  }
}

// src/adapters/discord/slash.ts
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType
} from "discord.js";
var COMMAND_NAME = "alash";

// src/adapters/discord/errors.ts
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
function loggable(error) {
  try {
    const typed = typedError(error);
    const fields = errorFields(typed === error ? error : { ...errorFields(typed), cause: errorFields(error) });
    return JSON.parse(maskSecrets(JSON.stringify(fields)));
  } catch {
    return { type: "unreadable" };
  }
}
function typedError(error) {
  try {
    if (error instanceof DiscordAPIError || error instanceof HTTPError) {
      const route = `${error.method} ${maskTokens(pathOf(error.url ?? ""))}`;
      const code = error instanceof DiscordAPIError && typeof error.code === "number" ? error.code : error.status;
      const description = error.message && error.message !== error.name ? error.message : void 0;
      return new PlatformError("discord", route, code, description, { cause: error });
    }
    if (error instanceof RateLimitError) {
      return new PlatformError("discord", `${error.method} ${maskTokens(error.route ?? "")}`, 429, `rate limited for ${error.timeToReset} ms`, { cause: error });
    }
    if (error instanceof SyntaxError) return new NetworkError("discord", "a request", "the answer was not JSON", { cause: error });
    if (error instanceof Error && (error.name === "AbortError" || errorCode(error) || errorCode(error.cause))) {
      const reason = error.name === "AbortError" ? "timed out" : errorCode(error) ?? errorCode(error.cause) ?? shortMessage(error);
      return new NetworkError("discord", "a request", reason, { cause: error });
    }
  } catch {
  }
  return error;
}
function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
function maskTokens(url) {
  return url.replace(/\/(webhooks\/\d+|interactions\/\d+)\/[^/?]+/g, "/$1/:token");
}

// src/adapters/discord/interactions.ts
var NO_MENTIONS = { parse: [], repliedUser: false };
var MAX_CHOICES = 25;
var expired = (i) => note("ui.label.expired", i);
var stale = (i) => note("ui.label.staleCommand", i);
var failed = (i) => errorReply(apology(languageOfLocale(i.locale)), languageOfLocale(i.locale));
function note(key, interaction) {
  const lang = languageOfLocale(interaction.locale);
  return errorReply(say(key, {}, lang), lang);
}
function handleInteractions(core, settings, log) {
  return async (interaction) => {
    try {
      if (interaction.isAutocomplete()) return await autocomplete(core, interaction, log);
      if (interaction.isChatInputCommand()) return await slash(core, interaction, settings, log);
      if (interaction.isButton()) return await button(core, interaction, settings, log);
    } catch (error) {
      log.warn({ err: loggable(error), interaction: interaction.id, type: interaction.type }, "interaction failed");
      await apologise(interaction);
    }
  };
}
async function autocomplete(core, interaction, log) {
  const focused = interaction.options.getFocused(true);
  let choices = [];
  try {
    choices = core.complete(String(focused.value ?? ""), MAX_CHOICES).slice(0, MAX_CHOICES).map((c) => ({ name: cut(c.name, LIMITS.choice), value: c.value.slice(0, LIMITS.choice) })).filter((c) => c.name && c.value);
  } catch (error) {
    log.warn({ err: loggable(error) }, "autocomplete failed");
  }
  await interaction.respond(choices);
}
async function slash(core, interaction, settings, log) {
  if (interaction.commandName !== COMMAND_NAME) return void await interaction.reply(message(stale(interaction)));
  const sub = interaction.options.getSubcommand(false) ?? "help";
  const args = {};
  for (const o of interaction.options.data[0]?.options ?? []) {
    if (typeof o.value === "string" || typeof o.value === "number") args[o.name] = o.value;
  }
  const context = interactionContext(interaction);
  await answer(interaction, () => core.runCommand(sub, args, context), settings, log);
}
async function button(core, interaction, settings, log) {
  const action = readButton(interaction.customId);
  const context = interactionContext(interaction);
  if (!action) return void await interaction.reply(message(expired(interaction)));
  if (action.type === "ask") {
    await answer(interaction, async () => await core.handleText(action.request, context) ?? expired(interaction), settings, log);
    return;
  }
  await answer(
    interaction,
    async () => {
      const outcome = await core.quiz.answer({
        platform: "discord",
        chatId: interaction.channelId,
        questionId: action.questionId,
        user: context.user,
        option: action.option
      });
      return outcome.status === "unknown" ? expired(interaction) : { kind: "quiz", body: outcome.message, entries: [], ephemeral: true };
    },
    settings,
    log,
    true
  );
}
async function answer(interaction, work, settings, log, privately = false) {
  const pending = work().catch((error) => {
    log.error({ err: loggable(error), interaction: interaction.id }, "answer failed");
    return failed(interaction);
  });
  let timer;
  const quick = await Promise.race([
    pending,
    new Promise((resolve) => timer = setTimeout(() => resolve(null), settings.deferAfterMs))
  ]);
  clearTimeout(timer);
  if (quick) return void await interaction.reply(message(quick));
  await interaction.deferReply(privately ? { flags: MessageFlags2.Ephemeral } : {});
  const reply = await pending;
  const body2 = message(reply);
  const ephemeral = Boolean(body2.flags ?? 0);
  if (ephemeral && !privately) {
    await interaction.deleteReply().catch(() => void 0);
    await interaction.followUp(body2);
    return;
  }
  const { flags: _flags, ...edit } = body2;
  await interaction.editReply(edit);
}
async function apologise(interaction) {
  try {
    if (!interaction.isRepliable()) return;
    const body2 = { content: failed(interaction).body, flags: MessageFlags2.Ephemeral, allowedMentions: NO_MENTIONS };
    if (interaction.deferred || interaction.replied) await interaction.followUp(body2);
    else await interaction.reply(body2);
  } catch {
  }
}
function message(reply) {
  const rendered2 = renderReply(reply);
  return {
    // Already in the API's shape: wrapped as JSON-encodable, discord.js sends them as they are.
    embeds: rendered2.embeds.map(encoded),
    components: rendered2.components.map(encoded),
    allowedMentions: NO_MENTIONS,
    ...rendered2.flags ? { flags: rendered2.flags } : {},
    ...rendered2.files ? { files: rendered2.files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name, description: f.description })) } : {}
  };
}
function encoded(json) {
  return { toJSON: () => json };
}

// src/adapters/discord/messages.ts
function handleMessages(core, client, settings, log) {
  return async (message2) => {
    if (message2.author.bot || message2.system || message2.webhookId) return;
    const me = client.user?.id;
    if (!me) return;
    const direct = !message2.inGuild();
    const mentioned = message2.mentions.users.has(me) && new RegExp(`<@!?${me}>`).test(message2.content);
    const repliedTo = message2.mentions.repliedUser?.id === me;
    const addressed = direct || mentioned || repliedTo;
    if (!addressed && (!settings.messageContent || settings.groupReplies === "off")) return;
    const text = message2.content.replace(new RegExp(`<@!?${me}>`, "g"), " ").replace(/\s+/g, " ").trim();
    if (!text && !addressed) return;
    try {
      const reply = await core.handleText(text, messageContext(message2, addressed));
      if (!reply) return;
      const { embeds, components, files } = renderReply(reply);
      await message2.reply({
        embeds,
        components,
        ...files ? { files: files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name, description: f.description })) } : {},
        allowedMentions: { parse: [], repliedUser: false },
        failIfNotExists: false
      });
    } catch (error) {
      log.warn({ err: loggable(error), message: message2.id, channel: message2.channelId }, "message answer failed");
      if (addressed)
        await message2.reply({ content: apology(languageOfLocale(message2.guild?.preferredLocale)), allowedMentions: { parse: [], repliedUser: false }, failIfNotExists: false }).catch(() => void 0);
    }
  };
}

// src/adapters/discord/quiz-table.ts
import { DiscordAPIError as DiscordAPIError2, Routes, ShardClientUtil } from "discord.js";
var DiscordQuizTable = class {
  /** @param shard this process's shards, when sharded: it resumes only their servers' rounds */
  constructor(rest, shard) {
    this.rest = rest;
    this.shard = shard;
  }
  rest;
  shard;
  serves(chat) {
    if (!this.shard) return true;
    const owner = chat.guildId ? ShardClientUtil.shardIdForGuildId(chat.guildId, this.shard.count) : 0;
    return this.shard.ids.includes(owner);
  }
  async ask(chat, question) {
    const message2 = await this.rest.post(Routes.channelMessages(chat.id), { body: body(renderQuestion(question)) });
    return { ref: message2.id };
  }
  async post(chat, reply) {
    const rendered2 = renderReply({ ...reply, ephemeral: false });
    const files = rendered2.files ?? [];
    try {
      await this.rest.post(Routes.channelMessages(chat.id), {
        body: { ...body(rendered2), ...files.length ? { attachments: files.map((f, id) => ({ id, filename: f.name, description: f.description })) } : {} },
        ...files.length ? { files: files.map((f) => ({ name: f.name, data: Buffer.from(f.data), contentType: "image/png" })) } : {}
      });
    } catch (error) {
      if (error instanceof DiscordAPIError2 && CLOSED_CODES.has(Number(error.code))) throw new ChatClosedError(chat, `${error.code} ${error.message}`);
      throw error;
    }
  }
  async close(chat, question, ref) {
    const { components } = renderQuestion(question, true);
    await this.rest.patch(Routes.channelMessage(chat.id, ref), { body: { components } });
  }
};
var CLOSED_CODES = /* @__PURE__ */ new Set([50001, 50013, 10003, 50007]);
function body(rendered2) {
  return { embeds: rendered2.embeds, components: rendered2.components, allowed_mentions: { parse: [] } };
}

// src/adapters/discord/index.ts
async function startDiscord(core, options, logger, clientOptions = {}) {
  const log = logger.child({ adapter: "discord" });
  const client = buildClient(options, clientOptions);
  client.on(Events.InteractionCreate, handleInteractions(core, { deferAfterMs: options.deferAfterMs ?? 1500 }, log));
  client.on(Events.MessageCreate, handleMessages(core, client, { messageContent: options.messageContent, groupReplies: options.groupReplies }, log));
  client.on(Events.Error, (error) => log.error({ err: loggable(error) }, "discord client error"));
  client.on(Events.Warn, (message2) => log.warn(message2));
  client.on(Events.ShardDisconnect, (event, shard2) => log.warn({ shard: shard2, code: event.code }, "shard disconnected for good"));
  client.on(Events.ShardResume, (shard2, replayed) => log.info({ shard: shard2, replayed }, "shard resumed"));
  client.rest.on("rateLimited", (info) => log.debug({ route: info.route, retryAfter: info.retryAfter, global: info.global }, "rate limited"));
  countApiErrors(client.rest);
  const ready = new Promise((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw typedError(error);
  }
  const shard = client.shard ? { ids: client.shard.ids, count: client.shard.count } : options.shardList ? { ids: options.shardList.ids, count: options.shardList.total } : void 0;
  const table = new DiscordQuizTable(client.rest, shard);
  await core.quiz.attach("discord", table);
  core.daily.attach("discord", table);
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.map((s) => s.id) }, "discord ready");
  let stopped = false;
  return {
    client,
    health() {
      if (stopped) return { state: "down", why: "stopped" };
      const status = client.ws.status;
      return status === Status.Ready ? { state: "up" } : { state: "down", why: `gateway ${Status[status]?.toLowerCase() ?? status}` };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      core.quiz.detach("discord");
      core.daily.detach("discord");
      await client.destroy();
    }
  };
}
function countApiErrors(rest) {
  rest.on(RESTEvents.Response, (request, response) => {
    if (response.status < 400) return;
    const method = `${request.method} ${maskTokens(request.route)}`;
    metrics.apiErrors.inc({ platform: "discord", method, code: String(response.status) });
    if (response.status === 429) metrics.rateLimited.inc({ platform: "discord", method });
  });
}
async function startDiscordShards(options, logger, settings = {}) {
  const log = logger.child({ adapter: "discord" });
  const totalShards = typeof options.shards === "number" ? options.shards : await recommendedShards(options);
  const file = settings.file ?? shardScript();
  const manager = new ShardingManager(file, {
    token: options.token,
    totalShards,
    mode: "process",
    respawn: true,
    // From source the shard script is TypeScript, run by tsx; the build runs plain JavaScript.
    execArgv: file.endsWith(".ts") ? ["--import", "tsx"] : []
  });
  let stopping = false;
  manager.on("shardCreate", (shard) => {
    Object.assign(shard.env, shardEnv(options));
    shard.on("death", () => stopping || log.warn({ shard: shard.id }, "shard process exited; respawning"));
    log.info({ shard: shard.id, of: totalShards }, "shard starting");
  });
  await manager.spawn({ amount: totalShards, delay: settings.spawnDelay ?? 5500, timeout: settings.readyTimeout ?? 6e4 });
  return {
    manager,
    async stop() {
      stopping = true;
      await Promise.all(
        manager.shards.map(
          (shard) => new Promise((resolve) => {
            if (!shard.process || shard.process.exitCode !== null) return resolve();
            shard.process.once("exit", () => resolve());
            shard.kill();
          })
        )
      );
    }
  };
}
function shardScript() {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return join(dirname(here), "shard.ts");
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    const candidate = join(dir, "src/adapters/discord/shard.js");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error("no src/adapters/discord/shard.js in the build: add it to the build entry points");
  }
}
async function recommendedShards(options) {
  const rest = new REST(restOptions(options.apiBase)).setToken(options.token);
  const { shards } = await rest.get(Routes2.gatewayBot());
  return Math.max(1, shards);
}
function shardEnv(options) {
  const env = {
    DISCORD_MESSAGE_CONTENT: String(options.messageContent),
    GROUP_REPLIES: options.groupReplies
  };
  if (options.apiBase) env.DISCORD_API_BASE = options.apiBase;
  if (options.applicationId) env.DISCORD_APPLICATION_ID = options.applicationId;
  if (options.guildId) env.DISCORD_GUILD_ID = options.guildId;
  env.DISCORD_SHARDS = "";
  return env;
}
export {
  countApiErrors,
  startDiscord,
  startDiscordShards
};
