import { describe, expect, it } from 'vitest';
import { decodeMarks, encodeMarks, idMark, MAX_MARKED_EVENTS, MARK_CHUNK_CHARS, type FeedMarks } from '../../../appsscript/calendar/feed-marks.js';

const marksOf = (count: number): FeedMarks => new Map(Array.from({ length: count }, (_, i) => [idMark(`event-${i}`), `${i}`.padStart(10, '0')]));

describe('a feed’s marks', () => {
  it.each([0, 1, 318, 319, 2_000, MAX_MARKED_EVENTS])('read back as written for %i events, in values under 9 KB', (count) => {
    const chunks = encodeMarks(marksOf(count))!;
    expect(chunks).toHaveLength(Math.max(1, Math.ceil(count / 318)));
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MARK_CHUNK_CHARS + 6);
    expect(decodeMarks(chunks)).toEqual(marksOf(count));
  });

  it('are not kept for more events than the bound (the feed is then read afresh)', () => {
    expect(encodeMarks(marksOf(MAX_MARKED_EVENTS + 1))).toBeNull();
  });

  it('read as none when a value is missing, damaged, or in the old one-value form', () => {
    const chunks = encodeMarks(marksOf(700))!;
    expect(decodeMarks(chunks.slice(0, 2))).toBeNull();
    expect(decodeMarks([chunks[0]!, chunks[1]!.slice(1), chunks[2]!])).toBeNull();
    expect(decodeMarks(['{"o1":["abc",1]}'])).toBeNull();
  });
});
