import type { Person } from '../../knowledge/schema';
import { showDate } from './date-options';
import { make, sourcesLine } from './make';
import type { Material } from './material';
import type { Question } from './question';
import { seededRandom, shuffle } from './random';

/**
 * "In which year was X born?" / "In which year did X die?": only for a single, exact version
 * (a disputed date is asked by `disputed-claim`, saying so); wrong years are 1-4 years off.
 */
export function lifeYear(p: Person, which: 'born' | 'died', m?: Material): Question | null {
  const list = p[which];
  if (list.length !== 1 || list[0]!.circa) return null;
  const v = list[0]!;
  const year = Number(v.date.slice(0, 4));
  const shifts = [-3, -2, -1, 1, 2, 3, 4];
  const on = /^\d{4}-\d{2}-\d{2}$/.test(v.date) ? 'on' : 'in';
  const place = v.place ? `, ${v.place}` : '';
  const shownIn = m && m.lang !== 'en' ? m.in(p) : undefined;
  const wrong = shuffle(shifts, seededRandom(`${which}:${p.id}`)).map((s) => String(year + s));
  const placeIn = shownIn?.[which][0]?.place;
  return make({
    kind: which,
    entry: p,
    difficulty: p.topics.includes('leaders') ? 'medium' : 'hard',
    question: which === 'born' ? `In which year was ${p.name} born?` : `In which year did ${p.name} die?`,
    right: String(year),
    wrong,
    explanation: `${p.name} ${which === 'born' ? 'was born' : 'died'} ${on} ${showDate(v)}${place}. ${sourcesLine(v.sources)}`,
    sources: v.sources,
    shown: shownIn && {
      question: m!.say(which, { name: shownIn.name }),
      right: String(year),
      wrong,
      explanation: m!.say(`${which}Was${placeIn ? 'At' : ''}`, {
        name: shownIn.name,
        date: showDate(v, m!.lang),
        place: placeIn,
        sources: sourcesLine(v.sources, m!.lang),
      }),
    },
  });
}
