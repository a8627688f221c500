import type { Command, CommandArgs } from '../src/core/command';
import { isLanguage, replyLanguage, type Language } from '../src/core/language';
import { say } from '../src/core/phrases';
import { errorReply, writtenIn } from '../src/core/reply';

/** Words that name a setting, in any of the three languages, as people type them. */
const WORDS: Record<string, Language | 'auto'> = {
  kk: 'kk', kz: 'kk', kaz: 'kk', kazakh: 'kk', 'қазақ': 'kk', 'қазақша': 'kk', 'казахский': 'kk', 'казахский язык': 'kk',
  ru: 'ru', rus: 'ru', russian: 'ru', 'русский': 'ru', 'орыс': 'ru', 'орысша': 'ru', 'рус': 'ru',
  en: 'en', eng: 'en', english: 'en', 'английский': 'en', 'ағылшын': 'en', 'ағылшынша': 'en',
  auto: 'auto', automatic: 'auto', 'авто': 'auto', 'автоматически': 'auto', 'автоматты': 'auto',
};

/** The setting a word names, or undefined. */
function settingOf(word: unknown): Language | 'auto' | undefined {
  return typeof word === 'string' ? WORDS[word.trim().toLowerCase()] : undefined;
}

/**
 * `/lang kk|ru|en|auto` fixes the language of every reply in this chat (chat admins; anyone in
 * a private chat), or with `auto` lets each question be answered in its own language; `/lang`
 * says the current setting. The confirmation is written in the new language. On Discord:
 * `/alash lang language:kk`.
 */
export default {
  name: 'lang',
  description: 'The language of replies in this chat: kk, ru, en or auto (chat admins)',
  aliases: ['тіл', 'язык', 'language', 'til', 'yazyk'],
  order: 80,
  options: [
    {
      name: 'language',
      description: 'kk, ru, en or auto (each question in its own language); leave out to see the setting',
      type: 'string',
      choices: [
        { name: 'kk', value: 'kk' },
        { name: 'ru', value: 'ru' },
        { name: 'en', value: 'en' },
        { name: 'auto', value: 'auto' },
      ],
    },
  ],
  parse(text: string): CommandArgs {
    const word = text.trim();
    return word ? { language: word } : {};
  },
  // Changing it is for chat admins; anyone may ask what it is, and a wrong word gets the usage.
  requires: (args) => (settingOf(args.language) ? ['admin'] : []),
  async handle({ args, context }, core) {
    const lang = context.language ?? 'en';
    const title = (l: Language) => say('ui.lang.title', {}, l);
    if (args.language === undefined || String(args.language).trim() === '') {
      const current = await core.languages.get(context.chat);
      return writtenIn({ kind: 'answer', title: title(lang), body: say(`ui.lang.current.${current ?? 'auto'}`, {}, lang), entries: [] }, lang);
    }
    const setting = settingOf(args.language);
    if (!setting) return errorReply(say('ui.lang.usage', {}, lang), lang);
    const fixed = isLanguage(setting) ? setting : undefined;
    await core.languages.set(context.chat, fixed);
    // Confirmed in the new language; for `auto`, in the asker's own (their app's) language.
    const now = fixed ?? replyLanguage({ userLocale: context.user.locale, chatLocale: context.chat.locale });
    return writtenIn({ kind: 'answer', title: title(now), body: say(`ui.lang.set.${setting}`, {}, now), entries: [] }, now);
  },
} satisfies Command;
