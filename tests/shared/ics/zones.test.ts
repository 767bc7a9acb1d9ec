import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../shared/ics/index.js';
import { calendar } from './ics-text.js';

// Outlook names zones by Windows names and defines them in the file (RFC 5545 §3.6.5).
const pacific = [
  'BEGIN:VTIMEZONE',
  'TZID:Pacific Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0700',
  'TZOFFSETTO:-0800',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:-0800',
  'TZOFFSETTO:-0700',
  'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
].join('\r\n');

const startsOf = (text: string) =>
  parseIcs(text, {
    window: { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') },
    defaultTimeZone: 'UTC',
    where: 'z.ics',
  }).occurrences.map((o) => o.event.start?.dateTime);

describe('a zone only the file defines', () => {
  it('follows its STANDARD and DAYLIGHT onsets on both sides of each change', () => {
    const text = calendar(
      ['UID:a', 'DTSTART;TZID=Pacific Standard Time:20260308T013000'],
      ['UID:b', 'DTSTART;TZID=Pacific Standard Time:20260308T033000'],
      ['UID:c', 'DTSTART;TZID=Pacific Standard Time:20260701T090000'],
      ['UID:d', 'DTSTART;TZID=Pacific Standard Time:20261101T003000'],
      ['UID:e', 'DTSTART;TZID=Pacific Standard Time:20261101T030000'],
    ).replace('BEGIN:VEVENT', `${pacific}\r\nBEGIN:VEVENT`);
    expect(startsOf(text)).toEqual([
      '2026-03-08T01:30:00-08:00',
      '2026-03-08T03:30:00-07:00',
      '2026-07-01T09:00:00-07:00',
      '2026-11-01T00:30:00-07:00',
      '2026-11-01T03:00:00-08:00',
    ]);
  });

  it('reads a TZID nobody defines as floating, in the default zone', () => {
    expect(startsOf(calendar(['UID:a', 'DTSTART;TZID=Nowhere Standard Time:20260701T090000']))).toEqual(['2026-07-01T09:00:00Z']);
  });
});
