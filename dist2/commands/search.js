import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/search.ts
var search_default = {
  name: "search",
  description: "Search everything the bot knows for some words",
  aliases: ["find", "izdeu", "poisk"],
  order: 4,
  options: [{ name: "words", description: "Words to look for, e.g. famine, newspaper, Semipalatinsk", type: "string", required: true }],
  handle({ args, text, context }, core) {
    const words = String(args.words ?? text).trim();
    if (!words) return errorReply(say("ui.ask.search", {}, context.language), context.language);
    return core.search(words, context);
  }
};
export {
  search_default as default
};
