import { formatDateText } from '../../dates';
import type { Event } from '../../knowledge/schema';
import { lowerFirst, shownName, type Material } from './material';

/**
 * Grammatical templates: how a question names an event or a post, so that questions read as a
 * person would write them ("When did Bukeikhanov leave the Kadets?", "Who chaired the Second
 * All-Kazakh Congress?") rather than as a form ("When did this take place: ...").
 */

/** Nouns that start event names and read lowercase inside a sentence ("the repression of ..."). */
const COMMON = new Set(['repression', 'monument', 'law', 'proclamation', 'founding', 'end', 'election', 'decree', 'petition', 'issue', 'creation', 'formation', 'dissolution', 'arrest', 'arrests', 'trial', 'amnesty', 'rehabilitation', 'negotiations']);

/** A name as a noun phrase inside a sentence: "the First All-Kazakh Congress", "Isaev's letter to Stalin". */
export function nounPhrase(name: string): string {
  if (/^the\s/i.test(name)) return `the ${name.slice(4)}`;
  const [first, ...rest] = name.split(' ');
  // "Isaev's letter" takes no article; "People's Council" does.
  if (rest.length === 0 || (/['’]s$/.test(first!) && !/^(people|workers|writers)['’]s$/i.test(first!))) return name;
  return `the ${COMMON.has(first!.toLowerCase()) ? first!.toLowerCase() : first} ${rest.join(' ')}`;
}

const BASE_VERB: Record<string, string> = { leaves: 'leave', joins: 'join', signs: 'sign', writes: 'write', meets: 'meet', returns: 'return' };
const PARTICIPLE: Record<string, string> = {
  founding: 'founded',
  proclamation: 'proclaimed',
  creation: 'created',
  formation: 'formed',
  dissolution: 'dissolved',
  rehabilitation: 'rehabilitated',
};
const PASSIVE = /^(.+?) (declared|created|renamed|formed|published|taken|proclaimed|founded|unveiled|signed|delivered|dissolved|arrested|executed|rehabilitated|amnestied|adopted|opened|closed|banned)\b ?(.*)$/;

/**
 * "When did Bukeikhanov leave the Kadets?", "Where was the First All-Kazakh Congress held?",
 * "When was the Alash party founded?": a question on an event's date or place from its name.
 */
export function askAboutEvent(e: Event, wh: 'When' | 'Where'): string {
  const name = shownName(e);
  let m = /^(.+?) (leaves|joins|signs|writes|meets|returns) (.+)$/.exec(name);
  if (m) return `${wh} did ${m[1]} ${BASE_VERB[m[2]!]} ${m[3]}?`;
  m = /^(Founding|Proclamation|Creation|Formation|Dissolution|Rehabilitation) of (.+)$/.exec(name);
  if (m) return `${wh} was ${nounPhrase(m[2]!)} ${PARTICIPLE[m[1]!.toLowerCase()]}?`;
  m = /^End of (.+)$/.exec(name);
  if (m) return `${wh} did ${nounPhrase(m[1]!)} come to an end?`;
  m = /^First issue of (.+)$/.exec(name);
  if (m) return `${wh} did the first issue of ${m[1]} come out?`;
  m = PASSIVE.exec(name);
  if (m) return `${wh} was ${nounPhrase(m[1]!)} ${m[2]}${m[3] ? ` ${m[3]}` : ''}?`;
  if (/\b(congress|conference|kurultai|meeting|election|trial)\b/i.test(name)) return `${wh} was ${nounPhrase(name)} held?`;
  if (/\b(letter|petition|appeal|telegram)\b/i.test(name)) return `${wh} was ${nounPhrase(name)} written?`;
  if (/^monument\b/i.test(name)) return `${wh} was ${nounPhrase(name)} unveiled?`;
  return `${wh} did ${nounPhrase(name)} take place?`;
}

const NOMINAL: Record<string, string> = {
  created: 'creation',
  formed: 'formation',
  published: 'publication',
  proclaimed: 'proclamation',
  founded: 'founding',
  dissolved: 'dissolution',
  adopted: 'adoption',
  unveiled: 'unveiling',
  rehabilitated: 'rehabilitation',
  arrested: 'arrest',
  executed: 'execution',
  banned: 'banning',
  opened: 'opening',
  closed: 'closing',
};

/**
 * An event's name as a noun phrase inside a sentence: "the creation of the Kirghiz ASSR",
 * "the renaming of the Kirghiz ASSR as Kazak ASSR", "Bukeikhanov leaving the Kadets".
 */
export function eventNoun(e: Event): string {
  const name = shownName(e);
  let m = /^(.+?) (leaves|joins|signs|writes|meets|returns) (.+)$/.exec(name);
  if (m) return `${m[1]} ${BASE_VERB[m[2]!]}ing ${m[3]}`.replace(/eing /, 'ing ');
  m = PASSIVE.exec(name);
  if (m && NOMINAL[m[2]!]) return `the ${NOMINAL[m[2]!]} of ${nounPhrase(m[1]!)}${m[3] ? ` ${m[3]}` : ''}`;
  if (m && m[2] === 'renamed') return `the renaming of ${nounPhrase(m[1]!)} as ${m[3]}`;
  if (m && m[2] === 'declared') return `the declaration of ${nounPhrase(m[1]!)} as ${m[3]}`;
  return nounPhrase(name);
}

/** " from 1917 to 1920", " in December 1917", " from 1913", or "" for an undated post. */
export function period(from?: string, to?: string): string {
  if (!from) return '';
  if (!to) return ` from ${formatDateText(from.slice(0, 4))}`;
  if (from === to || (from.slice(0, 7) === to.slice(0, 7) && from.length <= 7)) return ` in ${formatDateText(from.slice(0, 7))}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return ` in ${from.slice(0, 4)}`;
  return ` from ${from.slice(0, 4)} to ${to.slice(0, 4)}`;
}

/** `period` in Russian or Kazakh: " (декабрь 1917 г.)", " (1917–1920 гг.)", " (с 1913 г.)", or "". */
export function periodIn(m: Material, from?: string, to?: string): string {
  if (!from) return '';
  if (!to) return m.say('period.from', { year: from.slice(0, 4) });
  if (from === to || (from.slice(0, 7) === to.slice(0, 7) && from.length <= 7))
    return m.say('period.in', { date: formatDateText(from.slice(0, 7), m.lang) });
  if (from.slice(0, 4) === to.slice(0, 4)) return m.say('period.year', { year: from.slice(0, 4) });
  return m.say('period.range', { from: from.slice(0, 4), to: to.slice(0, 4) });
}

/** "Who chaired the Second All-Kazakh Congress in December 1917?" from a post's title and period. */
export function askWhoHeld(title: string, when: string): string {
  const verbs: [RegExp, string][] = [
    [/^(?:chairman|chairwoman|chair) of (.+)$/i, 'chaired'],
    [/^head of (.+)$/i, 'headed'],
    [/^(?:founder|first founder) of (.+)$/i, 'founded'],
    [/^leader of (.+)$/i, 'led'],
  ];
  for (const [re, verb] of verbs) {
    const m = re.exec(title);
    // "after Tynyshpaev, from 1917 to 1918": a title with a comma keeps the period apart.
    if (m) return `Who ${verb} ${m[1]!.replace(/ and of /, ' and ')}${when && title.includes(',') ? ',' : ''}${when}?`;
  }
  return `Who was the ${lowerFirst(title)}${when && title.includes(',') ? ',' : ''}${when}?`;
}
