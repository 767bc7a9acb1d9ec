import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { parseIcs } from '../../../server/ics/parse-ics.js';

const window = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };

/** Runs the parser; answers "ok", "typed" or the unexpected error, and how long it took. */
function attempt(text: string): { outcome: string; ms: number } {
  const started = performance.now();
  let outcome = 'ok';
  try {
    parseIcs(text, { window, defaultTimeZone: 'America/Chicago', where: 'fuzz.ics' });
  } catch (error) {
    outcome = isNextRoundError(error, 'ICS_INVALID') ? 'typed' : `untyped: ${String(error)}`;
  }
  return { outcome, ms: performance.now() - started };
}

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('20260101T090000Z', '20260101T090000', '20260101', '19000101T000000', '99991231T235959Z', '', 'PT1H', '-P1D'),
  fc.constantFrom(
    'FREQ=SECONDLY',
    'FREQ=MINUTELY;INTERVAL=1',
    'FREQ=DAILY;COUNT=100000',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
    'FREQ=WEEKLY;UNTIL=20260101T000000Z;BYDAY=MO,XX',
    'FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO',
    'FREQ=HOURLY;INTERVAL=0',
  ),
);
const name = fc.constantFrom('UID', 'DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RDATE', 'EXDATE', 'RECURRENCE-ID', 'SUMMARY', 'STATUS', 'ATTENDEE', 'X-FOO');
const param = fc.constantFrom('', ';VALUE=DATE', ';TZID=America/New_York', ';TZID=Nowhere/Else', ';VALUE=PERIOD', ';CN="a:b"');
const line = fc.tuple(name, param, value).map(([n, p, v]) => `${n}${p}:${v}`);
const vevent = fc.array(line, { maxLength: 8 }).map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n'));
const structured = fc.array(vevent, { maxLength: 4 }).map((events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n'));
const mangled = fc.tuple(structured, fc.nat(), fc.string({ maxLength: 5 })).map(([text, at, junk]) => {
  const cut = at % (text.length + 1);
  return text.slice(0, cut) + junk + text.slice(cut);
});

describe('parseIcs under fuzzing', () => {
  it('answers arbitrary text with events or a typed ICS_INVALID error, each within a second', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), structured, mangled), (text) => {
        const { outcome, ms } = attempt(text);
        expect(outcome === 'ok' || outcome === 'typed' ? 'expected' : outcome).toBe('expected');
        expect(ms).toBeLessThan(1000);
      }),
      { numRuns: 400, seed: 4242 },
    );
  });

  it('leaves out and names a per-second rule from far in the past instead of hanging', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:storm', 'DTSTART:19700101T000000Z', 'RRULE:FREQ=SECONDLY', 'END:VEVENT', 'END:VCALENDAR'].join(
      '\r\n',
    );
    const parsed = parseIcs(text, { window, defaultTimeZone: 'UTC', where: 'storm.ics' });
    expect([parsed.occurrences.length, parsed.errors]).toEqual([
      0,
      ['storm.ics: event "storm" was left out: its recurrence needs more than 200000 steps to expand.'],
    ]);
  });
});
