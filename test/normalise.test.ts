import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/core/knowledge/load';
import { canonicalWord, foldText, foldWord, isCaseForm, toLatin } from '../src/core/normalise';

describe('toLatin', () => {
  it('transliterates Kazakh and Russian Cyrillic and strips diacritics', () => {
    expect(toLatin('Әлихан Бөкейхан')).toBe('alikhan bokeykhan');
    expect(toLatin('Ғабит Мүсірепов')).toBe('gabit musirepov');
    expect(toLatin('Mağjan Jūmabaev')).toBe('magjan jumabaev');
    expect(toLatin('Qadırğalï Jalayir')).toBe('qadirgali jalayir');
  });

  it('drops punctuation, apostrophes and the English possessive', () => {
    expect(toLatin('"Oyan, Qazaq!"')).toBe('oyan qazaq');
    expect(toLatin("Bukeikhanov's wife")).toBe('bukeikhanov wife');
    expect(toLatin('Mağjan Jūmabaev’s')).toBe('magjan jumabaev');
    expect(toLatin("Qadyrgali d'Jalaiyr")).toBe('qadyrgali djalaiyr');
  });

  it('reads plain text in one pass exactly as the full decomposition does', () => {
    // A letter beyond ASCII sends the text down the decomposition path: both paths must agree.
    const viaDecomposition = (text: string) => toLatin(`${text} é`).replace(/ ?e$/, '');
    const knowledge = loadKnowledge('knowledge');
    const texts = [
      "x''s", "'s's", "a -'- b", "Bukeikhanov's_x", "it's", '`s', "A's B", " 's ", "Dulatov’s «Oyan, Qazaq!»", 'the sʼ', 'Alash–Orda — 1917…1920',
      '“Qazaq” ‘newspaper’', "'S", "o's9", 'ABC_def', '  spaced   out  ', '', "'", 'Бөкейхановтың', 'кто такой Бөкейханов?',
      ...knowledge.entries.flatMap((e) => [e.name, ...e.aliases, e.summary.text, ...e.facts.map((f) => JSON.stringify(f))]),
    ];
    expect(texts.filter((text) => toLatin(text) !== viaDecomposition(text))).toEqual([]);
  });
});

describe('foldWord', () => {
  it('brings every spelling of Bukeikhanov to one key', () => {
    const keys = ['Bukeikhanov', 'Bokeikhanov', 'Бөкейханов', 'Букейханов', 'bukeihanov', 'Bukeykhanov', 'Бөкейхан'].map(
      (s) => foldText(s).join(' '),
    );
    expect(new Set(keys)).toEqual(new Set(['bukeihan']));
  });

  it('brings every spelling of Baitursynov to one key', () => {
    const keys = ['Baitursynov', 'Байтұрсынұлы', 'baitursinov', 'Baitursynuly', 'Байтурсынов'].map((s) => foldText(s).join(' '));
    expect(new Set(keys)).toEqual(new Set(['baitursin']));
  });

  it('folds the sounds transliterations disagree on', () => {
    expect(foldWord('zhumabayev')).toBe(foldWord('jumabaev'));
    expect(foldWord('qazaq')).toBe(foldWord('kazak'));
    expect(foldWord('dulatov')).toBe(foldWord('dulatuly'));
  });

  it('keeps short words whole, so unrelated words do not collide', () => {
    expect(foldWord('in')).toBe('in');
    expect(foldWord('orda')).toBe('urda');
    expect(foldWord('alash')).not.toBe(foldWord('alas'));
  });
});

describe('isCaseForm', () => {
  const key = (w: string) => foldWord(toLatin(w));
  it('reads a Russian or Kazakh case of a name word as that word, and nothing longer', () => {
    for (const typed of ['Орды', 'Орду', 'Ордой', 'Орданың', 'Ordany']) expect(isCaseForm(key(typed), key('Орда')), typed).toBe(true);
    expect(isCaseForm(key('Алаша'), key('Алаш'))).toBe(true);
    expect(isCaseForm(key('Qazaqstan'), key('Qazaq'))).toBe(false);
    expect(isCaseForm(key('Ор'), key('Орда'))).toBe(false);
  });
});

describe('canonicalWord', () => {
  it('joins the Russian past-tense verbs of an ending ("распустили", "упразднили") to "end"', () => {
    for (const w of ['распустили', 'распустил', 'упразднили', 'закрыли']) expect(canonicalWord(foldWord(toLatin(w))), w).toBe(foldWord('end'));
  });
});

describe('surname endings', () => {
  it('folds a surname typed as heard, "-ав" for "-ов" ("Дулатав", "Букейханав"), as the surname', () => {
    expect(foldWord(toLatin('Дулатав'))).toBe(foldWord(toLatin('Дулатов')));
    expect(foldWord(toLatin('Букейханав'))).toBe(foldWord(toLatin('Букейханов')));
  });
});

describe('monument', () => {
  it('joins the Kazakh and Russian forms of "monument" ("ескерткіші", "памятника")', () => {
    for (const w of ['ескерткіші', 'ескерткішті', 'памятника']) expect(canonicalWord(foldWord(toLatin(w))), w).toBe(foldWord('monument'));
  });
});

describe('militia', () => {
  it('joins the Kazakh and Russian case forms of "army" and "militia" ("әскерінде", "милиции") to "militia"', () => {
    for (const w of ['әскерінде', 'милиции', 'армии']) expect(canonicalWord(foldWord(toLatin(w))), w).toBe(foldWord('militia'));
  });
});

describe('letters and signing', () => {
  it('joins the Kazakh case forms of "letter" ("хатына") and "қол қойды" (signed) to their keys', () => {
    expect(canonicalWord(foldWord(toLatin('хатына')))).toBe(foldWord('letter'));
    expect(canonicalWord(foldWord(toLatin('қойды')))).toBe(foldWord('signed'));
  });
});

describe('leaders', () => {
  it('joins the Kazakh words for a leader ("көсемі", "көшбасшысы") to "chairman"', () => {
    for (const w of ['көсемі', 'көшбасшысы']) expect(canonicalWord(foldWord(toLatin(w))), w).toBe(foldWord('chairman'));
  });
});

describe('party', () => {
  it('joins the Kazakh and Russian case forms of "party" ("партиядан", "партиясына", "партию") to "party"', () => {
    for (const w of ['партиядан', 'партиясына', 'партию']) expect(canonicalWord(foldWord(toLatin(w))), w).toBe(foldWord('party'));
  });
});

describe('brother', () => {
  it('joins "ағайынды" (brothers), "бауыры" and "братом" to "brother"', () => {
    for (const w of ['ағайынды', 'бауыры', 'братом']) expect(canonicalWord(foldWord(toLatin(w))), w).toBe(foldWord('brother'));
  });
});
