import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/who.ts
var who_default = {
  name: "who",
  description: "A short, sourced profile of a person of the Alash movement",
  aliases: ["kim", "kto"],
  order: 1,
  options: [{ name: "name", description: "A name in Latin or Cyrillic, e.g. Bukeikhanov or \u0411\u04E9\u043A\u0435\u0439\u0445\u0430\u043D\u043E\u0432", type: "string", required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const name = String(args.name ?? text).trim();
    if (!name) return errorReply(say("ui.ask.who", {}, context.language), context.language);
    return core.ask(name, context, "who");
  }
};
export {
  who_default as default
};
