import { describe, expect, it } from 'vitest';
import { eventInstant, formatEventSpan } from '../../../shared/sync/event-span.js';

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

describe('formatEventSpan', () => {
  it.each(ZONES)('never shifts an all-day event in %s, and makes its end inclusive', (zone) => {
    expect(formatEventSpan({ date: '2026-03-08' }, { date: '2026-03-09' }, zone)).toEqual({ start: '2026-03-08', end: '2026-03-08', allDay: true });
    expect(formatEventSpan({ date: '2026-12-31' }, { date: '2027-01-02' }, zone)).toEqual({ start: '2026-12-31', end: '2027-01-01', allDay: true });
  });

  it.each(ZONES)('keeps a near-midnight event in %s on its local day', (zone) => {
    const span = formatEventSpan({ dateTime: '2026-11-01T23:30:00', timeZone: zone }, { dateTime: '2026-11-02T00:15:00', timeZone: zone }, zone);
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

describe('eventInstant', () => {
  it('reads a floating time in the event zone by RFC 5545: a New York 02:30 on the spring-forward day is 03:30 EDT', () => {
    expect(eventInstant({ dateTime: '2026-03-08T02:30:00', timeZone: 'America/New_York' }, 'UTC')).toBe(Date.parse('2026-03-08T07:30:00Z'));
  });

  it('reads a floating time without a zone in the fallback zone, and the earlier instant of a repeated Berlin 02:30', () => {
    expect(eventInstant({ dateTime: '2026-10-25T02:30:00.000' }, 'Europe/Berlin')).toBe(Date.parse('2026-10-25T00:30:00Z'));
  });

  it('takes an offset as given', () => {
    expect(eventInstant({ dateTime: '2026-10-25T02:30:00+01:00', timeZone: 'Europe/Berlin' }, 'UTC')).toBe(Date.parse('2026-10-25T01:30:00Z'));
  });
});
