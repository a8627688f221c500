import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/core/chat';
import { Core } from '../src/core/core';
import { replyToText, type Reply } from '../src/core/reply';

/**
 * The answer-quality suite: questions of every kind people ask, with what a right answer must
 * contain. `first` is the entry the reply must be about (its first entry); `has` are entries
 * it must draw on; `text` are phrases it must say (dates, "disagree"); `decline` means the bot
 * must say it does not know, drawing on no entry.
 */
interface Case {
  ask: string;
  first?: string;
  has?: string[];
  text?: (string | RegExp)[];
  not?: (string | RegExp)[];
  decline?: boolean;
  kind?: Reply['kind'];
}

const cases: Case[] = [
  // Names: every spelling of the same man
  { ask: 'Bukeikhanov', first: 'bukeikhanov' },
  { ask: 'Bokeikhanov', first: 'bukeikhanov' },
  { ask: 'Бөкейханов', first: 'bukeikhanov' },
  { ask: 'Букейханов', first: 'bukeikhanov' },
  { ask: 'bukeihanov', first: 'bukeikhanov' },
  { ask: 'Bukeykhanov', first: 'bukeikhanov' },
  { ask: 'Әлихан Бөкейхан', first: 'bukeikhanov' },
  { ask: 'Alikhan Bokeikhan', first: 'bukeikhanov' },
  { ask: '/who Bukeikhanov', first: 'bukeikhanov', text: ['1866', '1937'] },
  { ask: '/alash who Бөкейханов', first: 'bukeikhanov' },
  { ask: 'Baitursynov', first: 'baitursynov' },
  { ask: 'Байтұрсынұлы', first: 'baitursynov' },
  { ask: 'baitursinov', first: 'baitursynov' },
  { ask: 'Ahmet Baitursynuly', first: 'baitursynov' },
  { ask: 'Байтурсынов', first: 'baitursynov' },
  { ask: 'Dulatov', first: 'dulatov' },
  { ask: 'Міржақып Дулатұлы', first: 'dulatov' },
  { ask: 'Mirjaqyp Dulatuly', first: 'dulatov' },
  { ask: 'Shokay', first: 'shokay' },
  { ask: 'Mustafa Chokay', first: 'shokay' },
  { ask: 'Мұстафа Шоқай', first: 'shokay' },
  { ask: 'Zhumabayev', first: 'zhumabayev' },
  { ask: 'Магжан Жумабаев', first: 'zhumabayev' },
  { ask: 'Tynyshpaev', first: 'tynyshpaev' },
  { ask: 'Тынышпаев', first: 'tynyshpaev' },
  { ask: 'Ryskulov', first: 'ryskulov' },
  { ask: 'Турар Рыскулов', first: 'ryskulov' },
  { ask: 'Musirepov', first: 'musirepov' },
  { ask: 'Musrepov', first: 'musirepov' },
  { ask: 'Sydykov', first: 'sydykov' },
  { ask: 'Zhansha Dosmukhamedov', first: 'zhansha-dosmukhamedov' },
  { ask: 'Khalel Dosmukhamedov', first: 'khalel-dosmukhamedov' },
  { ask: 'Jalaiyr', first: 'jalaiyr' },
  // Typos
  { ask: 'Bukeikhanv', first: 'bukeikhanov' },
  { ask: 'Baitursnov', first: 'baitursynov' },
  { ask: 'Dulatof', first: 'dulatov' },
  { ask: 'Tynyshpayev', first: 'tynyshpaev' },
  { ask: 'Zhumabaev', first: 'zhumabayev' },
  // A surname two people share: ask which
  { ask: 'Dosmukhamedov', has: ['khalel-dosmukhamedov', 'zhansha-dosmukhamedov'], text: [/which/i] },
  // Natural questions, English
  { ask: 'who was Bukeikhanov?', first: 'bukeikhanov' },
  { ask: 'Who was the chairman of Alash Orda?', first: 'alash-orda' },
  { ask: 'when was Baitursynov born?', first: 'baitursynov', text: ['1872', '1873', /disagree/i] },
  { ask: 'when did Dulatov die?', first: 'dulatov', text: ['5 October 1935'] },
  { ask: 'when was Bukeikhanov born', first: 'bukeikhanov', text: ['5 March 1866', '25 March 1866'] },
  { ask: 'when did Bukeikhanov die?', first: 'bukeikhanov', text: ['27 September 1937'] },
  { ask: 'what was Qazaq?', first: 'qazaq', text: ['1913'] },
  { ask: 'what is Alash Orda?', first: 'alash-orda' },
  { ask: 'what was the Letter of Five?', first: 'letter-of-five' },
  { ask: 'who signed the letter of five', first: 'letter-of-five', text: ['Musirepov'] },
  { ask: 'what does Alash mean?', first: 'alash-word' },
  { ask: 'what was Asharshylyk?', first: 'asharshylyk' },
  { ask: 'tell me about the Kadets', first: 'kadets' },
  { ask: 'what is Alash-Qala?', first: 'alash-qala' },
  { ask: 'what was the Kirghiz ASSR?', first: 'kirghiz-assr' },
  { ask: 'when was the first congress?', first: 'first-all-kazakh-congress', text: ['21–28 July 1917', '21–26 July 1917'] },
  { ask: 'when was the second all-kazakh congress', first: 'second-all-kazakh-congress', text: ['December 1917'] },
  { ask: 'when was Alash Orda dissolved?', first: 'alash-orda-dissolution', text: ['26 August 1920', '5 March 1920', /disagree/i] },
  { ask: 'when was the Alash party founded?', first: 'alash-party-founding', text: ['July 1917', 'December 1917', /disagree/i] },
  { ask: 'what was the ideology of the Alash party', first: 'alash-party', text: [/liberal/i] },
  { ask: 'who founded Qazaq?', first: 'qazaq', text: ['Baitursynov'] },
  { ask: 'who wrote Oyan Qazaq?', first: 'oyan-qazaq', text: ['Dulatov'] },
  { ask: "what was Bukeikhanov's role?", first: 'bukeikhanov' },
  { ask: 'when did Shokay die?', first: 'shokay', text: ['27 December 1941', 'Berlin'] },
  { ask: 'when was the Kirghiz ASSR renamed?', first: 'kazak-assr-renamed', text: ['June 1925'] },
  // Natural questions, Russian and Kazakh
  { ask: 'кто такой Бөкейханов?', first: 'bukeikhanov' },
  { ask: 'кто такой Байтурсынов', first: 'baitursynov' },
  { ask: 'Алаш Орда деген не?', first: 'alash-orda' },
  { ask: 'что такое Алаш Орда?', first: 'alash-orda' },
  { ask: 'Бөкейханов кім?', first: 'bukeikhanov' },
  { ask: 'когда родился Байтурсынов?', first: 'baitursynov', text: ['1873'] },
  { ask: 'когда был основан Алаш?', first: 'alash-party-founding' },
  { ask: 'газета Казах', first: 'qazaq' },
  { ask: 'кто основал газету Казах?', first: 'qazaq' },
  { ask: 'что произошло 26 августа 1920 года?', has: ['kirghiz-assr-founded'] },
  { ask: 'Мағжан Жұмабаев қашан туған?', first: 'zhumabayev', text: ['1893'] },
  { ask: 'Ашаршылық', first: 'asharshylyk' },
  // Dates in many formats
  { ask: 'what happened on 26 August 1920?', has: ['alash-orda-dissolution', 'kirghiz-assr-founded'], text: ['5 March 1920', /disagree/i] },
  { ask: 'August 26, 1920', has: ['kirghiz-assr-founded'] },
  { ask: '26.08.1920', has: ['kirghiz-assr-founded'] },
  { ask: '1920-08-26', has: ['kirghiz-assr-founded'] },
  { ask: '26 августа 1920', has: ['kirghiz-assr-founded'] },
  { ask: '1920 жылғы 26 тамыз', has: ['kirghiz-assr-founded'] },
  { ask: 'July 4', has: ['letter-of-five', 'monument-2021'] },
  { ask: 'what happened on 4 July 2021?', first: 'monument-2021' },
  { ask: 'what happened in 1917?', has: ['first-all-kazakh-congress', 'second-all-kazakh-congress'] },
  { ask: '/when 1917', has: ['first-all-kazakh-congress'] },
  { ask: 'what happened in July 1917', has: ['first-all-kazakh-congress'] },
  { ask: '1935-1938', has: ['repressions-1935-1938'] },
  { ask: 'what happened in 1937?', text: ['Bukeikhanov', '27 September 1937'] },
  { ask: 'what happened on 5 March 1920', has: ['alash-orda-dissolution'] },
  { ask: 'what happened on 2 February 1913?', has: ['qazaq-first-issue'], text: ['Orenburg', 'Troitsk'] },
  { ask: 'what happened in 1932', has: ['letter-of-five'] },
  { ask: '9 March 1933', has: ['ryskulov-letter-to-stalin'] },
  { ask: 'what did Bukeikhanov do in 1917?', text: ['1917'], not: ['Tynyshpaev died'] },
  { ask: 'what happened on 27 August 1920?', text: [/nothing on 27 August 1920/i, '26 August 1920'] },
  // Questions it must decline, and bad input
  { ask: 'who was Napoleon?', decline: true },
  { ask: 'кто такой Наполеон?', decline: true },
  { ask: 'when did World War II end?', decline: true },
  { ask: 'what is the capital of France?', decline: true },
  { ask: 'who is the best footballer', decline: true },
  { ask: 'what happened in 1850?', decline: true },
  { ask: 'what happened on 30.02.1920?', decline: true, text: [/not a real date/i], kind: 'error' },
  { ask: '/who', decline: true, kind: 'error' },
  { ask: '/frobnicate', decline: true, kind: 'error' },
];

const context: Context = { chat: { platform: 'terminal', id: 'quality', kind: 'private' }, user: { id: 'q', name: 'q' }, addressed: true };
let core: Core;
let passed = 0;

beforeAll(async () => {
  core = await Core.create();
});

afterAll(() => {
  // The pass rate the issue asks to report; the suite itself fails on any miss.
  console.log(`answer quality: ${passed}/${cases.length} passed (${((100 * passed) / cases.length).toFixed(1)}%)`);
});

describe('answer quality', () => {
  it('has at least 80 questions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases)('$ask', async (c) => {
    const reply = await core.handleText(c.ask, context);
    expect(reply).not.toBeNull();
    const text = replyToText(reply!);
    if (c.decline) {
      expect(reply!.entries).toEqual([]);
      expect(reply!.kind === 'not-found' || reply!.kind === 'error').toBe(true);
    }
    if (c.kind) expect(reply!.kind).toBe(c.kind);
    if (c.first) expect(reply!.entries[0]).toBe(c.first);
    for (const id of c.has ?? []) expect(reply!.entries).toContain(id);
    for (const t of c.text ?? []) expect(text).toMatch(t);
    for (const t of c.not ?? []) expect(text).not.toMatch(t);
    passed++;
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
