import { overlaps } from '../../../dates';
import { isDisputed } from '../../../knowledge/schema';
import { dateDifficulty, nearbyDates, showDate, spanOf, spansOf } from '../date-options';
import { make, sourcesLine } from '../make';
import { shownName, type Material } from '../material';
import { askAboutEvent } from '../phrasing';
import type { Question } from '../question';

/**
 * `event-date`: "When was the Alash party programme published?" for an event whose date has
 * exactly one, exact version; never when the question gives the year away, nor when a disputed
 * fact of the event has a version dated within it (the date itself is then in question).
 * Options are nearby dates of the same precision; a year is easy, a month medium, a day hard.
 */
export function eventDate(m: Material): Question[] {
  const out: Question[] = [];
  for (const e of m.events) {
    if (e.when.length !== 1 || e.when[0]!.circa) continue;
    const v = e.when[0]!;
    const when = spanOf(v);
    if (!when) continue;
    const questioned = e.facts
      .filter(isDisputed)
      .some((f) => f.versions.some((c) => c.date !== undefined && overlaps(spanOf({ date: c.date, end: c.end })!, when)));
    if (questioned) continue;
    const right = showDate(v);
    const calendar = v.calendar === 'julian' ? ' (old style)' : '';
    const question = askAboutEvent(e, 'When').replace(/\?$/, `${calendar}?`);
    if (givesYearAway(question, right)) continue;
    const place = v.place ?? e.place;
    const shownIn = m.lang === 'en' ? undefined : m.in(e);
    const placeIn = shownIn && (shownIn.when[0]!.place ?? shownIn.place);
    const q = make({
      kind: 'event-date',
      entry: e,
      difficulty: dateDifficulty(v),
      question,
      right,
      wrong: nearbyDates(v, e.id, spansOf(v)),
      explanation: `${e.name}: ${right}${place ? `, ${place}` : ''}. ${sourcesLine(v.sources)}`,
      sources: v.sources,
      shown: shownIn && {
        question: m.say(calendar ? 'eventDateOldStyle' : 'eventDate', { name: shownName(shownIn) }),
        right: showDate(v, m.lang),
        wrong: nearbyDates(v, e.id, spansOf(v), undefined, m.lang),
        explanation: m.say('eventIs', {
          name: shownIn.name,
          value: placeIn ? `${showDate(v, m.lang)}, ${placeIn}` : showDate(v, m.lang),
          sources: sourcesLine(v.sources, m.lang),
        }),
      },
    });
    if (q) out.push(q);
  }
  return out;
}

/** Does the question give away the year of its right answer? */
export function givesYearAway(question: string, answer: string): boolean {
  return (answer.match(/\b\d{4}\b/g) ?? []).some((y) => question.includes(y));
}
