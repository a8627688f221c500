import type { Phrases } from './en';
import { uiRu } from './interface/ru';
import { quizRu } from './quiz/ru';

/**
 * Russian answer templates (same keys as en.ts). Sentences are built as "Name: what — value"
 * so that no name or date has to be declined and no verb has to agree with a gender.
 */
export const ru: Phrases = {
  quiz: quizRu,
  ui: uiRu,
  date: {
    day: '{{date}}',
    month: '{{date}}',
    year: '{{date}}',
    range: '{{date}}',
    circa: 'около {{date}}',
    oldStyle: '{{date}} (по старому стилю)',
  },
  fact: {
    born: '{{name}}: дата рождения — {{when}}.',
    bornPlace: '{{name}}: место рождения — {{place}}.',
    died: '{{name}}: дата смерти — {{when}}.',
    diedPlace: '{{name}}: место смерти — {{place}}.',
    noDate_born: '{{name}}: дата рождения в моих источниках не указана.',
    noDate_died: '{{name}}: дата смерти в моих источниках не указана.',
    when: '{{name}} — {{when}}.',
    at: ' ({{place}})',
    dated: '{{name}}: дата документа — {{date}}.',
    place: '{{name}}: место — {{place}}.',
    participants: '{{name}}: среди участников — {{people}}.',
    role: '{{name}} — {{title}}.',
    roleSpan: '{{name}} — {{title}} ({{span}}).',
    attribute: '{{name}}: {{label}} — {{value}}.',
    disputed: '{{about}}: источники расходятся — {{versions}}.',
    disputedMore_one: '{{about}}: источники расходятся — {{versions}}; ещё {{count}} версия — в разделе «Подробнее».',
    disputedMore_few: '{{about}}: источники расходятся — {{versions}}; ещё {{count}} версии — в разделе «Подробнее».',
    disputedMore_many: '{{about}}: источники расходятся — {{versions}}; ещё {{count}} версий — в разделе «Подробнее».',
    disputedMore_other: '{{about}}: источники расходятся — {{versions}}; ещё {{count}} версии — в разделе «Подробнее».',
    disputedDate_born: '{{name}}: источники расходятся в дате рождения — {{versions}}.',
    disputedDate_died: '{{name}}: источники расходятся в дате смерти — {{versions}}.',
    disputedDate_when: '{{name}}: источники расходятся в дате — {{versions}}.',
    disputedPlace_born: '{{name}}: источники расходятся в месте рождения — {{versions}}.',
    disputedPlace_died: '{{name}}: источники расходятся в месте смерти — {{versions}}.',
    disputedPlace_when: '{{name}}: источники расходятся в месте — {{versions}}.',
    or: ' или ',
    spanFrom: 'с {{from}}',
    spanTo: 'до {{to}}',
  },
  verdict: {
    yes: 'Да.',
    no: 'Нет.',
    disputed: 'Источники расходятся.',
    unsure: 'По моим источникам нельзя ответить «да» или «нет»; вот что в них сказано:',
  },
  life: {
    born: 'родился',
    died: 'умер',
  },
  reply: {
    more: 'Подробнее',
    moreHint: 'Подробнее: /more {{id}}',
    notKnownAbout: '{{name}}: этого я не знаю. Спросите о другом или нажмите «Подробнее» — там всё, что я знаю.',
    both: 'Под «{{query}}» подходят записи ({{count}}):',
    next: 'Что было дальше ({{name}}):',
    nothingNext: '{{name}}: о том, что было после, в истории Алаш я ничего не знаю.',
  },
};
