import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NextRoundError } from '../../../shared/errors.js';
import { assertTimeZone, cacheOffsetsPerDay, formatInstant, isTimeZone, zoneOffsetMs } from '../../../shared/time/index.js';

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/Sao_Paulo',
  'UTC',
];

/** Intl's own answer, unoptimised and uncached: the reference. */
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

describe('zoneOffsetMs', () => {
  it('agrees with Intl on the wall time of any instant in any zone, cached per day', () => {
    const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) });
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (epochMs, zone) => {
        expect(formatInstant(epochMs, zone).slice(0, 19)).toBe(intlWall(epochMs, zone));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it.each([
    ['2026-03-08T06:59:59Z', 'America/New_York', -5],
    ['2026-03-08T07:00:00Z', 'America/New_York', -4],
    ['2026-10-25T00:59:59Z', 'Europe/Berlin', 2],
    ['2026-10-25T01:00:00Z', 'Europe/Berlin', 1],
    ['2026-10-03T15:29:59Z', 'Australia/Lord_Howe', 10.5],
    ['2026-10-03T15:30:00Z', 'Australia/Lord_Howe', 11],
    ['2026-09-26T13:59:59Z', 'Pacific/Chatham', 12.75],
    ['2026-09-26T14:00:00Z', 'Pacific/Chatham', 13.75],
  ])('knows the second a zone changes: at %s %s is %s hours ahead', (iso, zone, hours) => {
    expect(zoneOffsetMs(Date.parse(iso), zone)).toBe(hours * 3_600_000);
  });

  it('finds a change that is off the quarter hour (Liberia left −0:44:30 at 00:44:30 UTC on 1972-01-07)', () => {
    expect(zoneOffsetMs(Date.parse('1972-01-07T00:44:29Z'), 'Africa/Monrovia')).toBe(-(44 * 60 + 30) * 1000);
    expect(zoneOffsetMs(Date.parse('1972-01-07T00:44:30Z'), 'Africa/Monrovia')).toBe(0);
  });

  it('refuses a zone that is not IANA with a message naming it', () => {
    expect(() => zoneOffsetMs(0, 'Mars/Olympus')).toThrow(
      new NextRoundError('INVALID_INPUT', '"Mars/Olympus" is not an IANA time zone.', { where: 'time zone' }),
    );
    expect(() => assertTimeZone('Mars/Olympus')).toThrow('"Mars/Olympus" is not an IANA time zone.');
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
  });
});

describe('cacheOffsetsPerDay', () => {
  it('asks the slow reader once per day boundary, not once per instant', () => {
    let reads = 0;
    const cached = cacheOffsetsPerDay(() => {
      reads++;
      return 3_600_000;
    });
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 100_000; i++) cached(start + i * 60_000); // 100,000 distinct minutes ≈ 70 days
    expect(reads).toBe(71);
  });

  it('searches the change on the day a zone changes, then answers from the cache', () => {
    const change = Date.UTC(2026, 2, 29, 1, 0, 0);
    let reads = 0;
    const cached = cacheOffsetsPerDay((ms) => {
      reads++;
      return ms < change ? 3_600_000 : 7_200_000;
    });
    expect(cached(change - 1000)).toBe(3_600_000);
    expect(cached(change)).toBe(7_200_000);
    const afterSearch = reads;
    expect(afterSearch).toBeLessThanOrEqual(2 + 17);
    for (let s = -3600; s < 3600; s++) expect(cached(change + s * 1000)).toBe(s < 0 ? 3_600_000 : 7_200_000);
    expect(reads).toBe(afterSearch);
  });
});
