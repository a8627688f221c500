import type { Person } from '../../../knowledge/schema';
import { spanOf } from '../date-options';
import { make, OPTIONS, sourcesLine } from '../make';
import { birthYear, ERA_YEARS, shownName, type Material } from '../material';
import { nounPhrase } from '../phrasing';
import type { Question } from '../question';
import { seededRandom, shuffle } from '../random';

/**
 * `not-participant`: "Who did NOT sign the Letter of Five?", "Who did NOT take part in the First
 * All-Kazakh Congress?". Only where absence is certain: letters (their participants are their
 * signatories, a complete list), or people of the participants' era not yet born or already
 * dead at the time (participants lists are often partial; a far older figure would make the
 * question trivial). Medium.
 */
export function notParticipant(m: Material): Question[] {
  const out: Question[] = [];
  for (const e of m.events) {
    const inside = e.participants.map((id) => m.people.find((p) => p.id === id)).filter((p): p is Person => p !== undefined);
    const eventSpan = e.when[0] ? spanOf(e.when[0]) : null;
    if (inside.length < 3 || !eventSpan) continue;
    const isLetter = /\bletter\b/i.test(e.name);
    // A commemoration's "participants" are the people honoured, long dead: no such question.
    const diedBefore = (p: Person) => p.died.length > 0 && p.died.every((d) => (spanOf(d)?.last ?? Infinity) < eventSpan.first);
    if (!isLetter && inside.some(diedBefore)) continue;
    const absent = m.people.filter((p) => {
      if (e.participants.includes(p.id)) return false;
      const year = birthYear(p);
      if (year === undefined || !inside.some((i) => Math.abs((birthYear(i) ?? Infinity) - year) <= ERA_YEARS)) return false;
      if (isLetter) return true;
      const born = p.born.map(spanOf).filter((s) => s !== null);
      const died = p.died.map(spanOf).filter((s) => s !== null);
      const notYetBorn = born.length > 0 && born.every((b) => b.first > eventSpan.last);
      const dead = died.length > 0 && died.every((d) => d.last < eventSpan.first);
      return notYetBorn || dead;
    });
    const outsider = shuffle(absent, seededRandom(`outsider:${e.id}`))[0];
    if (!outsider) continue;
    const chosen = shuffle(inside, seededRandom(`not:${e.id}`)).slice(0, OPTIONS - 1);
    const name = nounPhrase(shownName(e));
    const shownIn = m.lang === 'en' ? undefined : m.in(e);
    const q = make({
      kind: 'not-participant',
      entry: e,
      difficulty: 'medium',
      question: isLetter ? `Who did NOT sign ${name}?` : `Who did NOT take part in ${name}?`,
      right: outsider.name,
      wrong: chosen.map((p) => p.name),
      explanation: `${isLetter ? 'Signatories' : 'Participants'} of ${shownName(e)} include ${inside.map((p) => p.name).join(', ')}. ${sourcesLine(e.summary.sources)}`,
      sources: [...e.summary.sources, ...e.when[0]!.sources],
      entries: [e.id, ...inside.map((p) => p.id), outsider.id],
      shown: shownIn && {
        question: m.say(isLetter ? 'notSigned' : 'notTookPart', { name: shownName(shownIn) }),
        right: m.in(outsider).name,
        wrong: chosen.map((p) => m.in(p).name),
        explanation: m.say(isLetter ? 'signatories' : 'participants', {
          name: shownName(shownIn),
          people: inside.map((p) => m.in(p).name).join(', '),
          sources: sourcesLine(e.summary.sources, m.lang),
        }),
      },
    });
    if (q) out.push(q);
  }
  return out;
}
