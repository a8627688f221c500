/** Quiz messages in English: the `quiz.*` keys of phrases.ts. Same keys in every language. */
export const quizEn = {};
