import { describe, expect, it } from 'vitest';
import { memoize } from '../../../shared/classify/memo.js';

describe('memoize', () => {
  it('computes each text once while it is remembered, and each fact apart', () => {
    let calls = 0;
    const length = memoize((text) => ++calls && text.length);
    const upper = memoize((text) => text.toUpperCase());
    expect([length('abc'), length('abc'), upper('abc'), length('abc')]).toEqual([3, 3, 'ABC', 3]);
    expect(calls).toBe(1);
  });

  it('starts over past its bound and still answers right, the text being read for another fact meanwhile', () => {
    let calls = 0;
    const inner = memoize((text) => `${text}!`);
    // Each answer reads 20,000 other texts first: the memory starts over in the middle of computing it.
    const outer = memoize((text) => {
      calls++;
      for (let i = 0; i < 20_000; i++) inner(`${text}-${i}`);
      return inner(text);
    });
    expect(outer('a')).toBe('a!');
    expect(outer('a')).toBe('a!');
    expect(calls).toBe(1);
  });

  it('does not keep a text longer than 20,000 characters', () => {
    let calls = 0;
    const count = memoize(() => ++calls);
    const long = 'x'.repeat(20_001);
    count(long);
    count(long);
    expect(calls).toBe(2);
  });
});
