import { uiEn } from './interface/en';
import { quizEn } from './quiz/en';

/**
 * English answer templates. Every sentence the composer writes comes from here, by key, so a
 * translation is a file beside this one with the same keys (i18next's JSON resource shape).
 * `{{name}}` and the like are filled in as plain text; nothing here is markup.
 */
export const en = {
  quiz: quizEn,
  ui: uiEn,
  date: {
    day: 'on {{date}}',
    month: 'in {{date}}',
    year: 'in {{date}}',
    range: 'on {{date}}',
    circa: 'around {{date}}',
    oldStyleMark: 'old style',
    approximately: 'approximately',
    oldStyle: '{{date}} (old style)',
  },
  fact: {
    born: '{{name}} was born {{when}}.',
    bornPlace: '{{name}} was born in {{place}}.',
    died: '{{name}} died {{when}}.',
    diedPlace: '{{name}} died in {{place}}.',
    noDate_born: 'My sources do not give the date {{name}} was born.',
    noDate_died: 'My sources do not give the date {{name}} died.',
    when: '{{name}} took place {{when}}.',
    at: ' in {{place}}',
    dated: '{{name}} is dated {{date}}.',
    place: '{{name}} took place in {{place}}.',
    participants: 'Those who took part in {{name}} included {{people}}.',
    role: '{{name}} was {{title}}.',
    roleSpan: '{{name}} was {{title}} ({{span}}).',
    attribute: '{{label}} of {{name}}: {{value}}.',
    disputed: 'Sources disagree on {{about}}: {{versions}}.',
    disputedMore_one: 'Sources disagree on {{about}}: {{versions}}; one more version is under More.',
    disputedMore_other: 'Sources disagree on {{about}}: {{versions}}; {{count}} more versions are under More.',
    disputedDate_born: 'Sources disagree on when {{name}} was born: {{versions}}.',
    disputedDate_died: 'Sources disagree on when {{name}} died: {{versions}}.',
    disputedDate_when: 'Sources disagree on when {{name}} took place: {{versions}}.',
    disputedPlace_born: 'Sources disagree on where {{name}} was born: {{versions}}.',
    disputedPlace_died: 'Sources disagree on where {{name}} died: {{versions}}.',
    disputedPlace_when: 'Sources disagree on where {{name}} took place: {{versions}}.',
    or: ' or ',
    spanFrom: 'from {{from}}',
    spanTo: 'until {{to}}',
  },
  card: {
    onThisDay: 'On this day: {{date}}',
    nothingDated: 'The knowledge dates nothing to a single day yet.',
    nothingOnDay: 'Nothing I know of happened on {{date}}. The nearest dates are {{dates}}:',
    and: ' and ',
    born: 'Born',
    died: 'Died',
    roles: 'Roles',
    when: 'When',
    whenDisputed: 'When (sources disagree)',
    where: 'Where',
    participants: 'Who took part',
    otherDates: 'Sources disagree: other sources give {{dates}}.',
    dateDisputed: 'sources disagree on the date',
    andMore: '…and {{count}} more. Ask about a narrower date to see them.',
    whichOne: 'Which one?',
    severalPeople: 'Several people match "{{query}}": {{names}}. Which one do you mean?',
    notFoundNear: 'I don\'t know anything about "{{query}}". Did you mean {{names}}?',
    notFound: 'I don\'t know anything about "{{query}}". I know the Alash movement: its people, events and terms. Try /help.',
    disputedFact: '{{about}}: sources disagree.',
    circa: 'c. ',
    nearest: 'Nearest to {{date}}',
    nothingOn: 'I know of nothing on {{date}}. The nearest dates I know:',
    nothingFor: 'I don\'t know of anything in the Alash story for {{date}}. My knowledge runs from the 1905 congress in Uralsk to the 2021 monument, with a few older roots.',
    notADate: '"{{date}}" is not a real date. Try a form like 26 August 1920 or 26.08.1920.',
    askMe: 'Ask me about a person, an event, a term or a date, e.g. "who was Bukeikhanov?" or "what happened in 1917?"',
    greetingTitle: 'Alash history bot',
    greeting: 'Ask me about the Alash movement of 1917–1920: a person ("who was Bukeikhanov?"), an event, a term, or a date ("what happened on 26 August 1920?"). Type /help for the commands.',
    search: 'Search: {{query}}',
  },
  moment: {
    born: '{{name}} was born.',
    bornIn: '{{name}} was born in {{place}}.',
    died: '{{name}} died.',
    diedIn: '{{name}} died ({{place}}).',
  },
  verdict: {
    yes: 'Yes.',
    no: 'No.',
    disputed: 'Sources disagree.',
    unsure: 'I cannot say yes or no from my sources; what they say:',
  },
  life: {
    born: 'was born',
    died: 'died',
  },
  reply: {
    more: 'More',
    moreHint: 'More: /more {{id}}',
    notKnownAbout: 'I don\'t know that about {{name}}. Ask me something else about {{name}}, or tap More for everything I know.',
    both: '{{count}} entries fit "{{query}}":',
    next: 'Next, after {{name}}:',
    nothingNext: 'I know of nothing after {{name}} in the Alash story.',
  },
};

/**
 * The shape every language's templates share: the same keys, each a string. Plural forms
 * (`_one`, `_few`, `_many`, `_other`) and a language's own keys may differ, so this is loose.
 */
export type Phrases = { [key: string]: string | Phrases };
