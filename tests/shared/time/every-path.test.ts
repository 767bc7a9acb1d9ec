/**
 * One wall time, one answer, on every path: the add-on's form save (the
 * built bundle in node:vm over the Apps Script fakes), the .ics import,
 * the Google Calendar import (the sync planner's cells), due and insights,
 * across the DST table's zones: gaps, overlaps, midnights and all-day dates.
 */
import { describe, expect, it } from 'vitest';
import { listDue } from '../../../shared/due/list-due.js';
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';
import { computeInsights } from '../../../shared/insights/compute-insights.js';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { calendarCells } from '../../../shared/sync/row-cells.js';
import { addDays, parseWallTime, wallTimeToInstant } from '../../../shared/time/index.js';
import { parseIcs } from '../../../server/ics/parse-ics.js';
import { loadBundle } from '../../support/load-bundle.js';
import { DST_TABLE } from './dst-table.js';

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const compact = (wall: string) => `${wall.replace(/[-:]/g, '').replace(' ', 'T')}00`;
const WINDOW = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') };

function viaAddon(zone: string, wall: string): { saved: string; reads: string; instant: string } {
  const loaded = loadBundle({ timeZone: zone, now: new Date('2026-01-15T12:00:00Z') });
  loaded.addon.setUpTracker();
  const end = `${addDays(wall.slice(0, 10), 1)} ${wall.slice(11)}`;
  const result = loaded.addon.saveInterview({ company: 'Acme', role: 'Engineer', start: wall, end });
  if (result.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
  const rows = loaded.spreadsheet.getSheetByName(INTERVIEWS.name)!.peekValues();
  const startColumn = INTERVIEWS.columns.findIndex((column) => column.key === 'start');
  const cell = rows[1]![startColumn] as Date;
  const reads = loaded.addon.loadTracker().interviews.find((round) => round.company === 'Acme')!.start;
  return { saved: result.record.start, reads, instant: iso(cell.getTime()) };
}

function viaIcs(zone: string, wall: string, vtimezone: string[] = []): { cell: string; instant: string } {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//NextRound tests//EN',
    ...vtimezone,
    'BEGIN:VEVENT',
    'UID:round-1@example.com',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;TZID=${zone}:${compact(wall)}`,
    'DURATION:PT1H',
    'SUMMARY:Interview with Acme',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const [occurrence] = parseIcs(text, { window: WINDOW, defaultTimeZone: 'UTC', where: 'test.ics' }).occurrences;
  return { cell: calendarCells(occurrence!.event, zone, new Set()).start ?? '', instant: iso(occurrence!.startMs) };
}

function viaGoogleCalendar(zone: string, wall: string): string {
  // Calendar v3 may give a dateTime without offset plus the event's zone.
  const event: CalendarEvent = {
    id: 'ev1',
    status: 'confirmed',
    start: { dateTime: `${wall.replace(' ', 'T')}:00`, timeZone: zone },
    end: { dateTime: `${addDays(wall.slice(0, 10), 1)}T23:00:00`, timeZone: zone },
  };
  return calendarCells(event, zone, new Set()).start ?? '';
}

function viaDue(zone: string, wall: string): string {
  const now = `${addDays(wall.slice(0, 10), 1)} 12:00`;
  const interviews = [{ eventId: 'ev1', company: 'Acme', role: 'Engineer', start: wall, end: wall, interviewers: 'Ana <ana@acme.example>' }];
  const item = listDue({ applications: [], interviews, now, settings: DEFAULT_DUE_SETTINGS, timeZone: zone }).items.find(
    (candidate) => candidate.kind === 'thank-you',
  );
  return item?.kind === 'thank-you' ? item.endedAt : 'no thank-you due';
}

function viaInsights(zone: string, wall: string): { lastInterviewOn: string | null; days: number | null } {
  const now = `${addDays(wall.slice(0, 10), 3)} 12:00`;
  const insights = computeInsights({ applications: [], interviews: [{ eventId: 'ev1', start: wall, round: 'Technical' }], history: [], now, timeZone: zone });
  return { lastInterviewOn: insights.lastInterviewOn, days: insights.daysSinceLastInterview };
}

describe('one wall time gives one answer on every path', () => {
  it.each(DST_TABLE)('%s %s %s: every path reads %s, shown as %s', (zone, _kind, wall, instant, readsBack) => {
    expect(iso(wallTimeToInstant(parseWallTime(wall)!, zone))).toBe(instant);
    expect(viaAddon(zone, wall)).toEqual({ saved: readsBack, reads: readsBack, instant });
    expect(viaIcs(zone, wall)).toEqual({ cell: readsBack, instant });
    expect(viaGoogleCalendar(zone, wall)).toBe(readsBack);
    expect(viaDue(zone, wall)).toBe(readsBack);
    expect(viaInsights(zone, wall)).toEqual({ lastInterviewOn: wall.slice(0, 10), days: 3 });
  });

  it('saves a New York 02:30 on the spring-forward day as 03:30 EDT and says so, where it once read back 01:30', () => {
    expect(viaAddon('America/New_York', '2026-03-08 02:30')).toEqual({ saved: '2026-03-08 03:30', reads: '2026-03-08 03:30', instant: '2026-03-08T07:30:00Z' });
  });

  it('reads a Berlin fall-back 02:30 from an .ics with its own VTIMEZONE as the add-on does: the earlier instant', () => {
    const berlin = [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const addon = viaAddon('Europe/Berlin', '2026-10-25 02:30');
    expect(viaIcs('Europe/Berlin', '2026-10-25 02:30', berlin)).toEqual({ cell: addon.reads, instant: addon.instant });
    expect(addon.instant).toBe('2026-10-25T00:30:00Z');
  });

  it.each([...new Set(DST_TABLE.map(([zone]) => zone))])('keeps an all-day round on its date in %s on every path', (zone) => {
    const date = '2026-03-08';
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//t//EN',
      'BEGIN:VEVENT',
      'UID:d@x',
      'DTSTAMP:20260101T000000Z',
      'DTSTART;VALUE=DATE:20260308',
      'DTEND;VALUE=DATE:20260309',
      'SUMMARY:Onsite at Acme',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const [occurrence] = parseIcs(ics, { window: WINDOW, defaultTimeZone: zone, where: 'test.ics' }).occurrences;
    expect(calendarCells(occurrence!.event, zone, new Set())).toMatchObject({ start: date, end: date });
    expect(calendarCells({ id: 'd', status: 'confirmed', start: { date }, end: { date: '2026-03-09' } }, zone, new Set())).toMatchObject({
      start: date,
      end: date,
    });
    expect(viaInsights(zone, date)).toEqual({ lastInterviewOn: date, days: 3 });
    const due = listDue({
      applications: [],
      interviews: [{ eventId: 'd', start: date, end: date, interviewers: 'Ana <ana@acme.example>' }],
      now: '2026-03-09 09:00',
      settings: DEFAULT_DUE_SETTINGS,
      timeZone: zone,
    });
    expect(due.items).toMatchObject([{ kind: 'thank-you', endedAt: `${date} 00:00` }]);
  });
});
