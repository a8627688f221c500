// src/core/log.ts
import pino from "pino";
function createLogger(level = "info", pretty = Boolean(process.stderr.isTTY), options = {}) {
  const secrets = options.secrets ?? [];
  const settings = {
    level,
    serializers: { err: errorFields },
    hooks: { streamWrite: (line) => maskSecrets(line, secrets) }
  };
  if (options.destination) return pino(settings, options.destination);
  if (!pretty) return pino(settings, pino.destination(2));
  return pino({
    ...settings,
    transport: {
      target: "pino-pretty",
      options: { destination: 2, colorize: true, translateTime: "HH:MM:ss", ignore: "pid,hostname" }
    }
  });
}
function silentLogger() {
  return pino({ level: "silent" });
}
var SECRET = "[secret]";
var TOKEN_SHAPES = [
  // A Bot API path: /bot<token>/method
  [/\/bot[^/\s"'\\]+\//g, `/bot${SECRET}/`],
  // A Telegram bot token on its own: 123456789:AA...
  [/\b\d{5,}:[A-Za-z0-9_-]{30,}/g, SECRET],
  // Discord interaction and webhook tokens in routes
  [/\/(interactions|webhooks)\/(\d+)\/[^/\s"'?\\]+/g, `/$1/$2/${SECRET}`],
  // A Discord bot token (three base64url parts)
  [/\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g, SECRET],
  // Authorization headers
  [/\b(Bot|Bearer) [A-Za-z0-9._-]{20,}/g, `$1 ${SECRET}`]
];
function maskSecrets(text, secrets = []) {
  try {
    let out = String(text);
    for (const secret of secrets) {
      if (secret && secret.length >= 4) out = out.split(secret).join(SECRET);
    }
    for (const [shape, replacement] of TOKEN_SHAPES) out = out.replace(shape, replacement);
    return out;
  } catch {
    return "[a line that could not be masked]";
  }
}
var FIELD_LIMIT = 500;
var FIELDS = ["platform", "method", "setting", "code", "error_code", "status", "description", "reason", "message", "route", "update"];
function errorFields(error) {
  try {
    return read(error, 0);
  } catch {
    return { type: "unreadable" };
  }
}
function read(error, depth) {
  if (error === null || error === void 0) return { type: String(error) };
  if (typeof error !== "object" && typeof error !== "function") return { type: typeof error, message: clip(String(error)) };
  const out = { type: typeName(error) };
  for (const key of FIELDS) {
    const value = field(error, key);
    if (typeof value === "string") out[key] = clip(value);
    else if (typeof value === "number" || typeof value === "boolean") out[key] = value;
  }
  const stack = field(error, "stack");
  if (typeof stack === "string") out.stack = stack.split("\n").slice(0, 8).join("\n");
  if (depth < 3) {
    const cause = field(error, "cause") ?? field(error, "error");
    if (cause !== void 0 && cause !== error) out.cause = read(cause, depth + 1);
  }
  return out;
}
function field(object, key) {
  try {
    return object[key];
  } catch {
    return void 0;
  }
}
function typeName(error) {
  const type = field(error, "type");
  if (typeof type === "string" && Object.getPrototypeOf(error) === Object.prototype) return type;
  const name = field(error, "name");
  if (typeof name === "string" && name) return name;
  try {
    return error.constructor?.name || "object";
  } catch {
    return "object";
  }
}
function clip(text) {
  return text.length <= FIELD_LIMIT ? text : `${text.slice(0, FIELD_LIMIT)}\u2026 (${text.length} characters)`;
}

export {
  createLogger,
  silentLogger,
  maskSecrets,
  errorFields
};
