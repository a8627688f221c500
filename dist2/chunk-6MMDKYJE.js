import {
  maskSecrets
} from "./chunk-TS3UQGQ5.js";

// src/core/errors.ts
var PLATFORM_NAMES = { telegram: "Telegram", discord: "Discord", terminal: "The terminal" };
var PlatformError = class extends Error {
  constructor(platform, method, code, description, options) {
    description = description === void 0 ? void 0 : maskSecrets(description).slice(0, 500);
    super(
      `${PLATFORM_NAMES[platform]} refused ${method}` + (code !== void 0 || description ? `${code !== void 0 ? ` (${code})` : ""}${description ? `: ${description}` : ""}` : ": its answer said only that the call failed (no error code, no description)"),
      options
    );
    this.platform = platform;
    this.method = method;
    this.code = code;
    this.description = description;
    if (options?.message) this.message = options.message;
  }
  platform;
  method;
  code;
  description;
  name = "PlatformError";
};
var NetworkError = class extends Error {
  constructor(platform, method, reason, options) {
    reason = maskSecrets(reason);
    super(`Could not reach ${PLATFORM_NAMES[platform]} for ${method}: ${reason}`, options);
    this.platform = platform;
    this.method = method;
    this.reason = reason;
  }
  platform;
  method;
  reason;
  name = "NetworkError";
};
var HandlerError = class extends Error {
  constructor(platform, update, options) {
    super(`Handling a ${PLATFORM_NAMES[platform]} update${update ? ` (${update})` : ""} failed: ${shortMessage(options.cause)}`, options);
    this.platform = platform;
    this.update = update;
  }
  platform;
  update;
  name = "HandlerError";
};
var SettingError = class extends Error {
  constructor(setting, problem, options) {
    super(`${setting}: ${problem}`, options);
    this.setting = setting;
    this.problem = problem;
  }
  setting;
  problem;
  name = "SettingError";
};
function oneLine(error) {
  try {
    const text = error instanceof Error ? error.message || error.name : shortMessage(error);
    return text.replace(/\s*\n\s*/g, " ").slice(0, 500) || "unknown error";
  } catch {
    return "unknown error (it could not be read)";
  }
}
function shortMessage(error) {
  try {
    if (error instanceof Error) return error.message || error.name;
    if (typeof error === "string") return error;
    if (error && typeof error === "object") {
      const message = error.message;
      if (typeof message === "string") return message;
      return JSON.stringify(error)?.slice(0, 200) ?? "an object";
    }
    return String(error);
  } catch {
    return "an error that could not be read";
  }
}
function errorCode(error) {
  try {
    const code = error?.code;
    return typeof code === "string" ? code : void 0;
  } catch {
    return void 0;
  }
}

export {
  PlatformError,
  NetworkError,
  HandlerError,
  SettingError,
  oneLine,
  shortMessage,
  errorCode
};
