import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/about.ts
var about_default = {
  name: "about",
  description: "Show one entry of the knowledge by its id or name",
  hidden: true,
  options: [{ name: "entry", description: "An entry id such as bukeikhanov, or a name", type: "string", required: true, autocomplete: true }],
  handle({ args, text, context }, core) {
    const entry = String(args.entry ?? text).trim();
    if (!entry) return errorReply(say("ui.ask.about", {}, context.language), context.language);
    return core.about(entry, context);
  }
};
export {
  about_default as default
};
