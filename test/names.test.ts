import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/core/chat';
import { Core } from '../src/core/core';
import type { Entry } from '../src/core/knowledge/schema';

/**
 * Every entry must be reachable by every spelling it lists: its name and each alias, typed as a
 * bare message, answers with that entry first, or (when several people share the spelling, such
 * as a surname) with a "which one?" choice that offers it. A user who types a name in Latin,
 * Kazakh Cyrillic or Russian Cyrillic must never get another entry or nothing.
 *
 * A title's qualifier in brackets ("Sholpan (1912)") is not part of the name a user types, so
 * the bare name is the title without it.
 */

/**
 * Spellings the search cannot reach yet for a reason in the code, not in the aliases (reported
 * to the lead, who is rewriting the search). The last test fails once one of them works, so
 * the list only shrinks.
 */
const KNOWN_GAPS = new Map<string, string>([
  ['abai-journal: Abai', 'the poet Abai comes first; the journal answers to "Abai journal"'],
  // "Togan" folds to the same Latin as the Kazakh "туған" (born), which the search drops as a
  // question word, so the bare surname finds nothing ("Velidi Togan" works).
  ['validi: Togan', 'name equal to a question word'],
]);

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const context: Context = { chat: { platform: 'terminal', id: 'names', kind: 'private' }, user: { id: 'n', name: 'n' }, addressed: true };

let core: Core;
beforeAll(async () => {
  core = await Core.create();
});

/** The spellings of an entry that miss it: each with what the bot answered instead. */
async function misses(e: Entry): Promise<string[]> {
  const out: string[] = [];
  const bare = e.name.replace(/\s*\([^)]*\)\s*$/, '');
  for (const spelling of new Set([bare, ...e.aliases])) {
    const reply = await core.handleText(spelling, context);
    if (!reply) {
      out.push(`${spelling} -> no reply`);
      continue;
    }
    if (reply.entries[0] === e.id) continue;
    if (reply.choices?.some((c) => c.request === `/about ${e.id}`)) continue;
    out.push(`${spelling} -> ${reply.kind} [${reply.entries.slice(0, 3).join(', ')}]`);
  }
  return out;
}

describe('every entry is reachable by each of its spellings', () => {
  it('answers each name and alias with its entry, or a choice that offers it', async () => {
    const failed: string[] = [];
    for (const e of core.knowledge.entries) for (const m of await misses(e)) failed.push(`${e.id}: ${m}`);
    expect(failed.filter((f) => !KNOWN_GAPS.has(f.replace(/ -> .*/, '')))).toEqual([]);
  });

  it('still misses each known gap (remove a gap from the list once the search reaches it)', async () => {
    const failed = new Set<string>();
    for (const e of core.knowledge.entries) for (const m of await misses(e)) failed.add(`${e.id}: ${m.replace(/ -> .*/, '')}`);
    expect([...KNOWN_GAPS.keys()].filter((g) => !failed.has(g))).toEqual([]);
  });

  it('gives every person spellings in both Latin and Cyrillic script', () => {
    const people = core.knowledge.entries.filter((e) => e.kind === 'person');
    const missing = people.filter((p) => {
      const all = [p.name, ...p.aliases];
      return !all.some((a) => LATIN.test(a)) || !all.some((a) => CYRILLIC.test(a));
    });
    expect(missing.map((p) => p.id)).toEqual([]);
  });

  it('fails for a spelling that leads elsewhere, so the check above can fail', async () => {
    const bukeikhanov = core.knowledge.byId.get('bukeikhanov')!;
    const wrong: Entry = { ...bukeikhanov, aliases: ['Baitursynov'] };
    expect(await misses(wrong)).toEqual([expect.stringMatching(/^Baitursynov -> .*baitursynov/)]);
  });
});
