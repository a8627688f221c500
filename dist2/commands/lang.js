import {
  isLanguage,
  replyLanguage
} from "../chunk-FC4VOXLX.js";
import {
  errorReply,
  say,
  writtenIn
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// commands/lang.ts
var WORDS = {
  kk: "kk",
  kz: "kk",
  kaz: "kk",
  kazakh: "kk",
  "\u049B\u0430\u0437\u0430\u049B": "kk",
  "\u049B\u0430\u0437\u0430\u049B\u0448\u0430": "kk",
  "\u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0438\u0439": "kk",
  "\u043A\u0430\u0437\u0430\u0445\u0441\u043A\u0438\u0439 \u044F\u0437\u044B\u043A": "kk",
  ru: "ru",
  rus: "ru",
  russian: "ru",
  "\u0440\u0443\u0441\u0441\u043A\u0438\u0439": "ru",
  "\u043E\u0440\u044B\u0441": "ru",
  "\u043E\u0440\u044B\u0441\u0448\u0430": "ru",
  "\u0440\u0443\u0441": "ru",
  en: "en",
  eng: "en",
  english: "en",
  "\u0430\u043D\u0433\u043B\u0438\u0439\u0441\u043A\u0438\u0439": "en",
  "\u0430\u0493\u044B\u043B\u0448\u044B\u043D": "en",
  "\u0430\u0493\u044B\u043B\u0448\u044B\u043D\u0448\u0430": "en",
  auto: "auto",
  automatic: "auto",
  "\u0430\u0432\u0442\u043E": "auto",
  "\u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0438\u0447\u0435\u0441\u043A\u0438": "auto",
  "\u0430\u0432\u0442\u043E\u043C\u0430\u0442\u0442\u044B": "auto"
};
function settingOf(word) {
  return typeof word === "string" ? WORDS[word.trim().toLowerCase()] : void 0;
}
var lang_default = {
  name: "lang",
  description: "The language of replies in this chat: kk, ru, en or auto (chat admins)",
  aliases: ["\u0442\u0456\u043B", "\u044F\u0437\u044B\u043A", "language", "til", "yazyk"],
  order: 80,
  options: [
    {
      name: "language",
      description: "kk, ru, en or auto (each question in its own language); leave out to see the setting",
      type: "string",
      choices: [
        { name: "kk", value: "kk" },
        { name: "ru", value: "ru" },
        { name: "en", value: "en" },
        { name: "auto", value: "auto" }
      ]
    }
  ],
  parse(text) {
    const word = text.trim();
    return word ? { language: word } : {};
  },
  // Changing it is for chat admins; anyone may ask what it is, and a wrong word gets the usage.
  requires: (args) => settingOf(args.language) ? ["admin"] : [],
  async handle({ args, context }, core) {
    const lang = context.language ?? "en";
    const title = (l) => say("ui.lang.title", {}, l);
    if (args.language === void 0 || String(args.language).trim() === "") {
      const current = await core.languages.get(context.chat);
      return writtenIn({ kind: "answer", title: title(lang), body: say(`ui.lang.current.${current ?? "auto"}`, {}, lang), entries: [] }, lang);
    }
    const setting = settingOf(args.language);
    if (!setting) return errorReply(say("ui.lang.usage", {}, lang), lang);
    const fixed = isLanguage(setting) ? setting : void 0;
    await core.languages.set(context.chat, fixed);
    const now = fixed ?? replyLanguage({ userLocale: context.user.locale, chatLocale: context.chat.locale });
    return writtenIn({ kind: "answer", title: title(now), body: say(`ui.lang.set.${setting}`, {}, now), entries: [] }, now);
  }
};
export {
  lang_default as default
};
