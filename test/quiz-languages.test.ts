import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge } from '../src/core/knowledge/load';
import { LANGUAGES } from '../src/core/language';
import { say } from '../src/core/phrases';
import { buildQuestionBank, LIMITS, questionProblems, type QuestionBank } from '../src/core/quiz/bank';
import { leaderboardReply, resetReply, startReply, summaryReply } from '../src/core/quiz/replies';
import type { AnswerRecord, Standing } from '../src/core/quiz/store';
import { translatedQuizKnowledge } from './fakes/quiz-knowledge';

/** Latin letters left once source keys (SA, W-AB, RU-ZHA) are taken out: English words. */
const latinWords = (text: string) => text.replace(/\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)*\b/g, '').match(/[A-Za-z]{2,}/g) ?? [];

/** Telegram's quiz poll limits, which every language's every question must fit. */
function expectFits(bank: QuestionBank, lang: string): void {
  for (const q of bank.questions) {
    const where = `${lang} ${q.id}: ${q.question}`;
    expect(questionProblems(q), where).toEqual([]);
    expect(q.question.length, where).toBeLessThanOrEqual(300);
    for (const o of q.options) expect(o.length, where).toBeLessThanOrEqual(100);
    expect(q.explanation.length, where).toBeLessThanOrEqual(200);
    expect(q.options.length, where).toBeLessThanOrEqual(LIMITS.maxOptions);
  }
}

describe('counts in each language', () => {
  const points = (count: number, lang: 'en' | 'ru' | 'kk') => say('quiz.scoreLine', { rank: 1, name: 'A', count, right: 0, asked: 3 }, lang);

  it('uses Russian one/few/many forms, Kazakh and English one/other', () => {
    expect([1, 2, 5, 11, 21, 22].map((n) => points(n, 'ru').match(/\d+ \S+/)![0])).toEqual([
      '1 очко',
      '2 очка',
      '5 очков',
      '11 очков',
      '21 очко',
      '22 очка',
    ]);
    expect([1, 5].map((n) => points(n, 'kk').match(/\d+ \S+/)![0])).toEqual(['1 ұпай', '5 ұпай']);
    expect([1, 5].map((n) => points(n, 'en').match(/\d+ \S+/)![0])).toEqual(['1 point', '5 points']);
  });

  it('writes leaderboards, resets, starts and summaries in the language asked', () => {
    const row = (name: string, points: number): Standing => ({ userId: name, userName: name, points, right: points, answered: 5, streak: 0, bestStreak: 2 });
    const board = leaderboardReply([row('Алия', 5), row('Бекзат', 2), row('Дана', 1)], 'ru');
    expect(board.title).toBe('Таблица лидеров');
    expect(board.body.split('\n')).toEqual([
      '1. Алия: 5 очков (5/5 верно, лучшая серия 2)',
      '2. Бекзат: 2 очка (2/5 верно, лучшая серия 2)',
      '3. Дана: 1 очко (1/5 верно, лучшая серия 2)',
    ]);
    expect(leaderboardReply([row('Алия', 5)], 'kk').body).toBe('1. Алия: 5 ұпай (5/5 дұрыс, ең ұзақ қатар 2)');
    expect(resetReply('Алия', 3, 'ru').body).toBe('Алия: таблица лидеров этого чата сброшена (удалено 3 игрока).');
    expect(resetReply('Алия', 1, 'ru').body).toBe('Алия: таблица лидеров этого чата сброшена (удалён 1 игрок).');
    const start = (picked: number, lang: 'ru' | 'kk') =>
      startReply({ starter: 'Алия', picked, requested: picked, missed: false, countGiven: true, seconds: 30, typedAnswers: false, language: lang });
    expect([1, 3, 5].map((n) => start(n, 'ru').title)).toEqual(['Викторина: 1 вопрос', 'Викторина: 3 вопроса', 'Викторина: 5 вопросов']);
    expect(start(3, 'kk').title).toBe('Викторина: 3 сұрақ');
    expect(start(3, 'ru').body).toBe('Викторину начинает Алия. 30 секунд на вопрос, у каждого один ответ. Сейчас будет первый вопрос.');
    const answer = (userId: string, correct: boolean): AnswerRecord =>
      ({ roundId: 'r', number: 1, platform: 'telegram', chatId: 'c', userId, userName: userId, option: 0, correct, points: correct ? 1 : 0, at: 0 }) as AnswerRecord;
    const summary = summaryReply('Викторина окончена', [answer('Алия', true), answer('Алия', true), answer('Бекзат', false)], 2, [], 'ru');
    expect(summary.body).toBe('Очки за раунд:\n1. Алия: 2 очка (2/2 верно)\n2. Бекзат: 0 очков (0/2 верно)');
  });

  it('has every English quiz key in Russian and Kazakh, with the plural forms each needs', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
    const base = (k: string) => k.replace(/_(one|few|many|other)$/, '');
    const en = new Set(keys(say('quiz', { returnObjects: true }, 'en')).map(base));
    for (const lang of ['ru', 'kk'] as const) {
      const all = keys(say('quiz', { returnObjects: true }, lang));
      expect(new Set(all.map(base)), lang).toEqual(en);
      // A counted key has each plural form the language uses.
      for (const k of new Set(all.filter((k) => k !== base(k)).map(base)))
        for (const form of lang === 'ru' ? ['one', 'few', 'many', 'other'] : ['one', 'other']) expect(all, `${lang} ${k}`).toContain(`${k}_${form}`);
    }
  });
});

describe('the question bank in every language', () => {
  let knowledge: Knowledge;
  const banks = new Map<string, QuestionBank>();
  beforeAll(() => {
    knowledge = translatedQuizKnowledge();
    for (const lang of LANGUAGES) banks.set(lang, buildQuestionBank(knowledge, lang));
  });

  it('holds the English questions, by the same ids, answers and topics, minus those it cannot write in the language', () => {
    const en = banks.get('en')!;
    for (const lang of ['ru', 'kk']) {
      const bank = banks.get(lang)!;
      const ids = bank.questions.map((q) => q.id);
      // In the English order, and never a question English does not have.
      expect(ids).toEqual(en.questions.map((q) => q.id).filter((id) => bank.byId.has(id)));
      expect(bank.questions.map((q) => [q.answer, q.options.length, q.difficulty, q.topics])).toEqual(
        ids.map((id) => en.byId.get(id)!).map((q) => [q.answer, q.options.length, q.difficulty, q.topics]),
      );
      // Every question the bank keeps is wholly in the language.
      for (const q of bank.questions) expect(latinWords([q.question, ...q.options, q.explanation].join(' ').replace(/«[^»]*»/g, '')), `${lang} ${q.id}`).toEqual([]);
      expect(bank.topics).toEqual(en.topics);
      expectFits(bank, lang);
    }
  });

  it('writes translated entries\' questions wholly in the language: names, posts, dates', () => {
    for (const lang of ['ru', 'kk'] as const) {
      const bank = banks.get(lang)!;
      const role = bank.questions.find((q) => q.kind === 'role' && q.entries[0] === 'aman')!;
      expect(role.question).toBe(lang === 'ru' ? 'Председатель Степного совета — кто это?' : 'Дала кеңесінің төрағасы — кім болды?');
      expect(role.options[role.answer]).toBe(lang === 'ru' ? 'Аман Алпысов' : 'Аман Әлпісов');
      const born = bank.questions.find((q) => q.kind === 'born' && q.entries[0] === 'aman')!;
      expect(born.explanation).toBe(lang === 'ru' ? 'Аман Алпысов: дата рождения — 5 марта 1866 г. Источники: SA.' : 'Аман Әлпісов: туған күні — 5 наурыз 1866 ж. Дереккөздер: SA.');
      for (const q of bank.questions.filter((q) => ['role', 'person-role', 'born', 'hand-written'].includes(q.kind))) {
        const where = `${lang} ${q.id}`;
        expect(latinWords(q.question), where).toEqual([]);
        expect(q.options.flatMap(latinWords), where).toEqual([]);
        expect(latinWords(q.explanation), where).toEqual([]);
      }
    }
    // Dates in options are each language's: "21–28 июля 1917 г.", "21–28 шілде 1917 ж.".
    const dated = (lang: string) => banks.get(lang)!.questions.find((q) => q.kind === 'event-date' && q.entries[0] === 'first-congress')!;
    expect(dated('en').options[dated('en').answer]).toBe('21–28 July 1917');
    expect(dated('ru').options[dated('ru').answer]).toBe('21–28 июля 1917 г.');
    expect(dated('kk').options[dated('kk').answer]).toBe('21–28 шілде 1917 ж.');
    // True or false stays in its order, in words of the language.
    const claim = banks.get('ru')!.questions.find((q) => q.kind === 'disputed-claim')!;
    expect(claim.options).toEqual(['Верно', 'Неверно']);
    expect(claim.question).toMatch(/^«[^»]+»|Источники расходятся/);
  });

  const real = existsSync(join('knowledge', 'sources.yaml'));
  it.skipIf(!real)('fits Telegram quiz polls in every language, from the real knowledge/, with the same ids', () => {
    const k = loadKnowledge('knowledge');
    const en = buildQuestionBank(k);
    for (const lang of ['ru', 'kk'] as const) {
      const bank = buildQuestionBank(k, lang);
      const ids = bank.questions.map((q) => q.id);
      expect(ids).toEqual(en.questions.map((q) => q.id).filter((id) => bank.byId.has(id)));
      // A few generated descriptions cannot be cut from a translated summary; the rest are kept.
      expect(ids.length).toBeGreaterThan(en.questions.length * 0.85);
      expectFits(bank, lang);
      // The hand-written questions are all translated.
      for (const q of bank.questions.filter((q) => q.kind === 'hand-written')) {
        expect(q.question, q.id).toMatch(/[а-яё]/i);
        expect(q.question).not.toBe(en.byId.get(q.id)!.question);
        expect(latinWords(q.question), q.id).toEqual([]);
      }
    }
  });
});
