import { Core } from '../src/core/core';
import { replyToText } from '../src/core/reply';
const core = await Core.create({ commands: [] });
const ctx = { chat: { platform: 'terminal', id: 't', kind: 'private' }, user: { id: 'u', name: 'u' }, addressed: true } as const;
for (const q of process.argv.slice(2)) { const r = await core.handleText(q, ctx as any); console.log('=== '+q+' ('+replyToText(r!).length+') '+r!.entries.join(',')+'\n'+replyToText(r!)+'\n'); }
const lib = core.library;
const words = ['alash','kala'];
console.log(lib.index.lookup(words,5).map(m=>[m.entry.id,m.names,m.fit,m.coverage,m.nameWords]));
import { readQuestion } from '../src/core/question';
const q = readQuestion('голод 1932-1933'); console.log(q.words, q.allWords, q.dates.map(d=>d.label));
console.log(lib.index.lookup(q.allWords,5).map(m=>[m.entry.id,m.names,m.fit,m.coverage,m.nameWords, m.exact]));
