import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/what.ts
var what_default = {
  name: "what",
  description: "What a term, organisation, publication or event was",
  aliases: ["ne", "chto"],
  order: 3,
  options: [{ name: "query", description: "A term or question, e.g. Alash Orda, Qazaq, the Letter of Five", type: "string", required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const query = String(args.query ?? text).trim();
    if (!query) return errorReply(say("ui.ask.what", {}, context.language), context.language);
    return core.ask(query, context, "what");
  }
};
export {
  what_default as default
};
