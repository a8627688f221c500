import { rmSync } from 'node:fs';
import { FactIndex } from '../fact-index';
import { EntryIndex } from '../search-index';
import { KnowledgeError, writeSnapshot } from './load';

/**
 * `npm run build`'s last step: `node dist/src/core/knowledge/write-snapshot.js [dir] [file]`
 * compiles knowledge/ into one JSON file the bot reads at start instead of parsing every YAML
 * file. Invalid knowledge writes no snapshot (and removes an old one), so that the start itself
 * reports the problems, file by file.
 */
const [dir = 'knowledge', file = 'dist/knowledge.snapshot.json'] = process.argv.slice(2);
try {
  writeSnapshot(dir, file, (knowledge) => ({ [EntryIndex.NAME]: new EntryIndex(knowledge).toJSON(), [FactIndex.NAME]: new FactIndex(knowledge).toJSON() }));
} catch (error) {
  rmSync(file, { force: true });
  if (!(error instanceof KnowledgeError)) throw error;
}
