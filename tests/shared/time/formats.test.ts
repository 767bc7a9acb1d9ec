import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatInstant,
  isDateText,
  isDateTimeText,
  parseDate,
  parseDateTime,
  parseUtcOffset,
  parseWallTime,
  WallDate,
  WallDateTime,
} from '../../../shared/time/index.js';

describe('parseDate, parseDateTime and parseWallTime', () => {
  it.each([
    ['2026-03-02', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-3-2', false],
    [' 2026-03-02 ', true],
    ['2026-03-02 09:30', false],
    ['', false],
  ])('takes %j as a day: %s', (text, ok) => {
    expect(isDateText(text)).toBe(ok);
    expect(WallDate.safeParse(text).success).toBe(ok);
  });

  it.each([
    ['2026-03-02 09:30', true],
    ['2026-03-02 24:00', false],
    ['2026-03-02 09:60', false],
    ['2026-02-30 10:00', false],
    ['2026-03-02T09:30', false],
    ['2026-03-02', false],
  ])('takes %j as a moment: %s', (text, ok) => {
    expect(isDateTimeText(text)).toBe(ok);
    expect(WallDateTime.safeParse(text).success).toBe(ok);
  });

  it('names the expected form, or that the day does not exist', () => {
    expect(WallDate.safeParse('soon').error?.issues[0]?.message).toBe('Use the form YYYY-MM-DD');
    expect(WallDateTime.safeParse('tomorrow').error?.issues[0]?.message).toBe('Use the form YYYY-MM-DD HH:mm');
    expect(WallDateTime.safeParse('2026-02-30 10:00').error?.issues[0]?.message).toBe('This date or time does not exist');
  });

  it('reads the fields of a day, a moment and a cell time with seconds', () => {
    expect(parseDate('2026-03-02')).toEqual({ year: 2026, month: 3, day: 2, hour: 0, minute: 0, second: 0 });
    expect(parseDateTime('2026-03-02 09:30')).toEqual({ year: 2026, month: 3, day: 2, hour: 9, minute: 30, second: 0 });
    expect(parseWallTime(' 2026-11-20T14:30:15 ')).toEqual({ year: 2026, month: 11, day: 20, hour: 14, minute: 30, second: 15 });
    expect(parseWallTime('20/11/2026')).toBeNull();
  });
});

describe('formatDate, formatDateTime and formatInstant', () => {
  it.each([
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08 01:59', '2026-03-08T01:59:00-05:00'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08 03:00', '2026-03-08T03:00:00-04:00'],
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', '2026-10-25 02:30', '2026-10-25T02:30:00+02:00'],
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', '2026-10-25 02:30', '2026-10-25T02:30:00+01:00'],
    ['2026-06-30T23:59:00Z', 'Pacific/Kiritimati', '2026-07-01 13:59', '2026-07-01T13:59:00+14:00'],
    ['2026-01-01T00:00:00Z', 'Pacific/Pago_Pago', '2025-12-31 13:00', '2025-12-31T13:00:00-11:00'],
    ['2026-01-01T00:00:00Z', 'Asia/Kathmandu', '2026-01-01 05:45', '2026-01-01T05:45:00+05:45'],
    ['2026-01-01T00:00:00Z', 'UTC', '2026-01-01 00:00', '2026-01-01T00:00:00Z'],
  ])('shows %s in %s as %s (%s)', (iso, zone, wall, rfc3339) => {
    expect(formatDateTime(Date.parse(iso), zone)).toBe(wall);
    expect(formatDate(Date.parse(iso), zone)).toBe(wall.slice(0, 10));
    expect(formatInstant(Date.parse(iso), zone)).toBe(rfc3339);
  });

  it('formats wall fields without a zone, padding the year', () => {
    expect(formatDateTime({ year: 987, month: 1, day: 2, hour: 3, minute: 4, second: 5 })).toBe('0987-01-02 03:04');
  });
});

describe('parseUtcOffset', () => {
  it.each([
    ['+0100', 60],
    ['-0530', -330],
    ['+05:45', 345],
    ['+0000', 0],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseUtcOffset(text)).toBe(minutes * 60_000);
  });

  it('refuses what is not an offset', () => {
    expect(() => parseUtcOffset('GMT')).toThrow('Not a UTC offset: "GMT"');
  });
});
