import {
  toAsked,
  toRound,
  toSettings,
  toStanding
} from "./chunk-4D7GVN2H.js";
import {
  clip,
  escapeRegExp
} from "./chunk-552TEXVY.js";
import {
  SettingError,
  errorCode,
  oneLine
} from "./chunk-6MMDKYJE.js";
import {
  Timeline,
  citations,
  momentDate,
  sourceRefs
} from "./chunk-4EPVDQ7D.js";
import {
  ATTRIBUTE_KEYS,
  EntryIndex,
  FactIndex,
  KnowledgeError,
  QUESTION_WORDS,
  canonicalWord,
  foldText,
  foldWord,
  isDisputedUnit,
  knowledgeIn,
  loadKnowledge,
  stemWord,
  toLatin,
  topicKey,
  unitsOf
} from "./chunk-FUUY5NB5.js";
import {
  external_exports,
  isDisputed
} from "./chunk-MORHW4X2.js";
import {
  DailyPosts,
  systemClock
} from "./chunk-647JBO52.js";
import {
  createLogger,
  maskSecrets,
  silentLogger
} from "./chunk-TS3UQGQ5.js";
import {
  daysInMonth,
  findDates,
  formatDateText,
  formatRange,
  joinSpans,
  monthNumber,
  overlaps,
  parseDateText
} from "./chunk-324J56RK.js";
import {
  detectLanguage,
  replyLanguage
} from "./chunk-FC4VOXLX.js";
import {
  apology,
  errorReply,
  replyToText,
  say,
  writtenIn
} from "./chunk-22437TY6.js";

// src/adapters/terminal/terminal.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
async function runTerminal(core, options) {
  const { input, output, json = false, interactive = false } = options;
  const context = {
    chat: { platform: "terminal", id: "terminal", kind: "private" },
    user: { id: "local", name: process.env.USER || "you" },
    addressed: true,
    // The person at the terminal owns the chat, so admin-only commands work for them.
    isAdmin: async () => true
  };
  const print = async (reply, line) => {
    const image = reply.image ? saveImage(reply.image, options.imageDir ?? join(tmpdir(), "alash-bot")) : void 0;
    const plain = image ? `${replyToText(reply)}

${say("ui.label.picture", { file: image }, reply.language)}
${reply.image.alt}` : replyToText(reply);
    const out = { input: line, text: plain, sources: reply.entries, ...image ? { image } : {} };
    const text = json ? `${JSON.stringify(out)}
` : `${plain}

`;
    if (!output.write(text)) await drained(output);
  };
  const table = terminalTable(print);
  await core.quiz.attach("terminal", table);
  core.daily.attach("terminal", table);
  const rl = createInterface({ input, terminal: false });
  if (interactive && options.banner) output.write(`${options.banner}

`);
  const prompt = () => interactive && output.write("> ");
  prompt();
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (!line) {
        prompt();
        continue;
      }
      if (interactive && /^(exit|quit|\\q)$/i.test(line)) break;
      const reply = await core.handleText(line, context);
      if (reply) await print(reply, line);
      prompt();
    }
  } finally {
    rl.close();
    core.quiz.detach("terminal");
    core.daily.detach("terminal");
  }
}
function saveImage(image, dir) {
  mkdirSync(dir, { recursive: true });
  const base = image.name.replace(/[^A-Za-z0-9_.-]/g, "_").replace(/\.png$/i, "") || "image";
  const file = join(dir, `${base}-${(/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-")}-${process.pid}.png`);
  writeFileSync(file, image.png);
  return file;
}
function flushed(output) {
  return new Promise((resolve) => {
    if (output.destroyed || output.writableEnded) return resolve();
    const done = () => {
      output.off("error", done);
      resolve();
    };
    output.once("error", done);
    output.write("", () => done());
  });
}
function drained(output) {
  return new Promise((resolve) => {
    const done = () => {
      output.off("drain", done);
      output.off("error", done);
      output.off("close", done);
      resolve();
    };
    output.once("drain", done);
    output.once("error", done);
    output.once("close", done);
  });
}
function terminalTable(print) {
  return {
    typedAnswers: true,
    async ask(_chat, question) {
      await print(
        {
          kind: "quiz",
          title: say("quiz.questionTitle", { number: question.number, total: question.total }, question.language),
          body: `${question.question}
${say("quiz.secondsToAnswer", { count: question.seconds }, question.language)} ${say("quiz.typeNumber", { max: question.options.length }, question.language)}`,
          entries: [],
          quiz: question
        },
        null
      );
      return { ref: question.id };
    },
    async post(_chat, reply) {
      await print(reply, null);
    }
  };
}

// src/start.ts
import { statSync } from "node:fs";

// src/core/chat.ts
var GROUP_REPLIES = ["off", "dates", "names"];

// src/config.ts
var bool = external_exports.enum(["true", "false", "1", "0", "yes", "no", "on", "off"]).transform((v) => ["true", "1", "yes", "on"].includes(v));
var optionalText = external_exports.string().trim().min(1).optional().catch(void 0);
var url = external_exports.string().trim().url();
var Env = external_exports.object({
  LOG_LEVEL: external_exports.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  KNOWLEDGE_DIR: external_exports.string().default("knowledge"),
  DATA_DIR: external_exports.string().default("data"),
  DATABASE_URL: external_exports.string().trim().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  QUIZ_SECONDS: external_exports.coerce.number().int().min(5).max(600).default(30),
  QUIZ_QUESTIONS: external_exports.coerce.number().int().min(1).max(50).default(5),
  GROUP_REPLIES: external_exports.enum(GROUP_REPLIES).default("dates"),
  METRICS_PORT: external_exports.coerce.number().int().min(0).max(65535).optional(),
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_API_ROOT: url.optional(),
  TELEGRAM_WEBHOOK_URL: url.optional(),
  TELEGRAM_WEBHOOK_PORT: external_exports.coerce.number().int().min(1).max(65535).default(8443),
  TELEGRAM_WEBHOOK_SECRET: external_exports.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "use 1-256 characters of A-Z a-z 0-9 _ -").optional(),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: external_exports.string().regex(/^\d{5,25}$/, "must be the numeric application id").optional(),
  DISCORD_GUILD_ID: external_exports.string().regex(/^\d{5,25}$/, "must be a numeric server id").optional(),
  DISCORD_API_BASE: url.optional(),
  DISCORD_SHARDS: external_exports.union([external_exports.literal("auto"), external_exports.coerce.number().int().min(1).max(1e3)]).optional(),
  DISCORD_MESSAGE_CONTENT: bool.default(false),
  DISCORD_SHARD_LIST: external_exports.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "use shard ids separated by commas, like 0,1").optional(),
  DISCORD_TOTAL_SHARDS: external_exports.coerce.number().int().min(1).max(1e4).optional()
});
var ConfigError = class extends Error {
  name = "ConfigError";
};
function readConfig(env = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== void 0 && v.trim() !== ""));
  const parsed = Env.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:
  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const shardIds = e.DISCORD_SHARD_LIST?.split(",").map((id) => Number(id.trim()));
  if (shardIds && !e.DISCORD_TOTAL_SHARDS) throw new ConfigError("Invalid configuration:\n  DISCORD_TOTAL_SHARDS: required with DISCORD_SHARD_LIST");
  if (shardIds && e.DISCORD_TOTAL_SHARDS && shardIds.some((id) => id >= e.DISCORD_TOTAL_SHARDS))
    throw new ConfigError(`Invalid configuration:
  DISCORD_SHARD_LIST: shard ids go from 0 to ${e.DISCORD_TOTAL_SHARDS - 1} (DISCORD_TOTAL_SHARDS - 1)`);
  if (shardIds && e.DISCORD_SHARDS)
    throw new ConfigError("Invalid configuration:\n  DISCORD_SHARD_LIST: set either DISCORD_SHARDS (one host) or DISCORD_SHARD_LIST (this host's part), not both");
  return {
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.KNOWLEDGE_DIR,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    quiz: { seconds: e.QUIZ_SECONDS, questions: e.QUIZ_QUESTIONS },
    groupReplies: e.GROUP_REPLIES,
    metricsPort: e.METRICS_PORT,
    telegram: e.TELEGRAM_BOT_TOKEN ? {
      token: e.TELEGRAM_BOT_TOKEN,
      apiRoot: e.TELEGRAM_API_ROOT,
      webhook: e.TELEGRAM_WEBHOOK_URL ? { url: e.TELEGRAM_WEBHOOK_URL, port: e.TELEGRAM_WEBHOOK_PORT, secret: e.TELEGRAM_WEBHOOK_SECRET } : void 0
    } : void 0,
    discord: e.DISCORD_TOKEN ? {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiBase: e.DISCORD_API_BASE,
      shards: e.DISCORD_SHARDS,
      shardList: shardIds && e.DISCORD_TOTAL_SHARDS ? { ids: [...new Set(shardIds)], total: e.DISCORD_TOTAL_SHARDS } : void 0,
      messageContent: e.DISCORD_MESSAGE_CONTENT
    } : void 0
  };
}

// src/core/commands.ts
import { existsSync, readdirSync } from "node:fs";
import { dirname, join as join2 } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var COMMANDS_DIR = findUp(dirname(fileURLToPath(import.meta.url)), "commands");
function findUp(from, name) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join2(dir, name))) return join2(dir, name);
    if (dirname(dir) === dir) throw new Error(`no ${name}/ folder above ${from}`);
  }
}
var NAME = /^[a-z0-9_]{1,32}$/;
async function loadCommands(dir = COMMANDS_DIR) {
  const files = readdirSync(dir).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith(".d.ts") && !f.startsWith("_")).sort();
  const modules = await Promise.all(files.map((file) => import(pathToFileURL(join2(dir, file)).href)));
  const commands = modules.map((mod, i) => {
    if (!mod.default) throw new Error(`commands/${files[i]}: has no default export`);
    return mod.default;
  });
  checkCommands(commands);
  return commands.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
}
function checkCommands(commands) {
  const words = /* @__PURE__ */ new Map();
  for (const c of commands) {
    if (!NAME.test(c.name)) throw new Error(`command "${c.name}": names are 1-32 characters of a-z, 0-9 and _`);
    if (!c.description || c.description.length > 100) throw new Error(`command "${c.name}": description must be 1-100 characters`);
    for (const o of c.options) {
      if (!NAME.test(o.name)) throw new Error(`command "${c.name}": option "${o.name}" is not a valid name`);
      if (!o.description || o.description.length > 100) throw new Error(`command "${c.name}": option "${o.name}" needs a 1-100 character description`);
    }
    for (const w2 of [c.name, ...c.aliases ?? []]) {
      const other = words.get(w2);
      if (other) throw new Error(`command "${c.name}": "${w2}" is already used by "${other}"`);
      words.set(w2, c.name);
    }
  }
}

// src/core/answer.ts
var CAPS = {
  /** A direct question: one fact and at most two more. */
  fact: 500,
  /** A profile: `/who X` or a bare name. */
  profile: 900
};
var KEYS_PER_STATEMENT = 3;
var AnswerWriter = class {
  /**
   * @param knowledge the knowledge in `lang` (see `knowledgeIn`)
   * @param lang the language written (default English)
   * @param local a unit in `lang`: the same unit with its texts translated (default: as given)
   */
  constructor(knowledge, lang = "en", local = (u) => u) {
    this.knowledge = knowledge;
    this.lang = lang;
    this.local = local;
  }
  knowledge;
  lang;
  local;
  say(key2, values = {}) {
    return say(key2, values, this.lang);
  }
  /** One unit as a sentence with its sources inline ("... [W-AB]."). */
  statement(asked) {
    const u = this.local(asked);
    const lang = this.lang;
    const name = shortName(u.entry, lang);
    const keys = /* @__PURE__ */ new Set();
    const perVersion = u.versions.length > 2 ? 1 : u.versions.length > 1 ? 2 : KEYS_PER_STATEMENT;
    const cite = (sources) => {
      const shown = sources.slice(0, perVersion);
      for (const k of shown) keys.add(k);
      return `[${shown.join(", ")}]`;
    };
    const one = u.versions[0];
    const disputed = isDisputedUnit(u);
    const listed = (render) => u.versions.map((v) => `${render(v)} ${cite(v.sources)}`).join(this.say("fact.or"));
    let text;
    switch (u.field) {
      case "born":
      case "died":
      case "when": {
        if (u.label) {
          text = disputed ? this.say(`fact.disputedPlace_${u.field}`, { name, versions: listed((v) => placeText(v)) }) : withCite(this.say(u.field === "born" ? "fact.bornPlace" : "fact.diedPlace", { name, place: placeText(one) }), cite(one.sources));
        } else if (disputed) {
          text = this.say(`fact.disputedDate_${u.field}`, { name, versions: listed((v) => dateLabel(v, lang, u.versions.length <= 2)) });
        } else {
          const place = one.place ? this.say("fact.at", { place: one.place }) : "";
          if (u.field === "when" && DOCUMENT.test(asked.entry.name)) text = withCite(this.say("fact.dated", { name, date: `${dateLabel(one, lang)}${place}` }), cite(one.sources));
          else text = withCite(this.say(u.field === "when" ? "fact.when" : `fact.${u.field}`, { name, when: `${whenPhrase(one, lang)}${place}` }), cite(one.sources));
        }
        break;
      }
      case "place":
        text = disputed ? this.say("fact.disputedPlace_when", { name, versions: listed((v) => placeText(v)) }) : withCite(this.say("fact.place", { name, place: placeText(one) }), cite(one.sources));
        break;
      case "participants": {
        const people = u.names.map((id) => this.knowledge.byId.get(id)?.name).filter(Boolean).slice(0, 6);
        text = withCite(this.say("fact.participants", { name, people: people.join(", ") }), cite(one.sources));
        break;
      }
      case "role": {
        const title = roleTitle(one.text, lang);
        const span2 = one.date || one.end ? roleSpan(one.date, one.end, lang) : "";
        text = withCite(this.say(span2 ? "fact.roleSpan" : "fact.role", { name, title, span: span2 }), cite(one.sources));
        break;
      }
      case "attribute":
        text = withCite(this.say("fact.attribute", { label: lang === "en" ? u.label : lowerFirstWord(u.label ?? ""), name, value: stripStop(one.text) + (one.note ? ` (${one.note})` : "") }), cite(one.sources));
        break;
      case "summary":
        text = withCite(one.text, cite(one.sources));
        break;
      case "fact": {
        const shown = u.versions.length > 2 ? u.versions.slice(0, 2) : u.versions;
        const rest = u.versions.length - shown.length;
        const versions = shown.map((v) => `${stripStop(lowerFirst(v.text))} ${cite(v.sources)}`).join(this.say("fact.or"));
        text = disputed ? this.say(rest ? "fact.disputedMore" : "fact.disputed", { about: lowerFirst(u.label ?? ""), versions, count: rest }) : withCite(subjectify(one.text, u.entry, lang), cite(one.sources));
        break;
      }
    }
    return { text: capitalise(text), keys: [...keys] };
  }
  /** A role as a profile line: "Chairman of ... (1917–1920) [W-AB]". */
  roleLine(asked) {
    const v = this.local(asked).versions[0];
    const keys = v.sources.slice(0, KEYS_PER_STATEMENT);
    const span2 = v.date || v.end ? ` (${roleSpan(v.date, v.end, this.lang)})` : "";
    return { text: `${v.text}${span2} [${keys.join(", ")}]`, keys };
  }
  /**
   * A reply built from statements: the first always, the rest in order while the plain text
   * stays within `cap`. Fields (profile cards) are added the same way, after the first sentence.
   */
  assemble(options) {
    const body = [options.first];
    const fields = [];
    const suggestions = [{ label: this.say("reply.more"), request: `/more ${options.entry.id}` }, ...options.suggestions ?? []].slice(0, 4);
    const build = () => {
      const keys = [.../* @__PURE__ */ new Set([...body.flatMap((s) => s.keys), ...fields.flatMap((f) => f.keys)])];
      return {
        kind: "answer",
        title: options.title ?? this.knowledge.byId.get(options.entry.id)?.name ?? options.entry.name,
        body: body.map((s) => s.text).join("\n\n"),
        fields: fields.length ? fields.map(({ keys: _keys, ...f }) => f) : void 0,
        sources: refs(this.knowledge, keys),
        entries: options.entries ?? [options.entry.id],
        suggestions,
        language: this.lang
      };
    };
    const fits = () => replyToText(build()).length <= options.cap;
    for (const f of options.fields ?? []) {
      fields.push(f);
      if (!fits()) fields.pop();
    }
    for (const s of options.more ?? []) {
      if (body.some((b) => b.text === s.text)) continue;
      body.push(s);
      if (!fits()) body.pop();
    }
    return build();
  }
};
function refs(knowledge, keys) {
  const cite = citations(knowledge.sources);
  cite(keys);
  return cite.list();
}
function shortName(e, lang = "en") {
  const name = e.name.replace(/\s*\([^)]*\)\s*$/, "");
  if (e.kind === "person" || lang !== "en") return name;
  if (e.kind === "event") return /'s\b|^\d/.test(name) ? name : `the ${name}`;
  return COMMON_START.test(name) ? `the ${name}` : name;
}
var DOCUMENT = /\b(letter|petition|decree|law|programme|program|appeal|telegram|declaration|manifesto|verdict|resolution)\b/i;
var COMMON_START = /^(First|Second|Third|Fourth|Letter|Decree|Law|End|Founding|Proclamation|Break|Election|Petition|Monument|Arrests?|Trials?|Amnesty|Rehabilitation|Congress|Programme|People's|Kadets|Kazakh Revolutionary|Kirghiz|Kazak|Alash programme|Alash militia|Alash party|Alash word|Turksib|Gulag|Constituent)/;
function whenPhrase(v, lang) {
  const label = formatRange(v.date ?? v.text, v.end, lang);
  const precision = v.end && v.end !== v.date ? "range" : (v.date ?? "").length === 10 ? "day" : (v.date ?? "").length === 7 ? "month" : "year";
  const phrase = say(`date.${precision}`, { date: label }, lang);
  const notes = [marks(v, lang), v.note].filter(Boolean).join(", ");
  return notes ? `${phrase} (${notes})` : phrase;
}
function dateLabel(v, lang, withNote = true) {
  const label = `${formatRange(v.date ?? v.text, v.end, lang)}${v.place ? say("fact.at", { place: v.place }, lang) : ""}`;
  const notes = [marks(v, lang), withNote ? v.note : void 0].filter(Boolean).join(", ");
  return notes ? `${label} (${notes})` : label;
}
function marks(v, lang) {
  if (!v.marks || lang === "en") return v.marks;
  return v.marks.split(", ").map((m) => m === "old style" ? say("date.oldStyleMark", {}, lang) : m === "approximately" ? say("date.approximately", {}, lang) : m).join(", ");
}
function placeText(v) {
  return v.note && !v.text.includes(v.note) ? `${v.text} (${v.note})` : v.text;
}
function roleSpan(from, to, lang) {
  if (from && to) return formatRange(from, to, lang);
  if (from) return formatRange(from, void 0, lang);
  return say("fact.spanTo", { to: formatRange(to, void 0, lang) }, lang);
}
var COMMON_ROLE = /^(член|депутат|председатель|комиссар|министр|редактор|основатель|соучредитель|сооснователь|учитель|преподаватель|руководитель|глава|делегат|участник|судья|юрист|поэт|писатель|сотрудник|заместитель|секретарь|начальник|народный|один|одна|мүше|депутат|төраға|комиссар|министр|редактор|мұғалім|ұстаз|басшы|делегат|қатысушы|судья|заңгер|ақын|жазушы|қызметкер|орынбасар|хатшы|бастық|негізін)/i;
function roleTitle(title, lang) {
  if (lang !== "en") return COMMON_ROLE.test(title) ? lowerFirstWord(title) : title;
  const t = /^[A-Z][a-z]/.test(title) && !/^[A-Z][a-z]+ [A-Z]/.test(title.split(" of ")[0]) ? lowerFirst(title) : title;
  return /^(member|deputy|delegate|co-?founder|founder|teacher|leader|editor|founding member|signatory|participant|commissar|minister|judge|lawyer|poet|writer)\b/i.test(t) ? `a ${t}` : t;
}
function subjectify(text, e, lang) {
  if (lang !== "en") {
    const surname = e.kind === "person" ? e.name.split(" ").at(-1) : shortName(e, lang);
    return text.replace(/^(Он|Она|Ол)(?=\s)/, surname);
  }
  const name = e.kind === "person" ? e.name.split(" ").at(-1) : shortName(e);
  const m = /^(He|She|They|It|His|Her|Their|Its)\b/.exec(text);
  if (!m) return text;
  const possessive = /^(His|Her|Their|Its)$/.test(m[1]);
  return `${possessive ? `${name}'s` : name}${text.slice(m[1].length)}`;
}
function withCite(sentence, cited) {
  return `${stripStop(sentence)} ${cited}.`;
}
function stripStop(text) {
  const bare = text.replace(/[.\s]+$/, "");
  return /\s(г|гг|ж|жж)$/u.test(bare) ? `${bare}.` : bare;
}
function lowerFirst(text) {
  return /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+ [A-Z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
function lowerFirstWord(text) {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
function capitalise(text) {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

// src/core/answer-cache.ts
var AnswerCache = class {
  /**
   * @param max how many replies are kept; the least recently used go first (default 2,000:
   * a few megabytes)
   */
  constructor(max = 2e3) {
    this.max = max;
  }
  max;
  replies = /* @__PURE__ */ new Map();
  get(key2) {
    const answered = this.replies.get(key2);
    if (answered) {
      this.replies.delete(key2);
      this.replies.set(key2, answered);
    }
    return answered;
  }
  /** Keeps a reply (frozen, with all it holds) and returns it. */
  set(key2, answered) {
    if (this.max <= 0) return answered;
    const kept = freeze(answered);
    this.replies.delete(key2);
    this.replies.set(key2, kept);
    if (this.replies.size > this.max) this.replies.delete(this.replies.keys().next().value);
    return kept;
  }
  get size() {
    return this.replies.size;
  }
};
function freeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

// src/core/compose.ts
var Composer = class {
  /**
   * @param knowledge the knowledge in `lang` (see `knowledgeIn`)
   * @param lang the language of the cards' own words (default English)
   */
  constructor(knowledge, lang = "en") {
    this.knowledge = knowledge;
    this.lang = lang;
  }
  knowledge;
  lang;
  say(key2, values = {}) {
    return say(key2, values, this.lang);
  }
  /** A person's profile: who they were, life dates, roles, a few key facts. */
  person(p) {
    const cite = this.citations();
    const fields = [];
    if (p.born.length) fields.push({ name: this.say("card.born"), value: this.versions(p.born, cite), inline: true });
    if (p.died.length) fields.push({ name: this.say("card.died"), value: this.versions(p.died, cite), inline: true });
    if (p.roles.length) {
      fields.push({
        name: this.say("card.roles"),
        value: p.roles.slice(0, 4).map((r) => `${r.title}${r.from || r.to ? ` (${span(r.from, r.to, this.lang)})` : ""} ${cite(r.sources)}`).join("\n")
      });
    }
    const body = [`${p.summary.text} ${cite(p.summary.sources)}`, ...this.keyFacts(p, cite, 2)].join("\n\n");
    return this.reply(p, body, fields, cite, this.related(p));
  }
  /** An event: when (every version), what happened, who took part. */
  event(e) {
    const cite = this.citations();
    const fields = [{ name: this.say(e.when.length > 1 ? "card.whenDisputed" : "card.when"), value: this.versions(e.when, cite) }];
    if (e.place) fields.push({ name: this.say("card.where"), value: e.place, inline: true });
    const people = e.participants.map((id) => this.knowledge.byId.get(id)?.name).filter(Boolean);
    if (people.length) fields.push({ name: this.say("card.participants"), value: people.join(", ") });
    const body = [`${e.summary.text} ${cite(e.summary.sources)}`, ...this.keyFacts(e, cite, 3)].join("\n\n");
    const follow = [...e.participants.slice(0, 3).map((id) => this.suggest(id)), ...this.related(e)];
    return this.reply(e, body, fields, cite, follow);
  }
  /** A term, place, organisation, publication or the party itself. */
  term(t) {
    const cite = this.citations();
    const fields = [];
    if (t.kind !== "person" && t.kind !== "event") {
      for (const a of t.attributes.slice(0, 8)) {
        fields.push({ name: a.label, value: `${a.value} ${cite(a.sources)}${a.note ? ` (${a.note})` : ""}`, inline: a.value.length < 40 });
      }
    }
    const body = [`${t.summary.text} ${cite(t.summary.sources)}`, ...this.keyFacts(t, cite, 3)].join("\n\n");
    return this.reply(t, body, fields, cite, this.related(t));
  }
  /** Any entry, in the form its kind calls for. */
  entry(e) {
    if (e.kind === "person") return this.person(e);
    if (e.kind === "event") return this.event(e);
    return this.term(e);
  }
  /**
   * What happened at a date. A few moments are told in full, each with its sources and any
   * other dating; many are listed one line each (events by name), so a year stays readable.
   */
  moments(label, found, limit = 8, brief = found.length > 4) {
    const cite = this.citations();
    const shown = brief ? found.filter((m) => m.what !== "event" || m === mainVersion(found, m.entry)) : found;
    const lines = shown.slice(0, limit).map((m) => {
      const others = !brief && m.otherVersions.length ? ` (${this.say("card.otherDates", { dates: m.otherVersions.map((o) => `${momentDate(o, this.lang)}${o.note ? `, ${o.note}` : ""} ${cite(o.sources)}`).join("; ") })})` : "";
      const what = brief && m.what === "event" ? m.entry.name : m.text;
      return `${momentDate(m, this.lang)}: ${what} ${cite(brief ? m.sources.slice(0, 1) : m.sources)}${brief ? m.otherVersions.length ? ` (${this.say("card.dateDisputed")})` : "" : others}`;
    });
    if (shown.length > limit) lines.push(this.say("card.andMore", { count: shown.length - limit }));
    const entries = unique(found.map((m) => m.entry.id));
    const follow = entries.slice(0, 3).map((id) => this.suggest(id));
    return { kind: "answer", title: label, body: lines.join(brief ? "\n" : "\n\n"), sources: cite.list(), entries, suggestions: follow, language: this.lang };
  }
  /** Several entries matched equally well: let the user choose. */
  choose(query, entries) {
    return {
      kind: "answer",
      title: this.say("card.whichOne"),
      body: this.say("card.severalPeople", { query: quote(query), names: entries.map((e) => this.name(e)).join(", ") }),
      entries: entries.map((e) => e.id),
      choices: entries.slice(0, 5).map((e) => ({ label: this.name(e), request: `/about ${e.id}` })),
      language: this.lang
    };
  }
  /** Nothing matched: say so plainly and offer the nearest names. */
  notFound(query, nearest) {
    const q = quote(query);
    const body = nearest.length ? this.say("card.notFoundNear", { query: q, names: nearest.map((e) => this.name(e)).join(", ") }) : this.say("card.notFound", { query: q });
    return { kind: "not-found", body, entries: [], suggestions: nearest.slice(0, 3).map((e) => this.suggest(e.id)), language: this.lang };
  }
  suggest(id, label) {
    const e = this.knowledge.byId.get(id);
    return { label: label ?? e?.name ?? id, request: `/about ${id}` };
  }
  /** An entry's name in this composer's language (entries from any language's knowledge). */
  name(e) {
    return this.knowledge.byId.get(e.id)?.name ?? e.name;
  }
  reply(e, body, fields, cite, follow) {
    const suggestions = uniqueBy(follow.filter((s) => s.request !== `/about ${e.id}` || s.label === "Profile"), (s) => s.request).slice(0, 4);
    return { kind: "answer", title: e.name, body, fields, sources: cite.list(), entries: [e.id], suggestions, language: this.lang };
  }
  /** Up to three related entries, as follow-up suggestions. */
  related(e) {
    return e.related.slice(0, 3).map((id) => this.suggest(id));
  }
  /**
   * Up to `n` facts; a disputed one says so and gives every version. A fact that lists the
   * entry's own spellings is left out: the title already names it, and its sources would crowd
   * the reply.
   */
  keyFacts(e, cite, n) {
    const spellings = (text) => e.aliases.filter((a) => a.length > 3 && text.includes(a)).length >= 2;
    return e.facts.filter((f) => isDisputed(f) || !spellings(f.text)).slice(0, n).map(
      (f) => isDisputed(f) ? `${this.say("card.disputedFact", { about: f.about })} ${f.versions.map((v) => `${v.text} ${cite(v.sources)}`).join(" / ")}` : `${f.text} ${cite(f.sources)}`
    );
  }
  versions(list, cite) {
    return list.map((v) => this.version(v, cite)).join(list.length > 1 ? ";\n" : "");
  }
  version(v, cite) {
    const date = `${v.circa ? this.say("card.circa") : ""}${formatRange(v.date, v.end, this.lang)}${v.calendar === "julian" ? ` (${this.say("date.oldStyleMark")})` : ""}`;
    const extra = [v.place, v.note].filter(Boolean).join(", ");
    return `${date}${extra ? `, ${extra}` : ""} ${cite(v.sources)}`;
  }
  citations() {
    return citations(this.knowledge.sources);
  }
};
function mainVersion(found, entry) {
  const versions = found.filter((m) => m.entry === entry && m.what === "event");
  const order = entry.kind === "event" ? entry.when.map((v) => `${v.date}|${v.end}`) : [];
  const at = (m) => order.indexOf(`${m.date}|${m.end}`);
  return versions.sort((a, b) => at(a) - at(b))[0];
}
function span(from, to, lang) {
  if (from && to) return formatRange(from, to, lang);
  if (from) return say("fact.spanFrom", { from: formatRange(from, void 0, lang) }, lang);
  return say("fact.spanTo", { to: formatRange(to, void 0, lang) }, lang);
}
function quote(text, max = 40) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function unique(list) {
  return [...new Set(list)];
}
function uniqueBy(list, key2) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((t) => !seen.has(key2(t)) && seen.add(key2(t)));
}

// src/core/conversation.ts
var Conversations = class {
  /**
   * @param now the clock (default `Date.now`)
   * @param ttlMs how long a subject is remembered (default 10 minutes)
   * @param max how many askers are remembered at once; the oldest go first (default 10,000)
   */
  constructor(now = Date.now, ttlMs = 10 * 6e4, max = 1e4) {
    this.now = now;
    this.ttlMs = ttlMs;
    this.max = max;
  }
  now;
  ttlMs;
  max;
  last = /* @__PURE__ */ new Map();
  /** The entry the asker's last answer was about, if it is recent enough. */
  subject(asker) {
    return this.recent(asker)?.entryId;
  }
  /** The entries the bot last asked this asker to choose between ("which Dosmukhamedov?"). */
  choices(asker) {
    return this.recent(asker)?.choices ?? [];
  }
  remember(asker, entryId) {
    this.set(asker, { entryId, at: this.now() });
  }
  /** Remembers a "which one?" so that the next answer ("Khalel") settles it. */
  offer(asker, entryIds) {
    this.set(asker, { entryId: this.subject(asker), choices: entryIds, at: this.now() });
  }
  recent(asker) {
    const seen = this.last.get(asker);
    if (seen && this.now() - seen.at > this.ttlMs) {
      this.last.delete(asker);
      return void 0;
    }
    return seen;
  }
  set(asker, value) {
    this.last.delete(asker);
    this.last.set(asker, value);
    if (this.last.size > this.max) this.last.delete(this.last.keys().next().value);
  }
};

// src/core/question.ts
var w = (list) => new Set(list.map(toLatin));
var BORN = w(["born", "birth", "birthday", "birthplace", "\u0440\u043E\u0434\u0438\u043B\u0441\u044F", "\u0440\u043E\u0434\u0438\u043B\u0430\u0441\u044C", "\u0440\u043E\u0436\u0434\u0435\u043D\u0438\u044F", "\u0440\u043E\u0434\u0438\u043D\u0430", "\u0442\u0443\u0493\u0430\u043D", "\u0442\u0443\u0434\u044B", "\u0442\u0443\u044B\u043B\u0493\u0430\u043D", "\u0434\u04AF\u043D\u0438\u0435\u0433\u0435"]);
var DIED = w(["died", "die", "death", "killed", "shot", "executed", "perished", "\u0443\u043C\u0435\u0440", "\u0443\u043C\u0435\u0440\u043B\u0430", "\u043F\u043E\u0433\u0438\u0431", "\u043F\u043E\u0433\u0438\u0431\u043B\u0430", "\u0440\u0430\u0441\u0441\u0442\u0440\u0435\u043B\u044F\u043D", "\u0440\u0430\u0441\u0441\u0442\u0440\u0435\u043B\u044F\u043B\u0438", "\u0441\u043C\u0435\u0440\u0442\u044C", "\u0441\u043C\u0435\u0440\u0442\u0438", "\u0441\u043A\u043E\u043D\u0447\u0430\u043B\u0441\u044F", "\u049B\u0430\u0439\u0442\u044B\u0441", "\u04E9\u043B\u0434\u0456", "\u0430\u0442\u044B\u043B\u0434\u044B", "\u049B\u0430\u0437\u0430"]);
var PERSON = w(["who", "whom", "\u043A\u0442\u043E", "\u043A\u0435\u043C", "\u043A\u043E\u0433\u043E", "\u043A\u043E\u043C\u0443", "\u043A\u0456\u043C", "\u043A\u0456\u043C\u0434\u0456", "\u043A\u0456\u043C\u0433\u0435", "\u043A\u0456\u043C\u043D\u0456\u04A3"]);
var DATE = w(["when", "\u043A\u043E\u0433\u0434\u0430", "\u049B\u0430\u0448\u0430\u043D", "until", "since", "long", "date", "year", "years", "\u0433\u043E\u0434\u0443", "\u0433\u043E\u0434", "\u0433\u043E\u0434\u0430", "\u0447\u0438\u0441\u043B\u0430", "\u0436\u044B\u043B\u044B", "\u0436\u044B\u043B", "\u0434\u0430\u0442\u0430"]);
var PLACE = w(["where", "\u0433\u0434\u0435", "\u043A\u0443\u0434\u0430", "\u043E\u0442\u043A\u0443\u0434\u0430", "\u049B\u0430\u0439\u0434\u0430", "\u049B\u0430\u0439", "city", "town", "place", "\u0433\u043E\u0440\u043E\u0434", "\u0433\u043E\u0440\u043E\u0434\u0435"]);
var NUMBER = w(["many", "much", "number", "\u0441\u043A\u043E\u043B\u044C\u043A\u043E", "\u049B\u0430\u043D\u0448\u0430", "\u043D\u0435\u0448\u0435\u0443", "\u043D\u0435\u0448e", "\u0447\u0438\u0441\u043B\u0435\u043D\u043D\u043E\u0441\u0442\u044C"]);
var REASON = w(["why", "\u043F\u043E\u0447\u0435\u043C\u0443", "\u0437\u0430\u0447\u0435\u043C", "\u043D\u0435\u0433\u0435", "\u043D\u0435\u043B\u0456\u043A\u0442\u0435\u043D", "reason", "reasons", "caused", "cause", "\u043F\u0440\u0438\u0447\u0438\u043D\u0430", "\u043F\u0440\u0438\u0447\u0438\u043D\u044B", "\u0441\u0435\u0431\u0435\u0431\u0456"]);
var MEANING = w(["mean", "means", "meaning", "\u0437\u043D\u0430\u0447\u0438\u0442", "\u043E\u0437\u043D\u0430\u0447\u0430\u0435\u0442", "\u0437\u043D\u0430\u0447\u0435\u043D\u0438\u0435", "\u043C\u0430\u0493\u044B\u043D\u0430\u0441\u044B", "\u0431\u0456\u043B\u0434\u0456\u0440\u0435\u0434\u0456"]);
var WHAT = w(["what", "\u0447\u0442\u043E", "\u043D\u0435", "what's", "whats"]);
var YES_NO_START = /^(did|was|were|is|are|does|do|has|had|have)\b/i;
var YES_NO_PARTICLE = /(^|\s)(ли|ма|ме|ба|бе|па|пе|ма\?|ме\?)(?=[\s?!.,]|$)|(\S)(ма|ме|ба|бе|па|пе)\?\s*$/iu;
var WH_START = /^(who|whom|whose|what|when|where|why|how|which)\b/i;
var RU_QUESTION_WORD = /(^|[\s,])(кто|кого|кому|кем|что|чего|чем|когда|где|куда|откуда|почему|зачем|как|какой|какая|какое|какие|каком|какую|каких|сколько|чей|чья|чьё|чьи|ли)(?=[\s?,.!]|$)/iu;
var RU_VERB = /[а-яё]{2,}(л|ла|ло|ли|лся|лась|лось|лись|ен|ена|ено|ены|ан|ана|ано|аны|ян|яна|яно|яны)(?=[\s?,.!]|$)|(^|\s)(умер|родился|был|была|было|были)(?=[\s?,.!]|$)/iu;
var PRONOUNS = ["he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "there", "\u0442\u0430\u043C", "\u043E\u043D", "\u043E\u043D\u0430", "\u0435\u0433\u043E", "\u0435\u0451", "\u0435\u0435", "\u0435\u043C\u0443", "\u0435\u0439", "\u043E\u043D\u0438", "\u0438\u0445", "\u0438\u043C", "\u043E\u043B", "\u043E\u043D\u044B\u04A3", "\u043E\u043D\u044B", "\u043E\u0493\u0430\u043D", "\u043E\u043B\u0430\u0440", "\u043E\u043B\u0430\u0440\u0434\u044B\u04A3"];
var PRONOUN = w(PRONOUNS);
var TYPED_PRONOUN = new Set(PRONOUNS);
var NEXT = /\b(next|after that|afterwards|then what)\b|что было дальше|что потом|одан кейін|кейін не/iu;
var KIND_WORDS = new Set([...BORN, ...DIED, ...PERSON, ...DATE, ...PLACE, ...NUMBER, ...REASON, ...MEANING, ...WHAT, "happened", "next", "then", "afterwards", "also"].flatMap((x) => foldText(x)));
var STOP = new Set([...QUESTION_WORDS, ...KIND_WORDS, ...PRONOUN].flatMap((x) => foldText(x)));
var QUESTION_STOP = new Set([...QUESTION_WORDS].flatMap((x) => foldText(x)));
var PRONOUN_KEYS = new Set([...PRONOUN].flatMap((x) => foldText(x)));
function readQuestion(text, hint) {
  const latinText = toLatin(text);
  const latin = latinText.split(" ");
  const folded = latin.filter(Boolean).map(foldWord);
  const has = (set) => latin.some((x) => set.has(x));
  const trimmed = text.trim();
  const yesNo = YES_NO_START.test(trimmed) && !WH_START.test(trimmed) || YES_NO_PARTICLE.test(trimmed) || /\?\s*$/.test(trimmed) && !RU_QUESTION_WORD.test(trimmed) && RU_VERB.test(trimmed) && detectLanguage(trimmed) === "ru";
  const life = has(BORN) ? "born" : has(DIED) ? "died" : void 0;
  const dateless = withoutDates(text);
  const words = dateless === void 0 ? naming(folded) : contentWords(dateless, true);
  const pronoun = text.toLowerCase().split(/[^\p{L}]+/u).some((x) => TYPED_PRONOUN.has(x));
  const next = NEXT.test(text);
  return {
    text,
    wants: wantedKind(has, latinText, hint, life),
    yesNo,
    cyrillic: /[а-яёәғқңөұүһі]/iu.test(text),
    bare: hint === "who" ? !/^who (was|is|were|are)\b/i.test(trimmed) : isBare(trimmed),
    life,
    words,
    allWords: naming(folded),
    nameWords: folded.filter((x) => !QUESTION_STOP.has(x) && !PRONOUN_KEYS.has(x) && x.length > 1).map(canonicalWord),
    dates: findDates(text),
    refersBack: next || pronoun || /^\s*(and|а|и|ал|ещё|еще)\s/iu.test(text),
    next
  };
}
function isBare(text) {
  const trimmed = text.trim();
  return !/[?]/.test(trimmed) && foldText(trimmed.replace(/[^\p{L}\s-]/gu, " ")).every((x) => !STOP.has(x));
}
function wantedKind(has, latin, hint, life) {
  if (/^(how many|how much)\b/.test(latin) || has(NUMBER)) return "number";
  if (/^(why)\b/.test(latin) || has(REASON)) return "reason";
  if (has(MEANING)) return "meaning";
  if (/^(who|whom)\b/.test(latin) || has(PERSON) && !/^(when|where)\b/.test(latin)) return hint === "who" && !life && !/^who (was|is|were|are)\b/.test(latin) ? "profile" : "person";
  if (has(PLACE) || /^where\b/.test(latin)) return "place";
  if (has(DATE) || hint === "when" || /^(what|which) year\b/.test(latin) || /^how long\b/.test(latin)) return "date";
  if (life) return "date";
  if (has(WHAT) || hint === "what") return "description";
  return "profile";
}
function contentWords(text, keepDates = false) {
  return naming(foldText(keepDates ? text : withoutDates(text) ?? text));
}
function withoutDates(text) {
  const tokens = text.split(/\s+/);
  const kept = tokens.filter((t) => !/\d/.test(t) && !monthNumber(t.replace(/[^\p{L}]/gu, "")));
  return kept.length === tokens.length ? void 0 : kept.join(" ");
}
function naming(folded) {
  return folded.filter((x) => !STOP.has(x) && x.length > 1).map(canonicalWord);
}
function isAskingWord(folded) {
  return STOP.has(folded);
}

// src/core/library.ts
var QUESTION_START = /^(who|whom|whose|what|when|where|why|how|which|did|was|were|is|are|кто|что|когда|где|почему|как|какой|кім|не|қашан|қайда|неге|қалай|қандай)(?=[\s?!.,]|$)/iu;
function enough(coverage, words) {
  return coverage >= (words <= 3 ? 1 : 0.75);
}
var SEARCH_COVERAGE = 0.5;
var Library = class {
  /**
   * @param now the clock for follow-up memory (default `Date.now`)
   * @param cached how many answers are kept for questions asked again (default 2,000; 0 keeps none)
   */
  constructor(knowledge, now = Date.now, cached = 2e3) {
    this.knowledge = knowledge;
    this.answers = new AnswerCache(cached);
    this.index = new EntryIndex(knowledge);
    this.facts = new FactIndex(knowledge);
    this.timeline = new Timeline(knowledge);
    this.compose = new Composer(knowledge);
    this.writer = new AnswerWriter(knowledge);
    this.placeWords = new Set([
      ...knowledge.entries.filter((e) => e.kind === "place").flatMap((e) => [e.name, ...e.aliases].flatMap((n) => foldText(n))),
      ...this.facts.units.filter((u) => u.field === "place").flatMap((u) => u.versions.flatMap((v) => foldText(v.text)))
    ].filter((w2) => w2.length > 3 && !isAskingWord(w2)));
    this.conversations = new Conversations(now);
    this.voices.set("en", { lang: "en", knowledge, writer: this.writer, compose: this.compose, local: (u) => u, moment: (m) => m });
  }
  knowledge;
  index;
  facts;
  timeline;
  compose;
  writer;
  /** Folded words of every place the knowledge records (places, birthplaces, event places). */
  placeWords;
  conversations;
  voices = /* @__PURE__ */ new Map();
  /** Answers to questions asked before, when they did not depend on a conversation. */
  answers;
  /** Whether answering the current question offered or settled a "which one?" (see `answer`). */
  choosing = { settled: false };
  /** The library's words in `lang`, made on first use (see Voice). */
  voice(lang = "en") {
    let v = this.voices.get(lang);
    if (v) return v;
    const knowledge = knowledgeIn(this.knowledge, lang);
    const local = new Map(unitsOf(knowledge).map((u) => [u.id, u]));
    const timeline = new Timeline(knowledge, lang);
    const moments = new Map(this.timeline.moments.map((m, i) => [m, timeline.moments[i]]));
    const same = timeline.moments.length === this.timeline.moments.length;
    const told = (u) => {
      const t = local.get(u.id);
      return t ? { ...u, entry: t.entry, label: t.label, versions: t.versions } : u;
    };
    v = {
      lang,
      knowledge,
      writer: new AnswerWriter(knowledge, lang, told),
      compose: new Composer(knowledge, lang),
      local: told,
      moment: (m) => same && moments.get(m) || m
    };
    this.voices.set(lang, v);
    return v;
  }
  /** What happened at moments of the timeline, told in `lang` (default English): "on this day". */
  moments(label, found, lang = "en") {
    const v = this.voice(lang);
    return v.compose.moments(label, found.map((m) => v.moment(m)));
  }
  /** A moment of the timeline, told in `lang` (default English). */
  momentIn(m, lang = "en") {
    return this.voice(lang).moment(m);
  }
  /** An entry's name in `lang`. */
  nameIn(entry, lang = "en") {
    return this.voice(lang).compose.name(entry);
  }
  greeting(lang = "en") {
    return { kind: "help", title: say("card.greetingTitle", {}, lang), body: say("card.greeting", {}, lang), entries: [], language: lang };
  }
  /** Answers a question or a lookup in any language the bot reads, in `lang` (default English). */
  answer(text, hint, asker, lang = "en") {
    const key2 = `${lang}\0${hint ?? ""}\0${text}`;
    let answered = this.answers.get(key2);
    if (answered?.offered && asker && this.conversations.choices(asker.key).some((id) => answered.offered.includes(id))) answered = void 0;
    if (!answered) {
      const question = readQuestion(text, hint);
      const invalid = question.dates.find((d) => d.invalid);
      if (invalid) {
        return { kind: "error", body: say("card.notADate", { date: quote(invalid.label) }, lang), entries: [], ephemeral: true, language: lang };
      }
      this.choosing = { settled: false };
      const reply2 = this.respond(question, asker, this.voice(lang));
      const { offered, settled } = this.choosing;
      answered = { reply: reply2, offered };
      if (!question.refersBack && !settled) answered = this.answers.set(key2, answered);
    } else if (answered.offered && asker) {
      this.conversations.offer(asker.key, [...answered.offered]);
    }
    const reply = answered.reply;
    if (asker && reply.kind === "answer" && reply.entries.length === 1) this.conversations.remember(asker.key, reply.entries[0]);
    return reply;
  }
  /** Steps two to four: find, choose, compose. */
  respond(question, asker, v) {
    const found = this.find(question, asker, v);
    const q = found.subject?.datesNamed ? { ...question, dates: [] } : question;
    if (q.dates.length && (!found.subject || found.subject.recalled)) return this.dateAnswer(q.dates, v);
    if (found.rivals) return found.rivals;
    if (!found.subject) {
      const unit2 = q.words.length ? this.unitAlone(q) : void 0;
      if (unit2) return this.factReply(q, unit2, [], v);
      if (!q.words.length) {
        return { kind: "not-found", body: say("card.askMe", {}, v.lang), entries: [], suggestions: [], language: v.lang };
      }
      return v.compose.notFound(subjectOf(q.text), this.nearest(q.words));
    }
    const { entry, topic } = found.subject;
    if (q.dates.length) {
      const own = unique2(q.dates.flatMap((d) => this.timeline.at(d))).filter((m) => concerns(m, entry));
      if (own.length && !q.yesNo) return this.fitMoments(`${this.nameIn(entry, v.lang)}, ${q.dates.map((d) => dateLabelIn(d, v.lang)).join(", ")}`, own, v);
    }
    if (q.next && found.subject.recalled) return this.nextAfter(entry, v);
    const unit = this.choose(q, entry, topic) ?? (q.yesNo ? this.facts.of(entry.id).find((u) => u.field === "summary") : void 0);
    if (!unit) {
      if (!topic.length || q.wants === "profile" || q.wants === "description") return this.profile(entry, q.wants === "profile" && q.bare && !topic.length ? CAPS.profile : CAPS.fact, v);
      return this.notKnown(entry, v);
    }
    return this.factReply(q, unit, topic, v);
  }
  /** Shows one entry by id (buttons carry ids), or looks the text up as a name. */
  about(idOrName, asker, lang = "en") {
    const entry = this.knowledge.byId.get(idOrName.trim().toLowerCase());
    if (!entry) return this.answer(idOrName, void 0, asker, lang);
    if (asker) this.conversations.remember(asker.key, entry.id);
    return this.profile(entry, CAPS.profile, this.voice(lang));
  }
  /** When an entry happened (an event's date, a person's life dates), by id. */
  dateOf(id, asker, lang = "en") {
    const entry = this.knowledge.byId.get(id);
    const unit = this.facts.of(id).find((u) => u.field === "when" || u.field === "born" && !u.label);
    if (!unit) return this.about(id, asker, lang);
    if (asker) this.conversations.remember(asker.key, id);
    return this.factReply(readQuestion(`when ${entry.name}`, "when"), unit, [], this.voice(lang));
  }
  /** The whole card of an entry: every field, every source with its address ("More"). */
  more(idOrName, lang = "en") {
    const entry = this.knowledge.byId.get(idOrName.trim().toLowerCase());
    if (!entry) return this.answer(idOrName, void 0, void 0, lang);
    const v = this.voice(lang);
    return { ...v.compose.entry(v.knowledge.byId.get(entry.id)), full: true };
  }
  /** Full-text search for `/search`: every entry that mentions the words. */
  search(text, lang = "en") {
    const v = this.voice(lang);
    const words = contentWords(text);
    const found = this.index.fullText(words, 8).filter((m) => m.coverage >= SEARCH_COVERAGE);
    if (!found.length) return v.compose.notFound(text, this.index.suggest(words, 3));
    if (found.length === 1) return this.profile(found[0].entry, CAPS.profile, v);
    const local = found.map((m) => v.knowledge.byId.get(m.entry.id));
    return {
      kind: "answer",
      title: say("card.search", { query: quote(text) }, lang),
      body: local.map((e) => `${e.name}: ${e.summary.text}`).join("\n\n"),
      entries: found.map((m) => m.entry.id),
      choices: found.slice(0, 5).map((m) => v.compose.suggest(m.entry.id)),
      language: lang
    };
  }
  /**
   * Whether an unaddressed group message is for the bot. Only questions count, and only those
   * the bot can actually answer, so it never chimes in on chatter.
   */
  isForUs(text, mode) {
    if (mode === "off" || text.length > 500) return false;
    const question = text.includes("?") || QUESTION_START.test(text.trim());
    if (!question) return false;
    const dates = findDates(text);
    if (dates.some((d) => !d.invalid && this.timeline.at(d).length)) return true;
    if (mode !== "names") return false;
    const words = contentWords(text);
    return strong(this.index.lookup(words, 1)[0], words.length) !== void 0;
  }
  /** Names offered as the user types, in `lang` (default English). */
  complete(partial, limit, lang = "en") {
    const entries = partial.trim() ? this.index.complete(partial, limit) : [...this.knowledge.entries.filter((e) => e.kind === "person" && e.topics.includes("leaders")), ...this.knowledge.entries.filter((e) => e.kind === "person" && !e.topics.includes("leaders"))].slice(0, limit);
    return entries.map((e) => ({ name: this.nameIn(e, lang).slice(0, 100), value: e.id }));
  }
  // ---- Find ------------------------------------------------------------------------------------
  /**
   * The entry a question names (the one whose names cover most of its words), or, for "when did
   * he die?", the asker's last subject. Two entries that fit equally and would answer differently
   * come back as a ready reply in `rivals`.
   */
  find(q, asker, v) {
    const last = asker && q.refersBack ? this.conversations.subject(asker.key) : void 0;
    const recalled = last ? this.knowledge.byId.get(last) : void 0;
    const whole = q.words.length && q.nameWords.length > q.words.length ? this.index.lookup(q.nameWords, 3).find((m) => m.whole) : void 0;
    if (whole) return { subject: { entry: whole.entry, topic: [], recalled: false, datesNamed: whole.nameWords.some((w2) => !q.words.includes(w2)), fit: 1 } };
    const tries = q.dates.length && q.words.length && q.allWords.length > q.words.length ? [q.allWords, q.words] : [q.words];
    tries.push(q.words.map(stemWord));
    for (const words of tries) {
      const found = this.named(q, words, asker, v);
      if (found && recalled && (found.rivals || found.subject.fit < 1)) break;
      if (found) return found;
    }
    if (recalled) return { subject: { entry: recalled, topic: q.words, recalled: true, datesNamed: false, fit: 0 } };
    return {};
  }
  named(q, words, asker, v) {
    const matches = this.index.lookup(words, 5);
    const named = matches.filter((m) => strong(m, words.length) || m.fit === 1 && m.exact);
    const naming2 = (m) => m.nameWords.filter((w2) => !ATTRIBUTE_KEYS.has(w2)).length;
    const gives = (m) => this.facts.of(m.entry.id).some((u) => u.field !== "summary" && u.gives.has(q.wants)) ? 1 : 0;
    const place = (m) => m.entry.kind === "place" && m.nameWords.length < words.length ? 1 : 0;
    const best = named.sort((a, b) => naming2(b) - naming2(a) || place(a) - place(b) || b.fit - a.fit || gives(b) - gives(a) || b.names - a.names || b.coverage - a.coverage || b.score - a.score)[0];
    if (!best || !best.nameWords.some((w2) => q.words.includes(w2))) return void 0;
    {
      const topic = q.words.filter((w2) => !best.nameWords.includes(w2));
      const datesNamed = best.nameWords.some((w2) => !q.words.includes(w2));
      const same = (m) => m.nameWords.length === best.nameWords.length && m.nameWords.every((w2) => best.nameWords.includes(w2));
      let rivals = named.filter((m) => m !== best && same(m) && m.exact && best.exact && m.fit === best.fit && m.whole === best.whole && gives(m) === gives(best));
      if (rivals.length) {
        const offered = asker ? this.conversations.choices(asker.key) : [];
        const chosen = [best, ...rivals].filter((m) => offered.includes(m.entry.id));
        if (chosen.length === 1) {
          this.choosing.settled = true;
          return { subject: { entry: chosen[0].entry, topic, recalled: false, datesNamed, fit: chosen[0].fit } };
        }
        const all = [best, ...rivals].map((m) => m.entry);
        this.choosing.offered = all.map((e) => e.id);
        if (asker) this.conversations.offer(asker.key, this.choosing.offered);
        if (all.every((e) => e.kind === "person")) return { rivals: v.compose.choose(subjectOf(q.text), all) };
        const both = q.yesNo ? void 0 : this.both(q, all, topic, v);
        if (both) return { rivals: both };
      }
      return { subject: { entry: best.entry, topic, recalled: false, datesNamed, fit: best.fit } };
    }
  }
  /** A unit that answers a question naming no entry ("who was commissar for Turgay oblast?"). */
  unitAlone(q) {
    const found = this.facts.find(q.words, { limit: 10, local: q.cyrillic });
    const needed = new Set(q.words.map((w2) => w2)).size;
    const full = found.filter((m) => m.words.length >= Math.min(needed, Math.max(2, Math.ceil(needed * 0.75))) && m.unit.field !== "summary");
    const fitting = full.filter((m) => m.unit.gives.has(q.wants));
    return (fitting[0] ?? (q.wants === "description" || q.wants === "profile" ? full[0] : void 0))?.unit;
  }
  // ---- Choose ----------------------------------------------------------------------------------
  /**
   * The unit of `entry` that answers the question: the one holding most topic words, then the one
   * that gives the kind of answer wanted, then the one the author put first. With no topic
   * words, the field the kind asks for (a date asks for an event's `when`, a birth for `born`).
   */
  choose(q, entry, topic) {
    const units = this.facts.of(entry.id);
    const wants = q.wants;
    let asked = topic;
    if (q.life) {
      const life = units.filter((u) => u.field === q.life);
      const place = life.find((u) => u.label);
      const date = life.find((u) => !u.label);
      if (wants === "place" && place) return place;
      if (wants !== "place" && date && !topic.length) return date;
      asked = [...topic, foldWord(q.life)];
    }
    const field = fieldFor(entry, wants);
    const byField = field && entry.kind !== "person" ? units.find(field) : void 0;
    if (!asked.length) return field ? units.find(field) : void 0;
    const matches = this.facts.find(asked, { entryIds: /* @__PURE__ */ new Set([entry.id]), local: q.cyrillic }).filter((m) => m.words.length);
    const rank = (m) => m.words.length * 10 + (m.unit.gives.has(wants) ? 5 : 0) + (m.unit.field === "summary" ? -3 : 0) + m.score / 100;
    matches.sort((a, b) => rank(b) - rank(a));
    if (SPECIFIC.has(wants)) return matches.find((m) => m.unit.gives.has(wants))?.unit ?? byField ?? matches[0]?.unit;
    return matches[0]?.unit;
  }
  // ---- Compose ---------------------------------------------------------------------------------
  /** The answer to a direct question: the unit first, then up to two related facts. */
  factReply(q, unit, topic, v) {
    const entry = unit.entry;
    const first = v.writer.statement(unit);
    const lead = q.yesNo ? say(this.verdict(q, unit, topic), {}, v.lang) : void 0;
    const opening = lead ? { text: `${lead} ${first.text}`, keys: first.keys } : first;
    const bearing = new Set(topic.length ? this.facts.find(topic, { entryIds: /* @__PURE__ */ new Set([entry.id]), local: q.cyrillic }).filter((m) => m.words.length).map((m) => m.unit) : []);
    const support = this.facts.of(entry.id).filter((u) => u !== unit && u.field !== "summary" && bearing.has(u)).slice(0, 2).map((u) => v.writer.statement(u));
    return v.writer.assemble({ entry, first: opening, more: support, cap: CAPS.fact, suggestions: v.compose.related(entry) });
  }
  /** A profile or description: the summary first, then the life dates, roles or dates and facts. */
  profile(entry, cap, v) {
    const units = this.facts.of(entry.id);
    const first = v.writer.statement(units.find((u) => u.field === "summary"));
    const fields = [];
    const more = [];
    if (entry.kind === "person") {
      for (const field of ["born", "died"]) {
        const u = units.find((x) => x.field === field && !x.label);
        if (u) fields.push({ name: say(`card.${field}`, {}, v.lang), inline: true, ...this.lifeField(u, v) });
      }
      const roles = units.filter((u) => u.field === "role").slice(0, 3).map((u) => v.writer.roleLine(u));
      if (roles.length) fields.push({ name: say("card.roles", {}, v.lang), value: roles.map((r) => r.text).join("\n"), keys: roles.flatMap((r) => r.keys) });
    } else {
      const summary = entry.summary.text;
      const told = (u) => u.versions.length === 1 && summary.includes(u.field === "when" ? (u.versions[0].date ?? "").slice(0, 4) : u.versions[0].text.split(/[ ,(]/)[0]);
      for (const u of units.filter((x) => x.field === "when" || x.field === "place" || x.field === "attribute").slice(0, 4)) if (!told(u)) more.push(v.writer.statement(u));
    }
    more.push(...units.filter((u) => u.field === "fact" && !listsSpellings(u)).slice(0, 2).map((u) => v.writer.statement(u)));
    return v.writer.assemble({ entry, first, more, fields, cap, suggestions: v.compose.related(entry) });
  }
  lifeField(u, voice) {
    const s = voice.writer.statement(u);
    const value = voice.local(u).versions.map((v) => `${formatRange(v.date ?? v.text, v.end, voice.lang)}${v.note ? ` (${v.note})` : ""} [${v.sources.slice(0, 3).join(", ")}]`).join(";\n");
    return { value, keys: s.keys };
  }
  /** "Yes.", "No." or "Sources disagree." from the unit that bears on a yes/no question: the template's key. */
  verdict(q, unit, topic) {
    if (q.dates.length) {
      const asked = q.dates.map((d) => d.span).filter((s) => !!s);
      const hits = unit.versions.map((v) => {
        const span2 = v.date ? parseDateText(v.date) : null;
        const end = v.end ? parseDateText(v.end) : null;
        if (!span2) return false;
        const whole = end ? { ...span2, last: end.last } : span2;
        return asked.some((a) => overlaps(a, whole));
      });
      if (hits.every(Boolean)) return "verdict.yes";
      if (hits.some(Boolean)) return "verdict.disputed";
      return "verdict.no";
    }
    const asksPlace = topic.filter((w2) => this.isPlaceWord(w2));
    const places = this.placesOf(unit);
    if (asksPlace.length && places.size) return asksPlace.some((w2) => [...places].some((p) => samePlace(w2, p))) ? "verdict.yes" : "verdict.no";
    const matched = topic.length ? this.facts.find(topic, { entryIds: /* @__PURE__ */ new Set([unit.entry.id]), local: q.cyrillic }).find((m) => m.unit === unit)?.words.length ?? 0 : 0;
    if (topic.length && matched >= Math.max(1, topic.length - 1)) {
      if (unit.versions.length > 1) return "verdict.disputed";
      return denies(unit.versions[0].text, topic) ? "verdict.no" : "verdict.yes";
    }
    return "verdict.unsure";
  }
  /** The folded words of the places a unit's entry records for it: the unit's own, else the entry's. */
  placesOf(unit) {
    const own = (u) => LANGS.flatMap((lang) => this.voice(lang).local(u).versions.flatMap((v) => [v.place ?? "", u.field === "place" || (u.field === "born" || u.field === "died") && u.label ? v.text : ""]));
    const texts = own(unit).filter(Boolean);
    if (!texts.length && unit.entry.kind === "event") texts.push(...this.facts.of(unit.entry.id).filter((u) => u.field === "place").flatMap(own));
    return new Set(texts.flatMap((t) => foldText(t)));
  }
  /** Whether a question's word names a place the knowledge records, in any language. */
  isPlaceWord(word) {
    if (this.placeWords.has(word)) return true;
    this.foreignPlaceWords ??= [
      ...new Set(
        ["ru", "kk"].flatMap(
          (lang) => this.facts.units.filter((u) => u.field === "place" || (u.field === "born" || u.field === "died") && u.label).flatMap((u) => this.voice(lang).local(u).versions.flatMap((v) => foldText(v.text))).filter((w2) => w2.length > 3 && !isAskingWord(w2))
        )
      )
    ];
    return this.foreignPlaceWords.some((p) => samePlace(word, p));
  }
  foreignPlaceWords;
  /** Names near the words, or else where to start: nobody leaves "I don't know" empty-handed. */
  nearest(words) {
    const near = this.index.suggest(words, 3);
    return near.length ? near : STARTERS.map((id) => this.knowledge.byId.get(id)).filter((e) => !!e);
  }
  starters(v) {
    return this.nearest([]).map((e) => v.compose.suggest(e.id));
  }
  /** "I don't know that about X": the subject is known, the thing asked is not in the knowledge. */
  notKnown(entry, v) {
    const name = shortName(v.knowledge.byId.get(entry.id) ?? entry, v.lang);
    return {
      kind: "not-found",
      body: say("reply.notKnownAbout", { name }, v.lang),
      entries: [],
      suggestions: [{ label: say("reply.more", {}, v.lang), request: `/more ${entry.id}` }, ...v.compose.related(entry).slice(0, 2)],
      language: v.lang
    };
  }
  /** Two entries fit a question equally ("which congress was in Orenburg?"): one line each. */
  both(q, entries, topic, v) {
    const lines = entries.slice(0, 3).map((e) => this.choose(q, e, topic) ?? this.facts.of(e.id).find((u) => u.field === "summary"));
    const statements = lines.map((u) => v.writer.statement(u));
    const first = {
      text: [say("reply.both", { count: entries.length, query: quote(subjectOf(q.text)) }, v.lang), ...statements.map((s, i) => `${this.nameIn(entries[i], v.lang)}: ${s.text}`)].join("\n"),
      keys: statements.flatMap((s) => s.keys)
    };
    return v.writer.assemble({ entry: entries[0], first, cap: CAPS.fact, title: quote(subjectOf(q.text), 80), entries: entries.map((e) => e.id), suggestions: entries.slice(1).map((e) => v.compose.suggest(e.id)) });
  }
  /** "What happened next?": the first event after the last subject's date. */
  nextAfter(entry, v) {
    const from = this.timeline.moments.find((m) => m.entry === entry)?.span;
    const next = from ? this.timeline.moments.find((m) => m.what === "event" && m.entry !== entry && m.span.first > from.first) : void 0;
    if (!next || next.entry.kind !== "event") return { kind: "not-found", body: say("reply.nothingNext", { name: shortName(v.knowledge.byId.get(entry.id) ?? entry, v.lang) }, v.lang), entries: [], language: v.lang };
    const when = this.facts.of(next.entry.id).find((u) => u.field === "when");
    const summary = this.facts.of(next.entry.id).find((u) => u.field === "summary");
    return v.writer.assemble({ entry: next.entry, first: v.writer.statement(when), more: [v.writer.statement(summary)], cap: CAPS.fact, suggestions: v.compose.related(next.entry) });
  }
  dateAnswer(dates, v) {
    const found = unique2(dates.flatMap((d) => this.timeline.at(d)));
    const label = dates.map((d) => dateLabelIn(d, v.lang)).join(", ");
    if (found.length) return this.fitMoments(label, found, v);
    const day = dates.find((d) => d.span?.precision === "day");
    const near = day?.span ? this.timeline.near(day.span, 45).slice(0, 3) : [];
    if (near.length) {
      const date = dateLabelIn(day, v.lang);
      const reply = this.fitMoments(say("card.nearest", { date }, v.lang), near, v);
      return { ...reply, body: `${say("card.nothingOn", { date }, v.lang)}

${reply.body}` };
    }
    return {
      kind: "not-found",
      body: say("card.nothingFor", { date: label }, v.lang),
      entries: [],
      suggestions: this.starters(v),
      language: v.lang
    };
  }
  /** What happened at a date, with as many moments as fit a short answer. */
  fitMoments(label, english, v) {
    const found = english.map((m) => v.moment(m));
    for (const brief of [false, true]) {
      for (let limit = brief ? 8 : 4; limit >= 1; limit--) {
        const reply = v.compose.moments(label, found, limit, brief);
        if (replyToText(reply).length <= CAPS.fact) return reply;
      }
    }
    return v.compose.moments(label, found, 1, true);
  }
};
var LANGS = ["en", "ru", "kk"];
function samePlace(a, b) {
  if (a === b) return true;
  const x = stemWord(a);
  const y = stemWord(b);
  const shorter = x.length <= y.length ? x : y;
  return shorter.length >= 4 && (x.startsWith(y) || y.startsWith(x));
}
var NEGATION = /* @__PURE__ */ new Set(["not", "never", "no", "nor", "neither", "nobody"]);
function denies(text, topic) {
  const asked = new Set(topic.map((w2) => topicKey(w2)));
  const words = toLatin(text).split(" ");
  return words.some((w2, i) => asked.has(topicKey(w2)) && words.slice(Math.max(0, i - 4), i).some((x) => NEGATION.has(x)));
}
var STARTERS = ["alash-party", "alash-orda", "bukeikhanov"];
var SPECIFIC = /* @__PURE__ */ new Set(["date", "place", "number", "person"]);
function fieldFor(entry, wants) {
  if (wants === "date") return entry.kind === "person" ? (u) => u.field === "born" && !u.label : (u) => u.field === "when" || u.field !== "summary" && u.gives.has("date");
  if (wants === "place") return (u) => u.field === "place" || u.field === "attribute" && u.gives.has("place") || u.field !== "summary" && u.gives.has("place");
  if (wants === "person") return entry.kind === "person" ? void 0 : (u) => u.field === "attribute" && u.gives.has("person") || u.field === "participants" || u.field === "fact" && u.names.length > 0;
  if (wants === "number") return (u) => u.field !== "summary" && u.gives.has("number");
  if (wants === "reason") return (u) => u.field === "fact" && u.gives.has("reason");
  if (wants === "meaning") return (u) => u.gives.has("meaning");
  return void 0;
}
function listsSpellings(u) {
  const text = u.versions[0].text;
  return u.entry.aliases.filter((a) => a.length > 3 && text.includes(a)).length >= 2;
}
function subjectOf(text) {
  const tokens = text.replace(/^\//, "").trim().split(/\s+/);
  while (tokens.length > 1 && !contentWords(tokens[0]).length) tokens.shift();
  while (tokens.length > 1 && !contentWords(tokens.at(-1)).length) tokens.pop();
  return tokens.join(" ").replace(/[?!.,;:]+$/, "");
}
function strong(m, words) {
  if (!m) return void 0;
  const missing = Math.round(words * (1 - m.coverage));
  return enough(m.coverage, words) || m.fit === 1 && words >= 2 && missing <= 1 ? m : void 0;
}
function concerns(m, entry) {
  if (m.entry.id === entry.id) return true;
  if (m.what === "event") return m.people.includes(entry.id);
  if (entry.kind !== "person") return false;
  const surname = foldText(entry.name).at(-1);
  return surname !== void 0 && foldText(m.text).includes(surname);
}
function dateLabelIn(d, lang) {
  if (lang === "en" || !d.span) return d.label;
  const y = String(d.span.year);
  const pad2 = (n) => String(n).padStart(2, "0");
  if (d.span.precision === "day" && d.month && d.day) return formatRange(`${y}-${pad2(d.month)}-${pad2(d.day)}`, void 0, lang);
  if (d.span.precision === "month" && d.month) return formatRange(`${y}-${pad2(d.month)}`, void 0, lang);
  if (d.span.precision === "year" && /^\d{4}$/.test(d.label.trim())) return formatRange(y, void 0, lang);
  return d.label;
}
function unique2(list) {
  return [...new Set(list)];
}

// src/core/router.ts
var CommandRouter = class {
  /** Throws when two commands claim one word, or a name or description breaks a platform's rules. */
  constructor(commands, log) {
    this.log = log;
    checkCommands(commands);
    this.commands = commands;
    for (const c of commands) for (const w2 of [c.name, ...c.aliases ?? []]) this.words.set(w2.toLowerCase(), c);
  }
  log;
  /** Every command, in help order. */
  commands;
  words = /* @__PURE__ */ new Map();
  /** The command a word names (a name or an alias, any case, without `/` or `@BotName`). */
  find(word) {
    return this.words.get(word.replace(/^[/!]/, "").replace(/@\w*$/, "").toLowerCase());
  }
  /** Reads a chat message: a command, an unknown slash command, or free text. */
  read(text, addressed) {
    const trimmed = text.trim();
    const slash = trimmed.startsWith("/") || trimmed.startsWith("!");
    let rest = slash ? trimmed.slice(1) : trimmed;
    const prefix = /^alash(?:@\w+)?(?:\s+|$)/i.exec(rest);
    if (prefix && (slash || this.find(firstWord(rest.slice(prefix[0].length))))) {
      rest = rest.slice(prefix[0].length);
      if (rest.trim() === "") return this.find("help") ? { type: "command", command: this.find("help"), text: "" } : { type: "unknown", word: "help" };
      return this.command(rest) ?? { type: "free", text: rest.trim() };
    }
    if (slash) return this.command(rest) ?? { type: "unknown", word: firstWord(rest) };
    if (addressed) {
      const route = this.command(rest);
      if (route && (route.text === "" || route.command.name === firstWord(rest) && !route.command.hidden)) return route;
    }
    return { type: "free", text: trimmed };
  }
  /** Turns the text after a command word into the command's options. */
  parse(command, text) {
    if (command.parse) return command.parse(text);
    const first = command.options[0];
    return first && text ? { [first.name]: first.type === "integer" ? Number(text) : text } : {};
  }
  /**
   * Runs a command: checks what it requires, then calls its handler. A requirement that does
   * not hold gets a short refusal; a handler that throws gets the apology.
   */
  async run(command, args, text, context, core) {
    const lang = context.language ?? "en";
    let admin;
    const isAdmin = () => admin ??= this.askAdmin(command, context);
    try {
      const required = typeof command.requires === "function" ? command.requires(args) : command.requires ?? [];
      for (const requirement of required) {
        if (!await this.holds(requirement, context, isAdmin)) return errorReply(say(`ui.refusal.${requirement}`, {}, lang), lang);
      }
      const user = required.includes("admin") ? { ...context.user, isAdmin: true } : context.user;
      const request = { command: command.name, args, text, context: { ...context, user, addressed: true }, isAdmin };
      return await command.handle(request, core);
    } catch (error) {
      this.log.error({ err: error, command: command.name }, "command failed");
      return errorReply(apology(lang), lang);
    }
  }
  /** The reply to a command word this bot does not have. */
  unknown(word, lang = "en") {
    const shown = word.length > 32 ? `${word.slice(0, 32)}\u2026` : word;
    const known = this.commands.filter((c) => !c.hidden).map((c) => c.name).join(", ");
    return errorReply(say("ui.unknownCommand", { word: shown, known }, lang), lang);
  }
  async holds(requirement, context, isAdmin) {
    switch (requirement) {
      case "admin":
        return isAdmin();
      case "group":
        return context.chat.kind === "group";
      case "private":
        return context.chat.kind === "private";
    }
  }
  /** A known answer wins; otherwise the adapter is asked; a failed check grants nothing. */
  async askAdmin(command, context) {
    if (context.user.isAdmin !== void 0) return context.user.isAdmin;
    if (!context.isAdmin) return false;
    try {
      return await context.isAdmin();
    } catch (error) {
      this.log.warn({ err: error, command: command.name }, "admin check failed");
      return false;
    }
  }
  command(text) {
    const command = this.find(firstWord(text));
    return command ? { type: "command", command, text: afterFirstWord(text) } : null;
  }
};
function firstWord(text) {
  const w2 = text.trim().split(/\s+/, 1)[0] ?? "";
  return w2.replace(/@\w*$/, "").toLowerCase();
}
function afterFirstWord(text) {
  const t = text.trim();
  const i = t.search(/\s/);
  return i < 0 ? "" : t.slice(i + 1).trim();
}

// src/core/input.ts
var MESSAGE_LIMIT = 4096;
function readInput(text, lang = "en") {
  const raw = typeof text === "string" ? text : String(text ?? "");
  if (raw.length > MESSAGE_LIMIT) {
    const values = { count: raw.length, length: raw.length.toLocaleString(lang), limit: MESSAGE_LIMIT.toLocaleString(lang) };
    return { reply: errorReply(say("ui.tooLong", values, lang), lang) };
  }
  return { text: cleanText(raw) };
}
function cleanText(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
}
function cleanArgs(args) {
  return Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === "string" ? cleanText(v).slice(0, MESSAGE_LIMIT) : v]));
}

// src/core/chat-language.ts
var ChatLanguages = class {
  constructor(store, options = {}) {
    this.store = store;
    this.ttlMs = options.ttlMs ?? 6e4;
    this.maxChats = options.maxChats ?? 1e4;
    this.now = options.now ?? Date.now;
  }
  store;
  cache = /* @__PURE__ */ new Map();
  memory = /* @__PURE__ */ new Map();
  ttlMs;
  maxChats;
  now;
  /** The chat's fixed language, or `undefined` when it answers in each asker's language. */
  async get(chat) {
    const key2 = keyOf(chat);
    if (!this.store) return this.memory.get(key2);
    const hit = this.cache.get(key2);
    if (hit && hit.until > this.now()) {
      this.cache.delete(key2);
      this.cache.set(key2, hit);
      return hit.language;
    }
    let language;
    try {
      language = (await this.store.chatSettings(chat.platform, chat.id)).language;
    } catch {
      return void 0;
    }
    this.remember(key2, language);
    return language;
  }
  /** Fixes the chat's language, or with `undefined` returns it to automatic. Throws when the store cannot write it. */
  async set(chat, language) {
    const key2 = keyOf(chat);
    if (!this.store) {
      if (language) this.memory.set(key2, language);
      else this.memory.delete(key2);
      return;
    }
    this.cache.delete(key2);
    await this.store.updateChatSettings(chat, { language: language ?? null });
    this.remember(key2, language);
  }
  remember(key2, language) {
    this.cache.delete(key2);
    this.cache.set(key2, { language, until: this.now() + this.ttlMs });
    while (this.cache.size > this.maxChats) this.cache.delete(this.cache.keys().next().value);
  }
};
function keyOf(chat) {
  return `${chat.platform}:${chat.id}`;
}

// src/core/core.ts
var Core = class _Core {
  constructor(knowledge, library, router, quiz, daily, groupReplies, languages) {
    this.knowledge = knowledge;
    this.library = library;
    this.router = router;
    this.quiz = quiz;
    this.daily = daily;
    this.groupReplies = groupReplies;
    this.languages = languages;
  }
  knowledge;
  library;
  router;
  quiz;
  daily;
  groupReplies;
  languages;
  /**
   * Loads knowledge/ and commands/ (unless given), builds the index, and returns the core.
   * Throws a KnowledgeError on invalid knowledge, and an Error when two commands claim a word.
   */
  static async create(options = {}) {
    const knowledge = options.knowledge ?? loadKnowledge(options.knowledgeDir ?? "knowledge");
    const commands = [...options.commands ?? await loadCommands(), ...options.extraCommands ?? []];
    const log = options.logger ?? silentLogger();
    const router = new CommandRouter(commands, log);
    const quiz = typeof options.quiz === "function" ? options.quiz(knowledge) : options.quiz ?? unavailableQuiz;
    const library = new Library(knowledge);
    const daily = options.daily?.(library) ?? new DailyPosts({ library, logger: options.logger });
    const languages = options.languages ?? new ChatLanguages();
    return new _Core(knowledge, library, router, quiz, daily, options.groupReplies ?? "dates", languages);
  }
  /** Every command, in help order. */
  get commands() {
    return this.router.commands;
  }
  /**
   * A chat message or a command line: `/alash who X`, `/who X`, `/who@AlashBot X`, `who X`, or
   * free text ("what happened on 26 August 1920?"). Resolves to null when a group message is
   * not for the bot (an unaddressed remark, another bot's command), so the adapter stays silent.
   */
  async handleText(raw, asked) {
    const context = await this.withLanguage(asked, String(raw ?? "").slice(0, MESSAGE_LIMIT));
    const input = readInput(raw, context.language);
    if ("reply" in input) return context.addressed ? input.reply : null;
    const text = input.text;
    const typed = await this.quiz.answerText(context.chat, context.user, text);
    if (typed) return { kind: "quiz", body: typed.message, entries: [], ephemeral: true };
    const route = this.router.read(text, context.addressed);
    if (route.type === "command") {
      return this.router.run(route.command, this.router.parse(route.command, route.text), route.text, context, this);
    }
    if (route.type === "unknown") {
      const forUs = context.addressed || context.chat.kind === "private" || /^[/!]alash\b/i.test(text.trim());
      return forUs ? this.router.unknown(route.word, context.language) : null;
    }
    if (!route.text) return context.addressed ? this.greeting(context) : null;
    if (!context.addressed && context.chat.kind === "group" && !this.library.isForUs(route.text, this.groupReplies)) return null;
    return this.ask(route.text, context);
  }
  /** A structured command call (a Discord subcommand with its options). Unknown names get an error reply. */
  async runCommand(name, raw, asked) {
    const args = cleanArgs(raw);
    const text = Object.values(args).filter((v) => v !== void 0).join(" ");
    const context = await this.withLanguage(asked, text);
    const command = this.router.find(name);
    if (!command) return this.router.unknown(name, context.language);
    return this.router.run(command, args, text, context, this);
  }
  /**
   * The context with the language of its reply chosen, unless an adapter or a caller already
   * chose one: the chat's fixed language, else the words of `text`, else the platform hints.
   * A command word (`/help`) is no clue, so only what follows it counts; a bare name or a
   * number is a weak clue that the user's locale outranks. A failing settings read means automatic.
   */
  async withLanguage(context, text) {
    if (context.language) return context;
    const fixed = await this.languages.get(context.chat).catch(() => void 0);
    const words = text.trim().replace(/^[/!]\S*\s*/, "");
    const bare = !/\p{L}/u.test(words) || isBare(words);
    const language = replyLanguage({ fixed, text: words, bare, userLocale: context.user.locale, chatLocale: context.chat.locale });
    return { ...context, language };
  }
  // Answering: what commands call. Thin on purpose: the Library does the work.
  /**
   * Answers a question. With a `hint` (the asking command's kind), `text` is what followed the
   * command word, read as `<hint> <text>`; an entry id there (autocomplete and buttons send
   * ids) is answered about that entry: its date for `when` and an event, else its profile.
   */
  ask(text, context, hint) {
    const asker = askerOf(context);
    const entry = hint ? this.knowledge.byId.get(text.trim()) : void 0;
    const lang = context.language;
    if (entry) return hint === "when" ? this.library.dateOf(entry.id, asker, lang) : this.library.about(entry.id, asker, lang);
    return this.library.answer(hint ? `${hint} ${text}` : text, hint, asker, lang);
  }
  /** One entry's profile, by id (what buttons carry) or by name. */
  about(idOrName, context) {
    return this.library.about(idOrName, askerOf(context), context.language);
  }
  /** The full card of one entry, by id: what a "More" follow-up opens. */
  more(id, context) {
    return this.library.more(id, context.language);
  }
  /** Every entry that mentions the words. */
  search(text, context) {
    return this.library.search(text, context.language);
  }
  /** What the bot says to someone who opens it or addresses it without a question. */
  greeting(context) {
    return this.library.greeting(context.language);
  }
  /**
   * Names of people, events and terms matching a partial, typo'd or Cyrillic input, best first
   * (default limit 25), in `lang` (default English; adapters pass the user's locale).
   */
  complete(partial, limit = 25, lang = "en") {
    return this.library.complete(partial, limit, lang);
  }
};
var unavailableQuiz = {
  async attach() {
  },
  detach() {
  },
  async answer() {
    return { status: "unknown", message: "There is no quiz running here." };
  },
  async answerText() {
    return null;
  },
  async close() {
  }
};
function askerOf(context) {
  return { key: `${context.chat.platform}:${context.chat.id}:${context.user.id}` };
}

// src/core/quiz/bank/question.ts
var DIFFICULTIES = ["easy", "medium", "hard"];
var LIMITS = { question: 300, option: 100, explanation: 200, explanationLineFeeds: 2, minOptions: 2, maxOptions: 10 };
var QuizBankError = class extends Error {
  constructor(problems) {
    super(`knowledge/quiz has ${problems.length} problem(s):
  - ${problems.join("\n  - ")}`);
    this.problems = problems;
    this.name = "QuizBankError";
  }
  problems;
};
function sameTextKey(text) {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
var LEAKS = [
  [/[{}]/, "a template brace"],
  [/\b(undefined|null|NaN)\b|\[object /, "a missing value"],
  [/…|\.\.\./, "an ellipsis (a hidden or cut word)"],
  [/ {2}/, "a doubled space"],
  [/ [,.;:?!)]/, "a space before punctuation"],
  [/\(\s*\)|""|“”/, "an empty bracket or quotation"],
  [/^\s|\s$/, "leading or trailing space"]
];
function templateLeaks(text) {
  return LEAKS.filter(([re]) => re.test(text)).map(([, what]) => what);
}
function questionProblems(q) {
  const out = [];
  if (!q.question.trim() || q.question.length > LIMITS.question) out.push(`question: must be 1-${LIMITS.question} characters`);
  if (q.options.length < LIMITS.minOptions || q.options.length > LIMITS.maxOptions)
    out.push(`options: must be ${LIMITS.minOptions}-${LIMITS.maxOptions} options`);
  q.options.forEach((o, i) => {
    if (!o.trim() || o.length > LIMITS.option) out.push(`options.${i}: must be 1-${LIMITS.option} characters`);
  });
  if (new Set(q.options.map(sameTextKey)).size !== q.options.length) out.push("options: two options are alike");
  if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length) out.push("answer: must name one of the options");
  if (q.explanation.length > LIMITS.explanation) out.push(`explanation: at most ${LIMITS.explanation} characters`);
  if ((q.explanation.match(/\n/g) ?? []).length > LIMITS.explanationLineFeeds)
    out.push(`explanation: at most ${LIMITS.explanationLineFeeds} line feeds`);
  if (q.sources.length === 0) out.push("sources: every question needs a source");
  if (q.kind !== "hand-written") {
    for (const leak of templateLeaks(q.question)) out.push(`question: ${leak}`);
    q.options.forEach((o, i) => templateLeaks(o).forEach((leak) => out.push(`options.${i}: ${leak}`)));
  }
  return out;
}

// src/core/quiz/bank/random.ts
import { createHash } from "node:crypto";
function seededRandom(seed) {
  let a = parseInt(hash(seed).slice(0, 8), 16) >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
function hash(text) {
  return createHash("sha1").update(text).digest("hex").slice(0, 10);
}

// src/core/quiz/bank/make.ts
var OPTIONS = 4;
function make(d) {
  const id = `${d.kind}-${d.entry.id}-${hash(`${d.question}
${d.right}`)}`;
  let options;
  let answer;
  let shownOptions;
  let shown = d.shown;
  if (d.fixed) {
    options = d.fixed;
    answer = d.fixed.indexOf(d.right);
    shownOptions = d.shown?.fixed ?? options;
  } else {
    const chosen = [];
    for (const [i, w2] of d.wrong.entries()) {
      if (sameTextKey(w2) === sameTextKey(d.right) || chosen.some((u) => sameTextKey(d.wrong[u]) === sameTextKey(w2))) continue;
      chosen.push(i);
      if (chosen.length >= (d.options ?? OPTIONS) - 1) break;
    }
    if (chosen.length < 1) return null;
    answer = Math.floor(seededRandom(id)() * (chosen.length + 1));
    options = chosen.map((i) => d.wrong[i]);
    options.splice(answer, 0, d.right);
    const wrongIn = d.shown ? chosen.map((i) => d.shown.wrong[i]) : [];
    if (d.shown && wrongIn.every((w2) => typeof w2 === "string")) {
      shownOptions = wrongIn;
      shownOptions.splice(answer, 0, d.shown.right);
    } else {
      shownOptions = options;
      shown = void 0;
    }
  }
  const q = {
    id,
    kind: d.kind,
    topics: d.entry.topics.length ? [...d.entry.topics] : ["general"],
    difficulty: d.difficulty,
    question: shown?.question ?? d.question,
    options: shownOptions,
    answer,
    explanation: clip(shown?.explanation ?? d.explanation, LIMITS.explanation),
    sources: [...new Set(d.sources)],
    entries: d.entries ?? [d.entry.id]
  };
  return questionProblems(q).length ? null : q;
}
function sourcesLine(keys, lang = "en") {
  return say("quiz.bank.sources", { keys: [...new Set(keys)].join(", ") }, lang);
}

// src/core/quiz/bank/date-options.ts
function spanOf(v) {
  const a = parseDateText(v.date);
  if (!a) return null;
  const b = v.end ? parseDateText(v.end) : null;
  return b ? joinSpans(a, b) : a;
}
function spansOf(v) {
  const s = spanOf(v);
  if (!s) return [];
  if (v.calendar !== "julian") return [s];
  return [s, { ...s, first: s.first + julianOffset(s.first), last: s.last + julianOffset(s.last) }];
}
function julianOffset(day) {
  return day >= parseDateText("1900-03-01").first ? 13 : 12;
}
function showDate(v, lang = "en") {
  return formatRange(v.date, v.end, lang);
}
function nearbyDates(v, seed, taken, count = OPTIONS - 1, lang = "en") {
  const span2 = parseDateText(v.date);
  if (!span2) return [];
  const precision = span2.precision;
  const end = v.end ? parseDateText(v.end) : null;
  let steps;
  if (precision === "year" || precision === "month") {
    const length = end ? (precision === "year" ? end.year - span2.year : monthsBetween(v.date, v.end)) + 1 : 1;
    steps = [-3, -2, -1, 1, 2, 3].map((s) => s * length);
  } else {
    const length = end ? end.last - span2.first + 1 : 1;
    const unit = Math.max(length + 1, 3);
    steps = [-3, -2, -1, 1, 2, 3].map((s) => s * unit);
  }
  const farther = [4, -4, 5].map((s) => s * (steps[3] ?? 1));
  const out = [];
  for (const s of [...shuffle(steps, seededRandom(`dates:${seed}`)), ...farther]) {
    const moved = { date: shift(v.date, precision, s), end: v.end && end ? shift(v.end, end.precision, s, precision) : void 0 };
    const ms = spanOf(moved);
    if (!ms || taken.some((t) => overlaps(ms, t))) continue;
    const text = showDate(moved, lang);
    if (!out.includes(text)) out.push(text);
    if (out.length >= count) break;
  }
  return out;
}
function shift(text, precision, by, unit = precision) {
  const [y, m, d] = text.split("-").map(Number);
  if (unit === "year") return [String(y + by).padStart(4, "0"), ...text.split("-").slice(1)].join("-");
  if (unit === "month") {
    const total = y * 12 + ((m ?? 1) - 1) + by;
    const ny = Math.floor(total / 12);
    const nm = total % 12 + 1;
    if (precision === "year") return String(ny);
    if (precision === "month") return `${ny}-${pad(nm)}`;
    return `${ny}-${pad(nm)}-${pad(Math.min(d ?? 1, daysInMonth(ny, nm)))}`;
  }
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1) + by * 864e5);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
function monthsBetween(from, to) {
  const [fy, fm] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  return (ty - fy) * 12 + ((tm ?? 12) - (fm ?? 1));
}
function pad(n) {
  return String(n).padStart(2, "0");
}
function dateDifficulty(v) {
  const p = parseDateText(v.date)?.precision;
  return p === "year" ? "easy" : p === "month" ? "medium" : "hard";
}

// src/core/quiz/bank/material.ts
function materialOf(knowledge, lang = "en") {
  const translated = lang === "en" ? knowledge : knowledgeIn(knowledge, lang);
  return {
    knowledge,
    people: knowledge.entries.filter((e) => e.kind === "person"),
    events: knowledge.entries.filter((e) => e.kind === "event"),
    terms: knowledge.entries.filter((e) => e.kind !== "person" && e.kind !== "event"),
    lang,
    in: (e) => translated.byId.get(e.id) ?? e,
    // A sentence ending in a date ends once: "5 марта 1866 г." takes no second full stop.
    say: (key2, values = {}) => say(`quiz.bank.${key2}`, values, lang).replace(/(\s(?:гг?|жж?)\.)\.(?=\s|$)/gu, "$1")
  };
}
var ERA_YEARS = 30;
function birthYear(p) {
  const v = p.born[0];
  return v ? Number(v.date.slice(0, 4)) : void 0;
}
var ADULT_YEARS = 35;
function eraYear(p) {
  const known = birthYear(p);
  if (known !== void 0) return known;
  const years = [...p.roles.map((r) => r.from), ...p.facts.map((f) => "date" in f ? f.date : void 0)].filter((d) => d !== void 0).map((d) => Number(d.slice(0, 4)));
  return years.length ? Math.min(...years) - ADULT_YEARS : void 0;
}
function closeInAge(a, b) {
  const ya = eraYear(a);
  const yb = eraYear(b);
  return ya === void 0 || yb === void 0 || Math.abs(ya - yb) <= ERA_YEARS;
}
var KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
function isKazakhCyrillic(text) {
  return /^[\p{Script=Cyrillic}\s.'’-]+$/u.test(text) && KAZAKH_LETTERS.test(text);
}
function isKazakh(p) {
  if (!kazakh.has(p)) kazakh.set(p, p.aliases.some(isKazakhCyrillic));
  return kazakh.get(p);
}
var kazakh = /* @__PURE__ */ new WeakMap();
function peersOf(p, people, seed = p.id) {
  const kazakh2 = isKazakh(p);
  const fit = people.filter((o) => o.id !== p.id && closeInAge(p, o) && (!kazakh2 || isKazakh(o)));
  const shared = (o) => o.topics.filter((t) => p.topics.includes(t)).length;
  return shuffle(fit, seededRandom(`era:${seed}`)).sort((a, b) => shared(b) - shared(a));
}
function couldHold(o, day) {
  const born2 = o.born.map(spanOf).filter((b) => b !== null);
  const died2 = o.died.map(spanOf).filter((d) => d !== null);
  if (died2.length > 0 && died2.every((d) => d.last < day)) return false;
  const adult = 18 * 365.25;
  return !(born2.length > 0 && born2.every((b) => b.first + adult > day));
}
var namesOf = /* @__PURE__ */ new WeakMap();
var textKeys = /* @__PURE__ */ new Map();
var REGION_NAMES = {
  Orenburg: { ru: "\u041E\u0440\u0435\u043D\u0431\u0443\u0440\u0433", kk: "\u041E\u0440\u044B\u043D\u0431\u043E\u0440" },
  Semipalatinsk: { ru: "\u0421\u0435\u043C\u0438\u043F\u0430\u043B\u0430\u0442\u0438\u043D\u0441\u043A", kk: "\u0421\u0435\u043C\u0435\u0439" },
  Uralsk: { ru: "\u0423\u0440\u0430\u043B\u044C\u0441\u043A", kk: "\u041E\u0440\u0430\u043B" },
  Karkaraly: { ru: "\u041A\u0430\u0440\u043A\u0430\u0440\u0430\u043B\u0438\u043D\u0441\u043A", kk: "\u049A\u0430\u0440\u049B\u0430\u0440\u0430\u043B\u044B" },
  Troitsk: { ru: "\u0422\u0440\u043E\u0438\u0446\u043A", kk: "\u0422\u0440\u043E\u0438\u0446\u043A" },
  Omsk: { ru: "\u041E\u043C\u0441\u043A", kk: "\u041E\u043C\u0431\u044B" },
  Tashkent: { ru: "\u0422\u0430\u0448\u043A\u0435\u043D\u0442", kk: "\u0422\u0430\u0448\u043A\u0435\u043D\u0442" },
  Kokand: { ru: "\u041A\u043E\u043A\u0430\u043D\u0434", kk: "\u049A\u043E\u049B\u0430\u043D" },
  Akmolinsk: { ru: "\u0410\u043A\u043C\u043E\u043B\u0438\u043D\u0441\u043A", kk: "\u0410\u049B\u043C\u043E\u043B\u0430" },
  Turgay: { ru: "\u0422\u0443\u0440\u0433\u0430\u0439", kk: "\u0422\u043E\u0440\u0493\u0430\u0439" },
  Kazan: { ru: "\u041A\u0430\u0437\u0430\u043D\u044C", kk: "\u049A\u0430\u0437\u0430\u043D" },
  Ufa: { ru: "\u0423\u0444\u0430", kk: "\u0423\u0444\u0430" },
  Verny: { ru: "\u0412\u0435\u0440\u043D\u044B\u0439", kk: "\u0412\u0435\u0440\u043D\u044B\u0439" },
  "Aulie-Ata": { ru: "\u0410\u0443\u043B\u0438\u0435-\u0410\u0442\u0430", kk: "\u04D8\u0443\u043B\u0438\u0435\u0430\u0442\u0430" },
  Kyzylorda: { ru: "\u041A\u0437\u044B\u043B-\u041E\u0440\u0434\u0430", kk: "\u049A\u044B\u0437\u044B\u043B\u043E\u0440\u0434\u0430" },
  Zhympity: { ru: "\u0414\u0436\u0430\u043C\u0431\u0435\u0439\u0442\u044B", kk: "\u0416\u044B\u043C\u043F\u0438\u0442\u044B" }
};
var REGION = Object.keys(REGION_NAMES);
function townIn(town, lang) {
  return lang === "en" ? town : REGION_NAMES[town]?.[lang] ?? town;
}
function regionTowns(m) {
  const text = sameTextKey(m.knowledge.entries.map((e) => `${e.summary.text} ${e.facts.map((f) => "text" in f ? f.text : "").join(" ")}`).join(" "));
  return REGION.filter((r) => text.includes(sameTextKey(r)));
}
function mentions(text, e) {
  let names = namesOf.get(e);
  if (!names) namesOf.set(e, names = [e.name, ...e.aliases].map(sameTextKey).filter((n) => n.length >= 3));
  let t = textKeys.get(text);
  if (t === void 0) textKeys.set(text, t = sameTextKey(text));
  return names.some((n) => t.includes(n));
}
function shownName(e) {
  return e.name.replace(/\s*\([^)]*\d[^)]*\)/g, "").trim() || e.name;
}
function bareName(e) {
  return e.name.replace(/\s*\([^)]*\)/g, "").trim() || e.name;
}
function firstSentences(text, max) {
  const t = text.trim();
  const ends = [];
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '"' || c === "\u201C" || c === "\u201D") quoted = c === "\u201C" ? true : c === "\u201D" ? false : !quoted;
    else if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (".!?".includes(c) && depth === 0 && !quoted && (i + 1 === t.length || /\s/.test(t[i + 1]))) ends.push(i + 1);
  }
  if (ends.at(-1) !== t.length) ends.push(t.length);
  let out = "";
  for (const end of ends) {
    if (end > max) break;
    out = t.slice(0, end);
  }
  return out.trim();
}
function lowerFirst2(text) {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
function upperFirst(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/core/quiz/bank/generators/author.ts
var AUTHOR = /^(author|authors|written by|writer|poet)$/i;
function author(m) {
  const works = [];
  for (const t of m.terms)
    for (const a of "attributes" in t ? t.attributes : []) {
      if (!AUTHOR.test(a.label)) continue;
      const by = m.people.find((p) => [p.name, ...p.aliases].some((n) => sameTextKey(n) === sameTextKey(a.value)));
      if (by && !m.people.some((p) => mentions(bareName(t), p))) works.push({ work: t, by, sources: a.sources });
    }
  const out = [];
  const asked = /* @__PURE__ */ new Set();
  for (const { work, by, sources } of works) {
    const title = bareName(work);
    const L = m.lang !== "en";
    const workIn = m.in(work);
    const byIn = m.in(by);
    const wroteBy = () => m.say("wroteBy", { work: bareName(workIn), name: byIn.name, sources: sourcesLine(sources, m.lang) });
    const peers = peersOf(by, m.people, `author:${work.id}`);
    const difficulty = by.topics.includes("leaders") ? "easy" : "medium";
    const who = make({
      kind: "author",
      entry: work,
      difficulty,
      question: `Who wrote ${/^["“]/.test(title) ? title : `"${title}"`}?`,
      right: by.name,
      wrong: peers.map((p) => p.name),
      explanation: `${work.name} is by ${by.name}. ${sourcesLine(sources)}`,
      sources,
      entries: [work.id, by.id],
      shown: L ? { question: m.say("whoWrote", { title: bareName(workIn) }), right: byIn.name, wrong: peers.map((p) => m.in(p).name), explanation: wroteBy() } : void 0
    });
    if (who) out.push(who);
    if (asked.has(by.id)) continue;
    asked.add(by.id);
    const otherWorks = works.filter((w2) => w2.by.id !== by.id).map((w2) => w2.work);
    const titled = /* @__PURE__ */ new Map();
    for (const w2 of otherWorks) if (!titled.has(bareName(w2))) titled.set(bareName(w2), w2);
    const shuffled = shuffle([...titled.keys()], seededRandom(`works:${work.id}`));
    const what = make({
      kind: "author",
      entry: work,
      difficulty: difficulty === "easy" ? "medium" : "hard",
      question: `Which of these did ${by.name} write?`,
      right: title,
      wrong: shuffled,
      explanation: `${work.name} is by ${by.name}. ${sourcesLine(sources)}`,
      sources,
      entries: [work.id, by.id],
      shown: L ? {
        question: m.say("whichWrote", { name: byIn.name }),
        right: bareName(workIn),
        wrong: shuffled.map((t) => bareName(m.in(titled.get(t)))),
        explanation: wroteBy()
      } : void 0
    });
    if (what) out.push(what);
  }
  return out;
}

// src/core/quiz/bank/life.ts
function lifeYear(p, which, m) {
  const list = p[which];
  if (list.length !== 1 || list[0].circa) return null;
  const v = list[0];
  const year = Number(v.date.slice(0, 4));
  const shifts = [-3, -2, -1, 1, 2, 3, 4];
  const on = /^\d{4}-\d{2}-\d{2}$/.test(v.date) ? "on" : "in";
  const place = v.place ? `, ${v.place}` : "";
  const shownIn = m && m.lang !== "en" ? m.in(p) : void 0;
  const wrong = shuffle(shifts, seededRandom(`${which}:${p.id}`)).map((s) => String(year + s));
  const placeIn = shownIn?.[which][0]?.place;
  return make({
    kind: which,
    entry: p,
    difficulty: p.topics.includes("leaders") ? "medium" : "hard",
    question: which === "born" ? `In which year was ${p.name} born?` : `In which year did ${p.name} die?`,
    right: String(year),
    wrong,
    explanation: `${p.name} ${which === "born" ? "was born" : "died"} ${on} ${showDate(v)}${place}. ${sourcesLine(v.sources)}`,
    sources: v.sources,
    shown: shownIn && {
      question: m.say(which, { name: shownIn.name }),
      right: String(year),
      wrong,
      explanation: m.say(`${which}Was${placeIn ? "At" : ""}`, {
        name: shownIn.name,
        date: showDate(v, m.lang),
        place: placeIn,
        sources: sourcesLine(v.sources, m.lang)
      })
    }
  });
}

// src/core/quiz/bank/generators/born.ts
function born(m) {
  return m.people.map((p) => lifeYear(p, "born", m)).filter((q) => q !== null);
}

// src/core/quiz/bank/descriptions.ts
function description(e) {
  if (!described.has(e)) described.set(e, describe(e));
  return described.get(e);
}
var described = /* @__PURE__ */ new WeakMap();
function describe(e) {
  let text = firstSentences(e.summary.text, 400);
  const said = predicate(e, text);
  if (said !== null) text = upperFirst(said.rest);
  if (text.length > LIMITS.option) text = firstClauses(text, LIMITS.option);
  text = text.replace(/\.$/, "");
  if (!text || text.length > LIMITS.option || mentions(text, e)) return null;
  return text;
}
function descriptionIn(e, shown) {
  if (shown.summary.text === e.summary.text) return description(e);
  let text = firstSentences(shown.summary.text, 400);
  const names = [shown.name, bareName(shown), ...e.aliases].sort((a, b) => b.length - a.length);
  for (const n of names) {
    const lead = new RegExp(`^\xAB?${escapeRegExp(n)}\xBB?(\\s+\\([^)]*\\))?\\s*(?:\\s+[\u2014\u2013-]\\s+|,\\s+|\\s+(?:\u0431\u044B\u043B|\u0431\u044B\u043B\u0430|\u0431\u044B\u043B\u043E|\u0431\u044B\u043B\u0438|\u044F\u0432\u043B\u044F\u043B\u0441\u044F|\u044F\u0432\u043B\u044F\u043B\u0430\u0441\u044C|\u044F\u0432\u043B\u044F\u0435\u0442\u0441\u044F)\\s+)`, "iu");
    const m = lead.exec(text);
    if (m) {
      text = upperFirst(text.slice(m[0].length));
      break;
    }
  }
  if (text.length > LIMITS.option) text = firstClauses(text, LIMITS.option);
  text = text.replace(/\.$/, "");
  if (!text || text.length > LIMITS.option || mentions(text, e) || mentions(text, shown)) return null;
  return text;
}
function predicate(e, text) {
  const names = [e.name, bareName(e), ...e.aliases].sort((a, b) => b.length - a.length);
  for (const n of names) {
    const lead = new RegExp(`^(the\\s+)?"?${escapeRegExp(n)}"?(\\s+\\([^)]*\\))?,?\\s+(was|is|were|are)\\s+`, "i");
    const m = lead.exec(text);
    if (m) return { verb: m[3].toLowerCase(), rest: text.slice(m[0].length) };
  }
  return null;
}
function firstClauses(text, max) {
  let depth = 0;
  let semicolon = "";
  let comma = "";
  for (let i = 0; i < text.length && i <= max; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && text[i + 1] === " " && c === ";") semicolon = text.slice(0, i);
    else if (depth === 0 && text[i + 1] === " " && c === ",") comma = text.slice(0, i);
  }
  const best = semicolon.length >= 20 ? semicolon : comma;
  return best.length >= 20 ? best : "";
}

// src/core/quiz/bank/generators/describe-person.ts
function describePerson(m) {
  const out = [];
  for (const p of m.people) {
    const right = description(p);
    if (!right) continue;
    const own = m.events.filter((e) => e.participants.includes(p.id));
    const named = (d) => m.events.filter((e) => mentions(d, e)).map((e) => e.id);
    const taken = /* @__PURE__ */ new Set();
    const wrong = [];
    const wrongFrom = [];
    for (const o of peersOf(p, m.people, `describe:${p.id}`)) {
      const d = description(o);
      if (d === null || mentions(d, p) || own.some((e) => mentions(d, e)) || named(d).some((e) => taken.has(e))) continue;
      named(d).forEach((e) => taken.add(e));
      wrong.push(d);
      wrongFrom.push(o);
    }
    if (wrong.length < OPTIONS - 1) continue;
    const q = make({
      kind: "describe-person",
      entry: p,
      difficulty: p.topics.includes("leaders") ? "easy" : "medium",
      question: `Who was ${p.name}?`,
      right,
      wrong,
      explanation: `${p.name}: ${right} ${sourcesLine(p.summary.sources)}`,
      sources: p.summary.sources,
      shown: shownOf(m, p, right, wrong, wrongFrom)
    });
    if (q) out.push(q);
  }
  return out;
}
function shownOf(m, e, right, wrong, wrongFrom) {
  if (m.lang === "en") return void 0;
  const shown = m.in(e);
  const rightIn = descriptionIn(e, shown);
  if (!rightIn || wrong.length !== wrongFrom.length) return void 0;
  const wrongIn = wrongFrom.map((o) => descriptionIn(o, m.in(o)));
  const isTerm = e.kind !== "person";
  return {
    question: m.say(isTerm ? "describeTerm" : "describePerson", { name: isTerm ? bareName(shown) : shown.name }),
    right: rightIn,
    wrong: wrongIn,
    explanation: m.say("described", { name: shown.name, description: rightIn, sources: sourcesLine(e.summary.sources, m.lang) })
  };
}

// src/core/quiz/bank/phrasing.ts
var COMMON = /* @__PURE__ */ new Set(["repression", "monument", "law", "proclamation", "founding", "end", "election", "decree", "petition", "issue", "creation", "formation", "dissolution", "arrest", "arrests", "trial", "amnesty", "rehabilitation", "negotiations"]);
function nounPhrase(name) {
  if (/^the\s/i.test(name)) return `the ${name.slice(4)}`;
  const [first, ...rest] = name.split(" ");
  if (rest.length === 0 || /['’]s$/.test(first) && !/^(people|workers|writers)['’]s$/i.test(first)) return name;
  return `the ${COMMON.has(first.toLowerCase()) ? first.toLowerCase() : first} ${rest.join(" ")}`;
}
var BASE_VERB = { leaves: "leave", joins: "join", signs: "sign", writes: "write", meets: "meet", returns: "return" };
var PARTICIPLE = {
  founding: "founded",
  proclamation: "proclaimed",
  creation: "created",
  formation: "formed",
  dissolution: "dissolved",
  rehabilitation: "rehabilitated"
};
var PASSIVE = /^(.+?) (declared|created|renamed|formed|published|taken|proclaimed|founded|unveiled|signed|delivered|dissolved|arrested|executed|rehabilitated|amnestied|adopted|opened|closed|banned)\b ?(.*)$/;
function askAboutEvent(e, wh) {
  const name = shownName(e);
  let m = /^(.+?) (leaves|joins|signs|writes|meets|returns) (.+)$/.exec(name);
  if (m) return `${wh} did ${m[1]} ${BASE_VERB[m[2]]} ${m[3]}?`;
  m = /^(Founding|Proclamation|Creation|Formation|Dissolution|Rehabilitation) of (.+)$/.exec(name);
  if (m) return `${wh} was ${nounPhrase(m[2])} ${PARTICIPLE[m[1].toLowerCase()]}?`;
  m = /^End of (.+)$/.exec(name);
  if (m) return `${wh} did ${nounPhrase(m[1])} come to an end?`;
  m = /^First issue of (.+)$/.exec(name);
  if (m) return `${wh} did the first issue of ${m[1]} come out?`;
  m = PASSIVE.exec(name);
  if (m) return `${wh} was ${nounPhrase(m[1])} ${m[2]}${m[3] ? ` ${m[3]}` : ""}?`;
  if (/\b(congress|conference|kurultai|meeting|election|trial)\b/i.test(name)) return `${wh} was ${nounPhrase(name)} held?`;
  if (/\b(letter|petition|appeal|telegram)\b/i.test(name)) return `${wh} was ${nounPhrase(name)} written?`;
  if (/^monument\b/i.test(name)) return `${wh} was ${nounPhrase(name)} unveiled?`;
  return `${wh} did ${nounPhrase(name)} take place?`;
}
var NOMINAL = {
  created: "creation",
  formed: "formation",
  published: "publication",
  proclaimed: "proclamation",
  founded: "founding",
  dissolved: "dissolution",
  adopted: "adoption",
  unveiled: "unveiling",
  rehabilitated: "rehabilitation",
  arrested: "arrest",
  executed: "execution",
  banned: "banning",
  opened: "opening",
  closed: "closing"
};
function eventNoun(e) {
  const name = shownName(e);
  let m = /^(.+?) (leaves|joins|signs|writes|meets|returns) (.+)$/.exec(name);
  if (m) return `${m[1]} ${BASE_VERB[m[2]]}ing ${m[3]}`.replace(/eing /, "ing ");
  m = PASSIVE.exec(name);
  if (m && NOMINAL[m[2]]) return `the ${NOMINAL[m[2]]} of ${nounPhrase(m[1])}${m[3] ? ` ${m[3]}` : ""}`;
  if (m && m[2] === "renamed") return `the renaming of ${nounPhrase(m[1])} as ${m[3]}`;
  if (m && m[2] === "declared") return `the declaration of ${nounPhrase(m[1])} as ${m[3]}`;
  return nounPhrase(name);
}
function period(from, to) {
  if (!from) return "";
  if (!to) return ` from ${formatDateText(from.slice(0, 4))}`;
  if (from === to || from.slice(0, 7) === to.slice(0, 7) && from.length <= 7) return ` in ${formatDateText(from.slice(0, 7))}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return ` in ${from.slice(0, 4)}`;
  return ` from ${from.slice(0, 4)} to ${to.slice(0, 4)}`;
}
function periodIn(m, from, to) {
  if (!from) return "";
  if (!to) return m.say("period.from", { year: from.slice(0, 4) });
  if (from === to || from.slice(0, 7) === to.slice(0, 7) && from.length <= 7)
    return m.say("period.in", { date: formatDateText(from.slice(0, 7), m.lang) });
  if (from.slice(0, 4) === to.slice(0, 4)) return m.say("period.year", { year: from.slice(0, 4) });
  return m.say("period.range", { from: from.slice(0, 4), to: to.slice(0, 4) });
}
function askWhoHeld(title, when) {
  const verbs = [
    [/^(?:chairman|chairwoman|chair) of (.+)$/i, "chaired"],
    [/^head of (.+)$/i, "headed"],
    [/^(?:founder|first founder) of (.+)$/i, "founded"],
    [/^leader of (.+)$/i, "led"]
  ];
  for (const [re, verb] of verbs) {
    const m = re.exec(title);
    if (m) return `Who ${verb} ${m[1].replace(/ and of /, " and ")}${when && title.includes(",") ? "," : ""}${when}?`;
  }
  return `Who was the ${lowerFirst2(title)}${when && title.includes(",") ? "," : ""}${when}?`;
}

// src/core/quiz/bank/generators/describe-term.ts
function describeTerm(m) {
  const out = [];
  for (const t of m.terms) {
    const right = description(t);
    if (!right) continue;
    const others = shuffle(m.terms.filter((o) => o.id !== t.id), seededRandom(`describe:${t.id}`)).sort(
      (a, b) => Number(b.kind === t.kind) - Number(a.kind === t.kind)
    );
    const described2 = others.map((o) => ({ o, d: description(o) })).filter((x) => x.d !== null && !mentions(x.d, t));
    const wrong = described2.map((x) => x.d);
    if (wrong.length < OPTIONS - 1) continue;
    const q = make({
      kind: "describe-term",
      entry: t,
      difficulty: "easy",
      question: `What was ${termPhrase(t)}?`,
      right,
      wrong,
      explanation: `${t.name}: ${right} ${sourcesLine(t.summary.sources)}`,
      sources: t.summary.sources,
      shown: shownOf(m, t, right, wrong, described2.map((x) => x.o))
    });
    if (q) out.push(q);
  }
  return out;
}
function termPhrase(t) {
  const name = bareName(t);
  if (t.kind === "publication") return /^["“]/.test(name) ? name : `"${name}"`;
  if (t.kind === "term" || /^["“]/.test(name)) return name.replace(/^The\s/, "the ");
  return nounPhrase(name);
}

// src/core/quiz/bank/generators/died.ts
function died(m) {
  return m.people.map((p) => lifeYear(p, "died", m)).filter((q) => q !== null);
}

// src/core/quiz/bank/generators/disputed-claim.ts
var TRUE = "True";
var FALSE = "False";
function disputedClaim(m) {
  const disputes = [];
  const L = m.lang !== "en";
  for (const e of m.events)
    if (e.when.length >= 2)
      disputes.push({
        entry: e,
        intro: `Sources disagree on the date of ${nounPhrase(shownName(e))}.`,
        askIn: L ? (date) => m.say("claimEvent", { name: shownName(m.in(e)), date }) : void 0,
        versions: e.when
      });
  for (const p of m.people) {
    const askIn = (key2) => L ? (date) => m.say(key2, { name: m.in(p).name, date }) : void 0;
    if (p.born.length >= 2) disputes.push({ entry: p, intro: `Sources disagree on when ${p.name} was born.`, askIn: askIn("claimBorn"), versions: p.born });
    if (p.died.length >= 2) disputes.push({ entry: p, intro: `Sources disagree on when ${p.name} died.`, askIn: askIn("claimDied"), versions: p.died });
  }
  for (const e of m.knowledge.entries)
    for (const [index, f] of e.facts.entries()) {
      if (!isDisputed(f) || !f.versions.every((v) => v.date) || f.about.length > 40) continue;
      const versions = f.versions.map((v) => ({ date: v.date, end: v.end, sources: v.sources }));
      const subject = e.kind === "event" ? eventNoun(e) : bareName(e);
      const askIn = (date) => {
        const shown = m.in(e);
        const fact = shown.facts[index];
        const about = fact && isDisputed(fact) ? fact.about : f.about;
        return m.say("claimAbout", { name: e.kind === "event" ? shownName(shown) : bareName(shown), about: lowerFirst2(about), date });
      };
      disputes.push({ entry: e, intro: `Sources disagree about ${subject} (${lowerFirst2(f.about)}).`, askIn: L ? askIn : void 0, versions });
    }
  const out = [];
  for (const d of disputes) {
    const shown = (v) => `${showDate(v)}${v.calendar === "julian" ? " (old style)" : ""}`;
    const given = [...new Set(d.versions.map(shown))];
    if (given.length < 2) continue;
    const taken = d.versions.flatMap(spansOf);
    const explanation = `Sources differ: ${d.versions.map((v) => `${shown(v)} (${v.sources.join(", ")})`).join("; ")}.`;
    const sources = d.versions.flatMap((v) => v.sources);
    const shownIn = (v) => v.calendar === "julian" ? m.say("oldStyle", { date: showDate(v, m.lang) }) : showDate(v, m.lang);
    const explanationIn = m.say("sourcesDiffer", { versions: d.versions.map((v) => m.say("version", { date: shownIn(v), sources: v.sources.join(", ") })).join("; ") });
    const givenIn = new Map(d.versions.map((v) => [shown(v), shownIn(v)]));
    const each = given.length >= 3 ? 2 : 1;
    const statements = given.slice(0, each).map((g) => [g, TRUE]);
    const wrong = nearbyDates(d.versions[0], `claim:${d.intro}`, taken, each);
    const wrongIn = L ? nearbyDates(d.versions[0], `claim:${d.intro}`, taken, each, m.lang) : [];
    wrong.forEach((w2, i) => givenIn.set(w2, wrongIn[i] ?? w2));
    for (const w2 of wrong) statements.push([w2, FALSE]);
    for (const [date, right] of statements) {
      const fine = /\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{4}/u.test(date);
      const q = make({
        kind: "disputed-claim",
        entry: d.entry,
        difficulty: fine ? "hard" : "medium",
        question: `${d.intro} True or false: one of them gives ${date}.`,
        right,
        wrong: [],
        fixed: [TRUE, FALSE],
        explanation,
        sources,
        shown: d.askIn && {
          question: d.askIn(givenIn.get(date) ?? date),
          right: m.say(right === TRUE ? "true" : "false"),
          wrong: [],
          fixed: [m.say("true"), m.say("false")],
          explanation: explanationIn
        }
      });
      if (q) out.push(q);
    }
  }
  return out;
}

// src/core/quiz/bank/generators/event-date.ts
function eventDate(m) {
  const out = [];
  for (const e of m.events) {
    if (e.when.length !== 1 || e.when[0].circa) continue;
    const v = e.when[0];
    const when = spanOf(v);
    if (!when) continue;
    const questioned = e.facts.filter(isDisputed).some((f) => f.versions.some((c) => c.date !== void 0 && overlaps(spanOf({ date: c.date, end: c.end }), when)));
    if (questioned) continue;
    const right = showDate(v);
    const calendar = v.calendar === "julian" ? " (old style)" : "";
    const question = askAboutEvent(e, "When").replace(/\?$/, `${calendar}?`);
    if (givesYearAway(question, right)) continue;
    const place = v.place ?? e.place;
    const shownIn = m.lang === "en" ? void 0 : m.in(e);
    const placeIn = shownIn && (shownIn.when[0].place ?? shownIn.place);
    const q = make({
      kind: "event-date",
      entry: e,
      difficulty: dateDifficulty(v),
      question,
      right,
      wrong: nearbyDates(v, e.id, spansOf(v)),
      explanation: `${e.name}: ${right}${place ? `, ${place}` : ""}. ${sourcesLine(v.sources)}`,
      sources: v.sources,
      shown: shownIn && {
        question: m.say(calendar ? "eventDateOldStyle" : "eventDate", { name: shownName(shownIn) }),
        right: showDate(v, m.lang),
        wrong: nearbyDates(v, e.id, spansOf(v), void 0, m.lang),
        explanation: m.say("eventIs", {
          name: shownIn.name,
          value: placeIn ? `${showDate(v, m.lang)}, ${placeIn}` : showDate(v, m.lang),
          sources: sourcesLine(v.sources, m.lang)
        })
      }
    });
    if (q) out.push(q);
  }
  return out;
}
function givesYearAway(question, answer) {
  return (answer.match(/\b\d{4}\b/g) ?? []).some((y) => question.includes(y));
}

// src/core/quiz/bank/generators/disputed-date.ts
function disputedDate(m) {
  const out = [];
  for (const e of m.events) {
    const versions = e.when.filter((v) => !v.circa);
    if (e.when.length < 2 || versions.length < 2) continue;
    const pick = versions[Math.floor(seededRandom(`disputed:${e.id}`)() * versions.length)];
    const taken = e.when.flatMap(spansOf);
    const right = showDate(pick);
    const given = e.when.map((v) => `${showDate(v)}${v.calendar === "julian" ? " OS" : ""} (${v.sources.join(", ")})`);
    const question = `Sources disagree on the date of ${nounPhrase(shownName(e))}. Which of these dates does one of them give?`;
    if (givesYearAway(question, right)) continue;
    const shownIn = m.lang === "en" ? void 0 : m.in(e);
    const versionIn = (v) => m.say(v.calendar === "julian" ? "versionOldStyle" : "version", { date: showDate(v, m.lang), sources: v.sources.join(", ") });
    const q = make({
      kind: "disputed-date",
      entry: e,
      difficulty: "hard",
      question,
      right,
      wrong: nearbyDates(pick, e.id, taken),
      explanation: `Sources differ: ${given.join("; ")}.`,
      sources: e.when.flatMap((v) => v.sources),
      shown: shownIn && {
        question: m.say("disputedDate", { name: shownName(shownIn) }),
        right: showDate(pick, m.lang),
        wrong: nearbyDates(pick, e.id, taken, void 0, m.lang),
        explanation: m.say("sourcesDiffer", { versions: e.when.map(versionIn).join("; ") })
      }
    });
    if (q) out.push(q);
  }
  return out;
}

// src/core/quiz/bank/generators/event-place.ts
var NOT_A_NAME = /* @__PURE__ */ new Set(["now", "left", "bank", "city", "oblast", "prison", "town", "then"]);
function placeWords(label) {
  return sameTextKey(label).split(/[^\p{L}]+/u).filter((w2) => w2.length >= 4 && !NOT_A_NAME.has(w2));
}
function placeLabel(place) {
  if (/\d|\bor\b|differ|among|unknown/i.test(place)) return null;
  return place.split(",")[0].trim();
}
function eventPlace(m) {
  const labelIn = /* @__PURE__ */ new Map();
  if (m.lang !== "en") {
    for (const town of regionTowns(m)) labelIn.set(town, townIn(town, m.lang));
    for (const t of m.terms.filter((t2) => t2.kind === "place")) labelIn.set(bareName(t), bareName(m.in(t)));
    for (const e of m.events) {
      const shown = m.in(e);
      const pairs = [[e.place, shown.place], ...e.when.map((v, i) => [v.place, shown.when[i]?.place])];
      for (const [en, other] of pairs) {
        const label = en ? placeLabel(en) : null;
        if (label && other && other !== en) labelIn.set(label, other.split(",")[0].trim());
      }
    }
  }
  const pool = [
    ...m.events.flatMap((e) => [e.place, ...e.when.map((v) => v.place)]).filter((p) => !!p).map(placeLabel),
    ...m.terms.filter((t) => t.kind === "place").map(bareName),
    ...regionTowns(m)
  ].filter((p) => p !== null && p.length <= 40 && !/\b(prison|camp)\b/i.test(p));
  const out = [];
  for (const e of m.events) {
    const places = [e.place, ...e.when.map((v) => v.place)].filter((p) => !!p);
    const labels = [...new Set(places.map(placeLabel))];
    if (labels.length !== 1 || !labels[0]) continue;
    const right = labels[0];
    const question = askAboutEvent(e, "Where");
    const own = new Set(places.flatMap(placeWords));
    const asked = sameTextKey(question);
    if ([...own].some((w2) => asked.includes(w2))) continue;
    const wrong = shuffle([...new Set(pool)], seededRandom(`place:${e.id}`)).filter(
      (p) => !placeWords(p).some((w2) => own.has(w2)) && !placeWords(p).some((w2) => asked.includes(w2))
    );
    const chosen = [];
    for (const p of wrong) if (!chosen.some((c) => placeWords(c).some((w2) => placeWords(p).includes(w2)))) chosen.push(p);
    const sources = e.when.flatMap((v) => v.sources);
    const shownIn = m.lang === "en" ? void 0 : m.in(e);
    const placeIn = shownIn && (shownIn.place ?? shownIn.when.find((v) => v.place)?.place);
    const q = make({
      kind: "event-place",
      entry: e,
      difficulty: e.topics.includes("congresses") || e.topics.includes("leaders") ? "easy" : "medium",
      question,
      right,
      wrong: chosen,
      explanation: `${e.name}: ${places[0]}. ${sourcesLine([...e.summary.sources, ...sources])}`,
      sources: [...e.summary.sources, ...sources],
      shown: shownIn && {
        question: m.say("eventPlace", { name: shownName(shownIn) }),
        right: labelIn.get(right) ?? right,
        wrong: chosen.map((p) => labelIn.get(p) ?? p),
        explanation: m.say("eventIs", { name: shownIn.name, value: placeIn ?? places[0], sources: sourcesLine([...e.summary.sources, ...sources], m.lang) })
      }
    });
    if (q) out.push(q);
  }
  return out;
}

// src/core/quiz/bank/generators/fact.ts
function factQuestions(m) {
  const questions = [];
  const problems = [];
  const asks = m.knowledge.entries.flatMap(
    (e) => e.facts.flatMap((f, index) => isDisputed(f) ? [] : (f.ask ?? []).map((ask, asked) => ({ entry: e, fact: f, ask, index, asked })))
  );
  const answersTo = /* @__PURE__ */ new Map();
  for (const { ask } of asks) {
    const key2 = sameTextKey(ask.question);
    answersTo.set(key2, (answersTo.get(key2) ?? /* @__PURE__ */ new Set()).add(ask.answer));
  }
  for (const { entry, fact, ask, index, asked } of asks) {
    const where = `${entry.id}: facts.${index}: ask "${ask.question}"`;
    const taken = answersTo.get(sameTextKey(ask.question));
    const drafted = draft(m, entry, fact, ask, taken);
    if (typeof drafted === "string") {
      problems.push(`${where}: ${drafted}`);
      continue;
    }
    const q = make({
      kind: "fact",
      entry,
      difficulty: ask.level ?? drafted.difficulty,
      question: ask.question,
      right: drafted.right,
      wrong: drafted.wrong,
      explanation: `${fact.text} ${sourcesLine(fact.sources)}`,
      sources: fact.sources,
      entries: drafted.about ? [entry.id, drafted.about] : [entry.id],
      shown: m.lang === "en" ? void 0 : shownFact(m, entry, index, asked, drafted, fact.sources)
    });
    if (q) questions.push(q);
    else problems.push(`${where}: too few fair wrong options, or the question breaks a limit`);
  }
  return { questions, problems };
}
function shownFact(m, entry, index, asked, drafted, sources) {
  const fact = m.in(entry).facts[index];
  const ask = "ask" in fact ? fact.ask?.[asked] : void 0;
  return {
    question: ask.question,
    right: drafted.rightIn ?? drafted.right,
    wrong: drafted.wrongIn ?? drafted.wrong,
    explanation: m.say("fact", { text: "text" in fact ? fact.text : "", sources: sourcesLine(sources, m.lang) })
  };
}
function draft(m, entry, fact, ask, taken) {
  const answer = m.knowledge.byId.get(ask.answer);
  const seed = `fact:${entry.id}:${ask.question}`;
  const excluded = (e) => taken.has(e.id) || mentions(fact.text, e) || mentions(ask.question, e);
  if (answer?.kind === "person") {
    const kazakhWorld = isKazakh(answer) || entry.kind !== "person" || isKazakh(entry);
    const when = fact.date ? parseDateText(fact.date) : null;
    const wrong = peersOf(answer, m.people.filter((p) => !kazakhWorld || isKazakh(p)), seed).filter(
      (p) => !excluded(p) && (!when || couldHold(p, when.first))
    );
    return {
      right: answer.name,
      wrong: wrong.map((p) => p.name),
      rightIn: m.in(answer).name,
      wrongIn: wrong.map((p) => m.in(p).name),
      difficulty: answer.topics.includes("leaders") && isKazakh(answer) ? "easy" : "medium",
      about: answer.id
    };
  }
  if (answer?.kind === "event") {
    const wrong = shuffle(m.events.filter((e) => e.id !== answer.id && !excluded(e) && !/\d/.test(shownName(e))), seededRandom(seed));
    const nameIn = (e) => shownName(m.in(e));
    return { right: shownName(answer), wrong: wrong.map(shownName), rightIn: nameIn(answer), wrongIn: wrong.map(nameIn), difficulty: "medium", about: answer.id };
  }
  if (answer?.kind === "place") {
    const prison = (name) => /\b(prison|camp)\b/i.test(name);
    const places = m.terms.filter(
      (t) => t.kind === "place" && t.id !== answer.id && !excluded(t) && !mentions(t.summary.text, answer) && !mentions(answer.summary.text, t) && prison(t.name) === prison(answer.name)
    );
    const names = (text, name) => sameTextKey(text).includes(sameTextKey(name));
    const towns = prison(answer.name) ? [] : regionTowns(m).filter((town) => !mentions(town, answer) && !names(answer.summary.text, town) && !names(fact.text, town) && !names(ask.question, town));
    const labels = shuffle([.../* @__PURE__ */ new Set([...places.map(bareName), ...towns])], seededRandom(seed));
    const labelIn = new Map(towns.map((t) => [t, townIn(t, m.lang)]));
    for (const p of places) labelIn.set(bareName(p), bareName(m.in(p)));
    return {
      right: bareName(answer),
      wrong: labels,
      rightIn: bareName(m.in(answer)),
      wrongIn: labels.map((l) => labelIn.get(l) ?? l),
      difficulty: "medium",
      about: answer.id
    };
  }
  if (answer) {
    const samePlace2 = (t) => answer.kind === "place" && (mentions(t.summary.text, answer) || mentions(answer.summary.text, t));
    const prison = (t) => /\b(prison|camp)\b/i.test(t.name) !== /\b(prison|camp)\b/i.test(answer.name);
    const fit = m.terms.filter((t) => t.id !== answer.id && !excluded(t) && !samePlace2(t) && !(answer.kind === "place" && prison(t)));
    const others = shuffle(fit, seededRandom(seed)).sort(
      (a, b) => Number(b.kind === answer.kind) - Number(a.kind === answer.kind)
    );
    const nameIn = (e) => bareName(m.in(e));
    return { right: bareName(answer), wrong: others.map(bareName), rightIn: nameIn(answer), wrongIn: others.map(nameIn), difficulty: "medium", about: answer.id };
  }
  if (parseDateText(ask.answer)) {
    const spans = [...datesOf(entry), ...[...taken].flatMap((t) => parseDateText(t) ? spansOf({ date: t }) : [])];
    const v = { date: ask.answer };
    return {
      right: showDate(v),
      wrong: nearbyDates(v, seed, spans),
      rightIn: showDate(v, m.lang),
      wrongIn: nearbyDates(v, seed, spans, void 0, m.lang),
      difficulty: dateDifficulty(v)
    };
  }
  if (/^\d+$/.test(ask.answer)) {
    const n = Number(ask.answer);
    const steps = n < 20 ? [-2, -1, 1, 2, 3] : [-0.4, -0.25, 0.25, 0.5, 1];
    const wrong = shuffle(steps, seededRandom(seed)).map((s) => String(n < 20 ? n + s : Math.round(n * (1 + s) / 5) * 5)).filter((w2) => Number(w2) > 0 && !taken.has(w2));
    return { right: ask.answer, wrong, difficulty: "hard" };
  }
  return `answer "${ask.answer}" is neither an entry id, a date (YYYY, YYYY-MM, YYYY-MM-DD) nor a whole number`;
}
function datesOf(e) {
  const own = e.kind === "event" ? e.when : [];
  const versions = e.facts.flatMap((f) => isDisputed(f) ? f.versions : []);
  return [...own.flatMap(spansOf), ...versions.flatMap((c) => c.date ? spansOf({ date: c.date, end: c.end }) : [])];
}

// src/core/quiz/bank/generators/identify-term.ts
var STOP2 = /* @__PURE__ */ new Set(["the", "and", "for", "with", "from", "that", "this", "which", "its", "their"]);
function contentWords2(text) {
  return sameTextKey(text).split(/[^\p{L}\d]+/u).map((w2) => w2.replace(/['’]s$/, "")).filter((w2) => w2.length >= 4 && !STOP2.has(w2));
}
function identifyTerm(m) {
  const out = [];
  for (const t of m.terms) {
    const said = predicate(t, firstSentences(t.summary.text, 400));
    if (!said || mentions(said.rest, t)) continue;
    const question = `Which of these ${said.verb} ${said.rest.replace(/[.!]$/, "")}?`;
    if (question.length > LIMITS.question) continue;
    const right = bareName(t);
    const clues = contentWords2(right).filter((w2) => contentWords2(question).includes(w2));
    const others = shuffle(
      m.terms.filter((o) => o.id !== t.id && !mentions(question, o)),
      seededRandom(`identify:${t.id}`)
    );
    const rank = new Map(others.map((o) => [o, (contentWords2(bareName(o)).some((w2) => clues.includes(w2)) ? 0 : 2) + (o.kind === t.kind ? 0 : 1)]));
    const ranked = [...others].sort((a, b) => rank.get(a) - rank.get(b)).slice(0, OPTIONS - 1);
    const wrong = ranked.map(bareName);
    if (clues.some((w2) => !wrong.some((o) => contentWords2(o).includes(w2)))) continue;
    const q = make({
      kind: "identify-term",
      entry: t,
      difficulty: "easy",
      question,
      right,
      wrong,
      explanation: `${t.name}. ${sourcesLine(t.summary.sources)}`,
      sources: t.summary.sources,
      shown: identifyIn(m, t, ranked)
    });
    if (q) out.push(q);
  }
  return out;
}
function identifyIn(m, t, wrong) {
  if (m.lang === "en") return void 0;
  const shown = m.in(t);
  const said = descriptionIn(t, shown);
  if (!said || shown.summary.text === t.summary.text) return void 0;
  return {
    question: m.say("identifyTerm", { description: lowerFirst2(said) }),
    right: bareName(shown),
    wrong: wrong.map((o) => bareName(m.in(o))),
    explanation: m.say("identified", { name: shown.name, sources: sourcesLine(t.summary.sources, m.lang) })
  };
}

// src/core/quiz/bank/generators/not-participant.ts
function notParticipant(m) {
  const out = [];
  for (const e of m.events) {
    const inside = e.participants.map((id) => m.people.find((p) => p.id === id)).filter((p) => p !== void 0);
    const eventSpan = e.when[0] ? spanOf(e.when[0]) : null;
    if (inside.length < 3 || !eventSpan) continue;
    const isLetter = /\bletter\b/i.test(e.name);
    const diedBefore = (p) => p.died.length > 0 && p.died.every((d) => (spanOf(d)?.last ?? Infinity) < eventSpan.first);
    if (!isLetter && inside.some(diedBefore)) continue;
    const absent = m.people.filter((p) => {
      if (e.participants.includes(p.id)) return false;
      const year = birthYear(p);
      if (year === void 0 || !inside.some((i) => Math.abs((birthYear(i) ?? Infinity) - year) <= ERA_YEARS)) return false;
      if (isLetter) return true;
      const born2 = p.born.map(spanOf).filter((s) => s !== null);
      const died2 = p.died.map(spanOf).filter((s) => s !== null);
      const notYetBorn = born2.length > 0 && born2.every((b) => b.first > eventSpan.last);
      const dead = died2.length > 0 && died2.every((d) => d.last < eventSpan.first);
      return notYetBorn || dead;
    });
    const outsider = shuffle(absent, seededRandom(`outsider:${e.id}`))[0];
    if (!outsider) continue;
    const chosen = shuffle(inside, seededRandom(`not:${e.id}`)).slice(0, OPTIONS - 1);
    const name = nounPhrase(shownName(e));
    const shownIn = m.lang === "en" ? void 0 : m.in(e);
    const q = make({
      kind: "not-participant",
      entry: e,
      difficulty: "medium",
      question: isLetter ? `Who did NOT sign ${name}?` : `Who did NOT take part in ${name}?`,
      right: outsider.name,
      wrong: chosen.map((p) => p.name),
      explanation: `${isLetter ? "Signatories" : "Participants"} of ${shownName(e)} include ${inside.map((p) => p.name).join(", ")}. ${sourcesLine(e.summary.sources)}`,
      sources: [...e.summary.sources, ...e.when[0].sources],
      entries: [e.id, ...inside.map((p) => p.id), outsider.id],
      shown: shownIn && {
        question: m.say(isLetter ? "notSigned" : "notTookPart", { name: shownName(shownIn) }),
        right: m.in(outsider).name,
        wrong: chosen.map((p) => m.in(p).name),
        explanation: m.say(isLetter ? "signatories" : "participants", {
          name: shownName(shownIn),
          people: inside.map((p) => m.in(p).name).join(", "),
          sources: sourcesLine(e.summary.sources, m.lang)
        })
      }
    });
    if (q) out.push(q);
  }
  return out;
}

// src/core/quiz/bank/posts.ts
var SINGLE_POST = /^(chairman|chairwoman|chair|head|president|prime minister|editor|editor-in-chief|leader|foreign minister|minister|commissar|first secretary|secretary|first vice-rector|rector|vice-rector|deputy chairman|deputy to|founder|first head)\b/i;
var SHARED_POST = /^(a|an|one of|member|members|co-?founder|delegate|deputy in)\b/i;
var STOP_WORDS = /* @__PURE__ */ new Set(["the", "and", "for", "of", "in", "at", "to", "a", "an", "with", "after", "before", "its", "his", "her", "from"]);
var ALIKE = { chairman: "head", chairwoman: "head", chair: "head", president: "head", leader: "head" };
function isSinglePost(r, holder) {
  return SINGLE_POST.test(r.title) && !SHARED_POST.test(r.title) && !mentions(r.title, holder);
}
var wordsOf = /* @__PURE__ */ new Map();
function postWords(title) {
  let words = wordsOf.get(title);
  if (!words) wordsOf.set(title, words = splitWords(title));
  return words;
}
function splitWords(title) {
  return new Set(
    title.toLowerCase().split(/[^\p{L}]+/u).filter((w2) => w2.length >= 3 && !STOP_WORDS.has(w2)).map((w2) => ALIKE[w2] ?? w2)
  );
}
function sharedWords(a, b) {
  let n = 0;
  for (const w2 of a) if (b.has(w2)) n++;
  return n;
}
function similarPost(title, other) {
  const key2 = `${title}
${other}`;
  if (!similar.has(key2)) similar.set(key2, isSimilarPost(title, other));
  return similar.get(key2);
}
var similar = /* @__PURE__ */ new Map();
function isSimilarPost(title, other) {
  if (!SINGLE_POST.test(other) || SHARED_POST.test(other) || !SINGLE_POST.test(title)) return false;
  const rank = (t) => ALIKE[SINGLE_POST.exec(t)[1].toLowerCase()] ?? SINGLE_POST.exec(t)[1].toLowerCase();
  if (rank(title) !== rank(other)) return false;
  const rest = [...postWords(title)].filter((w2) => w2 !== rank(title));
  const otherWords = postWords(other);
  return rest.length > 0 && rest.filter((w2) => otherWords.has(w2)).length * 2 >= rest.length;
}
function heldLike(o, title) {
  const words = postWords(title);
  return o.roles.some((r) => sharedWords(words, postWords(r.title)) >= 2);
}

// src/core/quiz/bank/generators/person-role.ts
function personRole(m) {
  const posts = m.people.flatMap(
    (o) => o.roles.flatMap((r, index) => isSinglePost(r, o) ? [{ holder: o, title: r.title, shown: () => m.in(o).roles[index].title }] : [])
  );
  const out = [];
  for (const p of m.people)
    for (const [index, r] of p.roles.entries()) {
      if (!isSinglePost(r, p) || r.title.length > 100) continue;
      const year = birthYear(p);
      const wrong = posts.filter(
        (o) => o.holder.id !== p.id && o.title.length <= 100 && isKazakh(o.holder) === isKazakh(p) && (year === void 0 || birthYear(o.holder) === void 0 || Math.abs(birthYear(o.holder) - year) <= ERA_YEARS) && !p.roles.some((own) => similarPost(o.title, own.title) || similarPost(own.title, o.title) || own.title === o.title)
      );
      const when = period(r.from, r.to);
      const others = shuffle(wrong, seededRandom(`post:${p.id}:${r.title}`)).filter(
        (o, i, all) => !all.slice(0, i).some((u) => similarPost(o.title, u.title) || similarPost(u.title, o.title))
      );
      const shownIn = m.lang === "en" ? void 0 : m.in(p);
      const whenIn = periodIn(m, r.from, r.to);
      const q = make({
        kind: "person-role",
        entry: p,
        difficulty: p.topics.includes("leaders") ? "medium" : "hard",
        question: `Which post did ${p.name} hold${when}?`,
        right: r.title,
        wrong: others.map((o) => o.title),
        explanation: `${p.name}: ${r.title}${when ? `,${when}` : ""}. ${sourcesLine(r.sources)}`,
        sources: r.sources,
        shown: shownIn && {
          question: m.say("personRole", { name: shownIn.name, when: whenIn }),
          right: shownIn.roles[index].title,
          wrong: others.map((o) => o.shown()),
          explanation: m.say("post", { name: shownIn.name, title: shownIn.roles[index].title, when: whenIn, sources: sourcesLine(r.sources, m.lang) })
        }
      });
      if (q) out.push(q);
    }
  return out;
}

// src/core/quiz/bank/generators/role.ts
function role(m) {
  const out = [];
  for (const p of m.people)
    for (const [index, r] of p.roles.entries()) {
      if (!isSinglePost(r, p)) continue;
      const when = period(r.from, r.to);
      if (!when && m.people.some((o) => o.id !== p.id && o.roles.some((or) => similarPost(r.title, or.title)))) continue;
      const held = r.from ? parseDateText(r.from) : null;
      const wrong = peersOf(p, m.people).filter((o) => !heldLike(o, r.title) && (!held || couldHold(o, held.first)));
      const shownIn = m.lang === "en" ? void 0 : m.in(p);
      const whenIn = periodIn(m, r.from, r.to);
      const q = make({
        kind: "role",
        entry: p,
        difficulty: p.topics.includes("leaders") ? "easy" : "medium",
        question: askWhoHeld(r.title, when),
        right: p.name,
        wrong: wrong.map((o) => o.name),
        explanation: `${p.name}: ${r.title}${when ? `,${when}` : ""}. ${sourcesLine(r.sources)}`,
        sources: r.sources,
        shown: shownIn && {
          question: m.say("role", { title: shownIn.roles[index].title, when: whenIn }),
          right: shownIn.name,
          wrong: wrong.map((o) => m.in(o).name),
          explanation: m.say("post", { name: shownIn.name, title: shownIn.roles[index].title, when: whenIn, sources: sourcesLine(r.sources, m.lang) })
        }
      });
      if (q) out.push(q);
    }
  return out;
}

// src/core/quiz/bank/generators/spelling.ts
function spelling(m) {
  const out = [];
  const words = (text) => text.trim().split(/\s+/).length;
  for (const p of m.people) {
    const own = p.aliases.filter(isKazakhCyrillic);
    const names = new Set([p.name, ...p.aliases].map(sameTextKey));
    const others = peersOf(p, m.people, `spelling:${p.id}`).filter((o) => ![o.name, ...o.aliases].some((n) => names.has(sameTextKey(n))));
    let right;
    let wrong = [];
    for (const candidate of own) {
      const found = others.map((o) => o.aliases.find((a) => isKazakhCyrillic(a) && words(a) === words(candidate))).filter((a) => a !== void 0 && !own.some((o) => sameTextKey(o) === sameTextKey(a)));
      if (found.length > wrong.length || right === void 0) [right, wrong] = [candidate, found];
      if (wrong.length >= OPTIONS - 1) break;
    }
    if (!right || wrong.length < OPTIONS - 1) continue;
    const q = make({
      kind: "spelling",
      entry: p,
      difficulty: "medium",
      question: `How is ${p.name}'s name written in Kazakh Cyrillic?`,
      right,
      wrong,
      explanation: `${p.name} is written ${right} in Kazakh. ${sourcesLine(p.summary.sources)}`,
      sources: p.summary.sources,
      // In Kazakh the person's name is asked in its English (Latin) form: its Kazakh form is the answer.
      shown: m.lang === "en" ? void 0 : {
        question: m.say("spelling", { name: m.lang === "kk" ? p.name : m.in(p).name }),
        right,
        wrong,
        explanation: m.say("spelled", { name: m.lang === "kk" ? p.name : m.in(p).name, spelling: right, sources: sourcesLine(p.summary.sources, m.lang) })
      }
    });
    if (q) out.push(q);
  }
  return out;
}

// src/core/quiz/bank/generators/which-first.ts
var YEAR = 365;
var PER_ITEM = 4;
function dated(entry, label, phrase, versions, labelIn = label) {
  if (versions.length === 0 || versions.some((v) => v.circa)) return null;
  const spans = versions.flatMap(spansOf);
  if (spans.length === 0) return null;
  return {
    entry,
    label,
    phrase,
    labelIn,
    first: Math.min(...spans.map((s) => s.first)),
    last: Math.max(...spans.map((s) => s.last)),
    sources: versions.flatMap((v) => v.sources)
  };
}
function whichFirst(m) {
  const events = m.events.filter((e) => !/\d/.test(shownName(e))).map((e) => dated(e, shownName(e), eventNoun(e), e.when, shownName(m.in(e)))).filter((d) => d !== null);
  const kazakh2 = m.people.filter(isKazakh);
  const born2 = kazakh2.map((p) => dated(p, p.name, p.name, p.born, m.in(p).name)).filter((d) => d !== null);
  const died2 = kazakh2.map((p) => dated(p, p.name, p.name, p.died, m.in(p).name)).filter((d) => d !== null);
  return [
    ...series(m, events, "Which came first", "came first", "cameFirst"),
    ...series(m, born2, "Who was born first", "was born first", "bornFirst"),
    ...series(m, died2, "Who died first", "died first", "diedFirst")
  ];
}
function series(m, items, ask, said, askKey) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const a of items) {
    const later = items.filter((b) => b.entry.id !== a.entry.id && b.first > a.last);
    const random = seededRandom(`first:${ask}:${a.entry.id}`);
    for (let i = 0; i < PER_ITEM && later.length >= 2; i++) {
      const others = shuffle(later, random).slice(0, 2);
      const set = [a, ...others].map((d) => d.entry.id).sort().join(",");
      if (seen.has(set)) continue;
      seen.add(set);
      const gap = Math.min(...others.map((o) => o.first)) - a.last;
      const difficulty = gap >= 5 * YEAR ? "easy" : gap >= YEAR ? "medium" : "hard";
      const listed = shuffle([a, ...others], seededRandom(set));
      const question = `${ask}: ${listed[0].phrase}, ${listed[1].phrase} or ${listed[2].phrase}?`;
      const q = make({
        kind: "which-first",
        entry: a.entry,
        difficulty,
        question,
        right: a.label,
        wrong: others.map((o) => o.label),
        explanation: `${a.label} ${said}. ${sourcesLine([a, ...others].flatMap((d) => d.sources))}`,
        sources: [a, ...others].flatMap((d) => d.sources),
        entries: [a, ...others].map((d) => d.entry.id),
        shown: m.lang === "en" ? void 0 : {
          question: m.say(askKey, { a: listed[0].labelIn, b: listed[1].labelIn, c: listed[2].labelIn }),
          right: a.labelIn,
          wrong: others.map((o) => o.labelIn),
          explanation: m.say("wasFirst", { name: a.labelIn, sources: sourcesLine([a, ...others].flatMap((d) => d.sources), m.lang) })
        }
      });
      if (q) out.push(q);
    }
  }
  return out;
}

// src/core/quiz/bank/written.ts
var questionText = external_exports.string().trim().min(1).max(LIMITS.question);
var optionList = external_exports.array(external_exports.string().trim().min(1).max(LIMITS.option)).min(LIMITS.minOptions).max(LIMITS.maxOptions);
var explanationText = external_exports.string().trim().max(LIMITS.explanation).refine((t) => (t.match(/\n/g) ?? []).length <= LIMITS.explanationLineFeeds, "at most 2 line feeds");
var WrittenQuestion = external_exports.strictObject({
  id: external_exports.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  question: questionText,
  question_ru: questionText.optional(),
  question_kk: questionText.optional(),
  options: optionList,
  options_ru: optionList.optional(),
  options_kk: optionList.optional(),
  /** The right option, written exactly as in `options`. */
  answer: external_exports.string().trim().min(1),
  answer_ru: external_exports.string().trim().min(1).optional(),
  answer_kk: external_exports.string().trim().min(1).optional(),
  explanation: explanationText,
  explanation_ru: explanationText.optional(),
  explanation_kk: explanationText.optional(),
  sources: external_exports.array(external_exports.string().min(1)).min(1, "every question needs a source"),
  topics: external_exports.array(external_exports.string().regex(/^[a-z0-9-]+$/)).min(1),
  difficulty: external_exports.enum(["easy", "medium", "hard"]),
  /** Knowledge entries the question is about. */
  entries: external_exports.array(external_exports.string()).default([])
});
var LANGUAGE_NAMES = { ru: "Russian", kk: "Kazakh" };
var WrittenFile = external_exports.strictObject({ questions: external_exports.array(external_exports.unknown()) });
function readWrittenQuestions(knowledge, lang = "en") {
  const problems = [];
  const out = [];
  const ids = /* @__PURE__ */ new Map();
  for (const { file, data } of knowledge.extras.get("quiz") ?? []) {
    const parsedFile = WrittenFile.safeParse(data);
    if (!parsedFile.success) {
      problems.push(`${file}: question "?": field "questions": the file must hold a list under "questions:"`);
      continue;
    }
    parsedFile.data.questions.forEach((raw, index) => {
      const id = typeof raw?.id === "string" ? raw.id : `#${index + 1}`;
      const parsed = WrittenQuestion.safeParse(raw);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          problems.push(`${file}: question "${id}": field "${i.path.join(".") || "(top level)"}": ${i.message}`);
        return;
      }
      const w2 = parsed.data;
      const where = (field, message) => problems.push(`${file}: question "${w2.id}": field "${field}": ${message}`);
      const earlier = ids.get(w2.id);
      if (earlier) return where("id", `duplicate id, also used in ${earlier}`);
      ids.set(w2.id, file);
      const answer = w2.options.indexOf(w2.answer);
      if (answer < 0) return where("answer", "must be written exactly as one of the options");
      if (new Set(w2.options.map(sameTextKey)).size !== w2.options.length) return where("options", "two options are alike");
      let translated = true;
      for (const l of ["ru", "kk"]) {
        const missing = ["question", "options", "answer", "explanation"].filter((f) => w2[`${f}_${l}`] === void 0);
        for (const f of missing) where(`${f}_${l}`, `missing the ${LANGUAGE_NAMES[l]} translation`);
        if (missing.length) {
          translated = false;
          continue;
        }
        const options = w2[`options_${l}`];
        if (options.length !== w2.options.length) {
          where(`options_${l}`, `must have as many options as "options" (${w2.options.length}), in the same order`);
          translated = false;
        } else if (options.indexOf(w2[`answer_${l}`]) < 0) {
          where(`answer_${l}`, `must be written exactly as one of options_${l}`);
          translated = false;
        } else if (options.indexOf(w2[`answer_${l}`]) !== answer) {
          where(`answer_${l}`, `must be the option in the same place as the English answer ("${options[answer]}")`);
          translated = false;
        } else if (new Set(options.map(sameTextKey)).size !== options.length) {
          where(`options_${l}`, "two options are alike");
          translated = false;
        }
      }
      if (!translated) return;
      w2.sources.forEach((key2, i) => {
        if (!(key2 in knowledge.sources)) where(`sources.${i}`, `unknown source "${key2}"`);
      });
      w2.entries.forEach((e, i) => {
        if (!knowledge.byId.has(e)) where(`entries.${i}`, `unknown entry "${e}"`);
      });
      out.push({
        id: w2.id,
        kind: "hand-written",
        topics: w2.topics,
        difficulty: w2.difficulty,
        question: lang === "en" ? w2.question : w2[`question_${lang}`],
        options: lang === "en" ? w2.options : w2[`options_${lang}`],
        answer,
        explanation: lang === "en" ? w2.explanation : w2[`explanation_${lang}`],
        sources: w2.sources,
        entries: w2.entries
      });
    });
  }
  if (problems.length) throw new QuizBankError(problems);
  return out;
}

// src/core/quiz/bank/index.ts
var GENERATORS = [
  role,
  eventDate,
  eventPlace,
  disputedDate,
  disputedClaim,
  born,
  died,
  personRole,
  describePerson,
  describeTerm,
  identifyTerm,
  spelling,
  notParticipant,
  whichFirst,
  author
];
var englishBanks = /* @__PURE__ */ new WeakMap();
function buildQuestionBank(knowledge, lang = "en") {
  if (lang !== "en") return translatedBank(knowledge, lang);
  const m = materialOf(knowledge);
  const written = readWrittenQuestions(knowledge);
  const facts = factQuestions(m);
  if (facts.problems.length) throw new QuizBankError(facts.problems);
  const byId = /* @__PURE__ */ new Map();
  const asked = /* @__PURE__ */ new Set();
  for (const q of [...written, ...facts.questions, ...GENERATORS.flatMap((g) => g(m))]) {
    const text = sameTextKey(q.question.startsWith("Who ") ? q.question.replace(/,? (in|from) [^,?]*\d{4}\?$/, "?") : q.question);
    if (byId.has(q.id) || asked.has(text) || questionProblems(q).length) continue;
    byId.set(q.id, q);
    asked.add(text);
  }
  const questions = [...byId.values()];
  const topics = [...new Set(questions.flatMap((q) => q.topics))].sort();
  const levels = /* @__PURE__ */ new Map();
  for (const t of topics) levels.set(t, { easy: 0, medium: 0, hard: 0 });
  for (const q of questions) for (const t of q.topics) levels.get(t)[q.difficulty]++;
  return { questions, byId, topics, levels };
}
function translatedBank(knowledge, lang) {
  let en = englishBanks.get(knowledge);
  if (!en) englishBanks.set(knowledge, en = buildQuestionBank(knowledge));
  const m = materialOf(knowledge, lang);
  const shown = /* @__PURE__ */ new Map();
  for (const q of [...readWrittenQuestions(knowledge, lang), ...factQuestions(m).questions, ...GENERATORS.flatMap((g) => g(m))])
    if (!shown.has(q.id) && questionProblems(q).length === 0 && !englishIn(q)) shown.set(q.id, q);
  const questions = en.questions.flatMap((q) => shown.get(q.id) ?? []);
  return { questions, byId: new Map(questions.map((q) => [q.id, q])), topics: en.topics, levels: en.levels };
}
function englishIn(q) {
  const text = [q.question, ...q.options, q.explanation].join(" ");
  const bare = text.replace(/«[^»]*»/g, " ").replace(/\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\b|\b[A-Z]{2,}\b/g, " ");
  return /\b(?![IVXLC]+\b)[A-Za-z]{3,}\b/.test(bare);
}
function difficultiesOf(bank, topic) {
  if (!topic) return DIFFICULTIES.filter((d) => bank.questions.some((q) => q.difficulty === d));
  const levels = bank.levels.get(topic);
  return levels ? DIFFICULTIES.filter((d) => levels[d] > 0) : [];
}
function pickQuestions(bank, filter, random = Math.random, history = /* @__PURE__ */ new Map()) {
  const pool = bank.questions.filter(
    (q) => (!filter.topic || q.topics.includes(filter.topic)) && (!filter.difficulty || q.difficulty === filter.difficulty)
  );
  const ordered = shuffle(pool, random).sort((a, b) => (history.get(a.id) ?? -Infinity) - (history.get(b.id) ?? -Infinity));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const q of ordered) {
    const key2 = `${q.kind}:${q.entries.join(",")}`;
    if (q.kind !== "hand-written" && seen.has(key2)) continue;
    seen.add(key2);
    out.push(q);
    if (out.length >= filter.count) break;
  }
  return out;
}
function arrangeOptions(q, seed, shown = q) {
  const fixed = q.options.length === 2 && q.options[0] === "True" && q.options[1] === "False";
  const indexes = q.options.map((_, i) => i);
  const order = fixed ? indexes : shuffle(indexes, seededRandom(`${seed}:${q.id}`));
  const options = shown.options.length === q.options.length ? shown.options : q.options;
  return { options: order.map((i) => options[i]), correct: order.indexOf(q.answer) };
}

// src/core/quiz/engine.ts
import { join as join3 } from "node:path";

// src/core/quiz/replies.ts
function levelList(levels, lang) {
  const words = levels.map((d) => say(`quiz.level.${d}`, {}, lang));
  return say("quiz.levels", { count: words.length, a: words[0], b: words.slice(1).join(", ") }, lang);
}
function topicsLine(bank, lang = "en") {
  return bank.topics.map((t) => {
    const has = difficultiesOf(bank, t);
    return has.length === DIFFICULTIES.length ? t : say("quiz.topicWithLevels", { topic: t, levels: has.map((d) => say(`quiz.level.${d}`, {}, lang)).join(", ") }, lang);
  }).join(", ");
}
function unknownTopicReply(topic, bank, lang = "en") {
  return errorReply(say("quiz.unknownTopic", { topic: clip(topic, 41), topics: topicsLine(bank, lang) }, lang));
}
function noQuestionsReply(bank, topic, difficulty, lang = "en") {
  const has = difficultiesOf(bank, topic);
  if (topic && difficulty && has.length && !has.includes(difficulty))
    return errorReply(
      say(
        "quiz.noLevel",
        { count: has.length, topic, difficulty: say(`quiz.level.${difficulty}`, {}, lang), has: levelList(has, lang), first: has[0] },
        lang
      )
    );
  return errorReply(say("quiz.noQuestions", {}, lang));
}
function noMissedReply(narrowed, lang = "en") {
  return { kind: "quiz", body: say(narrowed ? "quiz.noMissedNarrowed" : "quiz.noMissed", {}, lang), entries: [], ephemeral: true };
}
function startReply(a) {
  const lang = a.language ?? "en";
  const about = [
    a.topic && say("quiz.aboutTopic", { topic: a.topic }, lang),
    a.difficulty && say("quiz.aboutDifficulty", { difficulty: say(`quiz.level.${a.difficulty}`, {}, lang) }, lang)
  ].filter(Boolean).join(", ");
  const shorter = a.picked < a.requested && !(a.missed && !a.countGiven);
  const title = `quiz.startTitle${a.missed ? "Missed" : ""}${shorter ? "Short" : ""}`;
  const started = `quiz.started${a.missed ? "Missed" : ""}${about ? "About" : ""}`;
  return writtenIn({
    kind: "quiz",
    title: say(title, { count: a.picked }, lang),
    body: [
      say(started, { starter: a.starter, about }, lang),
      say(a.typedAnswers ? "quiz.perQuestionTyped" : "quiz.perQuestion", { count: a.seconds }, lang),
      say("quiz.firstComesNow", {}, lang)
    ].join(" "),
    entries: []
  }, lang);
}
function revealReply(asked, answers, streaks, sources, lang = "en") {
  const right = answers.filter((a) => a.correct);
  const who = answers.length === 0 ? say("quiz.nobodyAnswered", {}, lang) : right.length === 0 ? say("quiz.nobodyRight", { count: answers.length }, lang) : say("quiz.rightOf", { names: right.map((a) => a.userName).join(", "), right: right.length, count: answers.length }, lang);
  const streakLine = streaks.length ? say("quiz.onStreak", { players: streaks.map((s) => say("quiz.streakOf", { name: s.userName, streak: s.streak }, lang)).join(", ") }, lang) : "";
  return writtenIn({
    kind: "quiz",
    title: say("quiz.answerTitle", { number: asked.number, answer: asked.options[asked.correct] }, lang),
    body: [asked.explanation, who, streakLine].filter(Boolean).join("\n\n"),
    sources: sourceRefs(sources, asked.sources),
    entries: asked.entries
  }, lang);
}
function summaryReply(title, answers, asked, standings, lang = "en") {
  const players = /* @__PURE__ */ new Map();
  for (const a of answers) {
    const p = players.get(a.userId) ?? { name: a.userName, points: 0, right: 0, answered: 0 };
    p.points += a.points;
    p.right += a.correct ? 1 : 0;
    p.answered += 1;
    players.set(a.userId, p);
  }
  const streak = new Map(standings.map((s) => [s.userId, s.streak]));
  const ranked = [...players.entries()].sort((a, b) => b[1].points - a[1].points || b[1].right - a[1].right);
  const lines = ranked.map(([id, p], i) => {
    const s = streak.get(id) ?? 0;
    const values = { rank: i + 1, name: p.name, count: p.points, right: p.right, asked, streak: s };
    return say(s >= 2 ? "quiz.scoreLineStreak" : "quiz.scoreLine", values, lang);
  });
  return writtenIn({
    kind: "quiz",
    title,
    body: lines.length ? say("quiz.scores", { lines: lines.join("\n") }, lang) : say("quiz.nobodyThisRound", {}, lang),
    entries: []
  }, lang);
}
function leaderboardReply(rows, lang = "en") {
  const title = say("quiz.leaderboardTitle", {}, lang);
  if (rows.length === 0) return { kind: "quiz", title, body: say("quiz.noScores", {}, lang), entries: [] };
  const lines = rows.map(
    (r, i) => say("quiz.standing", { rank: i + 1, name: r.userName, count: r.points, right: r.right, answered: r.answered, best: r.bestStreak }, lang)
  );
  return { kind: "quiz", title, body: lines.join("\n"), entries: [] };
}
function resetReply(by, removed, lang = "en") {
  return { kind: "quiz", title: say("quiz.resetTitle", {}, lang), body: say("quiz.resetBody", { name: by, count: removed }, lang), entries: [] };
}
function topicsReply(bank, lang = "en") {
  const lines = bank.topics.map((t) => {
    const levels = bank.levels.get(t);
    const counts = DIFFICULTIES.filter((d) => levels[d] > 0).map((d) => say(`quiz.levelCount.${d}`, { count: levels[d] }, lang));
    return say("quiz.topicLine", { topic: t, counts: counts.join(", ") }, lang);
  });
  return writtenIn({
    kind: "quiz",
    title: say("quiz.topicsTitle", {}, lang),
    body: `${lines.join("\n")}

${say("quiz.topicsFooter", {}, lang)}`,
    entries: [],
    ephemeral: true
  }, lang);
}

// src/core/store/sqlite.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import { dirname as dirname2 } from "node:path";
import Database from "better-sqlite3";
var MIGRATIONS = [
  `
CREATE TABLE IF NOT EXISTS rounds (
  id TEXT PRIMARY KEY,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  chat TEXT NOT NULL,
  starter_id TEXT NOT NULL,
  starter_name TEXT NOT NULL,
  question_ids TEXT NOT NULL,
  seconds INTEGER NOT NULL,
  topic TEXT,
  difficulty TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped')),
  started_at INTEGER NOT NULL,
  ended_at INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS rounds_one_running_per_chat ON rounds (platform, chat_id) WHERE status = 'running';
CREATE TABLE IF NOT EXISTS asked (
  round_id TEXT NOT NULL REFERENCES rounds (id),
  number INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  shown TEXT NOT NULL,
  ref TEXT NOT NULL,
  asked_at INTEGER NOT NULL,
  closes_at INTEGER NOT NULL,
  revealed_at INTEGER,
  PRIMARY KEY (round_id, number)
);
CREATE INDEX IF NOT EXISTS asked_by_ref ON asked (platform, ref);
CREATE INDEX IF NOT EXISTS asked_in_chat ON asked (platform, chat_id, asked_at);
CREATE TABLE IF NOT EXISTS answers (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  option INTEGER NOT NULL,
  correct INTEGER NOT NULL,
  points INTEGER NOT NULL,
  at INTEGER NOT NULL,
  UNIQUE (round_id, number, user_id)
);
CREATE TABLE IF NOT EXISTS scores (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  points INTEGER NOT NULL DEFAULT 0,
  right_answers INTEGER NOT NULL DEFAULT 0,
  answered INTEGER NOT NULL DEFAULT 0,
  streak INTEGER NOT NULL DEFAULT 0,
  best_streak INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (platform, chat_id, user_id)
);
CREATE TABLE IF NOT EXISTS chats (
  platform TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  chat TEXT NOT NULL,
  language TEXT,
  daily_time TEXT,
  daily_timezone TEXT,
  daily_last_day TEXT,
  PRIMARY KEY (platform, chat_id)
);
`,
  // Leases: which process drives a running round, and until when.
  `ALTER TABLE rounds ADD COLUMN owner TEXT;
   ALTER TABLE rounds ADD COLUMN lease_until INTEGER;`,
  // The language a round plays in, kept so another process taking it over plays on in it.
  `ALTER TABLE rounds ADD COLUMN language TEXT;`
];
var SqliteQuizStore = class {
  /**
   * @param file the database file, or `':memory:'`
   * @param options `busyTimeoutMs`: how long one attempt waits for another process's lock
   *   (default 5000); a write is tried again after that, up to 3 attempts in all
   */
  constructor(file, options = {}) {
    this.file = file;
    this.options = options;
    if (file !== ":memory:") mkdirSync2(dirname2(file), { recursive: true });
    this.db = new Database(file, { timeout: options.busyTimeoutMs ?? 5e3 });
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.migrate();
  }
  file;
  options;
  /** The better-sqlite3 connection (tests use it to fill the "disk"). */
  db;
  /** Brings the schema to the last version, in one IMMEDIATE transaction (one process at a time). */
  migrate() {
    this.write(() => {
      this.db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      const row = this.db.prepare("SELECT version FROM schema_version").get();
      const from = row?.version ?? 0;
      for (let v = from; v < MIGRATIONS.length; v++) this.db.exec(MIGRATIONS[v]);
      if (!row) this.db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(MIGRATIONS.length);
      else if (from < MIGRATIONS.length) this.db.prepare("UPDATE schema_version SET version = ?").run(MIGRATIONS.length);
    });
  }
  /**
   * Runs `work` in an IMMEDIATE transaction, retried when another process holds the lock past
   * the busy timeout. A deferred transaction that reads and then writes can fail at once with
   * SQLITE_BUSY when another process wrote in between; an immediate one cannot.
   */
  write(work) {
    const run = this.db.transaction(work);
    for (let attempt = 1; ; attempt++) {
      try {
        return run.immediate();
      } catch (err) {
        const code = err.code ?? "";
        if (!code.startsWith("SQLITE_BUSY") || attempt >= 3) throw err;
      }
    }
  }
  async beginRound(round) {
    const result = this.write(() => this.db.prepare(
      `INSERT INTO rounds (id, platform, chat_id, chat, starter_id, starter_name, question_ids, seconds, topic, difficulty, status, started_at, owner, lease_until, language)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`
    ).run(
      round.id,
      round.chat.platform,
      round.chat.id,
      JSON.stringify(round.chat),
      round.starter.id,
      round.starter.name,
      JSON.stringify(round.questionIds),
      round.seconds,
      round.topic ?? null,
      round.difficulty ?? null,
      round.startedAt,
      round.owner ?? null,
      round.leaseUntil ?? null,
      round.language ?? null
    ));
    return result.changes === 1;
  }
  async claimRound(roundId, owner, now, until) {
    const result = this.write(
      () => this.db.prepare(
        `UPDATE rounds SET owner = ?, lease_until = ?
           WHERE id = ? AND status = 'running' AND (owner = ? OR lease_until IS NULL OR lease_until <= ?)`
      ).run(owner, until, roundId, owner, now)
    );
    return result.changes === 1;
  }
  async releaseRound(roundId, owner) {
    this.write(() => this.db.prepare(`UPDATE rounds SET lease_until = 0 WHERE id = ? AND owner = ?`).run(roundId, owner));
  }
  async runningRound(platform, chatId) {
    const row = this.db.prepare(`SELECT * FROM rounds WHERE platform = ? AND chat_id = ? AND status = 'running'`).get(platform, chatId);
    return row && roundOf(row);
  }
  async runningRounds(platform) {
    const rows = this.db.prepare(`SELECT * FROM rounds WHERE platform = ? AND status = 'running' ORDER BY started_at`).all(platform);
    return rows.map(roundOf);
  }
  async endRound(roundId, status, at) {
    this.write(() => this.db.prepare(`UPDATE rounds SET status = ?, ended_at = ? WHERE id = ? AND status = 'running'`).run(status, at, roundId));
  }
  async recordAsked(a) {
    const shown = JSON.stringify({
      question: a.question,
      options: a.options,
      correct: a.correct,
      explanation: a.explanation,
      sources: a.sources,
      entries: a.entries
    });
    this.write(() => this.db.prepare(
      `INSERT INTO asked (round_id, number, question_id, platform, chat_id, shown, ref, asked_at, closes_at, revealed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (round_id, number) DO UPDATE SET ref = excluded.ref, shown = excluded.shown,
           asked_at = excluded.asked_at, closes_at = excluded.closes_at`
    ).run(a.roundId, a.number, a.questionId, a.platform, a.chatId, shown, a.ref, a.askedAt, a.closesAt, a.revealedAt ?? null));
  }
  async askedQuestion(roundId, number) {
    const row = this.db.prepare(`SELECT * FROM asked WHERE round_id = ? AND number = ?`).get(roundId, number);
    return row && askedOf(row);
  }
  async askedByRef(platform, ref) {
    const row = this.db.prepare(`SELECT * FROM asked WHERE platform = ? AND ref = ? ORDER BY asked_at DESC LIMIT 1`).get(platform, ref);
    return row && askedOf(row);
  }
  async askedQuestions(roundId) {
    const rows = this.db.prepare(`SELECT * FROM asked WHERE round_id = ? ORDER BY number`).all(roundId);
    return rows.map(askedOf);
  }
  async revealQuestion(roundId, number, at) {
    this.write(() => {
      const asked = this.db.prepare(`SELECT platform, chat_id, revealed_at FROM asked WHERE round_id = ? AND number = ?`).get(roundId, number);
      if (!asked || asked.revealed_at !== null) return;
      this.db.prepare(`UPDATE asked SET revealed_at = ? WHERE round_id = ? AND number = ?`).run(at, roundId, number);
      this.db.prepare(
        `UPDATE scores SET streak = 0
           WHERE platform = ? AND chat_id = ? AND streak > 0
             AND user_id NOT IN (SELECT user_id FROM answers WHERE round_id = ? AND number = ? AND correct = 1)`
      ).run(asked.platform, asked.chat_id, roundId, number);
    });
  }
  async recordAnswer(a, scoring) {
    return this.write(() => {
      const asked = this.db.prepare(`SELECT closes_at, revealed_at FROM asked WHERE round_id = ? AND number = ?`).get(a.roundId, a.number);
      if (!asked || asked.revealed_at !== null || a.at >= asked.closes_at) return { status: "closed" };
      const exists = this.db.prepare(`SELECT 1 FROM answers WHERE round_id = ? AND number = ? AND user_id = ?`).get(a.roundId, a.number, a.userId);
      if (exists) return { status: "repeat" };
      const score = this.db.prepare(`SELECT streak FROM scores WHERE platform = ? AND chat_id = ? AND user_id = ?`).get(a.platform, a.chatId, a.userId);
      const streak = a.correct ? (score?.streak ?? 0) + 1 : 0;
      const points = a.correct ? scoring.points + (streak >= scoring.streakBonusFrom ? scoring.streakBonus : 0) : 0;
      this.db.prepare(
        `INSERT INTO answers (round_id, number, platform, chat_id, user_id, user_name, option, correct, points, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(a.roundId, a.number, a.platform, a.chatId, a.userId, a.userName, a.option, a.correct ? 1 : 0, points, a.at);
      this.db.prepare(
        `INSERT INTO scores (platform, chat_id, user_id, user_name, points, right_answers, answered, streak, best_streak, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
           ON CONFLICT (platform, chat_id, user_id) DO UPDATE SET
             user_name = excluded.user_name,
             points = points + excluded.points,
             right_answers = right_answers + excluded.right_answers,
             answered = answered + 1,
             streak = excluded.streak,
             best_streak = max(best_streak, excluded.streak),
             updated_at = excluded.updated_at`
      ).run(a.platform, a.chatId, a.userId, a.userName, points, a.correct ? 1 : 0, streak, streak, a.at);
      return { status: "recorded", points, streak };
    });
  }
  async answers(roundId, number) {
    const rows = number === void 0 ? this.db.prepare(`SELECT * FROM answers WHERE round_id = ? ORDER BY seq`).all(roundId) : this.db.prepare(`SELECT * FROM answers WHERE round_id = ? AND number = ? ORDER BY seq`).all(roundId, number);
    return rows.map((r) => ({
      seq: r.seq,
      roundId: r.round_id,
      number: r.number,
      platform: r.platform,
      chatId: r.chat_id,
      userId: r.user_id,
      userName: r.user_name,
      option: r.option,
      correct: r.correct === 1,
      points: r.points,
      at: r.at
    }));
  }
  async missedQuestions(platform, chatId, userId, limit = -1) {
    const rows = this.db.prepare(
      `WITH latest AS (
           SELECT question_id, round_id, number, asked_at, rowid AS seq,
             ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY asked_at DESC, rowid DESC) AS recency
           FROM asked WHERE platform = ? AND chat_id = ? AND revealed_at IS NOT NULL
         )
         SELECT latest.question_id FROM latest
         LEFT JOIN answers ON answers.round_id = latest.round_id AND answers.number = latest.number AND answers.user_id = ?
         WHERE latest.recency = 1 AND (answers.correct IS NULL OR answers.correct = 0)
         ORDER BY latest.asked_at DESC, latest.seq DESC
         LIMIT ?`
    ).all(platform, chatId, userId, limit);
    return rows.map((r) => r.question_id);
  }
  async standings(platform, chatId, limit = 10) {
    const rows = this.db.prepare(
      `SELECT * FROM scores WHERE platform = ? AND chat_id = ?
         ORDER BY points DESC, right_answers DESC, best_streak DESC, updated_at ASC LIMIT ?`
    ).all(platform, chatId, limit);
    return rows.map(toStanding);
  }
  async standingsOf(platform, chatId, userIds) {
    if (userIds.length === 0) return [];
    const rows = this.db.prepare(
      `SELECT * FROM scores WHERE platform = ? AND chat_id = ? AND user_id IN (SELECT value FROM json_each(?))`
    ).all(platform, chatId, JSON.stringify(userIds));
    return rows.map(toStanding);
  }
  async resetStandings(platform, chatId) {
    return this.write(() => this.db.prepare(`DELETE FROM scores WHERE platform = ? AND chat_id = ?`).run(platform, chatId).changes);
  }
  async questionHistory(platform, chatId) {
    const rows = this.db.prepare(`SELECT question_id, MAX(asked_at) AS at FROM asked WHERE platform = ? AND chat_id = ? GROUP BY question_id`).all(platform, chatId);
    return new Map(rows.map((r) => [r.question_id, r.at]));
  }
  async chatSettings(platform, chatId) {
    const row = this.db.prepare(`SELECT * FROM chats WHERE platform = ? AND chat_id = ?`).get(platform, chatId);
    return row ? toSettings(row) : {};
  }
  async updateChatSettings(chat, change) {
    this.write(() => {
      this.db.prepare(`INSERT INTO chats (platform, chat_id, chat) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET chat = excluded.chat`).run(chat.platform, chat.id, JSON.stringify(chat));
      if (change.language !== void 0) {
        this.db.prepare(`UPDATE chats SET language = ? WHERE platform = ? AND chat_id = ?`).run(change.language, chat.platform, chat.id);
      }
      if (change.daily !== void 0) {
        this.db.prepare(`UPDATE chats SET daily_time = ?, daily_timezone = ? WHERE platform = ? AND chat_id = ?`).run(change.daily?.time ?? null, change.daily?.timezone ?? null, chat.platform, chat.id);
      }
    });
  }
  async dailyChats(platform) {
    const rows = this.db.prepare(`SELECT * FROM chats WHERE platform = ? AND daily_time IS NOT NULL ORDER BY chat_id`).all(platform);
    return rows.map((r) => ({
      chat: JSON.parse(r.chat),
      daily: { time: r.daily_time, timezone: r.daily_timezone },
      dailyLastDay: r.daily_last_day ?? void 0
    }));
  }
  async claimDailyPost(platform, chatId, day) {
    const result = this.write(
      () => this.db.prepare(
        `UPDATE chats SET daily_last_day = ?
           WHERE platform = ? AND chat_id = ? AND daily_time IS NOT NULL AND (daily_last_day IS NULL OR daily_last_day < ?)`
      ).run(day, platform, chatId, day)
    );
    return result.changes === 1;
  }
  async close() {
    if (this.db.open) this.db.close();
  }
};
function roundOf(row) {
  return toRound({ ...row, chat: JSON.parse(row.chat), question_ids: JSON.parse(row.question_ids) });
}
function askedOf(row) {
  return toAsked({ ...row, shown: JSON.parse(row.shown) });
}

// src/core/quiz/engine.ts
var DEFAULT_SCORING = { points: 1, streakBonusFrom: 3, streakBonus: 1 };
function createQuiz(options) {
  return new QuizEngine(options);
}
var QuizEngine = class {
  constructor(options) {
    this.options = options;
    this.store = options.store ?? new SqliteQuizStore(join3(options.dataDir ?? "data", "quiz.sqlite"));
    this.clock = options.clock ?? systemClock;
    this.seconds = Math.max(5, options.seconds ?? 30);
    this.maxQuestions = options.maxQuestions ?? 20;
    this.questions = Math.min(options.questions ?? 5, this.maxQuestions);
    this.leadInMs = options.leadInMs ?? 2e3;
    this.pauseMs = options.pauseMs ?? 2e3;
    this.resumeWithinMs = options.resumeWithinMs ?? 10 * 6e4;
    this.scoring = options.scoring ?? DEFAULT_SCORING;
    this.random = options.random ?? Math.random;
    this.log = options.logger ?? silentLogger();
    this.instance = options.instance ?? `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
    this.leaseMs = options.leaseMs ?? 5e3;
    this.heartbeatMs = options.heartbeatMs ?? 1e3;
  }
  options;
  built;
  /**
   * The question bank (English), built on first use, so the bot answers questions before it is
   * ready. It picks each round's questions, whatever the round's language: the questions have the
   * same ids in every language's bank.
   */
  get bank() {
    return this.built ??= this.options.banks?.en ?? this.options.bank ?? buildQuestionBank(this.options.knowledge);
  }
  banks = /* @__PURE__ */ new Map();
  /** A language's bank, built on the first round in that language. */
  bankIn(lang) {
    if (lang === "en") return this.bank;
    let bank = this.banks.get(lang);
    if (!bank) {
      bank = this.options.banks?.[lang] ?? this.options.bank ?? buildQuestionBank(this.options.knowledge, lang);
      this.banks.set(lang, bank);
    }
    return bank;
  }
  store;
  clock;
  seconds;
  questions;
  maxQuestions;
  leadInMs;
  pauseMs;
  resumeWithinMs;
  scoring;
  random;
  log;
  tables = /* @__PURE__ */ new Map();
  live = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Set();
  /** This process's name on its leases. */
  instance;
  leaseMs;
  heartbeatMs;
  heartbeatTimer;
  beating;
  resuming = /* @__PURE__ */ new Set();
  get topics() {
    return this.bank.topics;
  }
  // ---- QuizService ----------------------------------------------------------------------------
  async attach(platform, table) {
    this.tables.set(platform, table);
    for (const live of this.live.values()) if (live.record.chat.platform === platform) live.table = table;
    for (const record of await this.store.runningRounds(platform)) {
      if (this.live.has(key(record.chat)) || table.serves?.(record.chat) === false) continue;
      if (!await this.claim(record.id)) continue;
      if (this.live.has(key(record.chat))) continue;
      await this.resume(record, table);
    }
    if (this.heartbeatMs > 0 && !this.heartbeatTimer) {
      this.heartbeatTimer = setInterval(() => void this.heartbeat(), this.heartbeatMs);
      this.heartbeatTimer.unref();
    }
  }
  /**
   * Renews this process's leases, lets go of rounds whose lease another process took, and takes
   * over rounds whose lease ran out (their process died). A chat this process does not serve
   * (another shard's) is taken over only once its lease has been out for another `leaseMs`, so
   * its own shard gets the first chance. Runs every `heartbeatMs`; tests call it directly.
   */
  heartbeat() {
    this.beating ??= this.beat().finally(() => this.beating = void 0);
    return this.beating;
  }
  async beat() {
    try {
      for (const live of [...this.live.values()]) if (!live.ended && !await this.claim(live.record.id)) this.drop(live);
      for (const [platform, table] of this.tables) {
        for (const record of await this.store.runningRounds(platform)) {
          if (this.live.has(key(record.chat)) || this.tables.get(platform) !== table) continue;
          const now = this.clock.now();
          const out = record.leaseUntil ?? 0;
          if (out > now || table.serves?.(record.chat) === false && out + this.leaseMs > now) continue;
          if (!await this.claim(record.id) || this.live.has(key(record.chat))) continue;
          this.log.info({ round: record.id, chat: record.chat.id, from: record.owner }, "taking over a quiz round");
          await this.resume(record, table);
        }
      }
    } catch (err) {
      this.log.warn({ err }, "quiz heartbeat failed");
    }
  }
  /** Takes or renews this process's lease on a round. */
  claim(roundId) {
    const now = this.clock.now();
    return this.store.claimRound(roundId, this.instance, now, now + this.leaseMs);
  }
  /** Stops driving a round here (another process holds it now): no more timers, nothing posted. */
  drop(live) {
    this.log.warn({ round: live.record.id }, "quiz round ended or taken over elsewhere; letting it go");
    if (live.timer !== void 0) this.clock.clearTimer(live.timer);
    live.ended = true;
    live.detached = true;
    if (this.live.get(key(live.record.chat)) === live) this.live.delete(key(live.record.chat));
  }
  detach(platform) {
    this.tables.delete(platform);
    for (const [k, live] of this.live) {
      if (live.record.chat.platform !== platform) continue;
      if (live.timer !== void 0) this.clock.clearTimer(live.timer);
      live.ended = true;
      live.detached = true;
      this.live.delete(k);
      this.track(this.store.releaseRound(live.record.id, this.instance));
    }
  }
  async answer(a) {
    const asked = await this.findAsked(a);
    const chatLang = a.chatId !== void 0 ? this.live.get(key({ platform: a.platform, id: a.chatId }))?.record.language : void 0;
    if (!asked) return { status: "unknown", message: say("quiz.notInQuiz", {}, chatLang ?? a.language) };
    const lang = this.live.get(key({ platform: asked.platform, id: asked.chatId }))?.record.language ?? a.language ?? "en";
    if (asked.platform !== a.platform || a.chatId !== void 0 && a.chatId !== asked.chatId)
      return { status: "unknown", message: say("quiz.otherChat", {}, chatLang ?? a.language) };
    const now = this.clock.now();
    if (asked.revealedAt !== void 0 || now >= asked.closesAt)
      return { status: "late", message: say("quiz.tooLate", {}, lang) };
    if (!Number.isInteger(a.option) || a.option < 0 || a.option >= asked.options.length)
      return { status: "unknown", message: say("quiz.noOption", { number: a.option + 1 }, lang) };
    const result = await this.store.recordAnswer(
      {
        roundId: asked.roundId,
        number: asked.number,
        platform: asked.platform,
        chatId: asked.chatId,
        userId: a.user.id,
        userName: a.user.name,
        option: a.option,
        correct: a.option === asked.correct,
        at: now
      },
      this.scoring
    );
    if (result.status === "repeat") return { status: "repeat", message: say("quiz.repeat", {}, lang) };
    if (result.status === "closed") return { status: "late", message: say("quiz.tooLate", {}, lang) };
    return { status: "recorded", message: say("quiz.recorded", { answer: asked.options[a.option] }, lang) };
  }
  async answerText(chat, user, text) {
    if (!this.tables.get(chat.platform)?.typedAnswers) return null;
    const live = this.live.get(key(chat));
    const m = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
    if (!live || !m) return null;
    const open = live.open;
    const lang = live.record.language;
    if (!open) return { status: "waiting", message: say("quiz.nextComing", {}, lang) };
    const n = Number(m[1]);
    if (n < 1 || n > open.options.length)
      return { status: "unknown", message: say("quiz.typeNumber", { max: open.options.length }, lang) };
    return this.answer({ platform: chat.platform, user, option: n - 1, chatId: chat.id, questionId: viewId(open) });
  }
  async close() {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = void 0;
    await this.beating;
    const held = [...this.live.values()];
    for (const live of held) {
      if (live.timer !== void 0) this.clock.clearTimer(live.timer);
      live.ended = true;
      live.detached = true;
    }
    this.live.clear();
    await this.settled();
    for (const live of held) await this.store.releaseRound(live.record.id, this.instance).catch(() => void 0);
    await this.store.close();
  }
  // ---- Commands -------------------------------------------------------------------------------
  async start(context, options) {
    const { chat, user } = context;
    const lang = options.language ?? "en";
    const table = this.tables.get(chat.platform);
    if (!table) return errorReply(say("quiz.unavailableHere", {}, lang));
    const count = options.questions ?? this.questions;
    if (!Number.isInteger(count) || count < 1 || count > this.maxQuestions)
      return errorReply(say("quiz.roundLength", { max: this.maxQuestions }, lang));
    const topic = options.topic?.trim().toLowerCase() || void 0;
    if (topic && !this.bank.topics.includes(topic)) return unknownTopicReply(topic, this.bank, lang);
    const difficulty = options.difficulty;
    if (difficulty && !DIFFICULTIES.includes(difficulty)) return errorReply(say("quiz.difficulties", {}, lang));
    if (this.live.has(key(chat)) || await this.store.runningRound(chat.platform, chat.id))
      return errorReply(say("quiz.alreadyRunning", {}, lang));
    this.bankIn(lang);
    const picked = options.missed ? await this.missedQuestions(context, { count, topic, difficulty }) : pickQuestions(this.bank, { count, topic, difficulty }, this.random, await this.store.questionHistory(chat.platform, chat.id));
    if (picked.length === 0 && options.missed) return noMissedReply(Boolean(topic || difficulty), lang);
    if (picked.length === 0) return noQuestionsReply(this.bank, topic, difficulty, lang);
    const record = {
      id: this.roundId(),
      chat,
      starter: { id: user.id, name: user.name },
      questionIds: picked.map((q) => q.id),
      seconds: this.seconds,
      topic,
      difficulty,
      status: "running",
      startedAt: this.clock.now(),
      owner: this.instance,
      leaseUntil: this.clock.now() + this.leaseMs,
      language: lang
    };
    if (!await this.store.beginRound(record)) return errorReply(say("quiz.alreadyRunning", {}, lang));
    const live = { record, table, next: 0, ended: false };
    this.live.set(key(chat), live);
    this.log.info({ round: record.id, platform: chat.platform, chat: chat.id, questions: picked.length }, "quiz round started");
    this.schedule(live, this.leadInMs, () => this.askNext(live));
    return startReply({
      starter: user.name,
      picked: picked.length,
      requested: count,
      missed: options.missed === true,
      countGiven: options.questions !== void 0,
      topic,
      difficulty,
      seconds: this.seconds,
      typedAnswers: table.typedAnswers === true,
      language: lang
    });
  }
  /** `/quiz topics`: the topics with how many questions each has at each difficulty. */
  topicGuide(language = "en") {
    return topicsReply(this.bank, language);
  }
  async stop(context) {
    const { chat, user } = context;
    const live = this.live.get(key(chat));
    const record = live?.record ?? await this.store.runningRound(chat.platform, chat.id);
    if (!record) return errorReply(say("quiz.notRunning", {}, context.language));
    if (record.starter.id !== user.id && user.isAdmin !== true)
      return errorReply(say("quiz.onlyStarter", { name: record.starter.name }, context.language));
    const lang = record.language ?? "en";
    let revealed = "";
    if (live) {
      live.ended = true;
      if (live.timer !== void 0) this.clock.clearTimer(live.timer);
      this.live.delete(key(chat));
      const open = live.open;
      live.open = void 0;
      if (open) {
        await this.closeNatively(live, open);
        await this.store.revealQuestion(open.roundId, open.number, this.clock.now());
        revealed = say("quiz.wasAnswer", { number: open.number, answer: open.options[open.correct] }, lang);
      }
    } else {
      const table = this.tables.get(chat.platform);
      for (const a of await this.store.askedQuestions(record.id)) {
        if (a.revealedAt !== void 0) continue;
        await this.store.revealQuestion(a.roundId, a.number, this.clock.now());
        if (table) await this.closeNatively({ record, table, next: 0, ended: true }, a);
        revealed = say("quiz.wasAnswer", { number: a.number, answer: a.options[a.correct] }, lang);
      }
    }
    await this.store.endRound(record.id, "stopped", this.clock.now());
    const summary = await this.summary(record, "quiz.stoppedTitle");
    summary.body = [say("quiz.stoppedBy", { name: user.name }, lang), revealed, summary.body].filter(Boolean).join("\n\n");
    return summary;
  }
  async leaderboard(chat, limit = 10, language = "en") {
    return leaderboardReply(await this.store.standings(chat.platform, chat.id, limit), language);
  }
  async reset(context) {
    if (context.user.isAdmin !== true) return errorReply(say("quiz.onlyAdminsReset", {}, context.language));
    return resetReply(context.user.name, await this.store.resetStandings(context.chat.platform, context.chat.id), context.language);
  }
  /** Resolves once no timer callback is still working (tests wait on it after moving a fake clock). */
  async settled() {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
  /**
   * The questions a player missed in the chat that are still in the bank, most recent first,
   * narrowed to a topic and difficulty.
   */
  async missedQuestions({ chat, user }, filter) {
    const out = [];
    for (const id of await this.store.missedQuestions(chat.platform, chat.id, user.id)) {
      const q = this.bank.byId.get(id);
      if (!q || filter.topic && !q.topics.includes(filter.topic) || filter.difficulty && q.difficulty !== filter.difficulty) continue;
      out.push(q);
      if (out.length >= filter.count) break;
    }
    return out;
  }
  // ---- The round's flow -----------------------------------------------------------------------
  schedule(live, ms, step) {
    if (live.timer !== void 0) this.clock.clearTimer(live.timer);
    live.timer = this.clock.setTimer(ms, () => {
      live.timer = void 0;
      if (live.ended) return;
      this.track(this.step(live, step));
    });
  }
  /**
   * Runs one step of a round if this process still holds its lease (renewing it), so two
   * processes never both post; a step that fails (the store failed) ends the round with a word
   * to the chat.
   */
  async step(live, step) {
    try {
      if (!await this.claim(live.record.id)) {
        if (!live.ended) this.drop(live);
        return;
      }
      if (live.ended) return;
      await step();
    } catch (err) {
      await this.abandon(live, err);
    }
  }
  /** Ends a round the store failed in: closes its open question, tells the chat, keeps what was stored. */
  async abandon(live, err, asked) {
    this.log.error({ err, round: live.record.id }, "quiz round failed; ending it");
    if (live.ended && live.detached) return;
    live.ended = true;
    if (live.timer !== void 0) this.clock.clearTimer(live.timer);
    if (this.live.get(key(live.record.chat)) === live) this.live.delete(key(live.record.chat));
    const open = asked ?? live.open;
    live.open = void 0;
    if (open) await this.closeNatively(live, open);
    try {
      await this.store.endRound(live.record.id, "stopped", this.clock.now());
    } catch (endErr) {
      this.log.error({ err: endErr, round: live.record.id }, "could not mark the failed quiz round stopped");
    }
    const summary = await this.summary(live.record, "quiz.stoppedTitle").catch(() => void 0);
    const lang = live.record.language;
    const why = open ? say("quiz.storageFailedQuestion", { number: open.number }, lang) : say("quiz.storageFailed", {}, lang);
    await this.post(live, {
      kind: "quiz",
      title: say("quiz.stoppedTitle", {}, lang),
      body: [why, summary?.body].filter(Boolean).join("\n\n"),
      entries: []
    });
  }
  track(work) {
    const p = work.catch((err) => this.log.error({ err }, "quiz step failed"));
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }
  async askNext(live) {
    const { record } = live;
    while (live.next < record.questionIds.length && !this.bank.byId.has(record.questionIds[live.next])) live.next++;
    if (live.next >= record.questionIds.length) return this.finish(live);
    const question = this.bank.byId.get(record.questionIds[live.next]);
    const lang = record.language ?? "en";
    const shown = this.bankIn(lang).byId.get(question.id) ?? question;
    const number = live.next + 1;
    live.next++;
    const { options, correct } = arrangeOptions(question, record.id, shown);
    const view = {
      id: `${record.id}:${number}`,
      number,
      total: record.questionIds.length,
      question: shown.question,
      options,
      correct,
      explanation: shown.explanation,
      seconds: record.seconds,
      language: lang
    };
    let ref;
    try {
      ref = (await live.table.ask(record.chat, view)).ref;
    } catch (err) {
      this.log.warn({ err, round: record.id }, "could not post a quiz question; ending the round");
      if (live.ended) return;
      live.ended = true;
      this.live.delete(key(record.chat));
      await this.store.endRound(record.id, "stopped", this.clock.now());
      await this.post(live, { ...await this.summary(record, "quiz.stoppedTitle"), body: say("quiz.postFailed", {}, record.language) });
      return;
    }
    const askedAt = this.clock.now();
    const asked = {
      roundId: record.id,
      number,
      questionId: question.id,
      platform: record.chat.platform,
      chatId: record.chat.id,
      question: view.question,
      options,
      correct,
      explanation: view.explanation,
      sources: question.sources,
      entries: question.entries,
      ref,
      askedAt,
      closesAt: askedAt + record.seconds * 1e3
    };
    try {
      await this.store.recordAsked(asked);
    } catch (err) {
      return this.abandon(live, err, asked);
    }
    if (live.detached) return;
    if (live.ended) {
      await this.store.revealQuestion(record.id, number, askedAt);
      await this.closeNatively(live, asked);
      return;
    }
    live.open = asked;
    this.schedule(live, record.seconds * 1e3, () => this.reveal(live));
  }
  async reveal(live) {
    const asked = live.open;
    if (!asked || live.ended) return;
    live.open = void 0;
    await this.store.revealQuestion(asked.roundId, asked.number, this.clock.now());
    await this.closeNatively(live, asked);
    await this.post(live, await this.revealReply(asked, live.record.language));
    if (live.ended) return;
    if (live.next >= live.record.questionIds.length) return this.finish(live);
    this.schedule(live, this.pauseMs, () => this.askNext(live));
  }
  async finish(live, note) {
    if (live.ended) return;
    live.ended = true;
    this.live.delete(key(live.record.chat));
    await this.store.endRound(live.record.id, "finished", this.clock.now());
    this.log.info({ round: live.record.id, platform: live.record.chat.platform, chat: live.record.chat.id }, "quiz round finished");
    const summary = await this.summary(live.record, "quiz.overTitle");
    if (note) summary.body = `${note}

${summary.body}`;
    await this.post(live, summary);
  }
  async resume(record, table) {
    if (this.resuming.has(record.id)) return;
    this.resuming.add(record.id);
    let asked;
    try {
      asked = await this.store.askedQuestions(record.id);
    } finally {
      this.resuming.delete(record.id);
    }
    if (this.live.has(key(record.chat))) return;
    const last = asked.at(-1);
    const live = { record, table, next: last ? last.number : 0, ended: false };
    this.live.set(key(record.chat), live);
    const now = this.clock.now();
    const lastActivity = Math.max(record.startedAt, ...asked.map((a) => a.revealedAt ?? a.closesAt));
    const open = last && last.revealedAt === void 0 ? last : void 0;
    this.log.info({ round: record.id, chat: record.chat.id, open: open?.number }, "resuming a quiz round");
    if (now - lastActivity > this.resumeWithinMs) {
      if (open) {
        await this.store.revealQuestion(open.roundId, open.number, now);
        await this.closeNatively(live, open);
        await this.post(live, await this.revealReply(open, record.language));
      }
      return this.finish(live, say("quiz.interrupted", {}, record.language));
    }
    if (open && open.closesAt > now) {
      live.open = open;
      this.schedule(live, open.closesAt - now, () => this.reveal(live));
    } else if (open) {
      live.open = open;
      this.track(this.step(live, () => this.reveal(live)));
    } else {
      this.schedule(live, this.leadInMs, () => this.askNext(live));
    }
  }
  // ---- Replies --------------------------------------------------------------------------------
  async revealReply(asked, lang = "en") {
    const answers = await this.store.answers(asked.roundId, asked.number);
    const right = answers.filter((a) => a.correct);
    const standings = await this.store.standingsOf(asked.platform, asked.chatId, right.map((a) => a.userId));
    const streaks = standings.filter((s) => s.streak >= this.scoring.streakBonusFrom);
    return revealReply(asked, answers, streaks, this.options.knowledge.sources, lang);
  }
  /** The round's scores, titled by the phrase `titleKey`, in the round's language. */
  async summary(record, titleKey) {
    const answers = await this.store.answers(record.id);
    const asked = (await this.store.askedQuestions(record.id)).length;
    const standings = await this.store.standingsOf(record.chat.platform, record.chat.id, [...new Set(answers.map((a) => a.userId))]);
    const lang = record.language ?? "en";
    return summaryReply(say(titleKey, {}, lang), answers, asked, standings, lang);
  }
  // ---- Helpers --------------------------------------------------------------------------------
  async findAsked(a) {
    if (a.questionId) {
      const m = /^([a-z0-9]+):(\d+)$/.exec(a.questionId);
      return m ? this.store.askedQuestion(m[1], Number(m[2])) : void 0;
    }
    if (a.ref) return this.store.askedByRef(a.platform, a.ref);
    if (a.chatId) return this.live.get(`${a.platform}\0${a.chatId}`)?.open;
    return void 0;
  }
  async closeNatively(live, asked) {
    if (!live.table.close) return;
    const view = {
      id: viewId(asked),
      number: asked.number,
      total: live.record.questionIds.length,
      question: asked.question,
      options: asked.options,
      correct: asked.correct,
      explanation: asked.explanation,
      seconds: live.record.seconds,
      language: live.record.language ?? "en"
    };
    try {
      await live.table.close(live.record.chat, view, asked.ref);
    } catch (err) {
      this.log.warn({ err, round: live.record.id }, "could not close a quiz question natively");
    }
  }
  async post(live, reply) {
    try {
      await live.table.post(live.record.chat, reply);
    } catch (err) {
      this.log.warn({ err, round: live.record.id }, "could not post a quiz message");
    }
  }
  roundId() {
    let id = "";
    for (let i = 0; i < 10; i++) id += "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(this.random() * 36)];
    return id;
  }
};
function key(chat) {
  return `${chat.platform}\0${chat.id}`;
}
function viewId(asked) {
  return `${asked.roundId}:${asked.number}`;
}

// src/core/store/open.ts
import { join as join4 } from "node:path";
async function openStore(settings) {
  if (settings.databaseUrl) {
    const { PostgresQuizStore } = await import("./postgres-MCPLW3Z5.js");
    return PostgresQuizStore.open(settings.databaseUrl);
  }
  return new SqliteQuizStore(join4(settings.dataDir ?? "data", "quiz.sqlite"));
}

// src/start.ts
async function startUp(config, options = {}) {
  const log = createLogger(options.quiet && config.logLevel === "info" ? "warn" : config.logLevel, void 0, { secrets: secretsOf(config) });
  const knowledgeProblem = folderProblem(config.knowledgeDir);
  if (knowledgeProblem) exitWith(new SettingError("KNOWLEDGE_DIR", knowledgeProblem).message, log);
  const observed = config.metricsPort !== void 0 ? await import("./metrics-TAIDCJIM.js") : void 0;
  const opened = await openQuizStore(config, observed?.observeQuizStore);
  if ("why" in opened) log.warn(`quiz switched off: DATA_DIR: ${opened.why}; questions still work`);
  try {
    const core = await Core.create({
      knowledgeDir: config.knowledgeDir,
      commands: observed ? observed.observeCommands(await loadCommands()) : await loadCommands(),
      groupReplies: config.groupReplies,
      logger: log,
      languages: "store" in opened ? new ChatLanguages(opened.store) : void 0,
      daily: "store" in opened ? (library) => new DailyPosts({ library, store: opened.store, logger: log }) : void 0,
      quiz: (knowledge) => "store" in opened ? createQuiz({ knowledge, store: opened.store, seconds: config.quiz.seconds, questions: config.quiz.questions, logger: log }) : quizSwitchedOff()
    });
    log.info({ entries: core.knowledge.entries.length, commands: core.commands.length }, "knowledge loaded");
    const store = "store" in opened ? {
      name: "store",
      check: async () => {
        await opened.store.standings("terminal", "healthz", 1);
        return { state: "up" };
      }
    } : { name: "store", check: () => ({ state: "off", why: `quiz switched off: DATA_DIR: ${opened.why}` }) };
    return { core: observed ? observed.observeCore(core) : core, log, checks: [store] };
  } catch (error) {
    if (error instanceof KnowledgeError || error instanceof QuizBankError) exitWith(error.message, log);
    const code = errorCode(error);
    if (code) exitWith(new SettingError("KNOWLEDGE_DIR", `cannot read ${pathOf(error) ?? config.knowledgeDir}: ${fsReason(error)}`).message, log);
    throw error;
  }
}
function readConfigOrExit() {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(error.message);
    throw error;
  }
}
function exitWith(line, log) {
  log?.flush?.();
  process.stderr.write(`${maskSecrets(line, log ? [] : secretsOf(void 0))}
`);
  process.exit(1);
}
function secretsOf(config) {
  const values = [
    config?.telegram?.token ?? process.env.TELEGRAM_BOT_TOKEN,
    config?.telegram?.webhook?.secret ?? process.env.TELEGRAM_WEBHOOK_SECRET,
    config?.discord?.token ?? process.env.DISCORD_TOKEN
  ];
  return values.filter((v) => Boolean(v && v.trim()));
}
async function openQuizStore(config, observe = (store) => store) {
  try {
    return { store: observe(await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })) };
  } catch (error) {
    if (config.databaseUrl) exitWith(new SettingError("DATABASE_URL", `cannot open the database: ${oneLine(error)}`).message);
    return { why: `${config.dataDir} cannot hold the quiz's database (${fsReason(error)})` };
  }
}
function folderProblem(dir) {
  try {
    return statSync(dir).isDirectory() ? void 0 : `${dir} is a file, not a folder`;
  } catch (error) {
    return `${dir}: ${fsReason(error)}`;
  }
}
function fsReason(error) {
  const reasons = {
    ENOENT: "does not exist",
    ELOOP: "a symbolic link loop",
    EACCES: "permission denied",
    EPERM: "permission denied",
    ENOTDIR: "a file stands where a folder is expected",
    EEXIST: "a file stands where a folder is expected",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the disk",
    EISDIR: "a folder stands where a file is expected",
    SQLITE_CANTOPEN: "the database file cannot be opened or created there",
    SQLITE_READONLY: "read-only",
    SQLITE_FULL: "no space left on the disk"
  };
  const code = errorCode(error);
  return (code && reasons[code]) ?? (code ? `${code}: ${oneLine(error)}` : oneLine(error));
}
function pathOf(error) {
  const path = error?.path;
  return typeof path === "string" ? path : void 0;
}
function quizSwitchedOff() {
  const off = {
    kind: "error",
    body: "The quiz is switched off on this bot: its data folder cannot be written, so scores could not be kept. Questions about the Alash movement still work.",
    entries: [],
    ephemeral: true
  };
  return {
    topics: [],
    async attach() {
    },
    detach() {
    },
    async answer() {
      return { status: "unknown", message: off.body };
    },
    async answerText() {
      return null;
    },
    async close() {
    },
    async start() {
      return off;
    },
    async stop() {
      return off;
    },
    async leaderboard() {
      return off;
    },
    topicGuide() {
      return off;
    },
    async reset() {
      return off;
    }
  };
}

export {
  runTerminal,
  flushed,
  startUp,
  readConfigOrExit
};
