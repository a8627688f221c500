import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/when.ts
var when_default = {
  name: "when",
  description: "The events of a date or year, or when something happened",
  aliases: ["kashan", "kogda"],
  order: 2,
  options: [{ name: "query", description: "A date, year or range (26 August 1920, 1917, 1935-1938) or an event", type: "string", required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const query = String(args.query ?? text).trim();
    if (!query) return errorReply(say("ui.ask.when", {}, context.language), context.language);
    return core.ask(query, context, "when");
  }
};
export {
  when_default as default
};
