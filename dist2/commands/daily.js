import {
  DEFAULT_DAILY,
  clockTime,
  timeZoneName
} from "../chunk-647JBO52.js";
import "../chunk-7RZGCEQV.js";
import "../chunk-TS3UQGQ5.js";
import {
  formatDateText
} from "../chunk-324J56RK.js";
import "../chunk-FC4VOXLX.js";
import {
  errorReply,
  say,
  writtenIn
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/daily.ts
var daily_default = {
  name: "daily",
  description: 'Post "on this day" here every day (admins: on [HH:MM] [time zone], off)',
  order: 5,
  options: [
    {
      name: "action",
      description: "status (default), on or off: chat admins only",
      type: "string",
      choices: [
        { name: "status", value: "status" },
        { name: "on", value: "on" },
        { name: "off", value: "off" }
      ]
    },
    { name: "time", description: "Local time of the post, HH:MM (default 09:00)", type: "string" },
    { name: "timezone", description: "IANA time zone, e.g. Asia/Almaty or Europe/Moscow (default UTC)", type: "string" }
  ],
  // Turning it on or off is for chat admins; anyone may ask whether it is on.
  requires: (args) => args.action === "on" || args.action === "off" ? ["admin"] : [],
  parse(text) {
    const args = {};
    const rest = [];
    for (const word of text.trim().split(/\s+/).filter(Boolean)) {
      const lower = word.toLowerCase();
      if (["on", "off", "status", "stop", "start"].includes(lower) && args.action === void 0) {
        args.action = lower === "stop" ? "off" : lower === "start" ? "on" : lower;
      } else if (/^\d{1,2}[:.]\d{2}$/.test(word) && args.time === void 0) args.time = word;
      else rest.push(word);
    }
    if (rest.length) args.timezone = rest.join(" ");
    return args;
  },
  async handle({ args, context }, core) {
    const lang = context.language ?? "en";
    const t = (key, values = {}) => say(`ui.daily.${key}`, values, lang);
    const refuse = (key) => errorReply(t(key), lang);
    const answer = (body) => writtenIn({ kind: "answer", title: t("title"), body, entries: [] }, lang);
    const daily = core.daily;
    if (!daily.available) return refuse("unavailable");
    const action = String(args.action ?? "status").toLowerCase();
    const current = await daily.setting(context.chat);
    if (action === "status") return answer(current ? t("isOn", current) : t("isOff"));
    if (action !== "on" && action !== "off") return refuse("usage");
    if (action === "off") {
      const was = await daily.turnOff(context.chat);
      return answer(t(was ? "turnedOff" : "alreadyOff"));
    }
    const time = args.time === void 0 ? current?.time ?? DEFAULT_DAILY.time : clockTime(String(args.time));
    if (!time) return refuse("badTime");
    const timezone = args.timezone === void 0 ? current?.timezone ?? DEFAULT_DAILY.timezone : timeZoneName(String(args.timezone));
    if (!timezone) return refuse("badZone");
    const { firstDay } = await daily.turnOn(context.chat, { time, timezone });
    return answer(t("turnedOn", { time, timezone, day: formatDateText(firstDay, lang) }));
  }
};
export {
  daily_default as default
};
