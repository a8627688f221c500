import {
  say
} from "./chunk-22437TY6.js";

// src/core/command.ts
function commandText(command, lang) {
  if (lang === "en") return { name: command.name, description: command.description };
  const key = `ui.commands.${command.name}`;
  return { name: say(`${key}.name`, { defaultValue: command.name }, lang), description: say(`${key}.description`, { defaultValue: command.description }, lang) };
}
function optionText(command, option, lang) {
  if (lang === "en") return { name: option.name, description: option.description };
  const key = `ui.commands.${command.name}.options.${option.name}`;
  return { name: say(`${key}.name`, { defaultValue: option.name }, lang), description: say(`${key}.description`, { defaultValue: option.description }, lang) };
}
function isListed(command, platform) {
  return !command.hidden && (!command.platforms || command.platforms.includes(platform));
}

export {
  commandText,
  optionText,
  isListed
};
