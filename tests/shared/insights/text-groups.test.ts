import { describe, expect, it } from 'vitest';
import { contentWords, findBucket, groupTexts, splitItems, stemWord } from '../../../shared/insights/text-groups.js';

describe('the text grouping rule', () => {
  it.each([
    ['• Be concise. Ask questions!\n- Slow down; breathe', ['Be concise', 'Ask questions', 'Slow down', 'breathe']],
    ['Why Acme? Tell me more.', ['Why Acme?', 'Tell me more']],
    ['', []],
  ])('splits %j into items %j', (cell, items) => {
    expect(splitItems(cell)).toEqual(items);
  });

  it.each([
    ['Be MORE concise about my Café-project!', ['concise', 'cafe', 'project']],
    ['I explain it better when I slow down', ['explain', 'when', 'slow', 'down']],
  ])('keeps the content words of %j', (item, words) => {
    expect(contentWords(item)).toEqual(words);
  });

  it.each([
    ['designing', 'design'],
    ['designed', 'design'],
    ['designs', 'design'],
    ['stories', 'story'],
    ['classes', 'class'],
    ['process', 'process'],
    ['uses', 'use'],
    ['communication', 'communic'],
    ['weakness', 'weak'],
    ['clearly', 'clear'],
    ['is', 'is'],
  ])('stems %j to %j', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it.each([
    [['explain', 'design', 'tradeoffs'], 'System design'],
    [['explain', 'clearly'], 'Communication'],
    [['design', 'communication'], 'System design'],
    [['kubernetes'], null],
  ])('puts %j in bucket %j (most keyword hits, ties to the earlier bucket)', (words, bucket) => {
    expect(findBucket(words)).toBe(bucket);
  });

  it('counts each interview once per theme and names fallback groups by their most frequent wording', () => {
    const cells = ['• Learn Rust\n• learn rust', '• learn rust', '• Learning Rust.', '• Explain clearly', ''];
    expect(groupTexts(cells, true)).toEqual([
      { label: 'learn rust', count: 3, examples: ['learn rust', 'Learn Rust', 'Learning Rust'] },
      { label: 'Communication', count: 1, examples: ['Explain clearly'] },
    ]);
  });

  it('limits the list and breaks count ties by name', () => {
    const cells = ['• zeta\n• alpha\n• mid'];
    expect(groupTexts(cells, false, 2).map((group) => group.label)).toEqual(['alpha', 'mid']);
  });
});
