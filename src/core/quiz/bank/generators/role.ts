import { parseDateText } from '../../../dates';
import { make, sourcesLine } from '../make';
import { couldHold, peersOf, type Material } from '../material';
import { askWhoHeld, period, periodIn } from '../phrasing';
import { heldLike, isSinglePost, similarPost } from '../posts';
import type { Question } from '../question';

/**
 * `role`: "Who chaired the Second All-Kazakh Congress in December 1917?", only for a post one
 * person holds, and not for an undated post that someone else in the knowledge held in a like
 * form. Wrong options are people of the same era and world with no like post who could have
 * held it then (alive, and at least 18 where the dates are known), people of the holder's own
 * topics first: Stalin is no plausible chairman of a Kazakh congress. Leaders' posts are easy.
 */
export function role(m: Material): Question[] {
  const out: Question[] = [];
  for (const p of m.people)
    for (const [index, r] of p.roles.entries()) {
      if (!isSinglePost(r, p)) continue;
      const when = period(r.from, r.to);
      // Without a period the title alone must say which post is meant: "Head of the Kazakh
      // government" also fits Bukeikhanov, who chaired the Alash Orda government.
      if (!when && m.people.some((o) => o.id !== p.id && o.roles.some((or) => similarPost(r.title, or.title)))) continue;
      const held = r.from ? parseDateText(r.from) : null;
      const wrong = peersOf(p, m.people).filter((o) => !heldLike(o, r.title) && (!held || couldHold(o, held.first)));
      const shownIn = m.lang === 'en' ? undefined : m.in(p);
      const whenIn = periodIn(m, r.from, r.to);
      const q = make({
        kind: 'role',
        entry: p,
        difficulty: p.topics.includes('leaders') ? 'easy' : 'medium',
        question: askWhoHeld(r.title, when),
        right: p.name,
        wrong: wrong.map((o) => o.name),
        explanation: `${p.name}: ${r.title}${when ? `,${when}` : ''}. ${sourcesLine(r.sources)}`,
        sources: r.sources,
        shown: shownIn && {
          question: m.say('role', { title: shownIn.roles[index]!.title, when: whenIn }),
          right: shownIn.name,
          wrong: wrong.map((o) => m.in(o).name),
          explanation: m.say('post', { name: shownIn.name, title: shownIn.roles[index]!.title, when: whenIn, sources: sourcesLine(r.sources, m.lang) }),
        },
      });
      if (q) out.push(q);
    }
  return out;
}
