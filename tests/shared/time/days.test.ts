import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isRealDay, parseWallTime, wallTimeToWallMs } from '../../../shared/time/index.js';

const wallMs = (text: string) => wallTimeToWallMs(parseWallTime(text)!);

describe('addDays', () => {
  it.each([
    ['2026-02-27', 3, '2026-03-02'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-08', 1, '2026-03-09'], // the New York spring-forward day is a whole day too
  ])('moves %s by %i days to %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01 12:00', '2026-01-03 11:00', 1],
    ['2026-03-02 09:00', '2026-03-09 09:00', 7], // a week across the US spring-forward is still 7 days
    ['2026-03-27 09:00', '2026-04-03 08:59', 6],
    ['2026-03-09 09:00', '2026-03-02 09:00', -7],
  ])('counts whole days from %s to %s: %i', (from, to, days) => {
    expect(daysBetween(wallMs(from), wallMs(to))).toBe(days);
  });
});

describe('isRealDay', () => {
  it.each([
    [2024, 2, 29, true],
    [2026, 2, 29, false],
    [2026, 4, 31, false],
    [2026, 0, 1, false],
    [50, 1, 1, true],
  ])('knows whether %i-%i-%i exists: %s', (year, month, day, real) => {
    expect(isRealDay(year, month, day)).toBe(real);
  });
});
