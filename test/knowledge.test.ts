import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge, type Knowledge } from '../src/core/knowledge/load';
import { isDisputed, type DateVersion, type DisputedFact, type Entry } from '../src/core/knowledge/schema';

const CYRILLIC = /[\u0400-\u04FF]/;
const TOPICS = new Set([
  'party', 'autonomy', 'congresses', 'leaders', 'press', 'literature', 'repression', 'famine',
  'soviet', 'places', 'terms', 'kyrgyz', 'turkestan', 'legacy',
]);

/** Ids other parts of the bot refer to by name. */
const REQUIRED_IDS = [
  'bukeikhanov', 'baitursynov', 'dulatov', 'shokay', 'sydykov', 'jalaiyr', 'ryskulov', 'musirepov',
  'tynyshpaev', 'khalel-dosmukhamedov', 'zhansha-dosmukhamedov', 'zhumabayev', 'gataulin', 'altynbekov',
  'dauletkaliev', 'kuanyshev', 'kulmanov', 'goloshchekin', 'isaev', 'milyukov', 'stalin',
  'uralsk-congress-1905', 'first-all-kazakh-congress', 'second-all-kazakh-congress', 'alash-party-founding',
  'alash-programme-published', 'alash-autonomy-proclamation', 'western-alash-orda-government', 'june-1918-law',
  'alash-orda-dissolution', 'kirghiz-assr-founded', 'kazak-assr-renamed', 'letter-of-five',
  'ryskulov-letter-to-stalin', 'isaev-letter-to-stalin', 'repressions-1935-1938', 'monument-2021',
  'constituent-assembly-election-1917', 'decree-delivered-to-lenin', 'qazaq-first-issue', 'break-with-kadets',
  'alash-party', 'alash-orda', 'alash-word', 'qazaq', 'alash-qala', 'semey', 'asharshylyk', 'kadets',
  'kirghiz-assr', 'alash-militia', 'turkestan-autonomy', 'peoples-council', 'oyan-qazaq', 'baqytsyz-jamal',
  'tote-jazu', 'jami-at-tawarikh', 'kazakh-revolutionary-committee', 'orenburg', 'zhympity', 'gulag',
];

/** Every `sources` list anywhere inside an entry. */
function sourceKeysOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => sourceKeysOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) out.push(...(v as string[]));
      else sourceKeysOf(v, out);
    }
  }
  return out;
}

describe('the real knowledge/ folder', () => {
  const k: Knowledge = loadKnowledge('knowledge');
  const get = (id: string): Entry => {
    const e = k.byId.get(id);
    if (!e) throw new Error(`no entry "${id}"`);
    return e;
  };
  const when = (id: string): DateVersion[] => {
    const e = get(id);
    if (e.kind !== 'event') throw new Error(`${id} is not an event`);
    return e.when;
  };
  const person = (id: string) => {
    const e = get(id);
    if (e.kind !== 'person') throw new Error(`${id} is not a person`);
    return e;
  };
  /** The disputed fact of `id` whose `about` matches, or undefined. */
  const dispute = (id: string, about: RegExp): DisputedFact | undefined =>
    get(id).facts.filter(isDisputed).find((f) => about.test(f.about));
  /** A version of `list` with exactly this date (and end), with its sources. */
  const version = (list: { date?: string; end?: string; sources: string[] }[], date: string, end?: string) =>
    list.find((v) => v.date === date && (end === undefined || v.end === end));

  it('loads with every entry the rest of the bot relies on', () => {
    expect(k.entries.length).toBeGreaterThanOrEqual(REQUIRED_IDS.length);
    const missing = REQUIRED_IDS.filter((id) => !k.byId.has(id));
    expect(missing).toEqual([]);
    expect(new Set(k.entries.map((e) => e.id)).size).toBe(k.entries.length);
  });

  it('lists every source key it uses, and uses every key it lists', () => {
    const used = new Set(k.entries.flatMap((e) => sourceKeysOf(e)));
    const listed = new Set(Object.keys(k.sources));
    expect([...used].filter((key) => !listed.has(key))).toEqual([]);
    expect([...listed].filter((key) => !used.has(key))).toEqual([]);
    expect(k.sources.WP?.title).toBe('Wikipedia, "Alash (party)" (base article)');
    expect(k.sources.WP?.url).toBe('https://en.wikipedia.org/wiki/Alash_(party)');
    for (const key of ['DIGG', 'ZNANIO', 'RULIT', 'QJ-USER']) expect(k.sources[key]?.weak, key).toBe(true);
  });

  it('gives every person at least one Cyrillic alias and a surname-alone alias', () => {
    const people = k.entries.filter((e) => e.kind === 'person');
    expect(people.length).toBeGreaterThanOrEqual(21);
    for (const p of people) expect(p.aliases.some((a) => CYRILLIC.test(a)), p.id).toBe(true);
    expect(get('bukeikhanov').aliases).toEqual(
      expect.arrayContaining(['Bukeikhanov', 'Bokeikhanov', 'Bukeykhanov', 'Букейханов', 'Бөкейханов', 'Әлихан Бөкейхан']),
    );
    expect(get('baitursynov').aliases).toEqual(expect.arrayContaining(['Baitursynuly', 'Байтұрсынұлы', 'Байтурсынов']));
  });

  it('uses only known topics and links only to entries that exist', () => {
    for (const e of k.entries) {
      for (const t of e.topics) expect(TOPICS.has(t), `${e.id}: topic ${t}`).toBe(true);
      for (const r of e.related) expect(k.byId.has(r), `${e.id}: related ${r}`).toBe(true);
      if (e.kind === 'event')
        for (const p of e.participants) expect(k.byId.get(p)?.kind, `${e.id}: participant ${p}`).toBe('person');
    }
  });

  it('keeps every version of the dissolution date', () => {
    const w = when('alash-orda-dissolution');
    expect(version(w, '1920-08-26')?.sources).toEqual(expect.arrayContaining(['WP', 'W-AA2']));
    expect(version(w, '1920-03-05')?.sources).toEqual(expect.arrayContaining(['RU-AA', 'W-AB']));
    expect(version(w, '1920-03')?.sources).toContain('GSE');
    expect(version(w, '1920-03-09')?.sources).toContain('ZNANIO');
  });

  it('keeps both end dates of the First All-Kazakh Congress', () => {
    const w = when('first-all-kazakh-congress');
    expect(version(w, '1917-07-21', '1917-07-28')?.sources).toEqual(
      expect.arrayContaining(['WP', 'GOV', 'DE-KD', 'SILK-ZD']),
    );
    expect(version(w, '1917-07-21', '1917-07-26')?.sources).toEqual(expect.arrayContaining(['EH-1917', 'GSE']));
  });

  it('keeps the three founding dates of the party', () => {
    const w = when('alash-party-founding');
    expect(version(w, '1917-12')?.sources).toEqual(['WP']);
    expect(version(w, '1917-07')?.sources).toEqual(expect.arrayContaining(['GOV', 'GSE', 'SEM-MOV']));
    expect(version(w, '1917-03')?.sources).toEqual(['HIST']);
    const f = dispute('alash-party', /founded/i);
    expect(f?.versions.map((v) => v.date).sort()).toEqual(['1917-03', '1917-07', '1917-12']);
  });

  it('keeps both birth dates of Bukeikhanov and all four of Baitursynov', () => {
    const ab = person('bukeikhanov').born;
    expect(version(ab, '1866-03-05')?.sources).toEqual(expect.arrayContaining(['W-AB', 'SEM-AB']));
    expect(version(ab, '1866-03-25')?.sources).toEqual(['KK-AB']);
    const ba = person('baitursynov').born;
    expect(ba).toHaveLength(4);
    expect(version(ba, '1872-09-05')).toMatchObject({ circa: true, sources: ['W-BA'] });
    expect(version(ba, '1873-09-05')?.sources).toEqual(['W-BA-OLD']);
    expect(version(ba, '1873-01-28')?.sources).toEqual(['DE-BA']);
    expect(version(ba, '1873-01-18')?.sources).toEqual(['BOL-BA']);
  });

  it('keeps the other disputed dates of the fact sheet', () => {
    const proclaimed = when('alash-autonomy-proclamation').map((v) => v.date);
    expect(proclaimed).toEqual(expect.arrayContaining(['1917-12-05', '1917-12-18', '1917-12-13', '1917-12-23', '1917-09-13']));
    expect(when('alash-autonomy-proclamation').find((v) => v.date === '1917-12-05')?.calendar).toBe('julian');
    expect(when('second-all-kazakh-congress').map((v) => v.end)).toEqual(
      expect.arrayContaining(['1917-12-13', '1917-12-12']),
    );
    expect(person('ryskulov').died.map((v) => v.date).sort()).toEqual(['1938-02-08', '1938-02-10']);
    expect(person('zhumabayev').born.map((v) => v.date).sort()).toEqual(['1893-06-25', '1893-07-06']);
    expect(person('jalaiyr').born.map((v) => v.date).sort()).toEqual(['1530', '1535']);
    expect(person('jalaiyr').died.map((v) => v.date).sort()).toEqual(['1605', '1607']);
    expect(when('qazaq-last-issue').map((v) => v.date).sort()).toEqual(['1918-03', '1918-09-26']);
  });

  it('records both sides of each claim of the base article that others dispute', () => {
    const cases: [string, RegExp][] = [
      ['sydykov', /place in the Alash party/i],
      ['bukeikhanov', /title/i],
      ['alash-orda', /White Army/i],
      ['alash-orda-dissolution', /White Army/i],
      ['letter-of-five', /sent to/i],
      ['shokay', /words/i],
      ['jalaiyr', /Alash/],
      ['alash-word', /name/i],
      ['repressions-1935-1938', /shot/i],
      ['constituent-assembly-election-1917', /won/i],
      ['alash-party', /ceased/i],
      ['first-all-kazakh-congress', /ended/i],
    ];
    for (const [id, about] of cases) {
      const f = dispute(id, about);
      expect(f, `${id}: ${about}`).toBeDefined();
      const bySource = f!.versions.map((v) => v.sources.includes('WP'));
      // One side is the base article's claim, the other comes from elsewhere.
      expect(bySource, id).toContain(true);
      expect(f!.versions.some((v) => !v.sources.includes('WP')), id).toBe(true);
    }
  });

  it('keeps the other disagreements of the fact sheet as disputed facts', () => {
    const cases: [string, RegExp][] = [
      ['tynyshpaev', /Duma/],
      ['zhumabayev', /Birthplace/],
      ['qazaq', /First issue/],
      ['qazaq', /Readership/],
      ['qazaq', /End/],
      ['kirghiz-assr', /Capital$/],
      ['kirghiz-assr', /Alma-Ata/],
      ['asharshylyk', /deaths/i],
      ['second-all-kazakh-congress', /delegates/i],
      ['alash-orda', /founded/i],
    ];
    for (const [id, about] of cases) expect(dispute(id, about)?.versions.length, `${id}: ${about}`).toBeGreaterThanOrEqual(2);
  });

  it('keeps the party infobox attributes, with the colours flagged', () => {
    const party = get('alash-party');
    if (party.kind === 'person' || party.kind === 'event') throw new Error('alash-party is not a term');
    expect(party.kind).toBe('party');
    const labels = party.attributes.map((a) => a.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Ideology', 'Political position', 'Colours', 'Headquarters', 'Leaders', 'Split from']),
    );
    expect(party.attributes.find((a) => a.label === 'Colours')?.note).toMatch(/not verified/);
  });
});

describe('loadKnowledge rejects bad files', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const SOURCES = 'WP:\n  title: Base article\n  url: https://example.org/wp\n';
  const TERM = (id: string, extra = '') =>
    `id: ${id}\nkind: term\nname: Term ${id}\nname_ru: Термин ${id}\nname_kk: Термин ${id}\nsummary:\n  text: A term.\n  text_ru: Термин.\n  text_kk: Термин.\n  sources: [WP]\n${extra}`;
  const PERSON = `id: someone
kind: person
name: Someone
name_ru: Некто
name_kk: Біреу
aliases: [Кто-то]
summary:
  text: A person.
  text_ru: Человек.
  text_kk: Адам.
  sources: [WP]
born:
  - date: 1890-01-01
    sources: [WP]
`;
  const EVENT = `id: meeting
kind: event
name: A meeting
name_ru: Собрание
name_kk: Жиналыс
summary:
  text: A meeting.
  text_ru: Собрание.
  text_kk: Жиналыс.
  sources: [WP]
when:
  - date: 1917-07-21
    end: 1917-07-28
    sources: [WP]
participants: [someone]
`;

  /** Writes a knowledge folder: a valid base set, then `files` on top (path -> text). */
  function folder(files: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'alash-knowledge-'));
    dirs.push(dir);
    const all: Record<string, string> = {
      'sources.yaml': SOURCES,
      'terms/plain.yaml': TERM('plain'),
      'people/someone.yaml': PERSON,
      'events/meeting.yaml': EVENT,
      ...files,
    };
    for (const [path, text] of Object.entries(all)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  /** The loader's problems for a folder; fails the test if it loads. */
  function problems(dir: string): string[] {
    try {
      loadKnowledge(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(KnowledgeError);
      expect((e as KnowledgeError).message).toContain((e as KnowledgeError).problems[0]);
      return (e as KnowledgeError).problems;
    }
    throw new Error('loaded without complaint');
  }

  /** Asserts one problem names the file, the entry and the field (and any further text). */
  function expectProblem(list: string[], file: string, id: string, field: string | RegExp, ...more: string[]) {
    const names = (p: string) => (typeof field === 'string' ? p.includes(`field "${field}"`) : field.test(p));
    const hit = list.find(
      (p) => p.includes(file) && p.includes(`entry "${id}"`) && names(p) && more.every((m) => p.includes(m)),
    );
    expect(hit, `no problem naming ${file} / ${id} / ${field} in:\n${list.join('\n')}`).toBeDefined();
  }

  it('loads the valid base folder (control)', () => {
    const k = loadKnowledge(folder());
    expect(k.entries.map((e) => e.id).sort()).toEqual(['meeting', 'plain', 'someone']);
  });

  it('rejects a text without its Russian or Kazakh translation, naming the field', () => {
    const untranslated = TERM('half', 'facts:\n  - text: Happened.\n    text_ru: Случилось.\n    sources: [WP]\n');
    const list = problems(folder({ 'terms/half.yaml': untranslated }));
    expectProblem(list, 'terms/half.yaml', 'half', 'facts.0.text_kk', 'Kazakh translation', 'Happened.');
    expect(list.some((p) => p.includes('facts.0.text_ru'))).toBe(false);
    const noName = PERSON.replace('name_kk: Біреу\n', '');
    expectProblem(problems(folder({ 'people/someone.yaml': noName })), 'people/someone.yaml', 'someone', 'name_kk');
    // A fixture written in English only may opt out.
    expect(loadKnowledge(folder({ 'terms/half.yaml': untranslated }), { translations: false }).byId.has('half')).toBe(true);
  });

  it('rejects malformed YAML', () => {
    const broken = 'id: broken\nkind: term\nname: Broken\nsummary:\n  text: "never closed\n  sources: [WP]\n';
    expectProblem(problems(folder({ 'terms/broken.yaml': broken })), 'terms/broken.yaml', 'broken', /field "summary[."]/, 'not valid YAML');
  });

  it('rejects an entry missing a required field', () => {
    const noSummary = 'id: bare\nkind: term\nname: Bare\n';
    expectProblem(problems(folder({ 'terms/bare.yaml': noSummary })), 'terms/bare.yaml', 'bare', 'summary');
    const noWhen = EVENT.replace('id: meeting', 'id: undated').replace(/when:[\s\S]*?participants/, 'participants');
    expectProblem(problems(folder({ 'events/undated.yaml': noWhen })), 'events/undated.yaml', 'undated', 'when');
  });

  it('rejects an impossible date', () => {
    const bad = PERSON.replace('1890-01-01', '1917-02-30');
    expectProblem(problems(folder({ 'people/someone.yaml': bad })), 'people/someone.yaml', 'someone', 'born.0.date', '1917-02-30');
    const badFact = TERM('dated', 'facts:\n  - text: Happened.\n    date: 1917-02-30\n    sources: [WP]\n');
    expectProblem(problems(folder({ 'terms/dated.yaml': badFact })), 'terms/dated.yaml', 'dated', 'facts.0.date', '1917-02-30');
  });

  it('checks an end or a "to" date even when no start is given', () => {
    const role = PERSON + 'roles:\n  - title: Chair\n    to: 1918-13\n    sources: [WP]\n';
    expectProblem(problems(folder({ 'people/someone.yaml': role })), 'people/someone.yaml', 'someone', 'roles.0.to', '1918-13');
  });

  it('rejects a range that ends before it starts', () => {
    const backwards = EVENT.replace('end: 1917-07-28', 'end: 1917-07-20');
    expectProblem(problems(folder({ 'events/meeting.yaml': backwards })), 'events/meeting.yaml', 'meeting', 'when.0.end', 'before it starts');
    const role = PERSON + 'roles:\n  - title: Chair\n    from: 1920\n    to: 1919\n    sources: [WP]\n';
    expectProblem(problems(folder({ 'people/someone.yaml': role })), 'people/someone.yaml', 'someone', 'roles.0.to', 'before it starts');
  });

  it('rejects an unknown related id and an unknown participant', () => {
    const linked = TERM('linked', 'related: [plain, nobody]\n');
    expectProblem(problems(folder({ 'terms/linked.yaml': linked })), 'terms/linked.yaml', 'linked', 'related.1', 'nobody');
    const ghost = EVENT.replace('participants: [someone]', 'participants: [ghost]');
    expectProblem(problems(folder({ 'events/meeting.yaml': ghost })), 'events/meeting.yaml', 'meeting', 'participants.0', 'ghost');
  });

  it('rejects an unknown source key', () => {
    const unsourced = TERM('unsourced', 'facts:\n  - about: Date\n    versions:\n      - text: One.\n        sources: [WP]\n      - text: Two.\n        sources: [NOPE]\n');
    expectProblem(
      problems(folder({ 'terms/unsourced.yaml': unsourced })),
      'terms/unsourced.yaml', 'unsourced', 'facts.0.versions.1.sources.0', 'NOPE',
    );
  });

  it('rejects a duplicate id across two files', () => {
    const list = problems(folder({ 'terms/again.yaml': TERM('plain') }));
    // Files load in sorted order, so terms/again.yaml comes before terms/plain.yaml.
    expectProblem(list, 'terms/plain.yaml', 'plain', 'id', 'duplicate', 'terms/again.yaml');
  });
});
