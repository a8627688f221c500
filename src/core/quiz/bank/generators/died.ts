import { lifeYear } from '../life';
import type { Material } from '../material';
import type { Question } from '../question';

/** `died`: "In which year did X die?" for a single, exact date of death. */
export function died(m: Material): Question[] {
  return m.people.map((p) => lifeYear(p, 'died', m)).filter((q) => q !== null);
}
