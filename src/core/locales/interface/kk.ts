/** Interface strings in Kazakh (help, errors, buttons, command descriptions): the `ui.*` keys of phrases.ts. Same keys in every language. */
export const uiKk = {};
