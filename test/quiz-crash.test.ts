import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatRef, UserRef } from '../src/core/chat';
import type { QuizQuestionView, Reply } from '../src/core/reply';
import { SqliteQuizStore } from '../src/core/quiz/store';
import { JsonLinesProcess } from './fakes/json-lines-process';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'fakes', 'quiz-crash-child.ts');

/** The quiz bot process (test/fakes/quiz-crash-child.ts). */
class BotProcess extends JsonLinesProcess {
  constructor(db: string, seconds = 60, env: Record<string, string> = {}) {
    super(script, { QUIZ_DB: db, QUIZ_SECONDS: String(seconds), ...env });
  }

  /** An answer to a poll (by its reference) or, with `{ questionId }`, to a button (by the question's id). */
  async answer(tag: string, user: UserRef, option: number, ref: string | { questionId: string }): Promise<{ status: string }> {
    const which = typeof ref === 'string' ? { ref } : ref;
    this.send({ cmd: 'answer', tag, answer: { platform: 'telegram', user, option, ...which } });
    const line = await this.next((l) => l.event === 'outcome' && l.tag === tag, `outcome ${tag}`);
    return line.outcome as { status: string };
  }
}

const chat: ChatRef = { platform: 'telegram', id: '-100777', kind: 'group' };
const alice: UserRef = { id: 'a', name: 'Alice' };
const bob: UserRef = { id: 'b', name: 'Bob' };
const carol: UserRef = { id: 'c', name: 'Carol' };

const children: BotProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
});

describe('a quiz process killed mid-round', () => {
  it('loses no acknowledged answer, and the next process resumes the round', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'alash-quiz-crash-')), 'data', 'quiz.sqlite');

    const first = new BotProcess(db);
    children.push(first);
    await first.next((l) => l.event === 'ready', 'the first process');
    first.send({ cmd: 'start', chat, user: alice });
    const asked = await first.next((l) => l.event === 'ask', 'question 1');
    const view = asked.view as QuizQuestionView;
    const ref = asked.ref as string;
    const wrong = (view.correct + 1) % view.options.length;
    expect(await first.answer('alice', alice, view.correct, ref)).toMatchObject({ status: 'recorded' });
    expect(await first.answer('bob', bob, wrong, ref)).toMatchObject({ status: 'recorded' });
    first.child.kill('SIGKILL'); // right after the acknowledgement: no chance to flush anything
    expect(await first.exited).toBe('SIGKILL');

    // What the dead process acknowledged is on disk.
    const look = new SqliteQuizStore(db);
    const round = await look.runningRound('telegram', chat.id);
    expect(round).toBeDefined();
    expect((await look.answers(round!.id)).map((a) => [a.userName, a.correct])).toEqual([
      ['Alice', true],
      ['Bob', false],
    ]);
    expect((await look.standings('telegram', chat.id)).map((s) => [s.userName, s.points])).toEqual([
      ['Alice', 1],
      ['Bob', 0],
    ]);
    await look.close();

    const second = new BotProcess(db);
    children.push(second);
    await second.next((l) => l.event === 'ready', 'the second process');
    // The question is still open (60 s): not asked again, and answers keep counting once per user.
    expect(second.lines.filter((l) => l.event === 'ask')).toHaveLength(0);
    expect(await second.answer('alice-again', alice, wrong, ref)).toMatchObject({ status: 'repeat' });
    expect(await second.answer('carol', carol, view.correct, ref)).toMatchObject({ status: 'recorded' });

    second.send({ cmd: 'stop', chat, user: alice });
    const stopped = (await second.next((l) => l.event === 'stopped', 'the stop reply')).reply as Reply;
    expect(stopped.title).toBe('Quiz stopped');
    expect(stopped.body).toContain('1. Alice: 1 point (1/1 right)');
    expect(stopped.body).toContain('Carol: 1 point (1/1 right)');
    expect(stopped.body).toContain('Bob: 0 points (0/1 right)');
    expect(second.lines).toContainEqual({ event: 'close', id: view.id, ref });
    second.child.stdin.end();
    expect(await second.exited).toBe(0);

    const after = new SqliteQuizStore(db);
    expect(await after.runningRound('telegram', chat.id)).toBeUndefined();
    expect((await after.answers(round!.id)).map((a) => a.userName)).toEqual(['Alice', 'Bob', 'Carol']);
    await after.close();
  });

  it('dies the moment a question is shown: the next process goes on with that question, not a second copy', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'alash-quiz-crash-')), 'quiz.sqlite');
    const first = new BotProcess(db, 60, { QUIZ_DIE_ON_ASK: '1' });
    children.push(first);
    await first.next((l) => l.event === 'ready', 'the first process');
    first.send({ cmd: 'start', chat, user: alice });
    const view = (await first.next((l) => l.event === 'ask', 'question 1')).view as QuizQuestionView;
    expect(await first.exited).toBe('SIGKILL');

    const second = new BotProcess(db);
    children.push(second);
    await second.next((l) => l.event === 'ready', 'the second process');
    // Question 1 is open, not asked again; a button press (which names the question) counts.
    expect(second.lines.filter((l) => l.event === 'ask')).toHaveLength(0);
    expect(await second.answer('alice', alice, view.correct, { questionId: view.id })).toMatchObject({ status: 'recorded' });
    second.send({ cmd: 'stop', chat, user: alice });
    const stopped = (await second.next((l) => l.event === 'stopped', 'the stop reply')).reply as Reply;
    expect(stopped.body).toContain('1. Alice: 1 point (1/1 right)');
    // Its poll's reference never reached the store, so there is nothing to close by name.
    expect(second.lines.filter((l) => l.event === 'close')).toHaveLength(0);
    second.child.stdin.end();
    expect(await second.exited).toBe(0);
  });

  it('reveals a question whose time ran out while no process was running, then asks the next', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'alash-quiz-crash-')), 'quiz.sqlite');
    const first = new BotProcess(db, 5);
    children.push(first);
    await first.next((l) => l.event === 'ready', 'the first process');
    first.send({ cmd: 'start', chat, user: alice });
    const asked = await first.next((l) => l.event === 'ask', 'question 1');
    const view = asked.view as QuizQuestionView;
    expect(await first.answer('alice', alice, view.correct, asked.ref as string)).toMatchObject({ status: 'recorded' });
    first.child.kill('SIGKILL');
    await first.exited;

    // Wait until the question's time has run out while no process is running.
    const look = new SqliteQuizStore(db);
    const round = (await look.runningRound('telegram', chat.id))!;
    const closesAt = (await look.askedQuestion(round.id, 1))!.closesAt;
    await look.close();
    await new Promise((r) => setTimeout(r, Math.max(0, closesAt - Date.now() + 50)));

    const second = new BotProcess(db, 5);
    children.push(second);
    const reveal = (await second.next((l) => l.event === 'post', 'the reveal')).reply as Reply;
    expect(reveal.title).toBe(`Answer 1: ${view.options[view.correct]}`);
    expect(reveal.body).toContain('Right: Alice (1 of 1 answer).');
    const next = (await second.next((l) => l.event === 'ask', 'question 2')).view as QuizQuestionView;
    expect(next).toMatchObject({ number: 2, total: 2 });
    second.send({ cmd: 'stop', chat, user: alice });
    const stopped = (await second.next((l) => l.event === 'stopped', 'the stop reply')).reply as Reply;
    expect(stopped.body).toContain('1. Alice: 1 point (1/2 right)');
    second.child.stdin.end();
    expect(await second.exited).toBe(0);
  });

  it('two processes on one SQLite file: one drives the round, answers at both count once, neither crashes', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'alash-quiz-two-')), 'quiz.sqlite');
    // 12 s a question: a loaded machine still gets every answer in before the reveal.
    const [first, second] = [new BotProcess(db, 12), new BotProcess(db, 12)];
    children.push(first, second);
    await Promise.all([first.next((l) => l.event === 'ready', 'the first process'), second.next((l) => l.event === 'ready', 'the second process')]);
    first.send({ cmd: 'start', chat, user: alice });
    const asked = await first.next((l) => l.event === 'ask', 'question 1');
    const view = asked.view as QuizQuestionView;
    // Twenty players answer at once, half through each process, and each again through the other.
    const players = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    const outcomes = await Promise.all(
      players.flatMap((p, i) => [
        (i % 2 ? second : first).answer(`${p.id}-a`, p, view.correct, asked.ref as string),
        (i % 2 ? first : second).answer(`${p.id}-b`, p, view.correct, asked.ref as string),
      ]),
    );
    // Each player's answer counts once: the first one recorded, the other a repeat (or, on a
    // machine so loaded that the 12 s ran out first, refused as late; never recorded twice).
    const tally = (status: string) => outcomes.filter((o) => o.status === status).length;
    const recorded = players.filter((_, i) => [outcomes[2 * i], outcomes[2 * i + 1]].some((o) => o!.status === 'recorded'));
    for (let i = 0; i < players.length; i++) expect([outcomes[2 * i]!.status, outcomes[2 * i + 1]!.status].filter((s) => s === 'recorded').length).toBeLessThanOrEqual(1);
    // Known gap: an answer that reaches the other process before the owner has stored the question
    // it just posted is refused as unknown (and says so to the player); it is never counted.
    const others = outcomes.filter((o) => !['recorded', 'repeat', 'late'].includes(o.status)).map((o) => `${o.status}: ${(o as { message?: string }).message}`);
    expect(others.filter((o) => o !== 'unknown: That question is not part of a quiz here.')).toEqual([]);
    expect(tally('recorded')).toBe(recorded.length);
    expect(recorded.length).toBeGreaterThan(0);
    const isSummary = (l: { event: string; reply?: unknown }) => l.event === 'post' && (l.reply as Reply).title === 'Quiz over';
    const summary = await Promise.race([first.next(isSummary, 'the summary', 60_000), second.next(isSummary, 'the summary', 60_000)]);
    const lines = (summary.reply as Reply).body.split('\n').slice(1);
    expect(lines).toHaveLength(recorded.length);
    for (const p of recorded) expect(lines.some((l) => l.includes(`${p.name}: 1 point`))).toBe(true);
    await new Promise((r) => setTimeout(r, 1500)); // room for a second copy to show up
    const both = [...first.lines, ...second.lines];
    expect(both.filter((l) => l.event === 'ask').map((l) => (l.view as QuizQuestionView).number)).toEqual([1, 2]);
    expect(both.filter((l) => l.event === 'post').map((l) => (l.reply as Reply).title)).toEqual([
      `Answer 1: ${view.options[view.correct]}`,
      expect.stringMatching(/^Answer 2: /),
      'Quiz over',
    ]);
    expect([first.child.exitCode, second.child.exitCode]).toEqual([null, null]);
    expect(first.stderr + second.stderr).not.toMatch(/locked|Error/);
    first.child.stdin.end();
    second.child.stdin.end();
    expect(await Promise.all([first.exited, second.exited])).toEqual([0, 0]);
  }, 90_000);
});
