import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/core/knowledge/load';
import { TRANSLATED } from '../src/core/knowledge/schema';
import { inLanguage, knowledgeIn, missingTranslations } from '../src/core/knowledge/translate';
import { Timeline } from '../src/core/timeline';
import { unitsOf } from '../src/core/units';

const knowledge = loadKnowledge('knowledge', { snapshot: '' });
const FIELDS = new Set<string>(TRANSLATED);

/** Words that every English sentence has and no Russian or Kazakh one does. */
const ENGLISH = /\b(the|and|was|were|of|his|her|he|she|with|from|for|by|that|which|is|are|in|on|at|to)\b/i;

/** Every translated text of an entry in `lang`, with its path. */
function texts(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}${i}.`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    FIELDS.has(key) && typeof v === 'string' ? [[`${path}${key}`, v] as [string, string]] : texts(v, `${path}${key}.`),
  );
}

describe('knowledge in three languages', () => {
  it('has a Russian and a Kazakh version of every English text', () => {
    const missing = knowledge.entries.flatMap((e) => missingTranslations(e).map(([field]) => `${e.id}: ${field}`));
    expect(missing).toEqual([]);
  });

  it('lists no text that is still English in Russian or Kazakh (quoted titles and spellings aside)', () => {
    const english: string[] = [];
    for (const lang of ['ru', 'kk'] as const) {
      for (const entry of knowledgeIn(knowledge, lang).entries) {
        for (const [path, text] of texts(entry)) {
          // Titles and spellings are quoted or listed in their own script; the sentence around them is not.
          const unquoted = text.replace(/«[^»]*»|"[^"]*"|\([^)]*\)/g, ' ');
          if (ENGLISH.test(unquoted)) english.push(`${lang} ${entry.id} ${path}: ${text}`);
        }
      }
    }
    expect(english).toEqual([]);
  });

  it('gives no two translations of one text the same wording as the English', () => {
    const same: string[] = [];
    for (const e of knowledge.entries) {
      const en = new Map(texts(inLanguage(e, 'en')));
      for (const lang of ['ru', 'kk'] as const) {
        for (const [path, text] of texts(inLanguage(e, lang))) {
          // Names and numbers may coincide ("1913", "ОГПУ"); a sentence may not.
          if (text === en.get(path) && /[a-z]{3,} [a-z]{3,}/i.test(text)) same.push(`${lang} ${e.id} ${path}`);
        }
      }
    }
    expect(same).toEqual([]);
  });

  it('reads the knowledge in one language with the same entries, dates and sources', () => {
    const ru = knowledgeIn(knowledge, 'ru');
    expect(ru.entries.map((e) => e.id)).toEqual(knowledge.entries.map((e) => e.id));
    const bukeikhanov = ru.byId.get('bukeikhanov')!;
    expect(bukeikhanov.name).toBe('Алихан Букейханов');
    expect(knowledgeIn(knowledge, 'kk').byId.get('bukeikhanov')!.name).toBe('Әлихан Бөкейханов');
    expect(bukeikhanov.kind === 'person' && bukeikhanov.born.map((v) => [v.date, v.sources])).toEqual(
      knowledge.byId.get('bukeikhanov')!.kind === 'person' && (knowledge.byId.get('bukeikhanov') as { born: { date: string; sources: string[] }[] }).born.map((v) => [v.date, v.sources]),
    );
    // The translation fields themselves are gone from the view.
    expect(JSON.stringify(bukeikhanov)).not.toMatch(/_(ru|kk)"/);
    expect(knowledgeIn(knowledge, 'ru')).toBe(ru); // built once
  });

  it('keeps the same answerable units and moments, in the same order, in every language', () => {
    const ids = unitsOf(knowledge).map((u) => `${u.id} ${u.field}`);
    const moments = new Timeline(knowledge).moments.map((m) => `${m.entry.id} ${m.date} ${m.what}`);
    for (const lang of ['ru', 'kk'] as const) {
      const local = knowledgeIn(knowledge, lang);
      expect(unitsOf(local).map((u) => `${u.id} ${u.field}`)).toEqual(ids);
      expect(new Timeline(local, lang).moments.map((m) => `${m.entry.id} ${m.date} ${m.what}`)).toEqual(moments);
    }
  });
});
