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
import { formatDateText } from '../src/core/dates';
import { difficultiesOf } from '../src/core/quiz/bank';
import { noQuestionsReply, topicsLine, topicsReply } from '../src/core/quiz/replies';
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
        'which-first',
        'disputed-claim',
        'person-role',
        'event-place',
      ]),
    );
    expect(bank.topics).toEqual(['autonomy', 'chronicles', 'congresses', 'famine', 'leaders', 'legacy', 'party', 'places', 'press', 'railway']);
  });

  it('asks dates only where the sources agree, with nearby dates of the same precision', () => {
    const dated = of('event-date');
    expect(dated.map((q) => q.entries[0]).sort()).toEqual(['first-congress', 'founding', 'letter-of-three', 'monument']);
    // The year in the event's name is not shown: it would give the answer away.
    expect(dated.find((q) => q.entries[0] === 'monument')!.question).toBe('When was the monument to the steppe leaders unveiled?');
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
    expect(letter.question).toBe('Who did NOT sign the Letter of Three?');
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
    const chair = of('role').find((q) => q.question.includes('chaired the Steppe Council'))!;
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
    expect(asked[0]!.question).toBe('Who chaired the Southern Government in exile from 1925 to 1930?');
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

  it('names terms bare, and asks a description only where a wrong option shares its telling word', () => {
    const lone = build({
      'terms/prison.yaml': `
id: stone-prison
kind: place
name: Stone Prison (Capital)
summary: { text: Stone Prison is the capital prison where Aman Alpysov was shot in 1937., sources: [SA] }
topics: [places]
`,
    });
    // "prison" would give the answer away, and no other option has it: not asked.
    expect(lone.questions.filter((q) => q.kind === 'identify-term').map((q) => q.entries[0])).not.toContain('stone-prison');
    const bank = build({
      'terms/camp.yaml': `
id: north-camp
kind: place
name: North Prison Camp
summary: { text: North Prison Camp is a camp on an island in the north., sources: [SA] }
topics: [places]
`,
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
    expect(prison.question).toBe('Which of these is the capital prison where Aman Alpysov was shot in 1937?');
    expect(prison.options).toContain('North Prison Camp');
    const song = identify.find((q) => q.entries[0] === 'morning-song')!;
    expect(right(song)).toBe('Morning Song');
  });
});

describe('hand-written questions', () => {
  const bad = (yaml: string) => () => buildQuestionBank(quizKnowledge({ 'quiz/questions.yaml': yaml }));
  const one = (fields: string) => `questions:\n  - id: bad-one\n${fields}`;
  const base = {
    question: '    question: Which?\n    question_ru: Какой?\n    question_kk: Қайсысы?\n',
    options: '    options: [One, Two]\n    options_ru: [Один, Два]\n    options_kk: [Бір, Екі]\n',
    answer: '    answer: One\n    answer_ru: Один\n    answer_kk: Бір\n',
    explanation: '    explanation: Because.\n    explanation_ru: Потому что.\n    explanation_kk: Себебі.\n',
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
    [{ question: '    question: Which?\n    question_ru: Какой?\n' }, 'field "question_kk": missing the Kazakh translation'],
    [{ answer: '    answer: One\n    answer_ru: Три\n    answer_kk: Бір\n' }, 'field "answer_ru": must be written exactly as one of options_ru'],
    [{ answer: '    answer: One\n    answer_ru: Два\n    answer_kk: Бір\n' }, 'field "answer_ru": must be the option in the same place as the English answer'],
    [{ options: '    options: [One, Two]\n    options_ru: [Один, Два, Три]\n    options_kk: [Бір, Екі]\n' }, 'field "options_ru": must have as many options'],
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
    const knowledge = loadKnowledge(dir, { translations: false });
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
    const knowledge = loadKnowledge(dir, { translations: false });
    const bank = buildQuestionBank(knowledge);
    expectFit(bank, knowledge);
    expect(bank.questions.filter((q) => q.kind !== 'hand-written').length).toBeGreaterThan(20);
    // Every topic /quiz offers as a choice has questions.
    for (const topic of QUIZ_TOPICS) expect(bank.topics, topic).toContain(topic);
  });
});

describe('the whole bank, as `npm run bank` prints it', () => {
  const ready = existsSync(join('knowledge', 'sources.yaml'));
  const knowledge = ready ? loadKnowledge('knowledge') : quizKnowledge();
  const bank = buildQuestionBank(knowledge);
  const leaks = [/[{}]/, /\bundefined\b|\bnull\b|\bNaN\b|\[object /, /…|\.\.\./, / {2}/, / [,.;:?!]/, /\(\s*\)|""/];

  it.skipIf(!ready)('holds at least 400 distinct questions, none repeated in id or text', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(400);
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
    expect(new Set(bank.questions.map((q) => q.question.toLowerCase())).size).toBe(bank.questions.length);
  });

  it('fits Telegram quiz polls: option count, answer in range, distinct options, lengths', () => {
    for (const q of bank.questions) {
      const where = `${q.id}: ${q.question}`;
      expect(q.question.length, where).toBeGreaterThanOrEqual(1);
      expect(q.question.length, where).toBeLessThanOrEqual(300);
      expect(q.options.length, where).toBeGreaterThanOrEqual(2);
      expect(q.options.length, where).toBeLessThanOrEqual(10);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.options.length, where).toBe(true);
      expect(new Set(q.options.map((o) => o.trim().toLowerCase())).size, where).toBe(q.options.length);
      for (const o of q.options) expect(o.length, where).toBeGreaterThanOrEqual(1);
      for (const o of q.options) expect(o.length, where).toBeLessThanOrEqual(100);
      expect(q.explanation.length, where).toBeLessThanOrEqual(200);
      expect((q.explanation.match(/\n/g) ?? []).length, where).toBeLessThanOrEqual(2);
    }
  });

  it('leaks no template into a generated question or option', () => {
    for (const q of bank.questions.filter((x) => x.kind !== 'hand-written'))
      for (const text of [q.question, ...q.options]) for (const leak of leaks) expect(text, q.id).not.toMatch(leak);
  });

  it.skipIf(!ready)('reads as a person would ask: no "this take place" forms, no quoted blanks', () => {
    for (const q of bank.questions) {
      expect(q.question, q.id).not.toMatch(/take place:|described here|this:/);
      expect(q.question, q.id).not.toMatch(/"[^"]*…[^"]*"/);
    }
    const texts = bank.questions.map((q) => q.question);
    expect(texts).toContain('When did Bukeikhanov leave the Kadets?');
    expect(texts).toContain('Who chaired the Second All-Kazakh Congress?');
  });

  it.skipIf(!ready)('offers the Kazakh congress chair only Kazakh figures of the movement as wrong answers', () => {
    const chair = bank.questions.find((q) => q.question === 'Who chaired the Second All-Kazakh Congress?')!;
    expect(chair.options[chair.answer]).toMatch(/^(B\.|Bakhtygerey) Kulmanov$/);
    const outsiders = ['Vladimir Lenin', 'Joseph Stalin', 'Pavel Milyukov', 'Filipp Goloshchekin', 'Alexander Kolchak', 'Alexander Dutov', 'Stanislav Pestkovsky'];
    for (const o of chair.options) expect(outsiders).not.toContain(o);
    // Bukeikhanov gave the report at that congress: named in the same fact, so never a wrong option.
    expect(chair.options).not.toContain('Alikhan Bukeikhanov');
  });

  it('never offers as wrong a date that some version of the fact gives', () => {
    for (const q of bank.questions.filter((x) => ['event-date', 'disputed-date'].includes(x.kind))) {
      const e = knowledge.byId.get(q.entries[0]!) as Event;
      const given = e.when.map((v) => (v.end ? `${v.date}/${v.end}` : v.date));
      const wrong = q.options.filter((_, i) => i !== q.answer);
      for (const v of e.when) {
        const shown = v.end ? undefined : v.date;
        if (shown) for (const w of wrong) expect(w, `${q.id} ${given.join(',')}`).not.toBe(formatDateText(shown));
      }
    }
    for (const q of bank.questions.filter((x) => x.kind === 'disputed-claim' && x.options[x.answer] === 'False')) {
      const date = /gives (.+)\.$/.exec(q.question)![1]!;
      expect(q.explanation, q.id).not.toContain(date);
    }
  });

  it.skipIf(!ready)('has questions of the new kinds', () => {
    const kinds = new Set(bank.questions.map((q) => q.kind));
    for (const k of ['which-first', 'author', 'person-role', 'disputed-claim', 'fact', 'event-place'] as const) expect(kinds, k).toContain(k);
    const claim = bank.questions.find((q) => q.kind === 'disputed-claim')!;
    expect(claim.question).toMatch(/^Sources disagree/);
    expect(claim.options).toEqual(['True', 'False']);
  });

  it('says which difficulties each topic has', () => {
    for (const [topic, levels] of bank.levels) {
      const counted = bank.questions.filter((q) => q.topics.includes(topic));
      expect(levels.easy + levels.medium + levels.hard, topic).toBe(counted.length);
    }
  });
});

describe('picking without repeats in a chat', () => {
  const bank = buildQuestionBank(quizKnowledge());
  const pool = bank.questions.filter((q) => q.topics.includes('leaders'));

  it('asks never-asked questions first, then the least recently asked', () => {
    const history = new Map<string, number>();
    const seen = new Set<string>();
    // Rounds of 3 until the pool is used up: no question comes twice.
    for (let round = 0; seen.size < pool.length && round < 100; round++) {
      const picked = pickQuestions(bank, { count: 3, topic: 'leaders' }, seededRandom(`r${round}`), history);
      expect(picked.length).toBeGreaterThan(0);
      const fresh = picked.filter((q) => !seen.has(q.id));
      if (seen.size + 3 <= pool.length) expect(fresh.length, `round ${round}`).toBe(picked.length);
      for (const q of picked) {
        seen.add(q.id);
        history.set(q.id, 1000 + round);
      }
    }
    expect(seen.size).toBe(pool.length);
    // All asked: the oldest come back first.
    const oldest = [...history.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    history.set(oldest, 0);
    const next = pickQuestions(bank, { count: 1, topic: 'leaders' }, seededRandom('again'), history);
    expect(next.map((q) => q.id)).toEqual([oldest]);
  });
});

describe('what /quiz says about topics and difficulties', () => {
  const bank = buildQuestionBank(quizKnowledge());
  const sparse = bank.topics.find((t) => difficultiesOf(bank, t).length < 3)!;

  it('names the difficulties a topic has when asked for one it lacks', () => {
    const has = difficultiesOf(bank, sparse);
    const missing = (['easy', 'medium', 'hard'] as const).find((d) => !has.includes(d))!;
    const reply = noQuestionsReply(bank, sparse, missing);
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain(`no ${missing} questions on ${sparse}`);
    for (const d of has) expect(reply.body).toContain(d);
    expect(topicsLine(bank)).toContain(`${sparse} (${has.join(', ')})`);
    expect(topicsReply(bank).body).toContain(`${sparse}: `);
  });
});
