import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { parseIcs } from '../../../shared/ics/index.js';

const window = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };

/** "ok", "typed" (ICS_INVALID naming the file), or the unexpected error. */
function outcomeOf(text: string): string {
  try {
    const parsed = parseIcs(text, { window, defaultTimeZone: 'America/Chicago', where: 'fuzz.ics', maxSteps: 100_000, maxSeriesSteps: 20_000 });
    return parsed.errors.every((e) => e.startsWith('fuzz.ics: event ')) ? 'ok' : `unnamed error: ${parsed.errors.join()}`;
  } catch (error) {
    return isNextRoundError(error, 'ICS_INVALID') && error.message.includes('fuzz.ics') ? 'typed' : `untyped: ${String(error)}`;
  }
}

const part = fc.oneof(
  fc.constantFrom('FREQ=SECONDLY', 'FREQ=MINUTELY', 'FREQ=HOURLY', 'FREQ=DAILY', 'FREQ=WEEKLY', 'FREQ=MONTHLY', 'FREQ=YEARLY', 'FREQ=FORTNIGHTLY'),
  fc.integer({ min: -400, max: 400 }).map((n) => `BYYEARDAY=${n}`),
  fc.array(fc.integer({ min: -32, max: 32 }), { minLength: 1, maxLength: 3 }).map((ns) => `BYMONTHDAY=${ns.join(',')}`),
  fc.array(fc.integer({ min: 0, max: 13 }), { minLength: 1, maxLength: 3 }).map((ns) => `BYMONTH=${ns.join(',')}`),
  fc.array(fc.integer({ min: -60, max: 60 }), { minLength: 1, maxLength: 2 }).map((ns) => `BYWEEKNO=${ns.join(',')}`),
  fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 3 }).map((ns) => `BYHOUR=${ns.join(',')}`),
  fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 2 }).map((ns) => `BYSETPOS=${ns.join(',')}`),
  fc.tuple(fc.integer({ min: -6, max: 6 }), fc.constantFrom('MO', 'TU', 'SU', 'XX')).map(([n, d]) => `BYDAY=${n === 0 ? '' : n}${d}`),
  fc.constantFrom('INTERVAL=99999999999', 'INTERVAL=0', 'INTERVAL=3', 'COUNT=5', 'COUNT=100000', 'UNTIL=20260301T000000Z', 'UNTIL=20260301', 'WKST=SU'),
);
const rrule = fc.array(part, { minLength: 1, maxLength: 5 }).map((parts) => `RRULE:${parts.join(';')}`);
const line = fc.oneof(
  rrule,
  fc.constantFrom(
    'DTSTART:20260105T090000Z',
    'DTSTART;TZID=Europe/Berlin:20260105T090000',
    'DTSTART;VALUE=DATE:20260105',
    'DTSTART:19700101T000000Z',
    'DTEND:20260105T100000Z',
    'DURATION:PT1H',
    'EXDATE:20260106T090000Z',
    'RDATE;VALUE=PERIOD:20260107T090000Z/PT2H',
    'RECURRENCE-ID:20260112T090000Z',
    'UID:a',
    'UID:b',
    'SUMMARY:x\\, y',
  ),
  fc.string({ maxLength: 30 }),
);
const vevent = fc.array(line, { maxLength: 7 }).map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n'));
const file = fc.array(vevent, { maxLength: 4 }).map((events) => ['BEGIN:VCALENDAR', ...events, 'END:VCALENDAR'].join('\r\n'));
const mangled = fc.tuple(file, fc.nat(), fc.string({ maxLength: 5 })).map(([text, at, junk]) => {
  const cut = at % (text.length + 1);
  return text.slice(0, cut) + junk + text.slice(cut);
});

describe('parseIcs (shared) under fuzzing', () => {
  it('answers any text and any rule with events, events left out by name, or a typed ICS_INVALID error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), file, mangled), (text) => {
        expect(outcomeOf(text)).toMatch(/^(ok|typed)$/);
      }),
      { numRuns: 500, seed: 1313 },
    );
  });
});
