import { describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { parseIcs } from '../../../server/ics/parse-ics.js';
import type { IcsWindow } from '../../../server/ics/parse-types.js';
import { calendar, fixtureNames, readFixture } from './fixtures.js';

const wide: IcsWindow = { from: new Date('1900-01-01T00:00:00Z'), to: new Date('2030-01-01T00:00:00Z') };
const parse = (text: string, window: IcsWindow = wide, zone = 'Europe/Berlin') => parseIcs(text, { window, defaultTimeZone: zone, where: 'test.ics' });
const ids = (text: string, window?: IcsWindow) => parse(text, window).occurrences.map((o) => o.event.id);

describe('parseIcs on the real-world fixtures', () => {
  it.each(fixtureNames())('reads %s or fails with a typed ICS_INVALID error', (name) => {
    const text = readFixture(name);
    let outcome: string;
    try {
      const parsed = parse(text, { from: new Date('2012-01-01T00:00:00Z'), to: new Date('2014-01-01T00:00:00Z') });
      outcome = parsed.occurrences.every((o) => o.event.id.length > 0) ? 'parsed' : 'bad id';
    } catch (error) {
      outcome = isNextRoundError(error, 'ICS_INVALID') && error.message.includes('test.ics') ? 'typed error' : String(error);
    }
    expect(['parsed', 'typed error']).toContain(outcome);
  });

  it.each([
    // [fixture, window from, window to, occurrences]
    ['icaljs-recur_instances_finite.ics', '2012-01-01', '2014-01-01', 5], // 3 monthly + 2 RDATE
    ['icaljs-recur_instances.ics', '2012-10-01', '2013-06-01', 8], // 8 monthly − 3 EXDATE + 3 RDATE
    ['icaljs-rdate_exdate.ics', '2024-01-01', '2025-01-01', 3], // COUNT=4 − 1 EXDATE
    ['icaljs-google_birthday.ics', '2012-01-01', '2016-01-01', 6], // 1 + 2 RDATE, and 3 orphan overrides
    ['icaljs-daily_recur.ics', '2012-08-01', '2012-09-01', 31],
    // 18 Mondays + 18 Sundays: ical.js gave 35, dropping Sunday 29 July 11:00 PDT, before UNTIL (30 July 06:59:59Z).
    ['icaljs-multiple_rrules.ics', '2012-03-01', '2012-08-01', 36],
    ['icaljs-minimal.ics', '2012-01-01', '2013-01-01', 1],
  ])('counts %s between %s and %s exactly', (name, from, to, count) => {
    const window = { from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) };
    expect(parse(readFixture(name), window).occurrences).toHaveLength(count);
  });

  it('applies RECURRENCE-ID overrides to the instance they name, keeping its id', () => {
    const window = { from: new Date('2012-10-01T00:00:00Z'), to: new Date('2012-12-01T00:00:00Z') };
    const byId = new Map(parse(readFixture('icaljs-recur_instances.ics'), window).occurrences.map((o) => [o.event.id, o.event]));
    const uid = '623c13c0-6c2b-45d6-a12b-c33ad61c4868';
    expect(byId.get(`${uid}_20121002T170000Z`)?.start).toEqual({ dateTime: '2012-10-02T15:00:00-07:00', timeZone: 'America/Los_Angeles' });
    expect(byId.get(`${uid}_20121105T180000Z`)?.start).toEqual({ dateTime: '2012-11-06T20:00:00-08:00', timeZone: 'America/Los_Angeles' });
    expect(byId.get(`${uid}_20121105T180000Z`)?.originalStartTime).toEqual({
      dateTime: '2012-11-05T10:00:00-08:00',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('reads DURATION instead of DTEND', () => {
    const [event] = parse(readFixture('icaljs-duration_instead_of_dtend.ics')).occurrences.map((o) => o.event);
    expect([event?.start?.dateTime, event?.end?.dateTime]).toEqual(['2012-06-30T06:00:00-07:00', '2012-07-01T06:00:00-07:00']);
  });

  it('keeps a zone defined only in the file (VTIMEZONE with an odd offset)', () => {
    const [event] = parse(readFixture('icaljs-timezone_from_file.ics')).occurrences.map((o) => o.event);
    expect(event?.start).toEqual({ dateTime: '2023-03-06T13:42:00-07:41' });
  });
});

describe('parseIcs on written calendars', () => {
  const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe'];

  it.each(zones)('keeps all-day dates unshifted when read in %s', (zone) => {
    const text = calendar(['UID:allday', 'SUMMARY:Onsite', 'DTSTART;VALUE=DATE:20260309', 'DTEND;VALUE=DATE:20260310']);
    const [event] = parse(text, wide, zone).occurrences.map((o) => o.event);
    expect([event?.start, event?.end]).toEqual([{ date: '2026-03-09' }, { date: '2026-03-10' }]);
  });

  it('reads a TZID that names an IANA zone without a VTIMEZONE, across the DST change', () => {
    const text = calendar([
      'UID:weekly',
      'SUMMARY:Interview loop',
      'DTSTART;TZID=America/New_York:20260302T100000',
      'DTEND;TZID=America/New_York:20260302T110000',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'EXDATE;TZID=America/New_York:20260316T100000',
    ]);
    expect(parse(text).occurrences.map((o) => [o.event.id, o.event.start?.dateTime])).toEqual([
      ['weekly_20260302T150000Z', '2026-03-02T10:00:00-05:00'],
      ['weekly_20260309T140000Z', '2026-03-09T10:00:00-04:00'],
    ]);
  });

  it('reads floating times in the default zone', () => {
    const text = calendar(['UID:f', 'DTSTART:20260701T090000', 'DTEND:20260701T100000']);
    expect(parse(text, wide, 'Asia/Tokyo').occurrences[0]?.event.start).toEqual({ dateTime: '2026-07-01T09:00:00+09:00', timeZone: 'Asia/Tokyo' });
  });

  it('marks STATUS:CANCELLED and reads people and meeting links', () => {
    const text = calendar([
      'UID:c1',
      'SUMMARY:Phone screen - Acme',
      'STATUS:CANCELLED',
      'DTSTART:20260410T160000Z',
      'DTEND:20260410T163000Z',
      'ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example',
      'ATTENDEE;CN=Sam Eng;PARTSTAT=ACCEPTED:mailto:sam@acme.example',
      'ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@acme.example',
      'LOCATION:https://acme.zoom.us/j/123?pwd=x.',
      'X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij',
      'DESCRIPTION:Join: javascript:alert(1) or http://plain.example/',
    ]);
    const event = parse(text).occurrences[0]!.event;
    expect(event.status).toBe('cancelled');
    expect(event.organizer).toEqual({ email: 'rita@acme.example', displayName: 'Rita Recruiter', organizer: true });
    expect(event.attendees).toEqual([
      { email: 'sam@acme.example', displayName: 'Sam Eng', responseStatus: 'accepted' },
      { email: 'room4@acme.example', displayName: 'Room 4', resource: true },
    ]);
    expect(event.conferenceLinks).toEqual(['https://meet.google.com/abc-defg-hij', 'https://acme.zoom.us/j/123?pwd=x']);
  });

  it('keeps only occurrences overlapping the window', () => {
    const text = calendar(['UID:d', 'DTSTART:20260101T090000Z', 'DTEND:20260101T100000Z', 'RRULE:FREQ=DAILY;COUNT=10']);
    const window = { from: new Date('2026-01-03T09:30:00Z'), to: new Date('2026-01-06T09:00:00Z') };
    expect(ids(text, window)).toEqual(['d_20260103T090000Z', 'd_20260104T090000Z', 'd_20260105T090000Z']);
  });

  it('leaves out an event it cannot read, names it, and keeps the others', () => {
    const text = calendar(['UID:bad', 'DTSTART:2026-13-45'], ['UID:good', 'SUMMARY:Onsite', 'DTSTART:20260701T090000Z']);
    const parsed = parse(text);
    expect(parsed.occurrences.map((o) => o.event.id)).toEqual(['good']);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatch(/^test\.ics: event "bad" was left out: .+\.$/);
  });

  it('gives the same ids on every run', () => {
    const text = readFixture('icaljs-recur_instances.ics');
    expect(ids(text)).toEqual(ids(text));
  });

  it.each([
    ['not a calendar', 'hello world'],
    ['a broken property line', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nthis line has no colon\r\nEND:VEVENT\r\nEND:VCALENDAR'],
  ])('refuses %s with ICS_INVALID naming the file', (_label, text) => {
    expect(() => parse(text)).toThrowError(/test\.ics/);
    try {
      parse(text);
    } catch (error) {
      expect(isNextRoundError(error, 'ICS_INVALID')).toBe(true);
    }
  });
});

describe('parseIcs ids', () => {
  it('keys floating recurring instances by wall time, whatever the default zone', () => {
    const text = calendar(['UID:float', 'DTSTART:20260701T090000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2']);
    const idsIn = (zone: string) => parse(text, wide, zone).occurrences.map((o) => o.event.id);
    expect([idsIn('Asia/Tokyo'), idsIn('America/Denver')]).toEqual([
      ['float_20260701T090000', 'float_20260702T090000'],
      ['float_20260701T090000', 'float_20260702T090000'],
    ]);
  });

  it('gives an event without UID the same id from any file name', () => {
    const text = calendar(['SUMMARY:Onsite', 'DTSTART:20260701T090000Z']);
    const idFrom = (where: string) => parseIcs(text, { window: wide, defaultTimeZone: 'UTC', where }).occurrences[0]?.event.id;
    expect(idFrom('a.ics')).toBe(idFrom('/elsewhere/b.ics'));
    expect(idFrom('a.ics')).toMatch(/^nouid-[0-9a-f]{24}$/);
  });
});

describe('parseIcs on a file saved with a byte-order mark', () => {
  it('reads it like any other', () => {
    const text = `\uFEFF${calendar(['UID:bom', 'SUMMARY:Onsite', 'DTSTART:20260701T090000Z'])}`;
    expect(ids(text)).toEqual(['bom']);
  });
});
