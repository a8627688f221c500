import { describe, expect, it } from 'vitest';
import { findDates, formatRange, parseDateText, spelledYears } from '../src/core/dates';
import { readQuestion } from '../src/core/question';
import { loadKnowledge } from '../src/core/knowledge/load';
import { Timeline } from '../src/core/timeline';

const labels = (text: string) => findDates(text).map((d) => d.label);

describe('findDates', () => {
  it.each([
    ['what happened on 26 August 1920?', '26 August 1920'],
    ['August 26, 1920', '26 August 1920'],
    ['26.08.1920', '26 August 1920'],
    ['26/08/1920', '26 August 1920'],
    ['1920-08-26', '26 August 1920'],
    ['26th of August 1920', '26 August 1920'],
    ['26 августа 1920 г.', '26 August 1920'],
    ['1920 жылғы 26 тамыз', '26 August 1920'],
    ['in July 1917', 'July 1917'],
    ['July 4', '4 July'],
    ['4 July', '4 July'],
    ['4 шілде', '4 July'],
    ['1935-1938', '1935–1938'],
    ['1935–38', '1935–1938'],
    ['from 1935 to 1938', '1935–1938'],
    ['in the 1930s', 'the 1930s'],
    ['in 1917', '1917'],
  ])('reads %s', (text, label) => {
    expect(labels(text)).toEqual([label]);
  });

  it('reads a full date once, not also as a year', () => {
    expect(findDates('26 August 1920').map((d) => d.span?.precision)).toEqual(['day']);
  });

  it('marks a day that does not exist instead of guessing', () => {
    const [d] = findDates('what happened on 30.02.1920?');
    expect(d?.invalid).toBe(true);
    expect(findDates('31 June 1917')[0]?.invalid).toBe(true);
  });

  it('ignores numbers that are not dates', () => {
    expect(findDates('about 13,500 men and 25 members')).toEqual([]);
    expect(findDates('may I ask something')).toEqual([]);
  });

  it('finds several dates in order', () => {
    expect(labels('between 1917 and 26.08.1920')).toEqual(['1917', '26 August 1920']);
  });
});

describe('parseDateText', () => {
  it('accepts real dates at every precision', () => {
    expect(parseDateText('1917')?.precision).toBe('year');
    expect(parseDateText('1917-07')?.precision).toBe('month');
    expect(parseDateText('1917-02-29')).toBeNull();
    expect(parseDateText('1916-02-29')?.precision).toBe('day');
    expect(parseDateText('1917-13')).toBeNull();
    expect(parseDateText('17-07-1917')).toBeNull();
  });

  it('formats ranges sharing what both ends share', () => {
    expect(formatRange('1917-07-21', '1917-07-28')).toBe('21–28 July 1917');
    expect(formatRange('1917-12-05', '1918-01-02')).toBe('5 December 1917 – 2 January 1918');
    expect(formatRange('1935', '1938')).toBe('1935 – 1938');
  });
});

describe('Timeline.at', () => {
  const timeline = new Timeline(loadKnowledge('knowledge'));

  it('tells first what every source dates to the day, then what only some sources date so', () => {
    const found = timeline.at(findDates('26 August 1920')[0]!).filter((m) => m.what === 'event');
    const ids = found.map((m) => m.entry.id);
    // The Kirghiz ASSR was created that day by every account; Alash Orda ended that day by one.
    expect(ids.indexOf('kirghiz-assr-founded')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('kirghiz-assr-founded')).toBeLessThan(ids.indexOf('alash-orda-dissolution'));
    expect(found.find((m) => m.entry.id === 'alash-orda-dissolution')!.otherVersions.length).toBeGreaterThan(0);
  });
});

describe('spelledYears', () => {
  it('reads an English year said in words as its digits, and leaves other numbers alone', () => {
    expect(spelledYears('what happened in nineteen twenty?')).toBe('what happened in 1920?');
    expect(spelledYears('Nineteen Oh Five congress')).toBe('1905 congress');
    expect(spelledYears('born in eighteen sixty-six')).toBe('born in 1866');
    expect(spelledYears('nineteen thirty seven')).toBe('1937');
    expect(spelledYears('twenty members, nineteen delegates')).toBe('twenty members, nineteen delegates');
  });

  it('lets a question with a year in words be answered as one with digits', () => {
    expect(readQuestion('what happened in nineteen eighteen?').dates.map((d) => d.label)).toEqual(['1918']);
    expect(readQuestion('what happened in nineteen eighteen?').text).toBe('what happened in nineteen eighteen?');
  });
});
