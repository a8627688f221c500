import { parseDateText, type DateSpan } from '../../../dates';
import { isDisputed, type Ask, type Claim, type Entry, type Person } from '../../../knowledge/schema';
import { dateDifficulty, nearbyDates, showDate, spansOf } from '../date-options';
import { make, sourcesLine, type Shown } from '../make';
import { bareName, couldHold, isKazakh, mentions, peersOf, regionTowns, shownName, townIn, type Material } from '../material';
import { sameTextKey, type Difficulty, type Question } from '../question';
import { seededRandom, shuffle } from '../random';

/**
 * `fact`: the questions knowledge facts ask through their `ask:` form ("Who chaired the Second
 * All-Kazakh Congress?" answered by `kulmanov`). Wrong options by the answer's kind:
 * - a person: people of the same era and world, never one the fact itself names, nor the answer
 *   of another fact asking the same question;
 * - a place, publication, organisation...: entries of the same kind, then other terms;
 * - an event: other events;
 * - a date: nearby dates of the same precision overlapping no date of any version of any fact of
 *   the entry (disputed versions included) nor of the entry's own dates;
 * - a number: nearby numbers.
 * An answer that is none of these is a problem the bank reports, naming the entry and fact.
 */
export function factQuestions(m: Material): { questions: Question[]; problems: string[] } {
  const questions: Question[] = [];
  const problems: string[] = [];
  const asks = m.knowledge.entries.flatMap((e) =>
    e.facts.flatMap((f, index) => (isDisputed(f) ? [] : (f.ask ?? []).map((ask, asked) => ({ entry: e, fact: f, ask, index, asked })))),
  );
  // Every answer given to a question, so that another fact's answer to it is never a wrong option.
  const answersTo = new Map<string, Set<string>>();
  for (const { ask } of asks) {
    const key = sameTextKey(ask.question);
    answersTo.set(key, (answersTo.get(key) ?? new Set()).add(ask.answer));
  }
  for (const { entry, fact, ask, index, asked } of asks) {
    const where = `${entry.id}: facts.${index}: ask "${ask.question}"`;
    const taken = answersTo.get(sameTextKey(ask.question))!;
    const drafted = draft(m, entry, fact, ask, taken);
    if (typeof drafted === 'string') {
      problems.push(`${where}: ${drafted}`);
      continue;
    }
    const q = make({
      kind: 'fact',
      entry,
      difficulty: ask.level ?? drafted.difficulty,
      question: ask.question,
      right: drafted.right,
      wrong: drafted.wrong,
      explanation: `${fact.text} ${sourcesLine(fact.sources)}`,
      sources: fact.sources,
      entries: drafted.about ? [entry.id, drafted.about] : [entry.id],
      shown: m.lang === 'en' ? undefined : shownFact(m, entry, index, asked, drafted, fact.sources),
    });
    if (q) questions.push(q);
    else problems.push(`${where}: too few fair wrong options, or the question breaks a limit`);
  }
  return { questions, problems };
}

/** A fact's question in the bank's language: the `ask`'s `question_xx`, the fact's `text_xx`, options in that language. */
function shownFact(m: Material, entry: Entry, index: number, asked: number, drafted: Drafted, sources: string[]): Shown {
  const fact = m.in(entry).facts[index]!;
  const ask = ('ask' in fact ? fact.ask?.[asked] : undefined)!;
  return {
    question: ask.question,
    right: drafted.rightIn ?? drafted.right,
    wrong: drafted.wrongIn ?? drafted.wrong,
    explanation: m.say('fact', { text: 'text' in fact ? fact.text : '', sources: sourcesLine(sources, m.lang) }),
  };
}

interface Drafted {
  right: string;
  wrong: string[];
  /** `right` and `wrong` in the bank's language (default: as they are: numbers). */
  rightIn?: string;
  wrongIn?: string[];
  difficulty: Difficulty;
  about?: string;
}

function draft(m: Material, entry: Entry, fact: Claim, ask: Ask, taken: Set<string>): Drafted | string {
  const answer = m.knowledge.byId.get(ask.answer);
  const seed = `fact:${entry.id}:${ask.question}`;
  const excluded = (e: Entry) => taken.has(e.id) || mentions(fact.text, e) || mentions(ask.question, e);
  if (answer?.kind === 'person') {
    // A question on a Kazakh figure or on the movement's events and terms is answered among
    // Kazakh figures: Lenin is no plausible co-signer of an Alash law.
    const kazakhWorld = isKazakh(answer) || entry.kind !== 'person' || isKazakh(entry);
    const when = fact.date ? parseDateText(fact.date) : null;
    const wrong = peersOf(answer, m.people.filter((p) => !kazakhWorld || isKazakh(p)), seed).filter(
      (p) => !excluded(p) && (!when || couldHold(p, when.first)),
    );
    return {
      right: answer.name,
      wrong: wrong.map((p) => p.name),
      rightIn: m.in(answer).name,
      wrongIn: wrong.map((p) => m.in(p).name),
      difficulty: answer.topics.includes('leaders') && isKazakh(answer as Person) ? 'easy' : 'medium',
      about: answer.id,
    };
  }
  if (answer?.kind === 'event') {
    const wrong = shuffle(m.events.filter((e) => e.id !== answer.id && !excluded(e) && !/\d/.test(shownName(e))), seededRandom(seed));
    const nameIn = (e: Entry) => shownName(m.in(e));
    return { right: shownName(answer), wrong: wrong.map(shownName), rightIn: nameIn(answer), wrongIn: wrong.map(nameIn), difficulty: 'medium', about: answer.id };
  }
  if (answer?.kind === 'place') {
    // Other places and towns of the region, never a part or another name of the answer (Alash-Qala
    // for Semey), nor a prison for a town unless a prison is asked.
    const prison = (name: string) => /\b(prison|camp)\b/i.test(name);
    const places = m.terms.filter(
      (t) => t.kind === 'place' && t.id !== answer.id && !excluded(t) && !mentions(t.summary.text, answer) && !mentions(answer.summary.text, t) && prison(t.name) === prison(answer.name),
    );
    const names = (text: string, name: string) => sameTextKey(text).includes(sameTextKey(name));
    const towns = prison(answer.name)
      ? []
      : regionTowns(m).filter((town) => !mentions(town, answer) && !names(answer.summary.text, town) && !names(fact.text, town) && !names(ask.question, town));
    const labels = shuffle([...new Set([...places.map(bareName), ...towns])], seededRandom(seed));
    const labelIn = new Map<string, string>(towns.map((t) => [t, townIn(t, m.lang)]));
    for (const p of places) labelIn.set(bareName(p), bareName(m.in(p)));
    return {
      right: bareName(answer),
      wrong: labels,
      rightIn: bareName(m.in(answer)),
      wrongIn: labels.map((l) => labelIn.get(l) ?? l),
      difficulty: 'medium',
      about: answer.id,
    };
  }
  if (answer) {
    // A place is never offered beside a part or another name of itself (Alash-Qala for Semey),
    // nor a prison for a town unless a prison is asked.
    const samePlace = (t: Entry) => answer.kind === 'place' && (mentions(t.summary.text, answer) || mentions(answer.summary.text, t));
    const prison = (t: Entry) => /\b(prison|camp)\b/i.test(t.name) !== /\b(prison|camp)\b/i.test(answer.name);
    const fit = m.terms.filter((t) => t.id !== answer.id && !excluded(t) && !samePlace(t) && !(answer.kind === 'place' && prison(t)));
    const others = shuffle(fit, seededRandom(seed)).sort(
      (a, b) => Number(b.kind === answer.kind) - Number(a.kind === answer.kind),
    );
    const nameIn = (e: Entry) => bareName(m.in(e));
    return { right: bareName(answer), wrong: others.map(bareName), rightIn: nameIn(answer), wrongIn: others.map(nameIn), difficulty: 'medium', about: answer.id };
  }
  if (parseDateText(ask.answer)) {
    const spans: DateSpan[] = [...datesOf(entry), ...[...taken].flatMap((t) => (parseDateText(t) ? spansOf({ date: t }) : []))];
    const v = { date: ask.answer };
    return {
      right: showDate(v),
      wrong: nearbyDates(v, seed, spans),
      rightIn: showDate(v, m.lang),
      wrongIn: nearbyDates(v, seed, spans, undefined, m.lang),
      difficulty: dateDifficulty(v),
    };
  }
  if (/^\d+$/.test(ask.answer)) {
    const n = Number(ask.answer);
    const steps = n < 20 ? [-2, -1, 1, 2, 3] : [-0.4, -0.25, 0.25, 0.5, 1];
    const wrong = shuffle(steps, seededRandom(seed))
      .map((s) => String(n < 20 ? n + s : Math.round((n * (1 + s)) / 5) * 5))
      .filter((w) => Number(w) > 0 && !taken.has(w));
    return { right: ask.answer, wrong, difficulty: 'hard' };
  }
  return `answer "${ask.answer}" is neither an entry id, a date (YYYY, YYYY-MM, YYYY-MM-DD) nor a whole number`;
}

/**
 * The dates a source may give for what the entry's questions ask: an event's own dates, and
 * every version of every disputed fact of the entry.
 */
function datesOf(e: Entry): DateSpan[] {
  const own = e.kind === 'event' ? e.when : [];
  const versions = e.facts.flatMap((f) => (isDisputed(f) ? f.versions : []));
  return [...own.flatMap(spansOf), ...versions.flatMap((c) => (c.date ? spansOf({ date: c.date, end: c.end }) : []))];
}
