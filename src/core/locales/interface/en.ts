/**
 * Interface strings in English (help, errors, buttons, labels): the `ui.*` keys of phrases.ts.
 * Same keys in every language, except `ui.commands`: a command's English name and descriptions
 * live in its own file in commands/, and ru.ts and kk.ts translate them under
 * `ui.commands.<command>` (see `commandText` in command.ts).
 */
export const uiEn = {
  help: {
    title: 'Alash history bot',
    intro:
      'I know the Alash movement (the Kazakh national party and autonomy of 1917–1920), its leaders and what became of them. Every answer cites its sources.',
    line: '{{usage}}: {{description}}',
    tip: 'You can also just ask: "who was Baitursynov?", "what happened on 26 August 1920?", "Бөкейханов", "1935-1938". Latin or Cyrillic, English, Kazakh or Russian.',
  },
  refusal: {
    admin: 'Only chat admins can do that.',
    group: 'That works in group chats only.',
    private: 'That works in a private chat with me only.',
  },
  unknownCommand: 'I don\'t know the command "{{word}}". Try: {{known}}.',
  apology: 'Sorry, something went wrong while answering that. Please try again.',
  tooLong_one:
    'That message is too long for me ({{length}} character): I read at most {{limit}}. Ask one short question at a time.',
  tooLong_other:
    'That message is too long for me ({{length}} characters): I read at most {{limit}}. Ask one short question at a time.',
  label: {
    sources: 'Sources',
    sourcesLine: 'Sources: {{list}}',
    didYouMean: 'Did you mean: {{choices}}?',
    moreLine: 'More: {{request}}',
    shortened: '(Answer shortened.)',
    question: 'Question {{number}}/{{total}}',
    questionLine: 'Question {{number}}/{{total}}: {{question}}',
    questionTimed: 'Question {{number}}/{{total}} ({{seconds}} s)',
    picture: 'Picture: {{file}}',
    expired: 'This button has expired.',
    textOnly: 'I read text messages only. Ask me about the Alash movement, or try /help.',
    staleCommand: 'That command has changed: try /alash help.',
    alash: 'Ask about the Alash movement (1917-1920): people, dates, events, terms',
  },
  ask: {
    about: 'Which entry? For example: /about alash-orda',
    more: 'More about what? For example: /more alash-orda',
    search: 'What should I search for? For example: /search newspaper',
    what: 'What should I explain? For example: /what Alash Orda',
    when: 'Which date or event? For example: /when 26 August 1920',
    who: 'Who should I look up? For example: /who Bukeikhanov',
  },
  daily: {
    title: 'Daily post',
    unavailable: 'The daily post is not available right now.',
    isOn: 'On: every day at {{time}} ({{timezone}}). An admin can turn it off with /daily off.',
    isOff: 'Off. A chat admin can turn it on with /daily on [HH:MM] [time zone], e.g. /daily on 09:00 Asia/Almaty.',
    usage: 'Use /daily on [HH:MM] [time zone], /daily off, or /daily to see the setting.',
    turnedOff: 'Off. No more daily posts here.',
    alreadyOff: 'It was already off.',
    badTime: 'The time is HH:MM on a 24-hour clock, e.g. 09:00 or 18:30.',
    badZone: "I don't know that time zone. Use an IANA name such as Asia/Almaty, Asia/Aqtobe, Europe/Moscow or UTC.",
    turnedOn:
      "On: every day at {{time}} ({{timezone}}), what happened on that date in the Alash movement's history. The first post comes on {{day}}.",
  },
  timeline: {
    unreadable: 'I can draw a span of years (1917, 1917-1920) or a topic: {{topics}}.',
    tooManyYears: 'Give one year or two: /timeline 1917 1920.',
    yearRange: 'Years go from 1000 to 2100 here.',
  },
  lang: {
    title: 'Language',
    current: {
      auto: 'Language: automatic. I answer each question in its own language (or your app\'s). A chat admin can fix one with /lang kk, /lang ru or /lang en.',
      en: 'Language: English, fixed for this chat. /lang auto answers each question in its own language.',
      ru: 'Language: Russian, fixed for this chat. /lang auto answers each question in its own language.',
      kk: 'Language: Kazakh, fixed for this chat. /lang auto answers each question in its own language.',
    },
    set: {
      auto: 'Done: I answer each question in its own language here.',
      en: 'Done: I answer in English in this chat. /lang auto answers each question in its own language.',
      ru: 'Done: I answer in Russian in this chat. /lang auto answers each question in its own language.',
      kk: 'Done: I answer in Kazakh in this chat. /lang auto answers each question in its own language.',
    },
    usage: 'Use /lang kk, /lang ru, /lang en, or /lang auto (each question in its own language).',
  },
};
