import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/core/chat';
import { Core } from '../src/core/core';
import { replyToText, type Reply } from '../src/core/reply';
import { ONE_FACT, answerLead, entryIds, firstSentence, latinWords, loadQuestions, problems, type Question } from './answer-suite';

/**
 * The answer suite: every question of test/questions/*.yaml through `core.handleText` in a
 * private chat, checked by `problems` (see test/answer-suite.ts for the file format and rules).
 * Questions marked `todo` run with `it.fails`; the summary at the end prints the real pass count.
 */
const questions = loadQuestions('test/questions');
const passed = new Map<string, boolean>();
const found = new Map<string, string[]>();
const texts = new Map<string, string>();
let core: Core;
let chats = 0;

beforeAll(async () => {
  core = await Core.create();
});

afterAll(() => {
  const tally = (list: Question[]) => `${list.filter((q) => passed.get(q.name)).length}/${list.length}`;
  const by = (key: (q: Question) => string | undefined) => {
    const groups = new Map<string, Question[]>();
    for (const q of questions) {
      const k = key(q) ?? '-';
      groups.set(k, [...(groups.get(k) ?? []), q]);
    }
    return [...groups].map(([k, list]) => `${k} ${tally(list)}`).join(', ');
  };
  const oneFact = questions.filter((q) => q.asks && ONE_FACT.has(q.asks));
  console.log(
    [
      `answer suite: ${tally(questions)} pass, ${questions.filter((q) => q.todo).length} marked todo`,
      `  one-fact questions: ${tally(oneFact)}`,
      `  by file: ${by((q) => q.file)}`,
      `  by kind: ${by((q) => q.kind)}`,
      `  by answer kind: ${by((q) => q.asks)}`,
    ].join('\n'),
  );
  // ANSWERS_REPORT=file.json writes every question's problems, for reviewing the todo marks.
  const report = process.env.ANSWERS_REPORT;
  if (report) {
    const rows = questions.map((q) => ({
      name: q.name,
      file: q.file,
      item: q.item,
      turn: q.turn ?? null,
      q: q.q,
      kind: q.kind,
      todo: q.todo ?? null,
      problems: found.get(q.name) ?? null,
      text: texts.get(q.name) ?? null,
    }));
    writeFileSync(report, JSON.stringify(rows, null, 1));
  }
});

/** Asks the earlier turns of its conversation, then the question, in a chat of its own. */
async function ask(q: Question): Promise<Reply | null> {
  const context: Context = { chat: { platform: 'terminal', id: `suite-${++chats}`, kind: 'private' }, user: { id: 'asker', name: 'Asker' }, addressed: true };
  for (const before of q.before) await core.handleText(before, context);
  return core.handleText(q.q, context);
}

describe('answer suite', () => {
  it('has at least 260 questions, at least half asking for one specific fact', () => {
    expect(questions.length).toBeGreaterThanOrEqual(260);
    expect(questions.filter((q) => q.asks && ONE_FACT.has(q.asks)).length * 2).toBeGreaterThanOrEqual(questions.length);
  });

  it('names only entries that exist', () => {
    const unknown = questions.flatMap((q) => (q.entry ?? []).flatMap(entryIds).filter((id) => !core.knowledge.byId.has(id)).map((id) => `${q.name}: ${id}`));
    expect(unknown).toEqual([]);
  });

  for (const q of questions) {
    const run = async () => {
      const reply = await ask(q);
      const wrong = problems(q, reply);
      texts.set(q.name, reply ? replyToText(reply) : '');
      passed.set(q.name, wrong.length === 0);
      found.set(q.name, wrong);
      if (wrong.length) throw new Error(wrong.join('\n'));
    };
    if (q.todo) it.fails(`${q.name} (todo: ${q.todo})`, run);
    else it(q.name, run);
  }
});

describe('problems (the suite\'s own rules)', () => {
  const answer = (body: string, extra: Partial<Reply> = {}): Reply => ({ kind: 'answer', body, entries: ['dulatov'], ...extra });
  const fact = { q: 'when did Dulatov die?', kind: 'fact' as const, expect: ['5 October 1935'], entry: ['dulatov'] };

  it('passes a short answer with the fact first, and fails one with the fact later, another entry or too long', () => {
    expect(problems(fact, answer('Dulatov died on 5 October 1935 in Solovki [W-MD].'))).toEqual([]);
    expect(problems(fact, answer('Dulatov was a poet. He died on 5 October 1935.'))).toHaveLength(1);
    expect(problems(fact, answer('Dulatov died on 5 October 1935.', { entries: ['solovki'] }))).toHaveLength(1);
    expect(problems(fact, answer(`Dulatov died on 5 October 1935. ${'x'.repeat(500)}`))).toHaveLength(1);
    expect(problems({ ...fact, entry: ['solovki|dulatov'] }, answer('Dulatov died on 5 October 1935.'))).toEqual([]);
    expect(problems(fact, answer('Which one? 5 October 1935.', { choices: [{ label: 'A', request: 'a' }] }))).toHaveLength(1);
  });

  it('reads a verdict as a whole word at the start of the lead', () => {
    const yesno = { q: 'was Dulatov shot?', kind: 'yesno' as const, expect: ['no', 'illness'], entry: ['dulatov'] };
    expect(problems(yesno, answer('No. He died of illness in Solovki.'))).toEqual([]);
    expect(problems(yesno, answer('No, he died of illness in Solovki.'))).toEqual([]);
    expect(problems(yesno, answer('November 1935: he died of illness.'))).toHaveLength(1);
    expect(problems(yesno, answer('He died of illness; no.'))).toHaveLength(1);
  });

  it('wants "I don\'t know" with suggestions and nothing else for an unknown question', () => {
    const unknown = { q: 'who was Napoleon?', kind: 'unknown' as const };
    const ok: Reply = { kind: 'not-found', body: "I don't know anything about Napoleon.", entries: [], suggestions: [{ label: 'Bukeikhanov', request: 'who bukeikhanov' }] };
    expect(problems(unknown, ok)).toEqual([]);
    expect(problems(unknown, { ...ok, suggestions: [] })).toEqual(['no suggestions']);
    expect(problems(unknown, { ...ok, body: 'Napoleon is not here.' })).toHaveLength(1);
    expect(problems(unknown, { ...ok, entries: ['dulatov'], sources: [{ key: 'W-MD', title: 'x' }] })).toHaveLength(2);
    expect(problems(unknown, null)).toEqual(['no reply at all']);
  });
});

describe('the language of a reply (`lang`)', () => {
  const ru = { q: 'когда умер Дулатов?', kind: 'fact' as const, expect: ['5 октября 1935'], entry: ['dulatov'], lang: 'ru' as const };
  const reply = (body: string, language?: Reply['language']): Reply => ({ kind: 'answer', body, entries: ['dulatov'], language });

  it('wants the reply in the asked language', () => {
    expect(problems(ru, reply('Миржакып Дулатов: дата смерти — 5 октября 1935 г. [W-MD].', 'ru'))).toEqual([]);
    expect(problems(ru, reply('Миржакып Дулатов: дата смерти — 5 октября 1935 г. [W-MD].', 'kk'))).toEqual(['reply language kk, want ru']);
    // No `language` on a reply means English.
    expect(problems({ ...ru, lang: 'en' }, reply('Mirzhakip Dulatov died on 5 October 1935 [W-MD].'))).toHaveLength(1);
    expect(problems({ ...ru, lang: 'en' }, reply('Dulatov: 5 октября 1935 [W-MD].'))).toEqual([]);
  });

  it('lists English words left in a Russian or Kazakh reply, but not citations, quotes or Roman numerals', () => {
    expect(problems(ru, reply('Dulatov: место смерти — Solovki, 5 октября 1935 г.', 'ru'))).toEqual(['Latin words in a ru reply: Dulatov, Solovki']);
    expect(latinWords('First All-Kazakh Congress: место — Orenburg [WP, GOV].')).toEqual(['First', 'All', 'Kazakh', 'Congress', 'Orenburg']);
    expect(latinWords('Абай — поэт XIX века [W-AB, SEM-MD]; книга «Oyan, Qazaq!», статья "Alash (party)" и “Qazaq”.')).toEqual([]);
    expect(latinWords('Ол 1 шілдеде туған, 5 мм, a.k. ok')).toEqual([]);
  });
});

describe('firstSentence', () => {
  it.each([
    ['The Alash Orda government sat in Semipalatinsk [W-AA]. It had a council.', 'The Alash Orda government sat in Semipalatinsk [W-AA].'],
    ['Qadyrgali Jalaiyr was born c. 1530 or c. 1535. He wrote a chronicle.', 'Qadyrgali Jalaiyr was born c. 1530 or c. 1535.'],
    ['He studied in St. Petersburg. Then he came home.', 'He studied in St. Petersburg.'],
    ['It was edited by A. Baitursynov. It came out weekly.', 'It was edited by A. Baitursynov.'],
    ['B. Kulmanov chaired it. Bukeikhanov spoke.', 'B. Kulmanov chaired it.'],
    ['Between 1.5 and 2.3 million people died. It was 1933.', 'Between 1.5 and 2.3 million people died.'],
    ['Sources disagree: 26 August 1920 (base article) or 5 March 1920 (most other sources). More follows.', 'Sources disagree: 26 August 1920 (base article) or 5 March 1920 (most other sources).'],
    ['Its motto was "Oyan, Qazaq!" (Wake up, Kazakh!) from 1909. Next.', 'Its motto was "Oyan, Qazaq!" (Wake up, Kazakh!) from 1909.'],
    ['He said "Wake up." Then left.', 'He said "Wake up."'],
    ['First line\nSecond line.', 'First line'],
    ['Yes. Bukeikhanov chaired it.', 'Yes.'],
    ['Основана в 1917 г. в Оренбурге. Далее.', 'Основана в 1917 г. в Оренбурге.'],
    ['Ахмет Байтұрсынұлы (1872 ж. туған). Ол ақын.', 'Ахмет Байтұрсынұлы (1872 ж. туған).'],
    ['No full stop at all', 'No full stop at all'],
    ['  Leading space. Trailing  ', 'Leading space.'],
    ['Who? Him.', 'Who?'],
  ])('%j -> %j', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });

  it('the answer lead takes the sentence after a bare verdict', () => {
    expect(answerLead('Yes. Bukeikhanov chaired it. More.')).toBe('Yes. Bukeikhanov chaired it.');
    expect(answerLead('No, Dulatov died in 1935. More.')).toBe('No, Dulatov died in 1935.');
    expect(answerLead('Sources disagree: 1872 or 1873. More.')).toBe('Sources disagree: 1872 or 1873.');
    expect(answerLead('Нет. Дулатов умер от болезни. Ещё.')).toBe('Нет. Дулатов умер от болезни.');
    expect(answerLead('Источники расходятся. 1872 или 1873. Ещё.')).toBe('Источники расходятся. 1872 или 1873.');
    expect(answerLead('Дереккөздер әртүрлі айтады. 1872 немесе 1873. Тағы.')).toBe('Дереккөздер әртүрлі айтады. 1872 немесе 1873.');
  });
});

describe('group chatter', () => {
  const group: Context = { chat: { platform: 'telegram', id: '-100', kind: 'group' }, user: { id: 'g', name: 'g' }, addressed: false };

  it.each([
    ['what happened on 26 August 1920?', true],
    ['что произошло 26 августа 1920', true],
    ['қашан 1917 болды', true],
    ['I was born in 1990', false],
    ['see you on 26 August', false],
    ['what happened in 1850?', false],
    ['lol 1917 was a year', false],
    ['who was Bukeikhanov?', false],
  ])('%s -> answered: %s', async (text, answered) => {
    expect((await core.handleText(text, group)) !== null).toBe(answered);
  });

  it('answers names too when the deployment asks for it, but never chatter', async () => {
    const names = await Core.create({ knowledge: core.knowledge, groupReplies: 'names' });
    expect(await names.handleText('who was Bukeikhanov?', group)).not.toBeNull();
    expect(await names.handleText('Bukeikhanov is cool', group)).toBeNull();
    const off = await Core.create({ knowledge: core.knowledge, groupReplies: 'off' });
    expect(await off.handleText('what happened on 26 August 1920?', group)).toBeNull();
    expect(await off.handleText('/who Bukeikhanov', { ...group, addressed: true })).not.toBeNull();
  });
});

describe('autocomplete', () => {
  it.each([
    ['Бөкей', 'bukeikhanov'],
    ['bokeih', 'bukeikhanov'],
    ['bukeikhanv', 'bukeikhanov'],
    ['Байтұр', 'baitursynov'],
    ['alash o', 'alash-orda'],
    ['qaz', 'qazaq'],
    ['first con', 'first-all-kazakh-congress'],
    ['letter', 'letter-of-five'],
  ])('%s -> %s first', (typed, id) => {
    expect(core.complete(typed, 25)[0]?.value).toBe(id);
  });

  it('offers at most the limit, names of at most 100 characters, and nothing for gibberish', () => {
    const all = core.complete('a', 25);
    expect(all.length).toBeLessThanOrEqual(25);
    for (const c of all) expect(c.name.length).toBeLessThanOrEqual(100);
    expect(core.complete('xyzzy', 25)).toEqual([]);
    expect(core.complete('', 5).map((c) => c.value)).toContain('bukeikhanov');
  });
});
