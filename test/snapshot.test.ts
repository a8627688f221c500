import { cpSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactIndex } from '../src/core/fact-index';
import { loadKnowledge, writeSnapshot } from '../src/core/knowledge/load';
import { Library } from '../src/core/library';
import { replyToText } from '../src/core/reply';
import { EntryIndex } from '../src/core/search-index';

describe('the compiled knowledge snapshot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alash-snapshot-'));
  const knowledgeDir = join(dir, 'knowledge');
  cpSync('knowledge', knowledgeDir, { recursive: true });
  const file = join(dir, 'knowledge.snapshot.json');
  writeSnapshot(knowledgeDir, file, (k) => ({ [EntryIndex.NAME]: new EntryIndex(k).toJSON(), [FactIndex.NAME]: new FactIndex(k).toJSON() }));

  it('stands for the files while they are unchanged, and answers as they do', () => {
    const fromFiles = loadKnowledge(knowledgeDir);
    const fromSnapshot = loadKnowledge(knowledgeDir, { snapshot: file });
    expect(fromFiles.compiled).toBeUndefined();
    expect(fromSnapshot.compiled).toBeDefined();
    expect(fromSnapshot.entries).toEqual(fromFiles.entries);
    expect(fromSnapshot.sources).toEqual(fromFiles.sources);
    // Units read from the snapshot carry what reading their text gives.
    const reading = (k: typeof fromFiles) => new FactIndex(k).units.map((u) => ({ id: u.id, names: u.names, gives: [...u.gives] }));
    expect(reading(fromSnapshot)).toEqual(reading(fromFiles));
    const a = new Library(fromFiles);
    const b = new Library(fromSnapshot);
    for (const q of ['which oblast was Bukeikhanov commissar for?', 'Бөкейханов', 'how many members had the People\'s Council?', 'what happened in 1918?', 'who was Napoleon?']) {
      expect(replyToText(b.answer(q))).toBe(replyToText(a.answer(q)));
    }
    // The names-and-text index loads on its first use: completion and /search read it.
    expect(b.complete('alash o', 5)).toEqual(a.complete('alash o', 5));
    expect(replyToText(b.search('famine newspaper'))).toBe(replyToText(a.search('famine newspaper')));
  });

  it('is ignored once a file changes, so an edit is never hidden behind an old build', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(knowledgeDir, 'people', 'bukeikhanov.yaml'), later, later);
    expect(loadKnowledge(knowledgeDir, { snapshot: file }).compiled).toBeUndefined();
  });

  it('is ignored when it cannot be read', () => {
    expect(loadKnowledge(knowledgeDir, { snapshot: join(dir, 'missing.json') }).compiled).toBeUndefined();
  });
});
