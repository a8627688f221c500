import { sameTextKey } from '../question';
import { make, sourcesLine } from '../make';
import { bareName, regionTowns, shownName, townIn, type Material } from '../material';
import { askAboutEvent } from '../phrasing';
import type { Question } from '../question';
import { seededRandom, shuffle } from '../random';

const NOT_A_NAME = new Set(['now', 'left', 'bank', 'city', 'oblast', 'prison', 'town', 'then']);

/** The words that say which place a label names: "Semipalatinsk (Semey), left bank" -> semipalatinsk, semey. */
function placeWords(label: string): string[] {
  return sameTextKey(label)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !NOT_A_NAME.has(w));
}

/** A place as an option: without a trailing qualifier ("Semipalatinsk (Semey), left bank" -> "Semipalatinsk (Semey)"). */
function placeLabel(place: string): string | null {
  if (/\d|\bor\b|differ|among|unknown/i.test(place)) return null;
  return place.split(',')[0]!.trim();
}

/**
 * `event-place`: "Where was the First All-Kazakh Congress held?" for an event with one place.
 * Wrong options are other towns of the region, never a name of the same place (Semey for
 * Semipalatinsk), and never a place the question names.
 */
export function eventPlace(m: Material): Question[] {
  // Each place label in the bank's language: a place an event names, from its translation; an
  // entry's name, from its `name_xx`; a town of the region, from REGION_NAMES.
  const labelIn = new Map<string, string>();
  if (m.lang !== 'en') {
    for (const town of regionTowns(m)) labelIn.set(town, townIn(town, m.lang));
    for (const t of m.terms.filter((t) => t.kind === 'place')) labelIn.set(bareName(t), bareName(m.in(t)));
    for (const e of m.events) {
      const shown = m.in(e);
      const pairs: [string | undefined, string | undefined][] = [[e.place, shown.place], ...e.when.map((v, i): [string | undefined, string | undefined] => [v.place, shown.when[i]?.place])];
      for (const [en, other] of pairs) {
        const label = en ? placeLabel(en) : null;
        if (label && other && other !== en) labelIn.set(label, other.split(',')[0]!.trim());
      }
    }
  }
  const pool = [
    ...m.events.flatMap((e) => [e.place, ...e.when.map((v) => v.place)]).filter((p): p is string => !!p).map(placeLabel),
    ...m.terms.filter((t) => t.kind === 'place').map(bareName),
    ...regionTowns(m),
  ].filter((p): p is string => p !== null && p.length <= 40 && !/\b(prison|camp)\b/i.test(p));
  const out: Question[] = [];
  for (const e of m.events) {
    const places = [e.place, ...e.when.map((v) => v.place)].filter((p): p is string => !!p);
    const labels = [...new Set(places.map(placeLabel))];
    if (labels.length !== 1 || !labels[0]) continue;
    const right = labels[0]!;
    const question = askAboutEvent(e, 'Where');
    const own = new Set(places.flatMap(placeWords));
    const asked = sameTextKey(question);
    if ([...own].some((w) => asked.includes(w))) continue;
    const wrong = shuffle([...new Set(pool)], seededRandom(`place:${e.id}`)).filter(
      (p) => !placeWords(p).some((w) => own.has(w)) && !placeWords(p).some((w) => asked.includes(w)),
    );
    // Distinct places among the wrong options too (Semey and Semipalatinsk are one town).
    const chosen: string[] = [];
    for (const p of wrong) if (!chosen.some((c) => placeWords(c).some((w) => placeWords(p).includes(w)))) chosen.push(p);
    const sources = e.when.flatMap((v) => v.sources);
    const shownIn = m.lang === 'en' ? undefined : m.in(e);
    const placeIn = shownIn && (shownIn.place ?? shownIn.when.find((v) => v.place)?.place);
    const q = make({
      kind: 'event-place',
      entry: e,
      difficulty: e.topics.includes('congresses') || e.topics.includes('leaders') ? 'easy' : 'medium',
      question,
      right,
      wrong: chosen,
      explanation: `${e.name}: ${places[0]}. ${sourcesLine([...e.summary.sources, ...sources])}`,
      sources: [...e.summary.sources, ...sources],
      shown: shownIn && {
        question: m.say('eventPlace', { name: shownName(shownIn) }),
        right: labelIn.get(right) ?? right,
        wrong: chosen.map((p) => labelIn.get(p) ?? p),
        explanation: m.say('eventIs', { name: shownIn.name, value: placeIn ?? places[0], sources: sourcesLine([...e.summary.sources, ...sources], m.lang) }),
      },
    });
    if (q) out.push(q);
  }
  return out;
}
