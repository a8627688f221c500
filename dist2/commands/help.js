import {
  commandText,
  isListed,
  optionText
} from "../chunk-YUHD63H6.js";
import {
  say,
  writtenIn
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/help.ts
var help_default = {
  name: "help",
  description: "What the bot can do, and how to ask",
  aliases: ["komek", "pomoshch", "\u043A\u04E9\u043C\u0435\u043A", "\u043F\u043E\u043C\u043E\u0449\u044C"],
  order: 90,
  options: [],
  handle({ context }, core) {
    const lang = context.language ?? "en";
    const lines = core.commands.filter((c) => isListed(c, context.chat.platform)).map((c) => {
      const opts = c.options.map((o) => o.required ? `<${optionText(c, o, lang).name}>` : `[${optionText(c, o, lang).name}]`).join(" ");
      return say("ui.help.line", { usage: `/${c.name}${opts ? ` ${opts}` : ""}`, description: commandText(c, lang).description }, lang);
    });
    return writtenIn({
      kind: "help",
      title: say("ui.help.title", {}, lang),
      body: [say("ui.help.intro", {}, lang), lines.join("\n"), say("ui.help.tip", {}, lang)].join("\n\n"),
      entries: []
    }, lang);
  }
};
export {
  help_default as default
};
