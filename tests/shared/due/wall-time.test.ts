import { describe, expect, it } from 'vitest';
import { daysBetween, formatWallStamp, parseWallTime } from '../../../shared/due/wall-time.js';

describe('parseWallTime', () => {
  it.each([
    ['2026-11-20', Date.UTC(2026, 10, 20)],
    ['2026-11-20 14:30', Date.UTC(2026, 10, 20, 14, 30)],
    [' 2026-11-20T14:30:15 ', Date.UTC(2026, 10, 20, 14, 30, 15)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['', null],
    [null, null],
  ])('reads %j', (text, ms) => {
    expect(parseWallTime(text, 'Interviews!Start')).toBe(ms);
  });

  it.each(['2026-02-30', '2026-11-20 24:00', '20/11/2026', 'tomorrow', '2026-13-01'])('refuses %j naming where', (text) => {
    expect(() => parseWallTime(text, 'Interviews!Start')).toThrow(`"${text}" in Interviews!Start is not a date`);
  });

  it('formats and counts whole days', () => {
    expect(formatWallStamp(Date.UTC(2026, 0, 2, 3, 4))).toBe('2026-01-02 03:04');
    expect(daysBetween(Date.UTC(2026, 0, 1, 12), Date.UTC(2026, 0, 3, 11))).toBe(1);
  });
});
