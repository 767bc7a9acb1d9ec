import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { parseIcs } from '../../../shared/ics/index.js';
import { calendar } from './ics-text.js';

// The parser reads events one UID at a time after a first pass over the file:
// what a later part of the file says must still apply to the events before it.
const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
const parse = (text: string) => parseIcs(text, { window, defaultTimeZone: 'UTC', where: 'late.ics' });
const starts = (text: string) => parse(text).occurrences.map((o) => `${o.event.id} ${o.event.start?.dateTime}`);

const nowhere = [
  'BEGIN:VTIMEZONE',
  'TZID:Nowhere/Middle',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0300',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

function failure(text: string): string {
  try {
    parse(text);
  } catch (error) {
    if (isNextRoundError(error, 'ICS_INVALID')) return error.message;
    throw error;
  }
  throw new Error('the text was read');
}

describe('reading a calendar one event at a time', () => {
  it('honours a VTIMEZONE written after the events that use it', () => {
    const text = calendar(['UID:a', 'DTSTART;TZID=Nowhere/Middle:20260301T090000']).replace('END:VCALENDAR', `${nowhere}\r\nEND:VCALENDAR`);
    expect(starts(text)).toEqual(['a 2026-03-01T09:00:00+03:00']);
  });

  it('applies an override written before its series and after other events', () => {
    const text = calendar(
      ['UID:s', 'RECURRENCE-ID:20260302T090000Z', 'DTSTART:20260302T150000Z', 'SUMMARY:Moved'],
      ['UID:other', 'DTSTART:20260301T120000Z'],
      ['UID:s', 'DTSTART:20260301T090000Z', 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:Daily'],
    );
    expect(starts(text)).toEqual([
      's_20260301T090000Z 2026-03-01T09:00:00Z',
      's_20260302T090000Z 2026-03-02T15:00:00Z',
      's_20260303T090000Z 2026-03-03T09:00:00Z',
      'other 2026-03-01T12:00:00Z',
    ]);
  });

  it('still rejects the whole file when its structure breaks after the events', () => {
    const text = `${calendar(['UID:a', 'DTSTART:20260301T090000Z'])}\r\n\r\nnot a property`;
    expect(failure(text)).toBe('late.ics could not be read as iCalendar: line 11 is not a property ("not a property").');
  });

  it('reads the events of a file cut off before its END lines', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART:20260301T090000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:b',
      'DTSTART:20260302T090000Z',
    ].join('\n');
    expect(starts(text)).toEqual(['a 2026-03-01T09:00:00Z', 'b 2026-03-02T09:00:00Z']);
  });

  it('keeps each calendar of a merged file to its own zones', () => {
    const first = calendar(['UID:a', 'DTSTART;TZID=Nowhere/Middle:20260301T090000']).replace('END:VCALENDAR', `${nowhere}\r\nEND:VCALENDAR`);
    const second = calendar(['UID:b', 'DTSTART;TZID=Nowhere/Middle:20260301T090000']);
    expect(starts(first + second)).toEqual(['a 2026-03-01T09:00:00+03:00', 'b 2026-03-01T09:00:00Z']);
  });
});
