import { describe, expect, it } from 'vitest';
import { addDays, formatEventSpan, formatWallTime } from '../../../shared/sync/wall-time.js';
import { NextRoundError } from '../../../shared/errors.js';

const ZONES = [
  'Pacific/Kiritimati', // UTC+14
  'Pacific/Pago_Pago', // UTC-11
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kathmandu', // +5:45
  'Australia/Lord_Howe', // half-hour DST
  'America/St_Johns',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Tokyo',
  'UTC',
];

describe('formatWallTime', () => {
  it.each([
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08 01:59'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08 03:00'],
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', '2026-10-25 02:30'],
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', '2026-10-25 02:30'],
    ['2026-06-30T23:59:00Z', 'Pacific/Kiritimati', '2026-07-01 13:59'],
    ['2026-01-01T00:00:00Z', 'Pacific/Pago_Pago', '2025-12-31 13:00'],
    ['2026-01-01T00:00:00Z', 'Asia/Kathmandu', '2026-01-01 05:45'],
    // Liberia left -0:44:30 at 00:44:30 UTC on 1972-01-07: a transition off the quarter hour.
    ['1972-01-07T00:44:29Z', 'Africa/Monrovia', '1972-01-06 23:59'],
    ['1972-01-07T00:44:30Z', 'Africa/Monrovia', '1972-01-07 00:44'],
  ])('shows %s in %s as %s', (iso, zone, expected) => {
    expect(formatWallTime(Date.parse(iso), zone)).toBe(expected);
  });

  it('refuses a zone that is not IANA with a message naming it', () => {
    expect(() => formatWallTime(0, 'Mars/Olympus')).toThrow(new NextRoundError('INVALID_INPUT', '"Mars/Olympus" is not an IANA time zone.', { where: 'time zone' }));
  });
});

describe('formatEventSpan', () => {
  it.each(ZONES)('never shifts an all-day event in %s, and makes its end inclusive', (zone) => {
    expect(formatEventSpan({ date: '2026-03-08' }, { date: '2026-03-09' }, zone)).toEqual({ start: '2026-03-08', end: '2026-03-08', allDay: true });
    expect(formatEventSpan({ date: '2026-12-31' }, { date: '2027-01-02' }, zone)).toEqual({ start: '2026-12-31', end: '2027-01-01', allDay: true });
  });

  it.each(ZONES)('keeps a near-midnight event in %s on its local day', (zone) => {
    const span = formatEventSpan(
      { dateTime: '2026-11-01T23:30:00', timeZone: zone },
      { dateTime: '2026-11-02T00:15:00', timeZone: zone },
      zone,
    );
    expect(span).toEqual({ start: '2026-11-01 23:30', end: '2026-11-02 00:15', allDay: false });
  });

  it('moves a timed event with an offset into the sheet zone', () => {
    const span = formatEventSpan({ dateTime: '2026-03-29T09:00:00+09:00' }, { dateTime: '2026-03-29T10:00:00+09:00' }, 'Europe/London');
    expect(span).toEqual({ start: '2026-03-29 00:00', end: '2026-03-29 02:00', allDay: false });
  });

  it('leaves both cells empty when the event has no readable time', () => {
    expect(formatEventSpan(undefined, { dateTime: 'soon' }, 'UTC')).toEqual({ start: '', end: '', allDay: false });
  });
});

describe('addDays', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('adds to %s %i day(s) giving %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
