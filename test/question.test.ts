import { describe, expect, it } from 'vitest';
import { Conversations } from '../src/core/conversation';
import { loadKnowledge } from '../src/core/knowledge/load';
import { Library } from '../src/core/library';
import { readQuestion } from '../src/core/question';
import { replyToText } from '../src/core/reply';
import { unitsOf } from '../src/core/units';

describe('reading what a question asks', () => {
  it('reads Kazakh "қай жылы" as when, "қай жерде" as where, and a final "атты" or "өлтірілді" as a death', () => {
    expect(readQuestion('Шоқай қай жылы қайтыс болды?').wants).toBe('date');
    expect(readQuestion('Дулатов қай жерде туған?').wants).toBe('place');
    const shot = readQuestion('Байтұрсыновты қашан атты?');
    expect([shot.wants, shot.life, shot.executed]).toEqual(['date', 'died', true]);
    expect(readQuestion('Тынышбайұлы қашан өлтірілді?').life).toBe('died');
    // "атты" before a noun is "named": no death is asked.
    expect(readQuestion('Алаш атты партия қашан құрылды?').life).toBeUndefined();
  });

  it.each([
    ['who chaired the second congress?', 'person'],
    ['кто возглавлял Алаш-Орду?', 'person'],
    ['Алаш партиясын кім басқарды?', 'person'],
    ['when was the Alash party founded?', 'date'],
    ['what year was Qazaq founded?', 'date'],
    ['how long was Bukeikhanov chairman?', 'date'],
    ['когда был основан Алаш?', 'date'],
    ['Алаш қашан құрылды?', 'date'],
    ['where was Qazaq printed?', 'place'],
    ['где родился Шокай?', 'place'],
    ['Шоқай қайда туған?', 'place'],
    ['how many members had the People\'s Council?', 'number'],
    ['сколько членов было в Народном совете?', 'number'],
    ['Ұлт кеңесінде қанша мүше болды?', 'number'],
    ['Ұлт кеңесінде неше мүше болды?', 'number'],
    ['why did Bukeikhanov leave the Kadets?', 'reason'],
    ['почему Букейханов вышел из кадетов?', 'reason'],
    ['Бөкейханов кадеттерден неге шықты?', 'reason'],
    ['what does Alash mean?', 'meaning'],
    ['wut was the Alash Orda', 'description'],
    ['Алаш сөзі нені білдіреді?', 'meaning'],
    ['что означает слово Алаш?', 'meaning'],
    ['what was the Western Alash Orda?', 'description'],
    ['Bukeikhanov', 'profile'],
  ])('%s -> %s', (text, kind) => {
    expect(readQuestion(text).wants).toBe(kind);
  });

  it('tells yes/no questions in three languages from other questions', () => {
    expect(readQuestion('was Bukeikhanov a Kadet?').yesNo).toBe(true);
    expect(readQuestion('did Alash Orda have its own army?').yesNo).toBe(true);
    expect(readQuestion('был ли Букейханов кадетом?').yesNo).toBe(true);
    expect(readQuestion('Бөкейханов кадет болды ма?').yesNo).toBe(true);
    expect(readQuestion('who was Bukeikhanov?').yesNo).toBe(false);
    expect(readQuestion('what was Alash Orda?').yesNo).toBe(false);
  });

  it('reads a Russian yes/no question asked by intonation alone, and nothing else as one', () => {
    expect(readQuestion('Чокай умер в Берлине?').yesNo).toBe(true);
    expect(readQuestion('Букейханова расстреляли в Москве?').yesNo).toBe(true);
    expect(readQuestion('Байтурсынов родился в 1872 году?').yesNo).toBe(true);
    expect(readQuestion('когда умер Дулатов?').yesNo).toBe(false); // a question word
    expect(readQuestion('Алаш Орда?').yesNo).toBe(false); // no verb
    expect(readQuestion('Байтұрсынұлы қашан туған?').yesNo).toBe(false); // Kazakh, and a question word
  });

  it('keeps names and topic words, drops question words, kind words, pronouns and dates', () => {
    const q = readQuestion('which oblast was Bukeikhanov commissar for in 1917?');
    expect(q.words).toEqual(['ublast', 'bukeihan', 'cumisar']); // folded keys (o -> u, doubled letters single)
    expect(q.dates.map((d) => d.label)).toEqual(['1917']);
    expect(readQuestion('when did he die?')).toMatchObject({ words: [], life: 'died', refersBack: true });
  });

  it('reads Kazakh typed in Latin letters, and only Kazakh words so', () => {
    expect(readQuestion('Bókeihan qashan qaitys boldy?')).toMatchObject({ wants: 'date', life: 'died' });
    expect(readQuestion('Mustafa Shoqai qaida tuǵan?')).toMatchObject({ wants: 'place', life: 'born' });
    expect(readQuestion('ол қашан атылды?').wants).toBe('date');
    expect(readQuestion('good Bukeikhanov').wants).toBe('profile'); // "good" folds like Russian "год", which is not Kazakh
  });

  it('reads Russian verb forms of a known word by their stem ("арестовали" as "арестован")', () => {
    expect(readQuestion('когда арестовали Дулатова?').words).toEqual(readQuestion('когда был арестован Дулатов?').words);
    expect(readQuestion('когда арестовали Дулатова?').words).toContain('arested');
    expect(readQuestion('когда реабилитировали Букейханова?').words).toContain('rehabilitated');
    expect(readQuestion('кто ликвидировал Алаш-Орду?').words).toContain('end'); // as "ликвидирована", a synonym of "end"
    expect(readQuestion('where did Sydykov study?').words.sort()).toEqual(readQuestion('где учился Сыдыков?').words.sort());
    expect(readQuestion('когда убили Шакарима?').life).toBe('died');
  });

  it('drops a Kazakh case ending before folding, so a surname in a case meets the name', () => {
    expect(readQuestion('Дулатовтың романы қалай аталады?').stems).toContain(readQuestion('Дулатов').words[0]);
    expect(readQuestion('Тынышпаевты қашан ақтады?').stems).toEqual([readQuestion('Тынышпаев').words[0], 'rehabilitated']);
    expect(readQuestion('Ашаршылыққа не себеп болды?').stems).toContain(readQuestion('Ашаршылық').words[0]);
    expect(readQuestion('1920 жылы 26 тамызда не болды?').stems).toEqual([]); // a month in a case is a date
  });

  it('reads what a number question counts, which names nothing', () => {
    expect(readQuestion('сколько номеров газеты Казах вышло?').counted).toBe(readQuestion('номеров').words[0]);
    expect(readQuestion('how many issues came out?').counted).toBe(readQuestion('issues').words[0]);
    expect(readQuestion('when did Qazaq close?').counted).toBeUndefined();
    const library = new Library(loadKnowledge('knowledge'), () => 0);
    expect(library.answer('сколько номеров газеты Казах вышло?', undefined, undefined, 'ru').body).toMatch(/265/);
  });

  it('tells a question that leans on the last one for what it asks', () => {
    expect(readQuestion('where?').ellipsis).toBe('kind');
    expect(readQuestion('а когда?').ellipsis).toBe('kind');
    expect(readQuestion('and Zhansha?').ellipsis).toBe('name');
    expect(readQuestion('ал Шоқай ше?').ellipsis).toBe('name');
    expect(readQuestion('and his brother?').ellipsis).toBeUndefined(); // asks about "brother" of the last subject
    expect(readQuestion('when did Dulatov die?').ellipsis).toBeUndefined();
    expect(readQuestion('and in 1918?').ellipsis).toBeUndefined();
    expect(readQuestion('Togan').ellipsis).toBeUndefined(); // a bare word is a lookup, though it folds like Kazakh "туған"
  });

  it('reads a pronoun only in its own script: English "on" is not Russian "он"', () => {
    expect(readQuestion('what happened on 5 December 1917?').refersBack).toBe(false);
    expect(readQuestion('who was born on 5 March 1866?').refersBack).toBe(false);
    expect(readQuestion('он умер в Берлине?').refersBack).toBe(true);
    expect(readQuestion('ол қашан туған?').refersBack).toBe(true);
    expect(readQuestion('who lived there in exile?').refersBack).toBe(true);
  });

  it('reads a bare name as a profile and a question as a short answer', () => {
    expect(readQuestion('Zhansha Dosmukhamedov').bare).toBe(true);
    expect(readQuestion('who was Zhansha Dosmukhamedov?').bare).toBe(false);
    expect(readQuestion('who Gabbasov', 'who').bare).toBe(true);
  });
});

describe('answerable units', () => {
  const knowledge = loadKnowledge('knowledge');
  const units = unitsOf(knowledge);

  it('makes a unit of every fact, role, attribute, birth, death and event date, with its own sources', () => {
    const of = (id: string) => units.filter((u) => u.entry.id === id);
    const bukeikhanov = knowledge.byId.get('bukeikhanov')!;
    expect(bukeikhanov.kind).toBe('person');
    if (bukeikhanov.kind !== 'person') return;
    const mine = of('bukeikhanov');
    expect(mine.filter((u) => u.field === 'role')).toHaveLength(bukeikhanov.roles.length);
    expect(mine.filter((u) => u.field === 'fact')).toHaveLength(bukeikhanov.facts.length);
    const born = mine.find((u) => u.field === 'born' && !u.label)!;
    expect(born.versions.map((v) => [v.date, v.sources])).toEqual(bukeikhanov.born.map((v) => [v.date, v.sources]));
    expect(born.gives.has('date')).toBe(true);
    const commissar = mine.find((u) => u.field === 'role' && /Turgay/.test(u.versions[0]!.text))!;
    expect(commissar.versions[0]!.sources).toEqual(['W-AB']);
  });

  it('knows which people a statement names, for "who" answers', () => {
    const chair = units.find((u) => u.entry.id === 'second-all-kazakh-congress' && /chaired/.test(u.versions[0]!.text))!;
    expect(chair.names).toContain('kulmanov');
    expect(chair.gives.has('person')).toBe(true);
  });
});

describe('follow-up questions', () => {
  const knowledge = loadKnowledge('knowledge');

  it('reads "when did he die?" against the asker\'s last subject, for ten minutes, per asker', () => {
    let now = 0;
    const library = new Library(knowledge, () => now);
    const me = { key: 'telegram:1:10' };
    const other = { key: 'telegram:1:11' };
    expect(library.answer('who was Dulatov?', undefined, me).entries).toEqual(['dulatov']);
    now += 9 * 60_000;
    const died = library.answer('when did he die?', undefined, me);
    expect(died.entries).toEqual(['dulatov']);
    expect(died.body).toMatch(/^Mirzhakip Dulatov died on 5 October 1935/);
    expect(library.answer('when did he die?', undefined, other).kind).toBe('not-found');
    now += 11 * 60_000;
    expect(library.answer('when did he die?', undefined, me).kind).toBe('not-found');
  });

  it('asks "where?" and "and X?" as the last question asked', () => {
    const library = new Library(knowledge, () => 0);
    const me = { key: 'telegram:4:40' };
    library.answer('when did Dulatov die?', undefined, me);
    expect(library.answer('where?', undefined, me).body).toMatch(/Solovki/);
    const again = library.answer('and Baitursynov?', undefined, me);
    expect(again.entries).toEqual(['baitursynov']);
    expect(again.body).toMatch(/8 December 1937/);
    // After a description, "and X?" is a lookup: nothing narrower was asked.
    library.answer('who was Dulatov?', undefined, me);
    expect(library.answer('and Bukeikhanov?', undefined, me).body).not.toMatch(/^Alikhan Bukeikhanov died/);
  });

  it('answers "was he shot?" from how the death on record came, and only when it says', () => {
    const library = new Library(knowledge, () => 0);
    expect(library.answer('was Bukeikhanov shot?').body).toMatch(/^Yes\. /);
    expect(library.answer('was Dulatov executed?').body).toMatch(/^No\. .*illness/);
    expect(library.answer('Дулатова расстреляли?', undefined, undefined, 'ru').body).toMatch(/^Нет\. /);
    expect(library.answer('was Shokay shot?').body).not.toMatch(/^(Yes|No)\. /); // the record says where, not how
  });

  it('judges the place of an event named with its place ("the Second All-Kazakh Congress (Orenburg, ...)")', () => {
    const library = new Library(knowledge, () => 0);
    expect(library.answer('did the second congress meet in Orenburg?').body).toMatch(/^Yes\. /);
    expect(library.answer('was the second congress held in Omsk?').body).toMatch(/^No\. /);
  });

  it('tells of a long dispute the version that bears on the question, the other behind More, within the cap', () => {
    const library = new Library(knowledge, () => 0);
    for (const [text, lang] of [['who was the Letter of Five addressed to?', 'en'], ['кому было адресовано письмо пяти?', 'ru']] as const) {
      const reply = library.answer(text, undefined, undefined, lang);
      expect(reply.body).toMatch(/Golosh|Голощ/);
      expect(reply.body).toMatch(/More|Подробнее/);
      expect(replyToText(reply).length).toBeLessThanOrEqual(500);
    }
  });

  it('takes a name in a Russian case ("Алаш-Орды", "Алаш-Орду") as that name, not as a longer name holding the same case form', () => {
    const library = new Library(knowledge, () => 0);
    for (const text of ['кто председатель Алаш-Орды?', 'Алаш-Орду кто возглавлял?', 'кто был главой Алаш-Орды?']) {
      const reply = library.answer(text, undefined, undefined, 'ru');
      expect(reply.entries, text).toEqual(['alash-orda']);
      expect(reply.body, text).toMatch(/Букейхан/);
    }
  });

  it('takes a name in a Kazakh case as the whole name once the ending drops ("Алаш Орданың басшысы" is not "Алаш Орданың таратылуы")', () => {
    const library = new Library(knowledge, () => 0);
    for (const text of ['Алаш Орданың басшысы кім?', 'Alash Ordanyn tóraǵasy kim edi?']) {
      const reply = library.answer(text, undefined, undefined, 'kk');
      expect(reply.entries, text).toEqual(['alash-orda']);
      expect(reply.body, text).toMatch(/Бөкейхан/);
    }
  });

  it('answers "why?" with a cause said outright and "when?" with a fact dated in full, saying its date', () => {
    const library = new Library(knowledge, () => 0);
    expect(library.answer('why did the Asharshylyk happen?').body).toMatch(/^Asharshylyk was caused by forced collectivi[sz]ation/);
    expect(library.answer('почему был голод?', undefined, undefined, 'ru').body).toMatch(/коллективизац/);
    expect(library.answer('when did Asharshylyk happen?').body).toMatch(/^[^.]*1930[^.]*1933/);
    expect(library.answer('Ашаршылық қашан болды?', undefined, undefined, 'kk').body).toMatch(/^[^.]*1930[^.]*1933/);
  });

  it('says it does not know who is meant when a question leans on a subject nobody named, or names only someone the knowledge just mentions', () => {
    const library = new Library(knowledge, () => 0);
    for (const [text, lang] of [['who edited it?', 'en'], ['where was he buried?', 'en'], ['кто его основал?', 'ru'], ['кто такой Наполеон?', 'ru'], ['who was Tolstoy?', 'en'], ['Хафиз кім?', 'kk']] as const) {
      const reply = library.answer(text, undefined, { key: `t:${text}` }, lang);
      expect(reply.kind, text).toBe('not-found');
      expect(reply.body, text).toMatch(/^I don't know|не знаю|білмеймін/);
      expect(reply.suggestions?.length, text).toBeGreaterThan(0);
    }
  });

  it('reads "who <verb> ...?" sent as the /who command as a question, and a bare name after /who as a profile', () => {
    expect(readQuestion('who ended Alash Orda?', 'who').wants).toBe('person');
    expect(readQuestion('who ended Alash Orda?', 'who').bare).toBe(false);
    expect(readQuestion('who Bukeikhanov', 'who').wants).toBe('profile');
    expect(readQuestion('who Bukeikhanov', 'who').bare).toBe(true);
    const library = new Library(knowledge, () => 0);
    // The fact in the asker's own word ("dissolved") leads a dispute about the act; the person
    // asked about is not the answer to "who came after him?".
    expect(library.answer('who dissolved the Alash Orda?', 'who').body).toMatch(/^[^.]*Revolutionary Committee/);
    expect(library.answer('who headed the Kokand autonomy after Tynyshpaev?', 'who').body).toMatch(/^[^.]*Shokay/);
  });

  it('judges a yes/no date that is also part of the event\'s name, and only when the question asks nothing else of it', () => {
    const library = new Library(knowledge, () => 0);
    expect(library.answer('was the Kirghiz ASSR founded in 1920?').body).toMatch(/^Yes\. /);
    expect(library.answer('was the Kirghiz ASSR founded in 1925?').body).not.toMatch(/^Yes\. /);
  });

  it('names the person for "he"/"он" after a phrase of time ("In 1905 he ...", "В 1905 году он ..."), in full beside a namesake', () => {
    const library = new Library(knowledge, () => 0);
    expect(library.answer('when did Tynyshpaev become an engineer?').body).toMatch(/^In 1905 Tynyshpaev became/);
    expect(library.answer('когда Тынышпаев стал инженером?', undefined, undefined, 'ru').body).toMatch(/^В 1905 году Тынышпаев стал/);
    expect(library.answer('when did Khalel Dosmukhamedov take the decree to Lenin?').body).toMatch(/Khalel Dosmukhamedov and Zhansha Dosmukhamedov/);
  });

  it('does not miss what a number question counts beside a name given whole ("сколько людей погибло во время голода?")', () => {
    const library = new Library(knowledge, () => 0);
    const reply = library.answer('сколько человек умерло во время Ашаршылыка?', undefined, undefined, 'ru');
    expect(reply.entries).toEqual(['asharshylyk']);
    expect(reply.body).toMatch(/миллион/);
  });

  it('reads Kazakh "нені" (what) as a question word, not as the topic', () => {
    expect(readQuestion('Алаш сөзі нені білдіреді?').words).not.toContain('neni');
    const library = new Library(knowledge, () => 0);
    expect(library.answer('Алаш сөзі нені білдіреді?', undefined, undefined, 'kk').kind).toBe('answer');
  });

  it('answers "when did <event> come out / get signed?" with the event\'s own date, and reads "алғашқы" as "first"', () => {
    const library = new Library(knowledge, () => 0);
    expect(library.answer('Айқаптың алғашқы саны қашан басылды?', undefined, undefined, 'kk').body).toMatch(/^[^.]*1911/);
    expect(library.answer('when was the first issue of Aiqap printed?').body).toMatch(/^[^.]*1911/);
  });

  it('reads "took place" verbs ("өтті", "проходил") as saying nothing of the subject', () => {
    expect(readQuestion('қайда өтті?').words).toEqual([]);
    expect(readQuestion('где проходил съезд?').words).toHaveLength(1);
    const library = new Library(knowledge, () => 0);
    const me = { key: 'test:took-place' };
    library.answer('Екінші жалпықазақ съезі қашан болды?', undefined, me, 'kk');
    expect(library.answer('қайда өтті?', undefined, me, 'kk').body).toMatch(/Орынбор/);
  });

  it('keeps a reply about several fitting entries within a short answer\'s cap, naming each', () => {
    const library = new Library(knowledge, () => 0);
    for (const [text, lang] of [['which congress met in Orenburg?', 'en'], ['когда прошёл всеказахский съезд?', 'ru']] as const) {
      const reply = library.answer(text, undefined, undefined, lang);
      expect(reply.entries.length, text).toBeGreaterThan(1);
      expect(replyToText(reply).length, text).toBeLessThanOrEqual(500);
    }
  });

  it('offers every entry a place in a case fits ("в Оренбурге", "Орынборда") as it does the place as spelled', () => {
    const library = new Library(knowledge, () => 0);
    for (const [text, lang] of [['какой съезд был в Оренбурге?', 'ru'], ['Орынборда қай съезд болды?', 'kk']] as const) {
      const reply = library.answer(text, undefined, undefined, lang);
      expect(reply.entries, text).toEqual(expect.arrayContaining(['first-all-kazakh-congress', 'second-all-kazakh-congress']));
    }
  });

  it('finds a person named in a Kazakh case', () => {
    const library = new Library(knowledge, () => 0);
    const reply = library.answer('Тынышпаевты қашан ақтады?', undefined, undefined, 'kk');
    expect(reply.entries).toEqual(['tynyshpaev']);
    expect(reply.body).toMatch(/1970/);
  });

  it('reads a denial in the fact in the language asked ("не был его братом") and a little further back ("no source calls him an Alash member")', () => {
    const library = new Library(knowledge, () => 0);
    expect(library.answer('был ли Жаханша братом Халела?', undefined, undefined, 'ru').body).toMatch(/^Нет\. /);
    expect(library.answer('was Musirepov an Alash member?').body).toMatch(/^No\. /);
    expect(library.answer('was Zhansha the brother of Khalel?').body).toMatch(/^No\. /);
  });

  it('does not say "Sources disagree." before a sentence that says so itself', () => {
    const library = new Library(knowledge, () => 0);
    const body = library.answer('was the Letter of Five an Alash protest?').body;
    expect(body).toMatch(/^Sources disagree on /);
    expect(body).not.toMatch(/^Sources disagree\. /);
  });

  it('reads "he" as the last person even when the question names an event ("did he die in the purges?")', () => {
    const library = new Library(knowledge, () => 0);
    const me = { key: 'telegram:5:50' };
    library.answer('who was Mustafa Shokay?', undefined, me);
    const reply = library.answer('did he die in the purges?', undefined, me);
    expect(reply.entries).toEqual(['shokay']);
    expect(reply.body).toMatch(/^No\. /);
    expect(library.answer('where was he born?', undefined, me).entries).toEqual(['shokay']);
  });

  it('switches subject on "and X?" and a full name, and reads "what happened next?" on the timeline', () => {
    const library = new Library(knowledge, () => 0);
    const me = { key: 'discord:2:20' };
    library.answer('who was Dulatov?', undefined, me);
    expect(library.answer('and Baitursynov?', undefined, me).entries).toEqual(['baitursynov']);
    expect(library.answer('when was he born?', undefined, me).body).toMatch(/Baitursynov/);
    library.answer('when was the first all-kazakh congress?', undefined, me);
    const next = library.answer('what happened next?', undefined, me);
    expect(next.kind).toBe('answer');
    expect(next.entries).not.toContain('first-all-kazakh-congress');
    expect(replyToText(next).length).toBeLessThanOrEqual(500);
  });

  it('reuses the reply to a question asked again, and still reads follow-ups against its subject', () => {
    const library = new Library(knowledge, () => 0);
    const first = library.answer('who was Bukeikhanov?', undefined, { key: 'telegram:3:1' });
    const again = library.answer('who was Bukeikhanov?', undefined, { key: 'telegram:4:2' });
    expect(again).toBe(first);
    // Shared, so nobody may change it.
    expect(Object.isFrozen(again) && Object.isFrozen(again.sources)).toBe(true);
    expect(() => ((again as { body: string }).body = 'changed')).toThrow(TypeError);
    // The second asker got the same answer the quick way, and its subject is still remembered.
    expect(library.answer('when did he die?', undefined, { key: 'telegram:4:2' }).body).toMatch(/^Alikhan Bukeikhanov died on 27 September 1937/);
    // The same pronoun question means another man for another asker: never reused.
    library.answer('who was Dulatov?', undefined, { key: 'telegram:5:3' });
    expect(library.answer('when did he die?', undefined, { key: 'telegram:5:3' }).body).toMatch(/^Mirzhakip Dulatov died on 5 October 1935/);
  });

  it('never reuses a reply completed from the last question ("where?" after "when did he die?")', () => {
    const library = new Library(knowledge, () => 0);
    library.answer('when did Dulatov die?', undefined, { key: 'telegram:7:1' });
    expect(library.answer('where?', undefined, { key: 'telegram:7:1' }).body).toMatch(/^Mirzhakip Dulatov died in Solovki/);
    library.answer('when did Bukeikhanov die?', undefined, { key: 'telegram:7:2' });
    expect(library.answer('where?', undefined, { key: 'telegram:7:2' }).body).toMatch(/^Alikhan Bukeikhanov died in Butyrka prison/);
  });

  it('reuses a "which one?" with its choices, and lets each asker settle it', () => {
    const library = new Library(knowledge, () => 0);
    const a = { key: 'discord:6:1' };
    const b = { key: 'discord:6:2' };
    const asked = library.answer('Dosmukhamedov', undefined, a);
    expect(asked.choices?.map((c) => c.request)).toHaveLength(2);
    expect(library.answer('Dosmukhamedov', undefined, b)).toBe(asked);
    // b was offered the choice by the reused reply, so "Khalel" settles it for b.
    expect(library.answer('Khalel', undefined, b).entries).toEqual(['khalel-dosmukhamedov']);
    // A "which one?" asked again by someone just offered it is read anew, not settled by the old offer.
    expect(library.answer('Dosmukhamedov', undefined, a).choices).toHaveLength(2);
    expect(library.answer('Zhansha', undefined, a).entries).toEqual(['zhansha-dosmukhamedov']);
  });

  it('keeps a reply per language and per command: the same words asked in Russian or as /when get their own', () => {
    const library = new Library(knowledge, () => 0);
    const en = library.answer('Bukeikhanov');
    const ru = library.answer('Bukeikhanov', undefined, undefined, 'ru');
    expect(ru).not.toBe(en);
    expect([en.language, ru.language]).toEqual(['en', 'ru']);
    expect(ru.body).toMatch(/^Алихан Букейханов/);
    const when = library.answer('when Bukeikhanov', 'when');
    expect(when.body).toMatch(/^Sources disagree on when Alikhan Bukeikhanov was born/);
    expect(library.answer('when Bukeikhanov')).not.toBe(when);
  });

  it('keeps a bounded number of replies, the least recently used going first', () => {
    const library = new Library(knowledge, () => 0, 2);
    const dulatov = library.answer('who was Dulatov?');
    const baitursynov = library.answer('who was Baitursynov?');
    expect(library.answer('who was Dulatov?')).toBe(dulatov); // used again: now the newest
    library.answer('who was Shokay?');
    expect(library.answer('who was Dulatov?')).toBe(dulatov);
    expect(library.answer('who was Baitursynov?')).not.toBe(baitursynov);
    const none = new Library(knowledge, () => 0, 0);
    expect(none.answer('who was Dulatov?')).not.toBe(none.answer('who was Dulatov?'));
  });

  it('forgets the oldest askers past its limit', () => {
    const memory = new Conversations(() => 0, 60_000, 2);
    memory.remember('a', 'x');
    memory.remember('b', 'y');
    memory.remember('c', 'z');
    expect([memory.subject('a'), memory.subject('b'), memory.subject('c')]).toEqual([undefined, 'y', 'z']);
  });
});
