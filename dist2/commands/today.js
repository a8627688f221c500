import "../chunk-MLKGABMK.js";

// commands/today.ts
var today_default = {
  name: "today",
  description: "What happened on today's date in other years",
  order: 4,
  options: [],
  handle({ context }, core) {
    return core.daily.today(context.chat, context.language);
  }
};
export {
  today_default as default
};
