import { loadKnowledge } from '../../knowledge/load';
import { isLanguage } from '../../language';
import { buildQuestionBank, DIFFICULTIES } from './index';

/**
 * `npm run bank`: prints the whole question bank as JSON lines, one question a line (`id, kind,
 * topics, difficulty, question, options, answer, explanation, sources`), for content editors to
 * review (`--lang=ru`, `--lang=kk`: in that language). `--stats` prints the counts instead: in all, per kind, per topic and difficulty.
 * Reads `KNOWLEDGE_DIR` (default `knowledge`).
 */
// `npm run bank | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
// `--lang=ru` or `--lang=kk` prints the bank in that language (default English).
const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice(7);
const bank = buildQuestionBank(loadKnowledge(process.env.KNOWLEDGE_DIR || 'knowledge'), isLanguage(lang) ? lang : 'en');
if (process.argv.includes('--stats')) {
  const kinds = new Map<string, number>();
  for (const q of bank.questions) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
  console.log(`questions: ${bank.questions.length}`);
  console.log(`per kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`per topic (${DIFFICULTIES.join('/')}):`);
  for (const [topic, levels] of bank.levels) console.log(`  ${topic}: ${DIFFICULTIES.map((d) => levels[d]).join('/')}`);
} else {
  for (const q of bank.questions) {
    const { id, kind, topics, difficulty, question, options, answer, explanation, sources } = q;
    console.log(JSON.stringify({ id, kind, topics, difficulty, question, options, answer, explanation, sources }));
  }
}
