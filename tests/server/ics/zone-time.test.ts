import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, fromWallTime, toWallTime } from '../../../server/ics/zone-time.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Sao_Paulo', 'UTC'];

/** Intl's own answer, unoptimised: the reference. */
function intlWall(epochMs: number, zone: string): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return format.format(new Date(epochMs)).replace(', ', 'T');
}

describe('zone-time', () => {
  it('agrees with Intl on the wall time of any instant in any zone (the cached offsets included)', () => {
    const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (epochMs, zone) => {
        expect(formatInstant(epochMs, zone).slice(0, 19)).toBe(intlWall(epochMs, zone));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it.each([
    // [zone, wall time, instant]: a normal time, a time skipped by DST (moves forward), a repeated one (earlier)
    ['America/New_York', '2026-06-01 09:00', '2026-06-01T13:00:00.000Z'],
    ['America/New_York', '2026-03-08 02:30', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-11-01 01:30', '2026-11-01T05:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05 01:45', '2026-04-04T14:45:00.000Z'], // repeated half hour: +11:00 first,
  ])('reads %s %s as %s', (zone, wall, instant) => {
    const [date, time] = wall.split(' ') as [string, string];
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    expect(new Date(fromWallTime({ year, month, day, hour, minute, second: 0 }, zone)).toISOString()).toBe(instant);
  });

  it('round-trips wall → instant → wall outside DST gaps', () => {
    const wall = { year: 2027, month: 1, day: 12, hour: 10, minute: 0, second: 0 };
    expect(toWallTime(fromWallTime(wall, 'Asia/Tokyo'), 'Asia/Tokyo')).toEqual(wall);
  });
});
