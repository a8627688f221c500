/**
 * A bot process for the quiz crash test: runs the real engine on the SQLite file named by
 * QUIZ_DB with a table that prints what it shows as JSON lines on stdout, and takes commands as
 * JSON lines on stdin. The test kills it with SIGKILL mid-round and starts another on the same
 * file.
 */
import { createInterface } from 'node:readline';
import type { ChatRef, UserRef } from '../../src/core/chat';
import type { QuizAnswer, QuizTable } from '../../src/core/quiz/contract';
import { createQuiz } from '../../src/core/quiz/engine';
import { SqliteQuizStore } from '../../src/core/quiz/store';
import { quizKnowledge } from './quiz-knowledge';

const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const table: QuizTable = {
  async ask(_chat, view) {
    const ref = `poll-${view.id}`;
    print({ event: 'ask', view, ref });
    // QUIZ_DIE_ON_ASK: die the moment the platform has shown the question, before the engine
    // hears its reference back (the narrowest crash window of a round).
    if (process.env.QUIZ_DIE_ON_ASK) process.kill(process.pid, 'SIGKILL');
    return { ref };
  },
  async post(_chat, reply) {
    print({ event: 'post', reply });
  },
  async close(_chat, view, ref) {
    print({ event: 'close', id: view.id, ref });
  },
};

const store = new SqliteQuizStore(process.env.QUIZ_DB!);
const quiz = createQuiz({
  knowledge: quizKnowledge(),
  store,
  seconds: Number(process.env.QUIZ_SECONDS ?? 30),
  questions: 2,
  leadInMs: 0,
  pauseMs: 0,
});

type Command =
  | { cmd: 'start'; chat: ChatRef; user: UserRef }
  | { cmd: 'stop'; chat: ChatRef; user: UserRef }
  | { cmd: 'answer'; tag: string; answer: QuizAnswer };

await quiz.attach('telegram', table);
print({ event: 'ready', pid: process.pid });

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const c = JSON.parse(line) as Command;
  if (c.cmd === 'start') print({ event: 'started', reply: await quiz.start({ chat: c.chat, user: c.user, addressed: true }, {}) });
  else if (c.cmd === 'stop') print({ event: 'stopped', reply: await quiz.stop({ chat: c.chat, user: c.user, addressed: true }) });
  else if (c.cmd === 'answer') print({ event: 'outcome', tag: c.tag, outcome: await quiz.answer(c.answer) });
}
await quiz.close();
