import {
  hasRounds
} from "../chunk-OJZL5EOS.js";
import {
  errorReply,
  say
} from "../chunk-22437TY6.js";
import "../chunk-MLKGABMK.js";

// src/core/quiz/topics.ts
var QUIZ_TOPICS = [
  "leaders",
  "party",
  "autonomy",
  "congresses",
  "press",
  "literature",
  "repression",
  "famine",
  "soviet",
  "turkestan",
  "kyrgyz",
  "places",
  "legacy"
];

// commands/quiz.ts
var DIFFICULTIES = ["easy", "medium", "hard"];
var MISSED_WORDS = ["missed", "miss", "mistakes", "wrong", "review"];
var quiz_default = {
  name: "quiz",
  description: "Start a quiz round in this chat, re-ask the questions you missed, or stop the round",
  order: 50,
  options: [
    { name: "questions", description: "How many questions (1-20)", type: "integer", min: 1, max: 20 },
    {
      name: "topic",
      description: "Only questions on this topic",
      type: "string",
      choices: QUIZ_TOPICS.map((t) => ({ name: t, value: t }))
    },
    {
      name: "difficulty",
      description: "easy, medium or hard",
      type: "string",
      choices: DIFFICULTIES.map((d) => ({ name: d, value: d }))
    },
    {
      name: "action",
      description: "start (default), missed: re-ask the questions you missed here, stop the round, or topics: list them",
      type: "string",
      choices: [
        { name: "start", value: "start" },
        { name: "missed", value: "missed" },
        { name: "stop", value: "stop" },
        { name: "topics", value: "topics" }
      ]
    }
  ],
  parse(text) {
    const args = {};
    const rest = [];
    for (const word of text.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
      if (word === "stop" || word === "end" || word === "start") args.action = word === "start" ? "start" : "stop";
      else if (word === "topics" && args.action === void 0) args.action = "topics";
      else if (MISSED_WORDS.includes(word)) args.action = "missed";
      else if (/^\d+$/.test(word) && args.questions === void 0) args.questions = Number(word);
      else if (DIFFICULTIES.includes(word) && args.difficulty === void 0) args.difficulty = word;
      else rest.push(word);
    }
    if (rest.length) args.topic = rest.join("-");
    return args;
  },
  async handle({ args, context, isAdmin }, core) {
    const lang = context.language;
    if (!hasRounds(core.quiz)) return errorReply(say("quiz.unavailable", {}, lang));
    if (args.action === "stop") return core.quiz.stop({ ...context, user: { ...context.user, isAdmin: await isAdmin() } });
    if (args.action === "topics") return core.quiz.topicGuide(lang);
    const options = args.action === "missed" ? { missed: true, language: lang } : { language: lang };
    if (args.questions !== void 0) {
      const n = Number(args.questions);
      if (!Number.isInteger(n)) return errorReply(say("quiz.wholeNumber", {}, lang));
      options.questions = n;
    }
    if (typeof args.topic === "string" && args.topic) options.topic = args.topic;
    if (args.difficulty !== void 0) {
      const d = String(args.difficulty);
      if (!DIFFICULTIES.includes(d))
        return errorReply(say("quiz.difficulties", {}, lang));
      options.difficulty = d;
    }
    return core.quiz.start(context, options);
  }
};
export {
  quiz_default as default
};
