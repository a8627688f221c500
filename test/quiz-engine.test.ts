import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChatRef, Context, Platform, UserRef } from '../src/core/chat';
import type { Knowledge } from '../src/core/knowledge/load';
import { buildQuestionBank, DIFFICULTIES, seededRandom, type QuestionBank } from '../src/core/quiz/bank';
import type { Language } from '../src/core/language';
import { createQuiz, type QuizEngine, type QuizOptions } from '../src/core/quiz/engine';
import { SqliteQuizStore } from '../src/core/quiz/store';
import { FakeClock } from './fakes/clock';
import { storeKindOfThisFile } from './fakes/stores';
import { quizKnowledge, translatedQuizKnowledge } from './fakes/quiz-knowledge';
import { RecordingQuizTable } from './fakes/quiz-table';

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = quizKnowledge();
});

const group: ChatRef = { platform: 'telegram', id: '-1001', kind: 'group' };
const alice: UserRef = { id: 'u1', name: 'Alice' };
const bob: UserRef = { id: 'u2', name: 'Bob' };
const carol: UserRef = { id: 'u3', name: 'Carol' };
const dave: UserRef = { id: 'u4', name: 'Dave' };
const ctx = (user: UserRef, chat: ChatRef = group): Context => ({ chat, user, addressed: true });

const open: QuizEngine[] = [];
afterEach(async () => {
  for (const q of open.splice(0)) await q.close();
});

async function setup(
  options: {
    file?: string;
    clock?: FakeClock;
    typed?: boolean;
    platform?: Platform;
    engine?: Partial<QuizOptions>;
    serves?: (chat: ChatRef) => boolean;
    /** Prefix of the table's question refs (two processes' tables must differ). */
    prefix?: string;
  } = {},
) {
  const clock = options.clock ?? new FakeClock();
  // A test without a file of its own gets a fresh place: in memory for SQLite, a database for Postgres.
  const store = options.file ? await kind.open(options.file) : kind.name === 'sqlite' ? new SqliteQuizStore(':memory:') : await kind.open(await kind.place());
  const quiz = createQuiz({
    knowledge,
    store,
    clock,
    seconds: 30,
    questions: 3,
    leadInMs: 1000,
    pauseMs: 1000,
    random: seededRandom(`round-${Math.random()}`),
    heartbeatMs: 0, // tests call heartbeat() on the fake clock's time
    ...options.engine,
  });
  open.push(quiz);
  clock.settle = () => quiz.settled();
  const table = new RecordingQuizTable(options.typed ?? false, options.prefix);
  if (options.serves) table.serves = options.serves;
  await quiz.attach(options.platform ?? 'telegram', table);
  await quiz.settled();
  return { clock, store, quiz, table };
}

/** Answers the last question as the given user: right or wrong. */
function answer(quiz: QuizEngine, table: RecordingQuizTable, user: UserRef, right: boolean) {
  const { view } = table.last;
  return quiz.answer({ platform: 'telegram', user, option: right ? view.correct : table.wrong, questionId: view.id, chatId: group.id });
}

/** SQLite here; quiz-engine-postgres.test.ts runs every test of this file again on PostgreSQL. */
const kind = storeKindOfThisFile();

describe('a quiz round', () => {
  it('asks, reveals, summarises and keeps scores', async () => {
    const { clock, quiz, table, store } = await setup();
    const started = await quiz.start(ctx(alice), {});
    expect(started.kind).toBe('quiz');
    expect(started.title).toBe('Quiz: 3 questions');
    expect(table.asked).toHaveLength(0); // the start message goes first

    await clock.advance(1000);
    expect(table.asked).toHaveLength(1);
    const q1 = table.last;
    expect(q1.view).toMatchObject({ number: 1, total: 3, seconds: 30 });
    expect(q1.view.id).toMatch(/^[a-z0-9]+:1$/);
    expect(q1.view.options[q1.view.correct]).toBeDefined();

    expect((await answer(quiz, table, alice, true)).status).toBe('recorded');
    expect((await answer(quiz, table, bob, false)).status).toBe('recorded');
    // A Telegram poll answer carries only the poll id.
    expect((await quiz.answer({ platform: 'telegram', user: carol, option: q1.view.correct, ref: q1.ref })).status).toBe('recorded');

    await clock.advance(29_000);
    expect(table.posts).toHaveLength(0);
    await clock.advance(1000);
    expect(table.log).toEqual(['ask 1', 'close 1', `post Answer 1: ${q1.view.options[q1.view.correct]}`]);
    const reveal = table.posts[0]!.reply;
    expect(reveal.kind).toBe('quiz');
    expect(reveal.body).toContain(q1.view.explanation);
    expect(reveal.body).toContain('Right: Alice, Carol (2 of 3 answers).');
    expect(reveal.sources?.length).toBeGreaterThan(0);

    await clock.advance(1000);
    expect(table.last.view.number).toBe(2);
    await answer(quiz, table, alice, true);
    await answer(quiz, table, carol, false);
    await clock.advance(31_000);
    expect(table.last.view.number).toBe(3);
    await answer(quiz, table, alice, true);
    await clock.advance(30_000);

    const summary = table.posts.at(-1)!.reply;
    expect(summary.title).toBe('Quiz over');
    // Alice: 1 + 1 + (1 + 1 streak bonus at 3 in a row) = 4.
    expect(summary.body.split('\n').slice(1)).toEqual([
      '1. Alice: 4 points (3/3 right, streak 3)',
      '2. Carol: 1 point (1/3 right)',
      '3. Bob: 0 points (0/3 right)',
    ]);
    expect(clock.pendingTimers).toBe(0);
    expect(await store.runningRound('telegram', group.id)).toBeUndefined();

    const board = await quiz.leaderboard(group);
    expect(board.body.split('\n')).toEqual([
      '1. Alice: 4 points (3/3 right, best streak 3)',
      '2. Carol: 1 point (1/2 right, best streak 1)',
      '3. Bob: 0 points (0/1 right, best streak 0)',
    ]);
    // Another round may start now.
    expect((await quiz.start(ctx(bob), { questions: 1 })).kind).toBe('quiz');
  });

  it('filters by topic and difficulty and refuses what it cannot do', async () => {
    const { clock, quiz, table } = await setup();
    expect((await quiz.start(ctx(alice), { topic: 'nonsense' })).body).toContain('Topics: autonomy');
    expect((await quiz.start(ctx(alice), { questions: 0 })).kind).toBe('error');
    expect((await quiz.start(ctx(alice), { questions: 21 })).kind).toBe('error');
    const reply = await quiz.start(ctx(alice), { questions: 10, topic: 'famine', difficulty: 'medium' });
    expect(reply.kind).toBe('quiz');
    for (let i = 0; i < 20 && table.posts.at(-1)?.reply.title !== 'Quiz over'; i++) await clock.advance(31_000);
    expect(table.asked.length).toBeGreaterThan(0);
    for (const { view } of table.asked) {
      const q = [...quiz.bank.questions].find((b) => b.question === view.question)!;
      expect(q.topics).toContain('famine');
      expect(q.difficulty).toBe('medium');
    }
  });

  it('runs one round per chat at a time, also across processes sharing a store', async () => {
    const file = await kind.place();
    const a = await setup({ file });
    const b = await setup({ file, clock: a.clock });
    expect((await a.quiz.start(ctx(alice), {})).kind).toBe('quiz');
    const second = await a.quiz.start(ctx(bob), {});
    expect(second).toMatchObject({ kind: 'error', ephemeral: true });
    expect(second.body).toContain('already running');
    expect((await b.quiz.start(ctx(bob), {})).body).toContain('already running');
    expect((await a.quiz.start(ctx(bob, { ...group, id: '-1002' }), {})).kind).toBe('quiz');
  });

  it('does not score late, repeated, foreign or stale answers', async () => {
    const { clock, quiz, table, store } = await setup();
    await quiz.start(ctx(alice), {});
    await clock.advance(1000);
    const q1 = table.last.view;
    expect((await answer(quiz, table, alice, false)).status).toBe('recorded');
    const again = await answer(quiz, table, alice, true);
    expect(again).toEqual({ status: 'repeat', message: 'You have already answered this question.' });
    expect(
      (await quiz.answer({ platform: 'telegram', user: bob, option: q1.correct, questionId: q1.id, chatId: '-999' })).status,
    ).toBe('unknown');
    expect((await quiz.answer({ platform: 'discord', user: bob, option: q1.correct, questionId: q1.id })).status).toBe('unknown');
    expect((await quiz.answer({ platform: 'telegram', user: bob, option: 0, questionId: 'nothing:1' })).status).toBe('unknown');
    expect((await quiz.answer({ platform: 'telegram', user: bob, option: 0, ref: 'no-such-poll' })).status).toBe('unknown');
    expect((await quiz.answer({ platform: 'telegram', user: bob, option: 9, questionId: q1.id })).status).toBe('unknown');

    await clock.advance(30_000); // revealed
    const late = await quiz.answer({ platform: 'telegram', user: bob, option: q1.correct, questionId: q1.id });
    expect(late.status).toBe('late');
    await clock.advance(1000); // question 2 open
    expect(table.last.view.number).toBe(2);
    expect((await quiz.answer({ platform: 'telegram', user: carol, option: q1.correct, questionId: q1.id })).status).toBe('late');

    const answers = await store.answers(q1.id.split(':')[0]!);
    expect(answers.map((a) => [a.userName, a.correct])).toEqual([['Alice', false]]);
    expect(await store.standings('telegram', group.id)).toMatchObject([{ userName: 'Alice', points: 0, answered: 1 }]);
  });

  it('refuses an answer that arrives after the timer even before the reveal', async () => {
    const { clock, quiz, table } = await setup();
    // A table whose close hangs until released, so the reveal is still under way.
    let release!: () => void;
    table.close = async (chat, view, ref) => {
      table.closed.push({ chat, view, ref });
      await new Promise<void>((r) => (release = r));
    };
    await quiz.start(ctx(alice), {});
    await clock.advance(1000);
    const q1 = table.last.view;
    clock.settle = async () => {};
    await clock.advance(30_000);
    await vi.waitFor(() => expect(table.closed).toHaveLength(1));
    expect(table.posts).toHaveLength(0);
    expect((await quiz.answer({ platform: 'telegram', user: bob, option: q1.correct, questionId: q1.id })).status).toBe('late');
    release();
    await quiz.settled();
    expect(table.posts[0]!.reply.body).toContain('Nobody answered.');
  });

  it('counts streaks across questions and ends them on a wrong or missed answer', async () => {
    const { clock, quiz, table, store } = await setup();
    await quiz.start(ctx(alice), { questions: 4 });
    const plan: Record<string, (boolean | null)[]> = {
      Alice: [true, true, false, true],
      Dave: [true, true, true, true],
      Carol: [true, null, true, true],
    };
    const users: Record<string, UserRef> = { Alice: alice, Dave: dave, Carol: carol };
    await clock.advance(1000);
    for (let n = 0; n < 4; n++) {
      expect(table.last.view.number).toBe(n + 1);
      for (const [name, answers] of Object.entries(plan)) {
        const right = answers[n];
        if (right !== null && right !== undefined) expect((await answer(quiz, table, users[name]!, right)).status).toBe('recorded');
      }
      await clock.advance(31_000);
    }
    const standings = await store.standings('telegram', group.id);
    expect(standings.map((s) => [s.userName, s.points, s.right, s.streak, s.bestStreak])).toEqual([
      ['Dave', 6, 4, 4, 4], // 1 + 1 + 2 + 2
      // A tie on points, right answers and best streak: who reached the score first leads.
      ['Alice', 3, 3, 1, 2],
      ['Carol', 3, 3, 2, 2], // missed question 2: the streak restarted
    ]);
    const reveal4 = table.posts.filter((p) => p.reply.title?.startsWith('Answer 4'))[0]!.reply;
    expect(reveal4.body).toContain('On a streak: Dave (4).');
  });

  it('lets only the starter or a chat admin stop a round', async () => {
    const { clock, quiz, table, store } = await setup();
    expect((await quiz.stop(ctx(alice))).body).toBe('No quiz is running in this chat.');
    await quiz.start(ctx(alice), {});
    await clock.advance(1000);
    const q1 = table.last;
    await answer(quiz, table, bob, true);

    const refused = await quiz.stop(ctx(bob));
    expect(refused).toMatchObject({ kind: 'error', ephemeral: true });
    expect(refused.body).toContain('Only Alice');
    expect((await quiz.stop(ctx({ ...bob, isAdmin: false }))).kind).toBe('error');

    const stopped = await quiz.stop(ctx({ ...carol, isAdmin: true }));
    expect(stopped.title).toBe('Quiz stopped');
    expect(stopped.body).toContain('Carol stopped the quiz.');
    expect(stopped.body).toContain(`The answer to question 1 was: ${q1.view.options[q1.view.correct]}.`);
    expect(stopped.body).toContain('1. Bob: 1 point (1/1 right)');
    expect(table.closed.map((c) => c.ref)).toEqual([q1.ref]);
    expect(clock.pendingTimers).toBe(0);
    expect((await quiz.answer({ platform: 'telegram', user: carol, option: 0, questionId: q1.view.id })).status).toBe('late');
    expect(await store.standings('telegram', group.id)).toMatchObject([{ userName: 'Bob', points: 1 }]);

    await clock.advance(120_000);
    expect(table.asked).toHaveLength(1); // nothing more was asked

    await quiz.start(ctx(alice), {});
    expect((await quiz.stop(ctx(alice))).title).toBe('Quiz stopped'); // the starter may stop before any question
    await clock.advance(5000);
    expect(table.asked).toHaveLength(1);
  });

  it('lets only chat admins reset the leaderboard', async () => {
    const { clock, quiz, table, store } = await setup();
    await quiz.start(ctx(alice), { questions: 1 });
    await clock.advance(1000);
    await answer(quiz, table, alice, true);
    await clock.advance(30_000);
    expect(await store.standings('telegram', group.id)).toHaveLength(1);

    for (const user of [alice, { ...alice, isAdmin: false }]) {
      const refused = await quiz.reset(ctx(user));
      expect(refused).toMatchObject({ kind: 'error', ephemeral: true });
    }
    expect(await store.standings('telegram', group.id)).toHaveLength(1);
    const reset = await quiz.reset(ctx({ ...bob, isAdmin: true }));
    expect(reset.body).toContain('1 player removed');
    expect(await store.standings('telegram', group.id)).toHaveLength(0);
    expect((await quiz.leaderboard(group)).body).toContain('No scores in this chat yet');
  });

  it('takes typed answers where the table asks for them', async () => {
    const terminal: ChatRef = { platform: 'terminal', id: 'terminal', kind: 'private' };
    const { clock, quiz, table, store } = await setup({ typed: true, platform: 'terminal' });
    expect(await quiz.answerText(terminal, alice, '1')).toBeNull(); // no round
    expect((await quiz.start(ctx(alice, terminal), { questions: 2 })).body).toContain('type the number');
    // During the lead-in a number is kept from the question reader, but not recorded.
    expect(await quiz.answerText(terminal, alice, '2')).toEqual({
      status: 'waiting',
      message: 'The next question is coming; answer it when it appears.',
    });
    expect(await quiz.answerText(terminal, alice, 'who was Bukeikhanov?')).toBeNull();
    await clock.advance(1000);
    const { view } = table.last;
    expect(await quiz.answerText(terminal, alice, 'who was Bukeikhanov?')).toBeNull();
    expect((await quiz.answerText(terminal, alice, '9'))!.status).toBe('unknown');
    const outcome = await quiz.answerText(terminal, alice, ` ${view.correct + 1} `);
    expect(outcome).toEqual({ status: 'recorded', message: `Answer recorded: ${view.options[view.correct]}.` });
    expect((await quiz.answerText(terminal, alice, '1'))!.status).toBe('repeat');
    // Typed numbers mean nothing on a platform whose table does not take them.
    expect(await quiz.answerText(group, alice, '1')).toBeNull();
    await clock.advance(30_000);
    expect(table.posts.at(-1)!.reply.body).toContain('Right: Alice');
    // The pause before question 2.
    expect((await quiz.answerText(terminal, bob, '1'))!.status).toBe('waiting');
    await clock.advance(1000);
    expect(table.last.view.number).toBe(2);
    expect((await quiz.answerText(terminal, bob, '1'))!.status).toBe('recorded');
    await clock.advance(30_000);
    expect(table.posts.at(-1)!.reply.title).toBe('Quiz over');
    expect(await quiz.answerText(terminal, bob, '1')).toBeNull(); // the round is over
    expect(await store.answers(view.id.split(':')[0]!)).toHaveLength(2);
  });

  it('counts a poll vote cast while the poll\'s id is still being stored', async () => {
    const { clock, quiz, table, store } = await setup();
    const record = store.recordAsked.bind(store);
    let release!: () => void;
    const writing = new Promise<void>((r) => (release = r));
    // The question's second record (with the poll's id) waits until the vote is in.
    store.recordAsked = async (a) => {
      if (a.ref) await writing;
      return record(a);
    };
    await quiz.start(ctx(alice), {});
    // The clock waits for the engine's step, which waits for the store: not awaited until released.
    const asking = clock.advance(1000);
    await vi.waitFor(() => expect(table.asked).toHaveLength(1));
    const { view, ref } = table.last;
    expect(await quiz.answer({ platform: 'telegram', user: alice, option: view.correct, ref })).toMatchObject({ status: 'recorded' });
    release();
    await asking;
    expect((await store.askedByRef('telegram', ref))?.number).toBe(1);
    expect(await quiz.answer({ platform: 'telegram', user: alice, option: view.correct, ref })).toMatchObject({ status: 'repeat' });
  });

  it('does not count a question the platform refused to show', async () => {
    const { clock, quiz, table, store } = await setup();
    await quiz.start(ctx(alice), { questions: 3 });
    await clock.advance(1000);
    const roundId = table.last.view.id.split(':')[0]!;
    await answer(quiz, table, alice, true);
    table.failNextAsk = true;
    await clock.advance(60_000);
    const stopped = table.posts.at(-1)!.reply;
    expect(stopped.body).toContain('could not post the next question');
    expect(stopped.body).toContain('Alice: 1 point (1/1 right)');
    expect((await store.askedQuestions(roundId)).map((a) => a.number)).toEqual([1]);
  });

  it('ends the round cleanly when a question cannot be posted', async () => {
    const { clock, quiz, table, store } = await setup();
    table.failNextAsk = true;
    await quiz.start(ctx(alice), {});
    await clock.advance(1000);
    expect(table.posts.at(-1)!.reply.body).toContain('could not post the next question');
    expect(await store.runningRound('telegram', group.id)).toBeUndefined();
    expect((await quiz.start(ctx(alice), {})).kind).toBe('quiz');
  });
});

describe('a quiz after a restart', () => {
  async function crashedRound(file: string) {
    const first = await setup({ file });
    await first.quiz.start(ctx(alice), {});
    await first.clock.advance(1000);
    await answer(first.quiz, first.table, alice, true);
    await answer(first.quiz, first.table, bob, false);
    // The process dies here: its timers never fire again and it never closes its store.
    first.clock.settle = async () => {};
    open.splice(open.indexOf(first.quiz), 1);
    return first;
  }

  const newFile = () => kind.place();

  it('keeps the open question with its remaining time, and every recorded answer', async () => {
    const file = await newFile();
    const first = await crashedRound(file);
    const q1 = first.table.last.view;
    const clock = new FakeClock(first.clock.now() + 10_000);
    const second = await setup({ file, clock });
    expect(second.table.asked).toHaveLength(0); // not asked again
    expect((await second.quiz.answer({ platform: 'telegram', user: alice, option: q1.correct, questionId: q1.id })).status).toBe(
      'repeat',
    );
    expect((await second.quiz.answer({ platform: 'telegram', user: carol, option: q1.correct, ref: first.table.last.ref })).status).toBe(
      'recorded',
    );
    await clock.advance(19_999);
    expect(second.table.posts).toHaveLength(0);
    await clock.advance(1);
    expect(second.table.posts[0]!.reply.body).toContain('Right: Alice, Carol (2 of 3 answers).');
    expect(second.table.closed[0]!.ref).toBe(first.table.last.ref);
    await clock.advance(1000);
    expect(second.table.last.view.number).toBe(2);
    await clock.advance(31_000);
    await clock.advance(31_000);
    const summary = second.table.posts.at(-1)!.reply;
    expect(summary.title).toBe('Quiz over');
    expect(summary.body).toContain('Alice: 1 point');
    expect(summary.body).toContain('Carol: 1 point');
    expect(summary.body).toContain('Bob: 0 points');
  });

  it('reveals a question whose time ran out during the restart, then goes on', async () => {
    const file = await newFile();
    const first = await crashedRound(file);
    const clock = new FakeClock(first.clock.now() + 60_000);
    const second = await setup({ file, clock });
    expect(second.table.posts[0]!.reply.title).toMatch(/^Answer 1:/);
    expect(second.table.posts[0]!.reply.body).toContain('Right: Alice (1 of 2 answers).');
    await clock.advance(1000);
    expect(second.table.last.view.number).toBe(2);
    expect(await second.store.runningRound('telegram', group.id)).toBeDefined();
  });

  it('closes a round interrupted for too long, keeping its scores', async () => {
    const file = await newFile();
    const first = await crashedRound(file);
    const clock = new FakeClock(first.clock.now() + 3_600_000);
    const second = await setup({ file, clock });
    expect(second.table.posts.map((p) => p.reply.title)).toEqual([expect.stringMatching(/^Answer 1:/), 'Quiz over']);
    expect(second.table.posts[1]!.reply.body).toContain('interrupted by a restart');
    expect(await second.store.runningRound('telegram', group.id)).toBeUndefined();
    expect(await second.store.standings('telegram', group.id)).toMatchObject([
      { userName: 'Alice', points: 1 },
      { userName: 'Bob', points: 0 },
    ]);
    await clock.advance(60_000);
    expect(second.table.asked).toHaveLength(0);
  });

  it('asks the first question when the crash came before it, once the dead process\'s lease ran out', async () => {
    const file = await newFile();
    const first = await setup({ file });
    await first.quiz.start(ctx(alice), { questions: 2 });
    open.splice(open.indexOf(first.quiz), 1);
    const clock = new FakeClock(first.clock.now() + 500);
    const second = await setup({ file, clock });
    // The first process's lease (5 s) still holds: the second leaves the round alone.
    await second.quiz.heartbeat();
    await clock.advance(4000);
    await second.quiz.heartbeat();
    expect(second.table.asked).toHaveLength(0);
    await clock.advance(500);
    await second.quiz.heartbeat();
    await clock.advance(1000);
    expect(second.table.asked.map((a) => a.view.number)).toEqual([1]);
    expect(second.table.last.view.total).toBe(2);
  });

  it('keeps rounds running through a clean shutdown and a detach', async () => {
    const file = await newFile();
    const first = await setup({ file });
    await first.quiz.start(ctx(alice), { questions: 2 });
    await first.clock.advance(1000);
    await answer(first.quiz, first.table, alice, true);
    open.splice(open.indexOf(first.quiz), 1);
    await first.quiz.close();
    expect(first.clock.pendingTimers).toBe(0);

    const clock = new FakeClock(first.clock.now() + 5000);
    const second = await setup({ file, clock });
    const q1 = first.table.last.view;
    expect((await second.quiz.answer({ platform: 'telegram', user: bob, option: q1.correct, questionId: q1.id })).status).toBe(
      'recorded',
    );
    // The adapter reconnects: the round goes on at its new table.
    second.quiz.detach('telegram');
    expect(clock.pendingTimers).toBe(0);
    const table = new RecordingQuizTable();
    await second.quiz.attach('telegram', table);
    await clock.advance(25_000);
    expect(table.posts[0]!.reply.body).toContain('Right: Alice, Bob (2 of 2 answers).');
    await clock.advance(1000);
    expect(table.last.view.number).toBe(2);
  });

  it('resumes only the rounds of chats this process serves (one shard of several)', async () => {
    const file = await newFile();
    const first = await crashedRound(file);
    const clock = new FakeClock(first.clock.now() + 1000);
    const other = await setup({ file, clock, serves: (chat) => chat.id !== group.id });
    await clock.advance(60_000);
    expect(other.table.posts).toHaveLength(0);
    expect(await other.store.runningRound('telegram', group.id)).toBeDefined();
    const owner = await setup({ file, clock, serves: (chat) => chat.id === group.id });
    await clock.advance(20_000);
    expect(owner.table.posts[0]!.reply.body).toContain('Right: Alice');
  });

  it('leaves another platform\'s rounds alone', async () => {
    const file = await newFile();
    const first = await crashedRound(file);
    const clock = new FakeClock(first.clock.now() + 1000);
    const second = await setup({ file, clock, platform: 'discord' });
    await clock.advance(60_000);
    expect(second.table.posts).toHaveLength(0);
    expect(await second.store.runningRound('telegram', group.id)).toBeDefined();
  });
});

describe('re-asking missed questions', () => {
  /** Plays one round in the group; each row says how a player answers question n (null: not at all). */
  async function playRound(
    { clock, quiz, table, store }: Awaited<ReturnType<typeof setup>>,
    options: { missed?: boolean; questions: number },
    plan: [UserRef, (boolean | null)[]][],
    starter: UserRef = alice,
  ): Promise<string[]> {
    const started = await quiz.start(ctx(starter), options);
    expect(started.kind).toBe('quiz');
    const round = (await store.runningRound('telegram', group.id))!;
    await clock.advance(1000);
    for (let n = 0; n < round.questionIds.length; n++) {
      expect(table.last.view.id).toBe(`${round.id}:${n + 1}`);
      for (const [user, answers] of plan) {
        const right = answers[n];
        if (right !== null && right !== undefined) expect((await answer(quiz, table, user, right)).status).toBe('recorded');
      }
      await clock.advance(31_000);
    }
    expect(await store.runningRound('telegram', group.id)).toBeUndefined();
    return round.questionIds;
  }

  it('asks no question twice in a chat until its pool for the topic is used up, across restarts', async () => {
    // One place for both "processes": a SQLite file, or a database on the run's PostgreSQL.
    const file = await kind.place();
    const topic = 'leaders';
    const first = await setup({ file });
    const pool = first.quiz.bank.questions.filter((q) => q.topics.includes(topic)).map((q) => q.id);
    const start = (g: Awaited<ReturnType<typeof setup>>) => g.quiz.start(ctx(alice), { questions: 3, topic });
    const play = async (g: Awaited<ReturnType<typeof setup>>): Promise<string[]> => {
      expect((await start(g)).kind).toBe('quiz');
      const round = (await g.store.runningRound('telegram', group.id))!;
      await g.clock.advance(1000);
      for (let n = 0; n < round.questionIds.length; n++) await g.clock.advance(31_000);
      expect(await g.store.runningRound('telegram', group.id)).toBeUndefined();
      return round.questionIds;
    };
    const asked = await play(first);
    await first.quiz.close();
    open.splice(open.indexOf(first.quiz), 1);
    // The history is in the store: a new process goes on with questions not yet asked.
    const second = await setup({ file });
    while (asked.length + 3 <= pool.length) {
      const next = await play(second);
      expect(next.filter((id) => asked.includes(id)), `after ${asked.length}`).toEqual([]);
      asked.push(...next);
    }
    // Another chat has its own history: it may get any of them.
    const other = await second.store.questionHistory('telegram', '-999');
    expect(other.size).toBe(0);
  });

  it('asks the questions a player got wrong or let pass, most recent first, and everyone scores', async () => {
    const game = await setup();
    const { quiz, store } = game;
    const [q1, q2, q3, q4] = await playRound(game, { questions: 4 }, [
      [alice, [true, false, null, false]],
      [bob, [null, null, true, null]],
    ]);
    expect(await store.missedQuestions('telegram', group.id, alice.id)).toEqual([q4, q3, q2]);
    expect(await store.missedQuestions('telegram', group.id, bob.id)).toEqual([q4, q2, q1]);
    expect(await store.missedQuestions('telegram', group.id, alice.id, 1)).toEqual([q4]);
    // Another chat keeps its own record.
    expect(await store.missedQuestions('telegram', '-999', alice.id)).toEqual([]);

    const started = await quiz.start(ctx(alice), { missed: true, questions: 5 });
    expect(started).toMatchObject({ kind: 'quiz', title: 'Quiz: 3 missed questions (only 3 missed)' });
    expect((await store.runningRound('telegram', group.id))!.questionIds).toEqual([q4, q3, q2]);
    await quiz.stop(ctx(alice));

    const again = await playRound(game, { missed: true, questions: 3 }, [
      [alice, [true, false, null]],
      [bob, [true, true, true]],
    ]);
    expect(again).toEqual([q4, q3, q2]);
    // Bob scored on Alice's review round like in any other: 1 + 3 earlier points and streak bonuses.
    const standings = await store.standingsOf('telegram', group.id, [bob.id]);
    expect(standings[0]).toMatchObject({ right: 4, answered: 4 });
    // Answered right this time: no longer missed. Missed again: back at the front.
    expect(await store.missedQuestions('telegram', group.id, alice.id)).toEqual([q2, q3]);
    expect(await store.missedQuestions('telegram', group.id, bob.id)).toEqual([q1]);
  });

  it('counts only questions still in the bank and narrows them by topic and difficulty', async () => {
    const file = await kind.place();
    const first = await setup({ file });
    const ids = await playRound(first, { questions: 3 }, [[alice, [false, false, false]]]);
    await first.quiz.close();
    open.splice(open.indexOf(first.quiz), 1);

    const bank = first.quiz.bank;
    const kept = bank.questions.filter((q) => q.id !== ids[2]);
    const second = await setup({
      file,
      engine: { bank: { questions: kept, byId: new Map(kept.map((q) => [q.id, q])), topics: bank.topics, levels: bank.levels } },
    });
    await second.quiz.start(ctx(alice), { missed: true });
    expect((await second.store.runningRound('telegram', group.id))!.questionIds).toEqual([ids[1], ids[0]]);
    await second.quiz.stop(ctx(alice));

    const first0 = bank.byId.get(ids[0]!)!;
    const other = DIFFICULTIES.find((d) => d !== first0.difficulty && d !== bank.byId.get(ids[1]!)!.difficulty);
    await second.quiz.start(ctx(alice), { missed: true, difficulty: first0.difficulty });
    const narrowed = (await second.store.runningRound('telegram', group.id))!.questionIds;
    expect(narrowed).toContain(ids[0]);
    expect(narrowed.every((id) => bank.byId.get(id)!.difficulty === first0.difficulty)).toBe(true);
    await second.quiz.stop(ctx(alice));
    if (other) {
      const none = await second.quiz.start(ctx(alice), { missed: true, difficulty: other });
      expect(none.body).toContain('no missed questions here yet for that topic and difficulty');
    }
  });

  it('answers kindly when a player has missed nothing here', async () => {
    const game = await setup();
    const none = await game.quiz.start(ctx(carol), { missed: true });
    expect(none).toMatchObject({ kind: 'quiz', ephemeral: true });
    expect(none.body).toContain('You have no missed questions here yet');
    expect(await game.store.runningRound('telegram', group.id)).toBeUndefined();
    await playRound(game, { questions: 2 }, [[carol, [true, true]]], carol);
    expect((await game.quiz.start(ctx(carol), { missed: true })).body).toContain('You have no missed questions here yet');
    expect(game.clock.pendingTimers).toBe(0);
  });
});

describe('several processes on one store', () => {
  it('drives each round from one process; when it dies, another takes over and reveals every answer', async () => {
    const file = await kind.place();
    const a = await setup({ file, prefix: 'a' });
    const clockB = new FakeClock(a.clock.now());
    const b = await setup({ file, clock: clockB, prefix: 'b' });
    const both = async (ms: number) => {
      await a.clock.advance(ms);
      await clockB.advance(ms);
      await a.quiz.heartbeat();
      await b.quiz.heartbeat();
    };
    await a.quiz.start(ctx(alice), { questions: 2 });
    await both(1000);
    const q1 = a.table.last;
    // Answers arrive at both processes; a repeat through the other one does not count.
    expect((await a.quiz.answer({ platform: 'telegram', user: alice, option: q1.view.correct, ref: q1.ref })).status).toBe('recorded');
    expect((await b.quiz.answer({ platform: 'telegram', user: bob, option: q1.view.correct, ref: q1.ref })).status).toBe('recorded');
    expect((await b.quiz.answer({ platform: 'telegram', user: alice, option: a.table.wrong, ref: q1.ref })).status).toBe('repeat');
    await both(10_000);
    expect(b.table.log).toEqual([]); // A is alive: B only records answers

    // A dies: its timers never fire again.
    a.clock.settle = async () => {};
    open.splice(open.indexOf(a.quiz), 1);
    expect((await b.quiz.answer({ platform: 'telegram', user: carol, option: a.table.wrong, ref: q1.ref })).status).toBe('recorded');
    await clockB.advance(4000);
    await b.quiz.heartbeat();
    expect(b.table.log).toEqual([]); // A's lease still holds
    await clockB.advance(1500);
    await b.quiz.heartbeat(); // run out: B takes the round over, the question still has 14.5 s
    expect(b.table.log).toEqual([]);
    await clockB.advance(14_500);
    expect(b.table.log).toEqual(['close 1', `post Answer 1: ${q1.view.options[q1.view.correct]}`]);
    expect(b.table.posts[0]!.reply.body).toContain('Right: Alice, Bob (2 of 3 answers).');
    await clockB.advance(1000);
    expect(b.table.last.view.number).toBe(2);
    await clockB.advance(30_000);
    expect(b.table.posts.at(-1)!.reply.title).toBe('Quiz over');
    expect(a.table.log).toEqual(['ask 1']);
  });

  it('lets a round go when another process took its lease, so nothing is posted twice', async () => {
    const file = await kind.place();
    const a = await setup({ file, prefix: 'a' });
    await a.quiz.start(ctx(alice), { questions: 2 });
    await a.clock.advance(1000);
    // A stalls past its lease (a long pause), and B takes the round over meanwhile.
    await a.clock.advance(6000);
    const clockB = new FakeClock(a.clock.now());
    const b = await setup({ file, clock: clockB, prefix: 'b' });
    expect(b.table.log).toEqual([]);
    for (let s = 0; s < 30; s++) {
      await clockB.advance(1000);
      await b.quiz.heartbeat();
      await a.clock.advance(1000); // A's reveal timer fires in here, but A no longer holds the lease
    }
    expect(a.table.log).toEqual(['ask 1']);
    expect(b.table.log.slice(0, 3)).toEqual(['close 1', expect.stringMatching(/^post Answer 1/), 'ask 2']);
  });

  it.runIf(kind.name === 'sqlite')('tells the chat and closes the round when the disk fills up mid-round', async () => {
    const file = await kind.place();
    const game = await setup({ file });
    await game.quiz.start(ctx(alice), { questions: 3 });
    await game.clock.advance(1000);
    await answer(game.quiz, game.table, alice, true);
    await game.clock.advance(30_000);
    // The file may not grow by one more page: the next question cannot be recorded.
    const db = (game.store as SqliteQuizStore).db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    // Small rows fill every page of the questions' table and indexes, so the next question finds no room.
    const filler = db.prepare(
      `INSERT INTO asked (round_id, number, question_id, platform, chat_id, shown, ref, asked_at, closes_at) VALUES (?, ?, 'q', 'terminal', 'f', '{}', ?, 0, 0)`,
    );
    const roundId = game.table.last.view.id.split(':')[0]!;
    expect(() => {
      for (let i = 100; i < 1_000_000; i++) filler.run(roundId, i, `f${i}`);
    }).toThrow(/full/);
    await game.clock.advance(1000);
    // The next question is stored before it is shown: with no room for it, it is never shown.
    expect(game.table.log.slice(-2)).toEqual([expect.stringMatching(/^post Answer 1/), 'post Quiz stopped']);
    const last = game.table.posts.at(-1)!.reply;
    expect(last.body).toContain('The quiz stopped: I could not save the game');
    expect(last.body).not.toContain('Question 2');
    expect(last.body).toContain('Alice: 1 point');
    await game.clock.advance(120_000);
    expect(game.table.asked).toHaveLength(1);
    expect(game.clock.pendingTimers).toBe(0);
  });
});

describe('a round in the language it started in', () => {
  const aliya: UserRef = { id: 'k1', name: 'Алия' };
  const bekzat: UserRef = { id: 'k2', name: 'Бекзат' };
  /** English words left once source keys (SA, SB) are taken out. */
  const latinWords = (text: string) => text.replace(/\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)*\b/g, '').match(/[A-Za-z]{2,}/g) ?? [];
  let translated: Knowledge;
  /** The translated kinds only: every question a round asks is then in the round's language. */
  let english: QuestionBank;
  beforeAll(() => {
    translated = translatedQuizKnowledge();
    const full = buildQuestionBank(translated);
    const kept = full.questions.filter((q) => ['hand-written', 'role', 'born', 'person-role'].includes(q.kind));
    english = { questions: kept, byId: new Map(kept.map((q) => [q.id, q])), topics: full.topics, levels: full.levels };
  });
  const engine = () => ({ knowledge: translated, banks: { en: english } });
  const expectIn = (text: string, where: string) => {
    expect(text, where).toMatch(/[а-яёәғқңөұүһі]/i);
    expect(latinWords(text), where).toEqual([]);
  };

  it.each<[Language, RegExp, string, string]>([
    ['ru', /^Ответ на вопрос 1: /, 'Викторина окончена', 'Викторина: 2 вопроса'],
    ['kk', /^1-сұрақтың жауабы: /, 'Викторина аяқталды', 'Викторина: 2 сұрақ'],
  ])('asks, reveals and sums up in %s', async (lang, answerTitle, overTitle, startTitle) => {
    const { clock, quiz, table } = await setup({ engine: engine() });
    const started = await quiz.start(ctx(aliya), { questions: 2, language: lang });
    expect(started.title).toBe(startTitle);
    expectIn(started.body, 'start');
    await clock.advance(1000);
    const q1 = table.last.view;
    expect(q1.language).toBe(lang);
    expectIn(q1.question, 'question');
    for (const o of q1.options) if (!/^\d+$/.test(o)) expectIn(o, 'option');
    expectIn(q1.explanation, 'explanation');
    // The same question, option for option, as the English bank has it.
    const en = english.byId.get(quiz.bankIn(lang).questions.find((q) => q.question === q1.question)!.id)!;
    expect(q1.options.length).toBe(en.options.length);
    const outcome = await quiz.answer({ platform: 'telegram', user: aliya, option: q1.correct, questionId: q1.id, chatId: group.id });
    expect(outcome.message).toBe(lang === 'ru' ? `Ответ принят: ${q1.options[q1.correct]}.` : `Жауабыңыз қабылданды: ${q1.options[q1.correct]}.`);
    await quiz.answer({ platform: 'telegram', user: bekzat, option: table.wrong, questionId: q1.id, chatId: group.id });
    await clock.advance(30_000);
    const reveal = table.posts.at(-1)!.reply;
    expect(reveal.title).toMatch(answerTitle);
    expectIn(reveal.title!, 'reveal title');
    expectIn(reveal.body, 'reveal');
    expect(reveal.body).toContain(lang === 'ru' ? 'Верно: Алия (1 из 2 ответов).' : 'Дұрыс жауап бергендер: Алия (барлығы 2 жауап, оның 1 дұрыс).');
    await clock.advance(1000);
    const q2 = table.last.view;
    expect(q2.number).toBe(2);
    expectIn(q2.question, 'question 2');
    await quiz.answer({ platform: 'telegram', user: aliya, option: q2.correct, questionId: q2.id, chatId: group.id });
    await clock.advance(30_000);
    const summary = table.posts.at(-1)!.reply;
    expect(summary.title).toBe(overTitle);
    expect(summary.body.split('\n').slice(1)).toEqual(
      lang === 'ru' ? ['1. Алия: 2 очка (2/2 верно, серия 2)', '2. Бекзат: 0 очков (0/2 верно)'] : ['1. Алия: 2 ұпай (2/2 дұрыс, қатарынан 2)', '2. Бекзат: 0 ұпай (0/2 дұрыс)'],
    );
    // An English round in the same chat afterwards is English again.
    expect((await quiz.start(ctx(alice), { questions: 1 })).title).toBe('Quiz: 1 question');
  });

  it('keeps its language when another process takes the round over', async () => {
    const file = await kind.place();
    const a = await setup({ file, prefix: 'a', engine: engine() });
    const clockB = new FakeClock(a.clock.now());
    const b = await setup({ file, clock: clockB, prefix: 'b', engine: engine() });
    await a.quiz.start(ctx(aliya), { questions: 2, language: 'kk' });
    await a.clock.advance(1000);
    await clockB.advance(1000);
    const q1 = a.table.last.view;
    expectIn(q1.question, 'question 1');
    // A dies; B takes the round over once A's lease ran out, and plays on in Kazakh.
    a.clock.settle = async () => {};
    open.splice(open.indexOf(a.quiz), 1);
    await clockB.advance(6000);
    await b.quiz.heartbeat();
    await clockB.advance(24_000);
    expect(b.table.log[0]).toBe('close 1');
    const reveal = b.table.posts[0]!.reply;
    expect(reveal.title).toBe(`1-сұрақтың жауабы: ${q1.options[q1.correct]}`);
    expectIn(reveal.body, 'reveal after the takeover');
    await clockB.advance(1000);
    const q2 = b.table.last.view;
    expect(q2).toMatchObject({ number: 2, language: 'kk' });
    expectIn(q2.question, 'question 2 after the takeover');
    await clockB.advance(30_000);
    expect(b.table.posts.at(-1)!.reply.title).toBe('Викторина аяқталды');
  });

  it('stops, refuses and shows the leaderboard in the language asked', async () => {
    const { quiz } = await setup({ engine: engine() });
    await quiz.start({ ...ctx(aliya), language: 'ru' }, { questions: 1, language: 'ru' });
    expect((await quiz.start({ ...ctx(bekzat), language: 'ru' }, { language: 'ru' })).body).toBe(
      'В этом чате уже идёт викторина. Дождитесь её окончания или остановите её командой /quiz stop.',
    );
    expect((await quiz.stop({ ...ctx(bekzat), language: 'kk' })).body).toBe('Викторинаны оны бастаған Алия немесе чат әкімшісі ғана тоқтата алады.');
    const stopped = await quiz.stop({ ...ctx(aliya), language: 'ru' });
    expect(stopped.title).toBe('Викторина остановлена');
    expect(stopped.body).toMatch(/^Алия: викторина остановлена\./);
    expect((await quiz.stop({ ...ctx(aliya), language: 'kk' })).body).toBe('Бұл чатта викторина жүріп жатқан жоқ.');
    expect((await quiz.leaderboard(group, 10, 'kk')).title).toBe('Көшбасшылар кестесі');
  });
});
