import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/core/knowledge/load';
import { Entry } from '../src/core/knowledge/schema';
import { Library } from '../src/core/library';
import { escapeXml, readSpan, timelineReply, timelineRows, timelineSvg, wrap } from '../src/core/timeline-picture';
import { fixtureKnowledge } from './fakes/telegram-setup';

const library = new Library(loadKnowledge('knowledge'));
const topics = new Set(library.knowledge.entries.flatMap((e) => e.topics));

/** The texts of an SVG, unescaped, in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}

describe('reading the span', () => {
  it('reads years, ranges and topics', () => {
    expect(readSpan('', topics)).toEqual({ from: 1917, to: 1920 });
    expect(readSpan('1917', topics)).toEqual({ from: 1917, to: 1917 });
    expect(readSpan('1917-1920', topics)).toEqual({ from: 1917, to: 1920 });
    expect(readSpan('1920 – 1917', topics)).toEqual({ from: 1917, to: 1920 });
    expect(readSpan('from 1935 to 1938', topics)).toEqual({ from: 1935, to: 1938 });
    expect(readSpan('repression', topics)).toEqual({ topic: 'repression' });
    expect(readSpan('Repression 1930 1940', topics)).toEqual({ topic: 'repression', from: 1930, to: 1940 });
  });

  it('says what it can draw instead of guessing', () => {
    expect(readSpan('napoleon', topics)).toMatchObject({ error: expect.stringContaining('repression') });
    expect(readSpan('1917 1918 1919', topics)).toMatchObject({ error: expect.stringMatching(/one year or two/) });
    expect(readSpan('99999', topics)).toHaveProperty('error');
  });
});

describe('the timeline SVG', () => {
  it('holds the events of 1917-1920 with their dates, each once, disputed ones with every version', () => {
    const rows = timelineRows(library, { from: 1917, to: 1920 });
    const svg = timelineSvg(rows, { title: 'Alash timeline: 1917–1920' });
    const lines = texts(svg);
    expect(lines[0]).toBe('Alash timeline: 1917–1920');
    for (const expected of ['First All-Kazakh Congress (Orenburg, July 1917)', 'Second All-Kazakh Congress (Orenburg, December 1917)', 'End of Alash Orda', 'Kirghiz ASSR created (26 August 1920)']) {
      expect(lines.filter((l) => l === expected)).toHaveLength(1);
    }
    // The end of Alash Orda: 26 August 1920 by most sources, 5 March 1920 by others; both drawn.
    const end = rows.find((r) => r.entry === 'alash-orda-dissolution' && r.label === 'End of Alash Orda')!;
    expect(end.date).toBe('1920-08-26');
    expect(end.others.map((o) => o.date)).toContain('1920-03-05');
    expect(lines).toContain('26 August 1920');
    expect(lines.some((l) => l.startsWith('Sources differ: also') && l.includes('5 March 1920'))).toBe(true);
    expect(svg).toContain('stroke-dasharray'); // the span of a disputed date on the axis
    // Nothing outside the span.
    expect(rows.every((r) => r.last >= Date.UTC(1917, 0, 1) / 86_400_000 && r.first <= Date.UTC(1920, 11, 31) / 86_400_000)).toBe(true);
    expect(lines.some((l) => l.includes('1937'))).toBe(false);
  });

  it('draws a topic across the years it covers, in date order', () => {
    const rows = timelineRows(library, { topic: 'repression' });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.map((r) => r.first)).toEqual([...rows.map((r) => r.first)].sort((a, b) => a - b));
    const lines = texts(timelineSvg(rows, { title: 'repression' }));
    expect(lines).toContain('27 September 1937');
    expect(lines.some((l) => l.includes('Bukeikhanov was shot'))).toBe(true);
  });

  it('escapes every text, so knowledge can never break the document', () => {
    const knowledge = fixtureKnowledge();
    const odd = Entry.parse({
      id: 'odd-event',
      kind: 'event',
      name: 'A <b>bold</b> & "quoted" \'event\'',
      summary: { text: 'Odd.', sources: ['ENC'] },
      when: [{ date: '1917-03-01', sources: ['ENC'] }],
    });
    const entries = [...knowledge.entries, odd];
    const rows = timelineRows(new Library({ ...knowledge, entries, byId: new Map(entries.map((e) => [e.id, e])) }), { from: 1917, to: 1917 });
    const svg = timelineSvg(rows, { title: 'T <&>', sources: ['A&B'] });
    expect(svg).not.toMatch(/<b>|& |"quoted"/);
    expect(texts(svg)).toContain('A <b>bold</b> & "quoted" \'event\'');
    expect(escapeXml('a\u0001<b>')).toBe('a&lt;b&gt;');
  });

  it('wraps long labels into at most two lines', () => {
    expect(wrap('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrap('short', 20, 2)).toEqual(['short']);
  });
});

describe('the timeline picture', () => {
  it('is drawn and described in Russian and Kazakh: labels, dates and text', async () => {
    const ru = await timelineReply(library, { from: 1917, to: 1920 }, 'ru');
    expect(ru.title).toBe('Хронология: 1917–1920');
    expect(ru.language).toBe('ru');
    expect(ru.image!.alt).toMatch(/26 августа 1920 г\.: [^\n]*Алаш-Орд[^\n]*\(также датируется: .*5 марта 1920 г\./);
    const svg = timelineSvg(timelineRows(library, { from: 1917, to: 1920 }, 'kk'), { title: 'Алаш хронологиясы', lang: 'kk', sources: ['WP'] });
    expect(texts(svg).join('\n')).toMatch(/26 тамыз 1920 ж\./);
    expect(texts(svg).join('\n')).toContain('Дереккөздер: WP');
    expect(texts(svg).join('\n')).not.toMatch(/Sources/);
  });

  it('renders a PNG that decodes, of a sensible size, with the text beside it', async () => {
    const reply = await timelineReply(library, { from: 1917, to: 1920 });
    expect(reply.kind).toBe('answer');
    expect(reply.title).toBe('Timeline: 1917–1920');
    expect(reply.entries).toEqual(expect.arrayContaining(['first-all-kazakh-congress', 'alash-orda-dissolution']));
    expect(reply.sources?.length).toBeGreaterThan(3);
    const image = reply.image!;
    expect(image.name).toBe('timeline.png');
    expect(image.alt).toMatch(/26 August 1920: End of Alash Orda \(also dated .*5 March 1920/);
    const png = Buffer.from(image.png);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const decoded = PNG.sync.read(png);
    expect(decoded.width).toBe(1650);
    expect(decoded.height).toBeGreaterThan(800);
    expect(decoded.height).toBeLessThan(4000);
    expect(png.length).toBeLessThan(5_000_000); // Telegram's photo limit is 10 MB
    // Text was drawn: a good share of pixels are neither white nor the background.
    let ink = 0;
    for (let i = 0; i < decoded.data.length; i += 4) if (decoded.data[i]! < 128) ink++;
    expect(ink / (decoded.width * decoded.height)).toBeGreaterThan(0.01);
  });

  it('says so when nothing is dated in the span, without a picture', async () => {
    const reply = await timelineReply(library, { from: 1700, to: 1710 });
    expect(reply.kind).toBe('not-found');
    expect(reply.image).toBeUndefined();
  });
});
