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

describe('generator rules that keep questions fair', () => {
  const build = (extra: Record<string, string>) => buildQuestionBank(quizKnowledge(extra));
  const right = (q: Question) => q.options[q.answer]!;
  const wrong = (q: Question) => q.options.filter((_, i) => i !== q.answer);

  it('offers no one who was a child or already dead at the time as holder of a dated role', () => {
    const bank = build({
      'people/pavel.yaml': `
id: pavel
kind: person
name: Pavel Petrov
aliases: [Павел Петров]
summary: { text: A liberal politician of the old capital., sources: [SA] }
roles:
  - { title: Leader of the Liberal Circle, from: '1880', sources: [SB] }
topics: [party]
`,
    });
    const q = bank.questions.find((x) => x.kind === 'role' && x.question.includes('Liberal Circle'))!;
    // In 1880 only Timur Tolegenov (born 1860, died 1910) was a grown man among the others: Aman
    // was 14, the rest unborn, and Oraz the Chronicler long dead.
    expect([...q.options].sort()).toEqual(['Pavel Petrov', 'Timur Tolegenov']);
  });

  it('skips an undated role that another person held in a like post, and keeps a dated one', () => {
    const southern = (b: QuestionBank) => b.questions.filter((x) => x.kind === 'role' && x.question.includes('Southern Government'));
    expect(southern(buildQuestionBank(quizKnowledge())).map(right)).toEqual(['Farid Faizov']);
    const bank = build({
      'people/zhan.yaml': `
id: zhan
kind: person
name: Zhan Zhanov
aliases: [Жан Жанұлы]
summary: { text: A politician in exile., sources: [SA] }
born: [{ date: '1888', sources: [SA] }]
roles:
  - { title: Chairman of the Southern Government in exile, from: '1925', to: '1930', sources: [SB] }
topics: [leaders]
`,
    });
    // "Head of the Southern Government", with no years, would fit both men.
    const asked = southern(bank);
    expect(asked.map(right)).toEqual(['Zhan Zhanov']);
    expect(asked[0]!.question).toContain('(1925 – 1930)');
  });

  it('offers first the people of the holder\'s own topics as other holders of a role', () => {
    const famine = (id: string, name: string, kazakh: string) => `
id: ${id}
kind: person
name: ${name}
aliases: [${kazakh}]
summary: { text: A writer who wrote about the famine., sources: [SA] }
born: [{ date: '1900', sources: [SA] }]
topics: [famine]
`;
    const bank = build({
      'people/kadyr.yaml': famine('kadyr', 'Kadyr Kaliev', 'Қадыр Қалиұлы'),
      'people/marat.yaml': famine('marat', 'Marat Mukanov', 'Марат Мұқанұлы'),
    });
    const union = bank.questions.find((q) => q.kind === 'role' && q.question.includes('Writers Union'))!;
    expect(right(union)).toBe('Gani Galiev');
    expect(wrong(union)).toEqual(expect.arrayContaining(['Kadyr Kaliev', 'Marat Mukanov']));
  });

  it('asks no date as settled when a disputed fact of the event questions it', () => {
    const purge = (facts: string) => `
id: purge
kind: event
name: The great arrests
summary: { text: Most of the steppe leaders were arrested., sources: [SA] }
when:
  - { date: '1935', end: '1938', sources: [SA] }
${facts}
topics: [legacy]
`;
    const asked = (b: QuestionBank) => b.questions.some((q) => q.kind === 'event-date' && q.entries[0] === 'purge');
    expect(asked(build({ 'events/purge.yaml': purge('') }))).toBe(true);
    const disputed = purge(`facts:
  - about: Whether most were shot in these years
    versions:
      - { text: Most were shot between 1935 and 1938., date: '1935', end: '1938', sources: [SA] }
      - { text: 'Several died later, in 1939 and 1941.', sources: [SB] }`);
    expect(asked(build({ 'events/purge.yaml': disputed }))).toBe(false);
  });

  it('spells names with options of one form: no lone surname among full names', () => {
    const bank = build({
      'people/kulman.yaml': `
id: kulman
kind: person
name: B. Kulmanov
aliases: [Kulmanov, Құлманов]
summary: { text: Chairman of a congress., sources: [SA] }
topics: [congresses]
`,
    });
    const spellings = bank.questions.filter((q) => q.kind === 'spelling');
    expect(spellings.length).toBeGreaterThan(3);
    for (const q of spellings) {
      const words = new Set(q.options.map((o) => o.split(/\s+/).length));
      expect(words.size, q.question).toBe(1);
      expect(q.options, q.question).not.toContain('Құлманов');
    }
    // Too few one-word spellings to ask B. Kulmanov's fairly.
    expect(spellings.map((q) => q.entries[0])).not.toContain('kulman');
  });

  it('moves a range of years by more than its length, so no wrong option half overlaps it', () => {
    const bank = build({
      'events/purge.yaml': `
id: purge
kind: event
name: The great arrests
summary: { text: Most of the steppe leaders were arrested., sources: [SA] }
when:
  - { date: '1935', end: '1938', sources: [SA] }
topics: [legacy]
`,
    });
    const q = bank.questions.find((x) => x.kind === 'event-date' && x.entries[0] === 'purge')!;
    expect(right(q)).toBe('1935 – 1938');
    for (const o of wrong(q)) {
      const [from, to] = o.split(' – ').map(Number) as [number, number];
      expect(to - from, o).toBe(3);
      expect(to < 1935 || from > 1938, o).toBe(true);
    }
  });

  it('never offers the new-style equivalent of an old-style version as a wrong date', () => {
    const bank = build({
      'events/proclamation.yaml': `
id: proclamation
kind: event
name: Proclamation of the Steppe Autonomy
summary: { text: The second congress proclaimed the autonomy., sources: [SA] }
when:
  - { date: 1917-12-29, sources: [SC] }
  - { date: 1917-12-05, end: 1917-12-13, calendar: julian, sources: [SA] }
topics: [autonomy]
`,
    });
    const q = bank.questions.find((x) => x.kind === 'disputed-date')!;
    expect(right(q)).toBe('29 December 1917');
    expect(q.options).toHaveLength(4);
    // 5-13 December old style is 18-26 December new style.
    for (const o of wrong(q)) {
      const m = /^(\d+)(?:–(\d+))? December 1917$/.exec(o);
      if (!m) continue; // another month
      const [first, last] = [Number(m[1]), Number(m[2] ?? m[1])];
      expect(last < 18 || first > 26, o).toBe(true);
      expect(last < 5 || first > 13, o).toBe(true);
    }
  });

  it('names terms bare and hides a telling word no wrong option shares', () => {
    const bank = build({
      'terms/prison.yaml': `
id: stone-prison
kind: place
name: Stone Prison (Capital)
summary: { text: Stone Prison is the capital prison where Aman Alpysov was shot in 1937., sources: [SA] }
topics: [places]
`,
      'terms/song.yaml': `
id: morning-song
kind: publication
name: Morning Song (1909)
summary: { text: Morning Song is a book of poems by Dana Dosova printed in 1909., sources: [SB] }
topics: [press]
`,
    });
    const identify = bank.questions.filter((q) => q.kind === 'identify-term');
    for (const q of identify) for (const o of q.options) expect(o, q.question).not.toMatch(/\(/);
    const prison = identify.find((q) => q.entries[0] === 'stone-prison')!;
    expect(right(prison)).toBe('Stone Prison');
    expect(prison.question).toBe('Which of these is described here: "… is the capital … where Aman Alpysov was shot in 1937."');
    const song = identify.find((q) => q.entries[0] === 'morning-song')!;
    expect(right(song)).toBe('Morning Song');
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
