/** Quiz messages in Kazakh: the `quiz.*` keys of phrases.ts. Same keys in every language. */
export const quizKk = {};
