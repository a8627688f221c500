import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/more.ts
var more_default = {
  name: "more",
  description: "Everything the bot knows about one entry, with all its sources",
  order: 6,
  options: [{ name: "entry", description: "An entry id such as bukeikhanov, or a name", type: "string", required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const entry = String(args.entry ?? text).trim();
    if (!entry) return errorReply(say("ui.ask.more", {}, context.language), context.language);
    return core.more(entry, context);
  }
};
export {
  more_default as default
};
