import { isDisputed, type DateVersion, type Entry } from '../../../knowledge/schema';
import { nearbyDates, showDate, spansOf } from '../date-options';
import { make } from '../make';
import { bareName, lowerFirst, shownName, type Material } from '../material';
import { eventNoun, nounPhrase } from '../phrasing';
import type { Question } from '../question';

const TRUE = 'True';
const FALSE = 'False';

interface Dispute {
  entry: Entry;
  /** "Sources disagree on when Alikhan Bukeikhanov was born." */
  intro: string;
  /** The question in the bank's language, given the date it asks about. */
  askIn?: (date: string) => string;
  versions: (Pick<DateVersion, 'date' | 'end' | 'calendar'> & { sources: string[] })[];
}

/**
 * `disputed-claim`: true or false on a disputed date, saying that sources disagree ("Sources
 * disagree on when Alikhan Bukeikhanov was born. True or false: one of them gives 25 March
 * 1866."). True for each version; false for as many nearby dates that overlap no version (nor
 * an old-style version's new-style equivalent). A year is medium, a finer date hard.
 */
export function disputedClaim(m: Material): Question[] {
  const disputes: Dispute[] = [];
  const L = m.lang !== 'en';
  for (const e of m.events)
    if (e.when.length >= 2)
      disputes.push({
        entry: e,
        intro: `Sources disagree on the date of ${nounPhrase(shownName(e))}.`,
        askIn: L ? (date) => m.say('claimEvent', { name: shownName(m.in(e)), date }) : undefined,
        versions: e.when,
      });
  for (const p of m.people) {
    const askIn = (key: string) => (L ? (date: string) => m.say(key, { name: m.in(p).name, date }) : undefined);
    if (p.born.length >= 2) disputes.push({ entry: p, intro: `Sources disagree on when ${p.name} was born.`, askIn: askIn('claimBorn'), versions: p.born });
    if (p.died.length >= 2) disputes.push({ entry: p, intro: `Sources disagree on when ${p.name} died.`, askIn: askIn('claimDied'), versions: p.died });
  }
  for (const e of m.knowledge.entries)
    for (const [index, f] of e.facts.entries()) {
      if (!isDisputed(f) || !f.versions.every((v) => v.date) || f.about.length > 40) continue;
      const versions = f.versions.map((v) => ({ date: v.date!, end: v.end, sources: v.sources }));
      const subject = e.kind === 'event' ? eventNoun(e) : bareName(e);
      const askIn = (date: string) => {
        const shown = m.in(e);
        const fact = shown.facts[index];
        const about = fact && isDisputed(fact) ? fact.about : f.about;
        return m.say('claimAbout', { name: e.kind === 'event' ? shownName(shown) : bareName(shown), about: lowerFirst(about), date });
      };
      disputes.push({ entry: e, intro: `Sources disagree about ${subject} (${lowerFirst(f.about)}).`, askIn: L ? askIn : undefined, versions });
    }
  const out: Question[] = [];
  for (const d of disputes) {
    const shown = (v: Dispute['versions'][number]) => `${showDate(v)}${v.calendar === 'julian' ? ' (old style)' : ''}`;
    const given = [...new Set(d.versions.map(shown))];
    if (given.length < 2) continue;
    const taken = d.versions.flatMap(spansOf);
    const explanation = `Sources differ: ${d.versions.map((v) => `${shown(v)} (${v.sources.join(', ')})`).join('; ')}.`;
    const sources = d.versions.flatMap((v) => v.sources);
    const shownIn = (v: Dispute['versions'][number]) => (v.calendar === 'julian' ? m.say('oldStyle', { date: showDate(v, m.lang) }) : showDate(v, m.lang));
    const explanationIn = m.say('sourcesDiffer', { versions: d.versions.map((v) => m.say('version', { date: shownIn(v), sources: v.sources.join(', ') })).join('; ') });
    // The same statements in the bank's language, date for date.
    const givenIn = new Map(d.versions.map((v) => [shown(v), shownIn(v)]));
    // One true and one false statement (two of each for a dispute of three or more versions),
    // so that a long dispute does not fill the bank.
    const each = given.length >= 3 ? 2 : 1;
    const statements: [string, string][] = given.slice(0, each).map((g) => [g, TRUE]);
    const wrong = nearbyDates(d.versions[0]!, `claim:${d.intro}`, taken, each);
    const wrongIn = L ? nearbyDates(d.versions[0]!, `claim:${d.intro}`, taken, each, m.lang) : [];
    wrong.forEach((w, i) => givenIn.set(w, wrongIn[i] ?? w));
    for (const w of wrong) statements.push([w, FALSE]);
    for (const [date, right] of statements) {
      const fine = /\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{4}/u.test(date);
      const q = make({
        kind: 'disputed-claim',
        entry: d.entry,
        difficulty: fine ? 'hard' : 'medium',
        question: `${d.intro} True or false: one of them gives ${date}.`,
        right,
        wrong: [],
        fixed: [TRUE, FALSE],
        explanation,
        sources,
        shown: d.askIn && {
          question: d.askIn(givenIn.get(date) ?? date),
          right: m.say(right === TRUE ? 'true' : 'false'),
          wrong: [],
          fixed: [m.say('true'), m.say('false')],
          explanation: explanationIn,
        },
      });
      if (q) out.push(q);
    }
  }
  return out;
}
