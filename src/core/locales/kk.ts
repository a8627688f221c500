import type { Phrases } from './en';
import { uiKk } from './interface/kk';
import { quizKk } from './quiz/kk';

/**
 * Kazakh answer templates (same keys as en.ts). Sentences are built as "Name: what — value" so
 * that no name or date needs a case ending chosen by vowel harmony.
 */
export const kk: Phrases = {
  quiz: quizKk,
  ui: uiKk,
  date: {
    day: '{{date}}',
    month: '{{date}}',
    year: '{{date}}',
    range: '{{date}}',
    circa: 'шамамен {{date}}',
    oldStyle: '{{date}} (ескі стиль бойынша)',
  },
  fact: {
    born: '{{name}}: туған күні — {{when}}.',
    bornPlace: '{{name}}: туған жері — {{place}}.',
    died: '{{name}}: қайтыс болған күні — {{when}}.',
    diedPlace: '{{name}}: қайтыс болған жері — {{place}}.',
    noDate_born: '{{name}}: туған күні менің дереккөздерімде көрсетілмеген.',
    noDate_died: '{{name}}: қайтыс болған күні менің дереккөздерімде көрсетілмеген.',
    when: '{{name}} — {{when}}.',
    at: ' ({{place}})',
    dated: '{{name}}: құжаттың күні — {{date}}.',
    place: '{{name}}: өткен жері — {{place}}.',
    participants: '{{name}}: қатысқандардың ішінде — {{people}}.',
    role: '{{name}} — {{title}}.',
    roleSpan: '{{name}} — {{title}} ({{span}}).',
    attribute: '{{name}}: {{label}} — {{value}}.',
    disputed: '{{about}}: дереккөздер әртүрлі айтады — {{versions}}.',
    disputedMore_one: '{{about}}: дереккөздер әртүрлі айтады — {{versions}}; тағы {{count}} нұсқа «Толығырақ» бөлімінде.',
    disputedMore_other: '{{about}}: дереккөздер әртүрлі айтады — {{versions}}; тағы {{count}} нұсқа «Толығырақ» бөлімінде.',
    disputedDate_born: '{{name}}: туған күні туралы дереккөздер әртүрлі айтады — {{versions}}.',
    disputedDate_died: '{{name}}: қайтыс болған күні туралы дереккөздер әртүрлі айтады — {{versions}}.',
    disputedDate_when: '{{name}}: күні туралы дереккөздер әртүрлі айтады — {{versions}}.',
    disputedPlace_born: '{{name}}: туған жері туралы дереккөздер әртүрлі айтады — {{versions}}.',
    disputedPlace_died: '{{name}}: қайтыс болған жері туралы дереккөздер әртүрлі айтады — {{versions}}.',
    disputedPlace_when: '{{name}}: өткен жері туралы дереккөздер әртүрлі айтады — {{versions}}.',
    or: ' немесе ',
    spanFrom: '{{from}} бастап',
    spanTo: '{{to}} дейін',
  },
  verdict: {
    yes: 'Иә.',
    no: 'Жоқ.',
    disputed: 'Дереккөздер әртүрлі айтады.',
    unsure: 'Дереккөздерім бойынша «иә» не «жоқ» деп айта алмаймын; оларда былай делінген:',
  },
  life: {
    born: 'туған',
    died: 'қайтыс болған',
  },
  reply: {
    more: 'Толығырақ',
    moreHint: 'Толығырақ: /more {{id}}',
    notKnownAbout: '{{name}}: бұл туралы білмеймін. Басқа сұрақ қойыңыз немесе «Толығырақ» түймесін басыңыз — онда білетінімнің бәрі бар.',
    both: '«{{query}}» сұрауына сәйкес жазбалар ({{count}}):',
    next: 'Одан кейін ({{name}}):',
    nothingNext: '{{name}}: Алаш тарихында одан кейінгі оқиғаны білмеймін.',
  },
};
