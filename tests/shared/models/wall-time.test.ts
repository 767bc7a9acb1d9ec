import { describe, expect, it } from 'vitest';
import { addDays, parseUtcOffset, WallDate, WallDateTime, wallTimeToEpochMs } from '../../../shared/models/wall-time.js';

describe('WallDate and WallDateTime', () => {
  it.each([
    ['2026-03-02', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-3-2', false],
    [' 2026-03-02 ', true],
    ['', false],
  ])('accepts %j as a day: %s', (text, ok) => {
    expect(WallDate.safeParse(text).success).toBe(ok);
  });

  it.each([
    ['2026-03-02 09:30', true],
    ['2026-03-02 24:00', false],
    ['2026-03-02 09:60', false],
    ['2026-02-30 10:00', false],
    ['2026-03-02T09:30', false],
    ['2026-03-02', false],
  ])('accepts %j as a moment: %s', (text, ok) => {
    expect(WallDateTime.safeParse(text).success).toBe(ok);
  });

  it('names the expected form, or that the day does not exist', () => {
    expect(WallDateTime.safeParse('tomorrow').error?.issues[0]?.message).toBe('Use the form YYYY-MM-DD HH:mm');
    expect(WallDateTime.safeParse('2026-02-30 10:00').error?.issues[0]?.message).toBe('This date or time does not exist');
  });
});

describe('wallTimeToEpochMs', () => {
  // Europe/Berlin around the 2026 spring change (2026-03-29 02:00 → 03:00).
  const berlin = (ms: number) => (ms >= Date.UTC(2026, 2, 29, 1, 0) ? 120 : 60);

  it.each([
    ['2026-03-28 12:00', '2026-03-28T11:00:00.000Z'],
    ['2026-03-29 01:30', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29 03:30', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29 02:30', '2026-03-29T01:30:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
  ])('finds the instant of %s in Berlin', (wall, iso) => {
    expect(new Date(wallTimeToEpochMs(wall, berlin)).toISOString()).toBe(iso);
  });
});

describe('parseUtcOffset and addDays', () => {
  it.each([
    ['+0100', 60],
    ['-0530', -330],
    ['+05:45', 345],
    ['+0000', 0],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseUtcOffset(text)).toBe(minutes);
  });

  it('refuses what is not an offset', () => {
    expect(() => parseUtcOffset('GMT')).toThrow('Not a UTC offset: "GMT"');
  });

  it.each([
    ['2026-02-27', 3, '2026-03-02'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('moves %s by %i days to %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });
});
