import { lifeYear } from '../life';
import type { Material } from '../material';
import type { Question } from '../question';

/** `born`: "In which year was X born?" for a single, exact birth date. */
export function born(m: Material): Question[] {
  return m.people.map((p) => lifeYear(p, 'born', m)).filter((q) => q !== null);
}
