/** Quiz messages in Russian: the `quiz.*` keys of phrases.ts. Same keys in every language. */
export const quizRu = {};
