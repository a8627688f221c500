// src/core/language.ts
var LANGUAGES = ["en", "ru", "kk"];
function isLanguage(value) {
  return typeof value === "string" && LANGUAGES.includes(value);
}
var KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
var CYRILLIC = /[а-яёА-ЯЁ]/;
var LATIN = /[a-zA-Z]/;
var KAZAKH_WORDS = /* @__PURE__ */ new Set([
  "\u043A\u0430\u0448\u0430\u043D",
  "\u043A\u0430\u0439\u0434\u0430",
  "\u043A\u0430\u043B\u0430\u0439",
  "\u043A\u0430\u043D\u0434\u0430\u0439",
  "\u043D\u0435\u0433\u0435",
  "\u043D\u0435\u0448\u0435",
  "\u0442\u0443\u0440\u0430\u043B\u044B",
  "\u0434\u0435\u0433\u0435\u043D",
  "\u0434\u0435\u0433\u0435\u043D\u043D\u0435\u043D",
  "\u0436\u044B\u043B\u044B",
  "\u0436\u044B\u043B",
  "\u0431\u043E\u043B\u0434\u044B",
  "\u0431\u043E\u043B\u0433\u0430\u043D",
  "\u0431\u043E\u043B\u044B\u043F",
  "\u043A\u0435\u0437\u0434\u0435",
  "\u043A\u0435\u0437\u0456\u043D\u0434\u0435",
  "\u043C\u0435\u043D",
  "\u043D\u0435\u043C\u0435\u0441\u0435",
  "\u0430\u0439\u0442\u0448\u044B",
  "\u0430\u0439\u0442",
  "\u043C\u0430\u0433\u0430\u043D",
  "\u043E\u043B",
  "\u043E\u043D\u044B",
  "\u043E\u043D\u044B\u043D",
  "\u043A\u0438\u043C\u0434\u0435\u0440",
  "\u043F\u0430\u0440\u0442\u0438\u044F\u0441\u044B",
  "\u0442\u0443\u044B\u043B\u0434\u044B",
  "\u0442\u0443\u0433\u0430\u043D",
  "\u043E\u043B\u0434\u0438",
  "\u043E\u043B\u0433\u0435\u043D",
  "\u0430\u0442\u044B\u043B\u0434\u044B",
  "\u0436\u0430\u043D\u0435",
  "\u0431\u0435",
  "\u043C\u0430",
  "\u043C\u0435",
  "\u043F\u0430",
  "\u043F\u0435",
  "\u0431\u0430",
  "\u0442\u0443\u0441\u044B\u043D\u0434\u0430",
  "\u0431\u0430\u0441\u0448\u044B\u0441\u044B",
  "\u0442\u043E\u0433\u0430\u043D\u0430\u0441\u044B",
  "\u043A\u0430\u0439\u0441\u044B",
  "\u043D\u0435\u0448\u0438\u043D\u0448\u0438",
  "\u0442\u0443\u0434\u044B",
  "\u043A\u0430\u0439\u0442\u044B\u0441"
]);
var COMMAND_WORDS = /* @__PURE__ */ new Set(["who", "what", "when", "more", "search", "timeline", "today", "quiz", "help", "about", "daily", "leaderboard", "start", "lang"]);
var RUSSIAN_WORDS = /* @__PURE__ */ new Set([
  "\u043A\u0442\u043E",
  "\u0447\u0442\u043E",
  "\u043A\u043E\u0433\u0434\u0430",
  "\u0433\u0434\u0435",
  "\u043F\u043E\u0447\u0435\u043C\u0443",
  "\u0437\u0430\u0447\u0435\u043C",
  "\u043A\u0430\u043A",
  "\u043A\u0430\u043A\u043E\u0439",
  "\u043A\u0430\u043A\u0430\u044F",
  "\u043A\u0430\u043A\u043E\u0435",
  "\u043A\u0430\u043A\u0438\u0435",
  "\u043A\u0430\u043A\u043E\u043C",
  "\u0442\u0430\u043A\u043E\u0439",
  "\u0442\u0430\u043A\u0430\u044F",
  "\u0442\u0430\u043A\u043E\u0435",
  "\u0431\u044B\u043B",
  "\u0431\u044B\u043B\u0430",
  "\u0431\u044B\u043B\u043E",
  "\u0431\u044B\u043B\u0438",
  "\u0432",
  "\u0432\u043E",
  "\u043D\u0430",
  "\u0438",
  "\u043E",
  "\u043E\u0431",
  "\u043F\u0440\u043E",
  "\u043B\u0438",
  "\u044D\u0442\u043E",
  "\u0441\u043A\u043E\u043B\u044C\u043A\u043E",
  "\u0447\u0435\u0439",
  "\u0447\u044C\u044F",
  "\u043A\u0435\u043C",
  "\u0447\u0435\u043C",
  "\u0441",
  "\u0441\u043E",
  "\u043F\u043E",
  "\u0438\u0437",
  "\u0443",
  "\u0437\u0430",
  "\u0434\u043B\u044F",
  "\u043E\u043D",
  "\u043E\u043D\u0430",
  "\u043E\u043D\u0438",
  "\u0435\u0433\u043E",
  "\u0435\u0451",
  "\u0435\u0435",
  "\u0438\u0445",
  "\u0433\u043E\u0434\u0443",
  "\u0433\u043E\u0434\u0430",
  "\u0440\u0430\u0441\u0441\u043A\u0430\u0436\u0438",
  "\u0441\u043A\u0430\u0436\u0438",
  "\u043F\u0440\u043E\u0438\u0437\u043E\u0448\u043B\u043E",
  "\u0441\u043B\u0443\u0447\u0438\u043B\u043E\u0441\u044C",
  "\u0440\u043E\u0434\u0438\u043B\u0441\u044F",
  "\u0443\u043C\u0435\u0440",
  "\u0436\u0435",
  "\u0430",
  "\u0438\u043B\u0438",
  "\u043F\u043E\u0441\u043B\u0435",
  "\u0434\u043E"
]);
function detectLanguage(text) {
  const words = text.toLowerCase().match(/[a-zа-яёәғқңөұүһі]+/g) ?? [];
  while (words.length > 1 && COMMAND_WORDS.has(words[0])) words.shift();
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  let russian = 0;
  for (const w of words) {
    if (CYRILLIC.test(w) || KAZAKH_LETTERS.test(w)) {
      cyrillic++;
      if (KAZAKH_LETTERS.test(w) || KAZAKH_WORDS.has(w)) kazakh++;
      else if (RUSSIAN_WORDS.has(w)) russian++;
    } else if (LATIN.test(w)) latin++;
  }
  if (latin > cyrillic) return "en";
  if (kazakh > russian) return "kk";
  if (cyrillic > latin) return "ru";
  return void 0;
}
function languageOfLocale(code) {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : void 0;
}
function replyLanguage(clues) {
  if (clues.fixed) return clues.fixed;
  const fromText = clues.text ? detectLanguage(clues.text) : void 0;
  if (fromText && !clues.bare) return fromText;
  return languageOfLocale(clues.userLocale) ?? languageOfLocale(clues.chatLocale) ?? fromText ?? "en";
}

export {
  isLanguage,
  detectLanguage,
  languageOfLocale,
  replyLanguage
};
