import { showDate, nearbyDates, spansOf } from '../date-options';
import { make } from '../make';
import type { Material } from '../material';
import { nounPhrase } from '../phrasing';
import { shownName } from '../material';
import type { Question } from '../question';
import { seededRandom } from '../random';
import { givesYearAway } from './event-date';

/**
 * `disputed-date`: an event whose sources give several dates. The question says that sources
 * disagree and asks which date one of them gives; wrong options overlap none of the versions,
 * nor the new-style equivalent of an old-style (Julian) one. Always hard.
 */
export function disputedDate(m: Material): Question[] {
  const out: Question[] = [];
  for (const e of m.events) {
    const versions = e.when.filter((v) => !v.circa);
    if (e.when.length < 2 || versions.length < 2) continue;
    const pick = versions[Math.floor(seededRandom(`disputed:${e.id}`)() * versions.length)]!;
    const taken = e.when.flatMap(spansOf);
    const right = showDate(pick);
    const given = e.when.map((v) => `${showDate(v)}${v.calendar === 'julian' ? ' OS' : ''} (${v.sources.join(', ')})`);
    const question = `Sources disagree on the date of ${nounPhrase(shownName(e))}. Which of these dates does one of them give?`;
    if (givesYearAway(question, right)) continue;
    const shownIn = m.lang === 'en' ? undefined : m.in(e);
    const versionIn = (v: (typeof e.when)[number]) =>
      m.say(v.calendar === 'julian' ? 'versionOldStyle' : 'version', { date: showDate(v, m.lang), sources: v.sources.join(', ') });
    const q = make({
      kind: 'disputed-date',
      entry: e,
      difficulty: 'hard',
      question,
      right,
      wrong: nearbyDates(pick, e.id, taken),
      explanation: `Sources differ: ${given.join('; ')}.`,
      sources: e.when.flatMap((v) => v.sources),
      shown: shownIn && {
        question: m.say('disputedDate', { name: shownName(shownIn) }),
        right: showDate(pick, m.lang),
        wrong: nearbyDates(pick, e.id, taken, undefined, m.lang),
        explanation: m.say('sourcesDiffer', { versions: e.when.map(versionIn).join('; ') }),
      },
    });
    if (q) out.push(q);
  }
  return out;
}
