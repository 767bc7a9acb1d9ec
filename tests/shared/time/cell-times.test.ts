import { describe, expect, it } from 'vitest';
import { elapsedMs, formatWallMsDate, formatWallMsDateTime, readCellTime, readCellTimeOrNote } from '../../../shared/time/index.js';

describe('readCellTime', () => {
  it.each([
    ['2026-11-20', Date.UTC(2026, 10, 20)],
    ['2026-11-20 14:30', Date.UTC(2026, 10, 20, 14, 30)],
    [' 2026-11-20T14:30:15 ', Date.UTC(2026, 10, 20, 14, 30, 15)],
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['', null],
    [null, null],
  ])('reads %j as wall-clock ms', (text, ms) => {
    expect(readCellTime(text, 'Interviews!Start')).toBe(ms);
  });

  it.each(['2026-02-30', '2026-11-20 24:00', '20/11/2026', 'tomorrow', '2026-13-01'])('refuses %j naming where', (text) => {
    expect(() => readCellTime(text, 'Interviews!Start')).toThrow(`"${text}" in Interviews!Start is not a date`);
  });

  it('reads a time inside a spring-forward gap as it will read once stored: forward by the gap (RFC 5545)', () => {
    expect(formatWallMsDateTime(readCellTime('2026-03-08 02:30', 'Start', 'America/New_York')!)).toBe('2026-03-08 03:30');
    expect(formatWallMsDateTime(readCellTime('2026-03-08 02:30', 'Start', 'Europe/Berlin')!)).toBe('2026-03-08 02:30');
    expect(formatWallMsDate(readCellTime('2026-03-08', 'Start', 'America/New_York')!)).toBe('2026-03-08');
  });

  it('notes a bad cell instead of stopping', () => {
    const problems: string[] = [];
    expect(readCellTimeOrNote('soon', 'Applications row 4 Applied on', problems)).toBeNull();
    expect(problems).toEqual(['"soon" in Applications row 4 Applied on is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.']);
  });

  it('words the place of a bad cell only when the cell cannot be read', () => {
    const problems: string[] = [];
    let worded = 0;
    const place = () => {
      worded++;
      return 'the Start cell of Interviews row 9';
    };
    expect(readCellTimeOrNote('2026-03-02 10:00', place, problems)).not.toBeNull();
    expect(readCellTimeOrNote('', place, problems)).toBeNull();
    expect(worded).toBe(0);
    expect(readCellTimeOrNote('soon', place, problems)).toBeNull();
    expect([worded, problems]).toEqual([1, ['"soon" in the Start cell of Interviews row 9 is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.']]);
  });
});

describe('elapsedMs', () => {
  it('measures real time: the New York spring-forward night is 23 hours from 23:00 to 23:00', () => {
    const from = readCellTime('2026-03-07 23:00', 'from')!;
    const to = readCellTime('2026-03-08 23:00', 'to')!;
    expect(elapsedMs(from, to, 'America/New_York')).toBe(23 * 3_600_000);
    expect(elapsedMs(from, to, 'UTC')).toBe(24 * 3_600_000);
  });
});
