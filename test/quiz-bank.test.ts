import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadKnowledge, type Knowledge } from '../src/core/knowledge/load';
import { isDisputed, type Event } from '../src/core/knowledge/schema';
import {
  arrangeOptions,
  buildQuestionBank,
  LIMITS,
  pickQuestions,
  QuizBankError,
  questionProblems,
  seededRandom,
  type Question,
  type QuestionBank,
} from '../src/core/quiz/bank';
import { QUIZ_TOPICS } from '../src/core/quiz/topics';
import { quizKnowledge, writeQuizKnowledge } from './fakes/quiz-knowledge';

/** What every question must satisfy, whatever its kind. */
function expectFit(bank: QuestionBank, knowledge: Knowledge): void {
  expect(bank.questions.length).toBeGreaterThan(0);
  const ids = new Set<string>();
  for (const q of bank.questions) {
    const where = `${q.id}: ${q.question}`;
    expect(questionProblems(q), where).toEqual([]);
    expect(q.question.length, where).toBeLessThanOrEqual(LIMITS.question);
    expect(q.options.length, where).toBeGreaterThanOrEqual(2);
    expect(q.options.length, where).toBeLessThanOrEqual(10);
    for (const o of q.options) expect(o.length, where).toBeLessThanOrEqual(LIMITS.option);
    expect(new Set(q.options.map((o) => o.toLowerCase())).size, where).toBe(q.options.length);
    expect(q.options[q.answer], where).toBeDefined();
    expect(q.explanation.length, where).toBeLessThanOrEqual(LIMITS.explanation);
    expect((q.explanation.match(/\n/g) ?? []).length, where).toBeLessThanOrEqual(2);
    expect(q.sources.length, where).toBeGreaterThan(0);
    for (const s of q.sources) expect(knowledge.sources, where).toHaveProperty([s]);
    expect(['easy', 'medium', 'hard'], where).toContain(q.difficulty);
    expect(q.topics.length, where).toBeGreaterThan(0);
    expect(ids.has(q.id), where).toBe(false);
    ids.add(q.id);
    expectNoSilentDispute(q, knowledge);
  }
}

/** A question about an entry's disputed date must say that sources disagree. */
function expectNoSilentDispute(q: Question, knowledge: Knowledge): void {
  if (q.kind === 'hand-written') {
    // Hand-written questions about a disputed fact must say whose account they ask about.
    return;
  }
  const entry = knowledge.byId.get(q.entries[0]!)!;
  const where = `${q.id}: ${q.question}`;
  if (q.kind === 'event-date') expect((entry as Event).when, where).toHaveLength(1);
  if (q.kind === 'born' && entry.kind === 'person') expect(entry.born, where).toHaveLength(1);
  if (q.kind === 'died' && entry.kind === 'person') expect(entry.died, where).toHaveLength(1);
  if (q.kind === 'disputed-date') expect(q.question, where).toMatch(/sources disagree/i);
  // No generated question quotes a disputed statement as a settled one.
  for (const f of entry.facts.filter(isDisputed))
    for (const v of f.versions) expect(q.options[q.answer], where).not.toBe(v.text);
}

describe('the question bank from fixture knowledge', () => {
  const knowledge = quizKnowledge();
  const bank = buildQuestionBank(knowledge);
  const of = (kind: Question['kind']) => bank.questions.filter((q) => q.kind === kind);

  it('holds questions of every kind, each fit to ask', () => {
    expectFit(bank, knowledge);
    expect(new Set(bank.questions.map((q) => q.kind))).toEqual(
      new Set([
        'event-date',
        'disputed-date',
        'born',
        'died',
        'role',
        'spelling',
        'not-participant',
        'describe-person',
        'describe-term',
        'identify-term',
        'hand-written',
      ]),
    );
    expect(bank.topics).toEqual(['autonomy', 'chronicles', 'congresses', 'famine', 'leaders', 'legacy', 'party', 'places', 'press', 'railway']);
  });

  it('asks dates only where the sources agree, with nearby dates of the same precision', () => {
    const dated = of('event-date');
    expect(dated.map((q) => q.entries[0]).sort()).toEqual(['first-congress', 'founding', 'letter-of-three', 'monument']);
    // The year in the event's name is not shown: it would give the answer away.
    expect(dated.find((q) => q.entries[0] === 'monument')!.question).toBe('When did this take place: Monument to the steppe leaders?');
    const founding = dated.find((q) => q.entries[0] === 'founding')!;
    expect(founding.options[founding.answer]).toBe('1913');
    for (const o of founding.options) expect(Math.abs(Number(o) - 1913)).toBeLessThanOrEqual(3);
    expect(founding.difficulty).toBe('easy');
    const letter = dated.find((q) => q.entries[0] === 'letter-of-three')!;
    expect(letter.options[letter.answer]).toBe('July 1932');
    for (const o of letter.options) expect(o).toMatch(/^(January|February|March|April|May|June|July|August|September|October|November|December) 1932$/);
    const congress = dated.find((q) => q.entries[0] === 'first-congress')!;
    expect(congress.options[congress.answer]).toBe('21–28 July 1917');
    expect(congress.difficulty).toBe('hard');
    // The people whose birth dates are disputed get no birth question.
    expect(of('born').map((q) => q.entries[0])).not.toContain('disputed');
  });

  it('asks a disputed date only saying so, with exactly one version among the options', () => {
    const [q] = of('disputed-date');
    expect(q!.entries).toEqual(['proclamation']);
    expect(q!.question).toContain('Sources disagree');
    const versions = ['13 December 1917', '23 December 1917'];
    expect(q!.options.filter((o) => versions.includes(o))).toEqual([q!.options[q!.answer]]);
    expect(q!.explanation).toContain('13 December 1917 (SA); 23 December 1917 (SC)');
  });

  it('asks "who was NOT" only where absence is certain', () => {
    const nots = of('not-participant');
    const letter = nots.find((q) => q.entries[0] === 'letter-of-three')!;
    expect(letter.question).toBe('Who of these was NOT a signatory of this: Letter of Three?');
    const signatories = ['Gani Galiev', 'Farid Faizov', 'Erlan Esov'];
    expect(signatories).not.toContain(letter.options[letter.answer]);
    expect(letter.options.filter((_, i) => i !== letter.answer).every((o) => signatories.includes(o))).toBe(true);
    // For a congress only someone of the same era who was certainly absent (here: dead by then);
    // never a figure of another century, which would make the question trivial.
    const congress = nots.find((q) => q.entries[0] === 'first-congress')!;
    expect(congress.options[congress.answer]).toBe('Timur Tolegenov');
    expect(nots.flatMap((q) => q.options)).not.toContain('Oraz the Chronicler');
    // A commemoration's participants are the people honoured: no such question.
    expect(nots.map((q) => q.entries[0])).not.toContain('monument');
  });

  it('offers people of the same era as wrong answers to "who held this role"', () => {
    const chair = of('role').find((q) => q.question.includes('Chairman of the Steppe Council'))!;
    expect(chair.options[chair.answer]).toBe('Aman Alpysov');
    expect(chair.options).not.toContain('Oraz the Chronicler');
    expect(chair.difficulty).toBe('easy');
    const spelling = of('spelling').find((q) => q.entries[0] === 'dana')!;
    expect(spelling.options[spelling.answer]).toBe('Дана Досқызы');
    expect(spelling.options).not.toContain('Ораз Шежірешіұлы');
  });

  it('keeps ids stable for the same content and changes them with the fact', () => {
    expect(buildQuestionBank(quizKnowledge()).questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
    const changed = buildQuestionBank(
      quizKnowledge({
        'events/founding.yaml': `
id: founding
kind: event
name: Founding of the Morning Star newspaper
summary: { text: The newspaper Morning Star was founded., sources: [SB] }
when:
  - { date: 1914, sources: [SB] }
topics: [press]
`,
      }),
    );
    const id = (b: QuestionBank) => b.questions.find((q) => q.kind === 'event-date' && q.entries[0] === 'founding')!.id;
    expect(id(changed)).not.toBe(id(bank));
  });

  it('picks questions by topic and difficulty and orders options per round', () => {
    const picked = pickQuestions(bank, { count: 50, topic: 'leaders', difficulty: 'easy' }, seededRandom('x'));
    expect(picked.length).toBeGreaterThan(0);
    for (const q of picked) expect([q.topics.includes('leaders'), q.difficulty]).toEqual([true, 'easy']);
    expect(pickQuestions(bank, { count: 3 }, seededRandom('y'))).toHaveLength(3);
    const q = bank.questions[0]!;
    const a = arrangeOptions(q, 'round-a');
    expect(a).toEqual(arrangeOptions(q, 'round-a'));
    expect(a.options[a.correct]).toBe(q.options[q.answer]);
    expect([...a.options].sort()).toEqual([...q.options].sort());
  });
});

describe('hand-written questions', () => {
  const bad = (yaml: string) => () => buildQuestionBank(quizKnowledge({ 'quiz/questions.yaml': yaml }));
  const one = (fields: string) => `questions:\n  - id: bad-one\n${fields}`;
  const base = {
    question: '    question: Which?\n',
    options: '    options: [One, Two]\n',
    answer: '    answer: One\n',
    explanation: '    explanation: Because.\n',
    sources: '    sources: [SA]\n',
    topics: '    topics: [press]\n',
    difficulty: '    difficulty: easy\n',
  };
  const with_ = (over: Partial<typeof base>) => one(Object.values({ ...base, ...over }).join(''));

  it('accepts a well-formed question', () => {
    expect(bad(with_({}))().byId.get('bad-one')).toMatchObject({ options: ['One', 'Two'], answer: 0 });
  });

  it.each([
    [{ answer: '    answer: Three\n' }, 'field "answer": must be written exactly as one of the options'],
    [{ sources: '    sources: [NOPE]\n' }, 'field "sources.0": unknown source "NOPE"'],
    [{ options: '    options: [One, one]\n' }, 'field "options": two options are alike'],
    [{ options: '    options: [One]\n' }, 'field "options"'],
    [{ explanation: `    explanation: ${'x'.repeat(201)}\n` }, 'field "explanation"'],
    [{ explanation: '    explanation: "a\\nb\\nc\\nd"\n' }, 'field "explanation": at most 2 line feeds'],
    [{ difficulty: '    difficulty: tricky\n' }, 'field "difficulty"'],
    [{ question: '' }, 'field "question"'],
  ])('names the file, the question and the field: %o', (over, message) => {
    try {
      bad(with_(over))();
      expect.unreachable('the bank should refuse the question');
    } catch (error) {
      expect(error).toBeInstanceOf(QuizBankError);
      expect((error as Error).message).toContain(`quiz/questions.yaml: question "bad-one": ${message}`);
    }
  });

  it('validates the questions shipped in knowledge/quiz', () => {
    const shipped = readFileSync(join('knowledge', 'quiz', 'questions.yaml'), 'utf8');
    const keys = new Set((parse(shipped) as { questions: { sources: string[] }[] }).questions.flatMap((q) => q.sources));
    const dir = writeQuizKnowledge({
      'quiz/questions.yaml': shipped,
      'sources.yaml': [...keys, 'SA', 'SB', 'SC'].map((k) => `${k}: { title: ${k} }`).join('\n'),
    });
    const knowledge = loadKnowledge(dir);
    const bank = buildQuestionBank(knowledge);
    const written = bank.questions.filter((q) => q.kind === 'hand-written');
    expect(written.length).toBeGreaterThanOrEqual(10);
    expectFit(bank, knowledge);
  });
});

describe('the question bank from the real knowledge/', () => {
  const ready = existsSync(join('knowledge', 'sources.yaml'));
  it.skipIf(!ready)('builds, and every question is fit to ask', () => {
    // Copy so that a stray file written by a test never lands in knowledge/.
    const dir = mkdtempSync(join(tmpdir(), 'alash-real-knowledge-'));
    cpSync('knowledge', dir, { recursive: true });
    writeFileSync(join(dir, '.copied'), '');
    const knowledge = loadKnowledge(dir);
    const bank = buildQuestionBank(knowledge);
    expectFit(bank, knowledge);
    expect(bank.questions.filter((q) => q.kind !== 'hand-written').length).toBeGreaterThan(20);
    // Every topic /quiz offers as a choice has questions.
    for (const topic of QUIZ_TOPICS) expect(bank.topics, topic).toContain(topic);
  });
});
