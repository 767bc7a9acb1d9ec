import { describe, expect, it } from 'vitest';
import { createMissingTabs } from '../../../server/google/missing-tabs.js';

describe('the memory of missing linked tabs', () => {
  it('remembers what a spreadsheet lacked until its time is up, then forgets it', () => {
    let clock = 0;
    const memory = createMissingTabs({ ttlMs: 1_000, now: () => clock });
    memory.remember('s1', ['contacts']);
    clock = 999;
    expect(memory.get('s1')).toEqual(['contacts']);
    clock = 1_000;
    expect(memory.get('s1')).toEqual([]);
  });

  it('forgets a spreadsheet when told nothing is missing, and knows nothing of one never read', () => {
    const memory = createMissingTabs();
    memory.remember('s1', ['applications', 'contacts']);
    memory.remember('s1', []);
    expect(memory.get('s1')).toEqual([]);
    expect(memory.get('never')).toEqual([]);
  });

  it('keeps at most its limit of spreadsheets, dropping the one remembered longest ago', () => {
    const memory = createMissingTabs({ max: 2 });
    memory.remember('a', ['contacts']);
    memory.remember('b', ['contacts']);
    memory.remember('a', ['contacts']);
    memory.remember('c', ['contacts']);
    expect(['a', 'b', 'c'].map((id) => memory.get(id).length)).toEqual([1, 0, 1]);
  });
});
