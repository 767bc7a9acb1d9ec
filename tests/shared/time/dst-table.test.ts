import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, instantToWallTime, parseWallTime, wallTimeToInstant } from '../../../shared/time/index.js';
import { DST_TABLE } from './dst-table.js';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

describe('the DST table of the one time module', () => {
  it.each(DST_TABLE)('reads %s %s %s as %s, which reads back as %s', (zone, _kind, wall, instant, readsBack) => {
    const ms = wallTimeToInstant(parseWallTime(wall)!, zone);
    expect(iso(ms)).toBe(instant);
    expect(formatDateTime(ms, zone)).toBe(readsBack);
  });

  it.each(DST_TABLE)('keeps %s %s %s on its own day', (zone, _kind, wall) => {
    const ms = wallTimeToInstant(parseWallTime(wall)!, zone);
    expect(formatDate(ms, zone)).toBe(wall.slice(0, 10));
  });

  it.each(DST_TABLE.filter(([, kind]) => kind === 'overlap'))('reads the later copy of %s %s %s back as the same wall time', (zone, _kind, wall) => {
    // The instant one hour (Lord Howe: half an hour) after the earlier one shows the same wall time again.
    const earlier = wallTimeToInstant(parseWallTime(wall)!, zone);
    const step = zone === 'Australia/Lord_Howe' ? 1_800_000 : 3_600_000;
    expect(instantToWallTime(earlier + step, zone)).toEqual(parseWallTime(wall));
  });
});
