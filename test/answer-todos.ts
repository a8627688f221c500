/**
 * Keeps the `todo` marks of test/questions/*.yaml in step with the bot. First write a report:
 *
 *   ANSWERS_REPORT=/tmp/answers.json npx vitest run test/answers.test.ts
 *
 * then `npx tsx test/answer-todos.ts /tmp/answers.json` deletes the `todo` of every question that
 * now passes; with `--mark` it also marks every failing question that has no `todo` yet (review
 * those marks: a new failure may be a regression, not a todo). Comments and layout are kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { todoReason } from './answer-suite';

interface ReportRow {
  file: string;
  item: number;
  turn: number | null;
  todo: string | null;
  problems: string[] | null;
}

const [reportPath, ...flags] = process.argv.slice(2);
if (!reportPath) {
  console.error('usage: npx tsx test/answer-todos.ts <report.json> [--mark]');
  process.exit(2);
}
const mark = flags.includes('--mark');
const rows = JSON.parse(readFileSync(reportPath, 'utf8')) as ReportRow[];
const dir = 'test/questions';
let removed = 0;
let added = 0;
for (const file of new Set(rows.map((r) => r.file))) {
  const path = join(dir, `${file}.yaml`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  // A file is a list of questions, or a map `{ lang, questions }` (see test/answer-suite.ts).
  const list = isMap(doc.contents) ? ['questions'] : [];
  for (const row of rows.filter((r) => r.file === file && r.problems !== null)) {
    const node = doc.getIn(row.turn === null ? [...list, row.item] : [...list, row.item, 'chat', row.turn], true);
    if (!isMap(node)) throw new Error(`${path}: no question at item ${row.item}${row.turn === null ? '' : ` turn ${row.turn}`}; rerun the report`);
    if (row.problems!.length === 0 && node.has('todo')) {
      node.delete('todo');
      removed++;
    } else if (mark && row.problems!.length > 0 && !node.has('todo')) {
      node.set('todo', todoReason(row.problems!, (row.turn ?? 0) > 0));
      added++;
    }
  }
  writeFileSync(path, doc.toString({ flowCollectionPadding: false, lineWidth: 0 }));
}
console.log(`todo marks: ${removed} removed, ${added} added`);
