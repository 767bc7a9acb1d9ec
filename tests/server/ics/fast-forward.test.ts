import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../server/ics/parse-ics.js';
import { calendar } from './fixtures.js';

const options = (from: string, to: string) => ({
  window: { from: new Date(from), to: new Date(to) },
  defaultTimeZone: 'UTC',
  where: 'ff.ics',
});
const idsIn = (text: string, from: string, to: string) => parseIcs(text, options(from, to)).occurrences.map((o) => o.event.id);

describe('recurrences started long before the window', () => {
  it('give exactly the occurrences a full expansion gives inside the window', () => {
    const rule = fc.record({
      freq: fc.constantFrom('DAILY', 'WEEKLY'),
      interval: fc.integer({ min: 1, max: 3 }),
      days: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 0, maxLength: 3 }),
      year: fc.integer({ min: 2012, max: 2024 }),
      dayOfYear: fc.integer({ min: 1, max: 360 }),
      zone: fc.constantFrom('America/New_York', 'Europe/Berlin', 'Australia/Sydney'),
    });
    fc.assert(
      fc.property(rule, ({ freq, interval, days, year, dayOfYear, zone }) => {
        const start = new Date(Date.UTC(year, 0, dayOfYear, 0, 0, 0));
        const stamp = start.toISOString().slice(0, 10).replaceAll('-', '');
        const byDay = days.length > 0 ? `;BYDAY=${days.join(',')}` : '';
        const text = calendar(['UID:series', `DTSTART;TZID=${zone}:${stamp}T093000`, 'DURATION:PT45M', `RRULE:FREQ=${freq};INTERVAL=${interval}${byDay}`]);
        const from = '2025-11-03T12:00:00Z';
        const to = '2026-02-01T00:00:00Z';
        const reference = parseIcs(text, { ...options('1900-01-01T00:00:00Z', to), maxSeriesSteps: 100_000, maxSteps: 100_000 });
        expect(reference.warnings).toEqual([]);
        const full = reference.occurrences.filter((o) => Date.parse(o.event.end!.dateTime!) > Date.parse(from)).map((o) => o.event.id);
        expect(idsIn(text, from, to)).toEqual(full);
      }),
      { numRuns: 25, seed: 7 },
    );
  });
});
