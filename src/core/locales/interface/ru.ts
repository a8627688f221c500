/**
 * Interface strings in Russian (help, errors, buttons, labels, command descriptions): the `ui.*`
 * keys of phrases.ts, as in en.ts. `commands` translates each command's name (Discord shows it,
 * help prints its options), description, options and choices; Discord limits each description
 * to 100 characters and each name to 32 lowercase letters, digits, `-` or `_`.
 */
export const uiRu = {
  help: {
    title: 'Бот по истории Алаша',
    intro:
      'Я знаю движение Алаш (казахскую национальную партию и автономию 1917–1920 годов), его лидеров и их судьбы. Каждый ответ ссылается на источники.',
    line: '{{usage}}: {{description}}',
    tip: 'Можно просто спросить: «кто такой Байтурсынов?», «что произошло 26 августа 1920?», «Бөкейханов», «1935-1938». Латиницей или кириллицей, по-русски, по-казахски или по-английски.',
  },
  refusal: {
    admin: 'Это могут сделать только администраторы чата.',
    group: 'Это работает только в групповых чатах.',
    private: 'Это работает только в личном чате со мной.',
  },
  unknownCommand: 'Я не знаю команды «{{word}}». Попробуйте: {{known}}.',
  apology: 'Извините, при ответе что-то пошло не так. Попробуйте ещё раз.',
  tooLong_one: 'Это сообщение слишком длинное ({{length}} символ): я читаю не больше {{limit}}. Задавайте по одному короткому вопросу.',
  tooLong_few: 'Это сообщение слишком длинное ({{length}} символа): я читаю не больше {{limit}}. Задавайте по одному короткому вопросу.',
  tooLong_many: 'Это сообщение слишком длинное ({{length}} символов): я читаю не больше {{limit}}. Задавайте по одному короткому вопросу.',
  tooLong_other: 'Это сообщение слишком длинное ({{length}} символа): я читаю не больше {{limit}}. Задавайте по одному короткому вопросу.',
  label: {
    sources: 'Источники',
    sourcesLine: 'Источники: {{list}}',
    didYouMean: 'Возможно, вы имели в виду: {{choices}}?',
    moreLine: 'Подробнее: {{request}}',
    shortened: '(Ответ сокращён.)',
    question: 'Вопрос {{number}}/{{total}}',
    questionLine: 'Вопрос {{number}}/{{total}}: {{question}}',
    questionTimed: 'Вопрос {{number}}/{{total}} ({{seconds}} с)',
    secondsToAnswer_one: 'На ответ {{count}} секунда.',
    secondsToAnswer_few: 'На ответ {{count}} секунды.',
    secondsToAnswer_many: 'На ответ {{count}} секунд.',
    secondsToAnswer_other: 'На ответ {{count}} секунды.',
    picture: 'Изображение: {{file}}',
    expired: 'Срок действия этой кнопки истёк.',
    textOnly: 'Я читаю только текстовые сообщения. Спросите меня о движении Алаш или наберите /help.',
    staleCommand: 'Эта команда изменилась: попробуйте /alash help.',
    alash: 'Вопросы о движении Алаш (1917–1920): люди, даты, события, понятия',
  },
  ask: {
    about: 'Какая запись? Например: /about alash-orda',
    more: 'Подробнее о чём? Например: /more alash-orda',
    search: 'Что искать? Например: /search газета',
    what: 'Что объяснить? Например: /what Алаш-Орда',
    when: 'Какая дата или событие? Например: /when 1917',
    who: 'Кого найти? Например: /who Букейханов',
  },
  daily: {
    title: 'Ежедневный пост',
    unavailable: 'Ежедневный пост сейчас недоступен.',
    isOn: 'Включён: каждый день в {{time}} ({{timezone}}). Администратор может выключить его командой /daily off.',
    isOff: 'Выключен. Администратор чата может включить его: /daily on [ЧЧ:ММ] [часовой пояс], например /daily on 09:00 Asia/Almaty.',
    usage: 'Наберите /daily on [ЧЧ:ММ] [часовой пояс], /daily off или /daily, чтобы узнать настройку.',
    turnedOff: 'Выключен. Ежедневных постов здесь больше не будет.',
    alreadyOff: 'Он уже был выключен.',
    badTime: 'Время пишется как ЧЧ:ММ в 24-часовом формате, например 09:00 или 18:30.',
    badZone: 'Я не знаю такого часового пояса. Укажите его название по базе IANA, например Asia/Almaty, Asia/Aqtobe, Europe/Moscow или UTC.',
    turnedOn:
      'Включён: каждый день в {{time}} ({{timezone}}) — что произошло в этот день в истории движения Алаш. Первый пост выйдет {{day}}.',
  },
  timeline: {
    unreadable: 'Я могу нарисовать годы (1917, 1917-1920) или тему: {{topics}}.',
    tooManyYears: 'Укажите один год или два: /timeline 1917 1920.',
    yearRange: 'Здесь годы — от 1000 до 2100.',
  },
  lang: {
    title: 'Язык',
    current: {
      auto: 'Язык: автоматически. Я отвечаю на каждый вопрос на его языке (или на языке вашего приложения). Администратор чата может закрепить язык: /lang kk, /lang ru или /lang en.',
      en: 'Язык: английский, закреплён для этого чата. /lang auto — отвечать на каждый вопрос на его языке.',
      ru: 'Язык: русский, закреплён для этого чата. /lang auto — отвечать на каждый вопрос на его языке.',
      kk: 'Язык: казахский, закреплён для этого чата. /lang auto — отвечать на каждый вопрос на его языке.',
    },
    set: {
      auto: 'Готово: здесь я отвечаю на каждый вопрос на его языке.',
      en: 'Готово: в этом чате я отвечаю по-английски. /lang auto — отвечать на каждый вопрос на его языке.',
      ru: 'Готово: в этом чате я отвечаю по-русски. /lang auto — отвечать на каждый вопрос на его языке.',
      kk: 'Готово: в этом чате я отвечаю по-казахски. /lang auto — отвечать на каждый вопрос на его языке.',
    },
    usage: 'Наберите /lang kk, /lang ru, /lang en или /lang auto (каждый вопрос — на его языке).',
  },
  commands: {
    who: {
      name: 'кто',
      description: 'Краткая биография деятеля движения Алаш, с источниками',
      options: { name: { name: 'имя', description: 'Имя латиницей или кириллицей, например Bukeikhanov или Бөкейханов' } },
    },
    when: {
      name: 'когда',
      description: 'События даты или года, или когда что-то произошло',
      options: { query: { name: 'запрос', description: 'Дата, год или период (26 августа 1920, 1917, 1935-1938) или событие' } },
    },
    what: {
      name: 'что',
      description: 'Что такое понятие, организация, издание или событие',
      options: { query: { name: 'запрос', description: 'Понятие или вопрос, например Алаш-Орда, «Казах», Письмо пяти' } },
    },
    search: {
      name: 'поиск',
      description: 'Найти слова во всём, что знает бот',
      options: { words: { name: 'слова', description: 'Слова для поиска, например голод, газета, Семипалатинск' } },
    },
    today: { name: 'сегодня', description: 'Что происходило в этот день в другие годы' },
    daily: {
      name: 'ежедневно',
      description: 'Каждый день публиковать здесь «в этот день» (админы: on [ЧЧ:ММ] [пояс], off)',
      options: {
        action: {
          name: 'действие',
          description: 'status (по умолчанию), on или off: только администраторы чата',
          choices: { status: 'статус', on: 'включить', off: 'выключить' },
        },
        time: { name: 'время', description: 'Местное время поста, ЧЧ:ММ (по умолчанию 09:00)' },
        timezone: { name: 'часовой_пояс', description: 'Часовой пояс IANA, например Asia/Almaty или Europe/Moscow (по умолчанию UTC)' },
      },
    },
    more: {
      name: 'подробнее',
      description: 'Всё, что бот знает об одной записи, со всеми источниками',
      options: { entry: { name: 'запись', description: 'Идентификатор записи, например bukeikhanov, или имя' } },
    },
    about: {
      name: 'запись',
      description: 'Одна запись из базы знаний по идентификатору или имени',
      options: { entry: { name: 'запись', description: 'Идентификатор записи, например bukeikhanov, или имя' } },
    },
    timeline: {
      name: 'хронология',
      description: 'Картинка событий за годы (1917 1920) или по теме (repression)',
      options: {
        from: { name: 'от', description: 'Год, период (1917-1920) или тема, например repression (по умолчанию 1917-1920)' },
        to: { name: 'до', description: 'Последний год' },
      },
    },
    quiz: {
      name: 'викторина',
      description: 'Начать раунд викторины, повторить вопросы с ошибками или остановить раунд',
      options: {
        questions: { name: 'вопросы', description: 'Сколько вопросов (1-20)' },
        topic: { name: 'тема', description: 'Только вопросы на эту тему' },
        difficulty: {
          name: 'сложность',
          description: 'Сложность: easy, medium или hard',
          choices: { easy: 'лёгкая', medium: 'средняя', hard: 'трудная' },
        },
        action: {
          name: 'действие',
          description: 'start (по умолчанию), missed — мои ошибки, stop — остановить, topics — список тем',
          choices: { start: 'начать', missed: 'мои ошибки', stop: 'остановить', topics: 'темы' },
        },
      },
    },
    leaderboard: {
      name: 'рейтинг',
      description: 'Таблица результатов викторины в этом чате (админы: сбросить)',
      options: {
        action: {
          name: 'действие',
          description: 'show (по умолчанию) или reset: только администраторы чата',
          choices: { show: 'показать', reset: 'сбросить' },
        },
      },
    },
    lang: {
      name: 'язык',
      description: 'Язык ответов в этом чате: kk, ru, en или auto (админы)',
      options: {
        language: {
          name: 'язык',
          description: 'kk, ru, en или auto (автоматически); без него — текущая настройка',
          choices: { kk: 'казахский', ru: 'русский', en: 'английский', auto: 'автоматически' },
        },
      },
    },
    help: { name: 'помощь', description: 'Что умеет бот и как его спрашивать' },
    start: { name: 'старт', description: 'Начать разговор с ботом' },
  },
};
