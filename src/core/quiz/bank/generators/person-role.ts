import { make, sourcesLine } from '../make';
import { birthYear, ERA_YEARS, isKazakh, type Material } from '../material';
import { period, periodIn } from '../phrasing';
import { isSinglePost, similarPost } from '../posts';
import type { Question } from '../question';
import { seededRandom, shuffle } from '../random';

/**
 * `person-role`: match the person to the role, "Which post did Mustafa Shokay hold from 1917?".
 * Wrong options are single posts other people of the era held, none like any post of this
 * person's (so none is also true of them). Leaders are medium, others hard.
 */
export function personRole(m: Material): Question[] {
  const posts = m.people.flatMap((o) =>
    o.roles.flatMap((r, index) => (isSinglePost(r, o) ? [{ holder: o, title: r.title, shown: () => m.in(o).roles[index]!.title }] : [])),
  );
  const out: Question[] = [];
  for (const p of m.people)
    for (const [index, r] of p.roles.entries()) {
      if (!isSinglePost(r, p) || r.title.length > 100) continue;
      const year = birthYear(p);
      const wrong = posts.filter(
        (o) =>
          o.holder.id !== p.id &&
          o.title.length <= 100 &&
          isKazakh(o.holder) === isKazakh(p) &&
          (year === undefined || birthYear(o.holder) === undefined || Math.abs(birthYear(o.holder)! - year) <= ERA_YEARS) &&
          !p.roles.some((own) => similarPost(o.title, own.title) || similarPost(own.title, o.title) || own.title === o.title),
      );
      const when = period(r.from, r.to);
      // No two wrong posts alike either ("Head of the Turkestan government" twice in two wordings).
      const others = shuffle(wrong, seededRandom(`post:${p.id}:${r.title}`)).filter(
        (o, i, all) => !all.slice(0, i).some((u) => similarPost(o.title, u.title) || similarPost(u.title, o.title)),
      );
      const shownIn = m.lang === 'en' ? undefined : m.in(p);
      const whenIn = periodIn(m, r.from, r.to);
      const q = make({
        kind: 'person-role',
        entry: p,
        difficulty: p.topics.includes('leaders') ? 'medium' : 'hard',
        question: `Which post did ${p.name} hold${when}?`,
        right: r.title,
        wrong: others.map((o) => o.title),
        explanation: `${p.name}: ${r.title}${when ? `,${when}` : ''}. ${sourcesLine(r.sources)}`,
        sources: r.sources,
        shown: shownIn && {
          question: m.say('personRole', { name: shownIn.name, when: whenIn }),
          right: shownIn.roles[index]!.title,
          wrong: others.map((o) => o.shown()),
          explanation: m.say('post', { name: shownIn.name, title: shownIn.roles[index]!.title, when: whenIn, sources: sourcesLine(r.sources, m.lang) }),
        },
      });
      if (q) out.push(q);
    }
  return out;
}
