import {
  hasRounds
} from "../chunk-OJZL5EOS.js";
import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/leaderboard.ts
var leaderboard_default = {
  name: "leaderboard",
  description: "Show this chat's quiz standings (admins: reset them)",
  aliases: ["scores"],
  order: 51,
  options: [
    {
      name: "action",
      description: "show (default), or reset: chat admins only",
      type: "string",
      choices: [
        { name: "show", value: "show" },
        { name: "reset", value: "reset" }
      ]
    }
  ],
  parse(text) {
    const word = text.trim().toLowerCase();
    return word === "reset" || word === "clear" ? { action: "reset" } : {};
  },
  requires: (args) => args.action === "reset" ? ["admin"] : [],
  async handle({ args, context }, core) {
    if (!hasRounds(core.quiz)) return errorReply(say("quiz.unavailable", {}, context.language));
    if (args.action === "reset") return core.quiz.reset(context);
    return core.quiz.leaderboard(context.chat, 10, context.language);
  }
};
export {
  leaderboard_default as default
};
