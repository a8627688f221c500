import { describe, expect, it } from 'vitest';
import { Recent } from '../src/core/recent';

describe('recent values (kept replies, askers, chat languages)', () => {
  it('forgets the least recently used first, reading counting as use', () => {
    const recent = new Recent<number>(3);
    for (const key of ['a', 'b', 'c']) recent.set(key, key.charCodeAt(0));
    expect(recent.get('a')).toBe(97); // now the most recent
    recent.set('d', 100);
    expect([recent.get('a'), recent.get('b'), recent.get('c'), recent.get('d')]).toEqual([97, undefined, 99, 100]);
  });

  it('past its limit, forgets the oldest tenth at once and never holds more than the limit', () => {
    const recent = new Recent<number>(1000);
    for (let i = 0; i < 1000; i++) recent.set(`k${i}`, i);
    expect(recent.size).toBe(1000);
    recent.set('k1000', 1000);
    // 1001 values: the oldest 101 go, so the next 100 inserts forget nothing.
    expect(recent.size).toBe(900);
    expect(recent.get('k100')).toBeUndefined();
    expect(recent.get('k101')).toBe(101);
    for (let i = 1001; i < 1101; i++) recent.set(`k${i}`, i);
    expect(recent.size).toBe(1000);
    expect(recent.get('k102')).toBe(102);
    for (let i = 1101; i < 5000; i++) {
      recent.set(`k${i}`, i);
      expect(recent.size).toBeLessThanOrEqual(1000);
    }
    expect(recent.get('k4999')).toBe(4999);
  });

  it('setting a key again replaces its value without growing', () => {
    const recent = new Recent<string>(2);
    recent.set('a', 'x');
    recent.set('a', 'y');
    expect(recent.size).toBe(1);
    expect(recent.get('a')).toBe('y');
    recent.delete('a');
    expect(recent.get('a')).toBeUndefined();
  });
});
