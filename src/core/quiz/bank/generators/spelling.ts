import { make, OPTIONS, sourcesLine } from '../make';
import { isKazakhCyrillic, peersOf, type Material } from '../material';
import { sameTextKey, type Question } from '../question';

/**
 * `spelling`: "How is Mirzhakip Dulatov's name written in Kazakh Cyrillic?"; wrong options are
 * other people's Kazakh spellings with as many words as the right one (a lone surname among
 * full names gives itself away), never from someone who shares a name with the person (Khalel
 * and Zhansha Dosmukhamedov). Medium.
 */
export function spelling(m: Material): Question[] {
  const out: Question[] = [];
  const words = (text: string) => text.trim().split(/\s+/).length;
  for (const p of m.people) {
    const own = p.aliases.filter(isKazakhCyrillic);
    const names = new Set([p.name, ...p.aliases].map(sameTextKey));
    const others = peersOf(p, m.people, `spelling:${p.id}`).filter((o) => ![o.name, ...o.aliases].some((n) => names.has(sameTextKey(n))));
    let right: string | undefined;
    let wrong: string[] = [];
    for (const candidate of own) {
      const found = others
        .map((o) => o.aliases.find((a) => isKazakhCyrillic(a) && words(a) === words(candidate)))
        .filter((a): a is string => a !== undefined && !own.some((o) => sameTextKey(o) === sameTextKey(a)));
      if (found.length > wrong.length || right === undefined) [right, wrong] = [candidate, found];
      if (wrong.length >= OPTIONS - 1) break;
    }
    if (!right || wrong.length < OPTIONS - 1) continue;
    const q = make({
      kind: 'spelling',
      entry: p,
      difficulty: 'medium',
      question: `How is ${p.name}'s name written in Kazakh Cyrillic?`,
      right,
      wrong,
      explanation: `${p.name} is written ${right} in Kazakh. ${sourcesLine(p.summary.sources)}`,
      sources: p.summary.sources,
      // In Kazakh the person's name is asked in its English (Latin) form: its Kazakh form is the answer.
      shown: m.lang === 'en' ? undefined : {
        question: m.say('spelling', { name: m.lang === 'kk' ? p.name : m.in(p).name }),
        right,
        wrong,
        explanation: m.say('spelled', { name: m.lang === 'kk' ? p.name : m.in(p).name, spelling: right, sources: sourcesLine(p.summary.sources, m.lang) }),
      },
    });
    if (q) out.push(q);
  }
  return out;
}
