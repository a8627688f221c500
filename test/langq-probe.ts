import { Core } from '../src/core/core';
import { replyToText } from '../src/core/reply';
const core = await Core.create();
const lines = (await import('node:fs')).readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean);
let n = 0;
for (const block of lines) {
  const ctx = { chat: { platform: 'terminal' as const, id: `p${++n}`, kind: 'private' as const }, user: { id: 'a', name: 'A' }, addressed: true };
  let r;
  for (const q of block.split(' || ')) r = await core.handleText(q, ctx);
  console.log(`>> ${block}\n[${r?.language} ${r?.kind} ${r?.entries.join(',')}] ${replyToText(r!).slice(0, 400).replace(/\n/g, ' ⏎ ')}\n`);
}
process.exit(0);
