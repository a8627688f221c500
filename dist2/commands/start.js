import "../chunk-MLKGABMK.js";

// commands/start.ts
var start_default = {
  name: "start",
  description: "Start talking to the bot",
  platforms: ["telegram", "terminal"],
  order: 99,
  options: [],
  handle({ context }, core) {
    return core.greeting(context);
  }
};
export {
  start_default as default
};
