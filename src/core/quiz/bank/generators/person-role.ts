import { make, sourcesLine } from '../make';
import { birthYear, ERA_YEARS, isKazakh, type Material } from '../material';
import { period } from '../phrasing';
import { isSinglePost, similarPost } from '../posts';
import type { Question } from '../question';
import { seededRandom, shuffle } from '../random';

/**
 * `person-role`: match the person to the role, "Which post did Mustafa Shokay hold from 1917?".
 * Wrong options are single posts other people of the era held, none like any post of this
 * person's (so none is also true of them). Leaders are medium, others hard.
 */
export function personRole(m: Material): Question[] {
  const posts = m.people.flatMap((o) => o.roles.filter((r) => isSinglePost(r, o)).map((r) => ({ holder: o, title: r.title })));
  const out: Question[] = [];
  for (const p of m.people)
    for (const r of p.roles) {
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
      const q = make({
        kind: 'person-role',
        entry: p,
        difficulty: p.topics.includes('leaders') ? 'medium' : 'hard',
        question: `Which post did ${p.name} hold${when}?`,
        right: r.title,
        // No two wrong posts alike either ("Head of the Turkestan government" twice in two wordings).
        wrong: shuffle(wrong, seededRandom(`post:${p.id}:${r.title}`))
          .map((o) => o.title)
          .filter((t, i, all) => !all.slice(0, i).some((u) => similarPost(t, u) || similarPost(u, t))),
        explanation: `${p.name}: ${r.title}${when ? `,${when}` : ''}. ${sourcesLine(r.sources)}`,
        sources: r.sources,
      });
      if (q) out.push(q);
    }
  return out;
}
