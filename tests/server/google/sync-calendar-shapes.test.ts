/**
 * Recurring series, all-day and near-midnight events through the whole
 * chain (fake Calendar → source → planner → Sheets sink → fake Sheets).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSync } from '../../../shared/sync/run-sync.js';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { createGoogleSheetsSink } from '../../../server/google/sheets-sink.js';
import { HEADERS, MapCursors, sheetRows, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ timeZone: 'America/New_York', pageSize: 2 });
});
afterEach(async () => h.fake.close());
const now = () => new Date('2026-05-01T00:00:00Z');

describe('calendar shapes end to end', () => {
  it('keeps one row per instance of a series across DST, with moved, renamed and cancelled instances', async () => {
    const calendar = h.fake.google.calendar();
    const starts = [
      ['20260226T150000Z', '2026-02-26T10:00:00-05:00', '2026-02-26T11:00:00-05:00'],
      ['20260305T150000Z', '2026-03-05T10:00:00-05:00', '2026-03-05T11:00:00-05:00'],
      ['20260312T140000Z', '2026-03-12T10:00:00-04:00', '2026-03-12T11:00:00-04:00'],
      ['20260319T140000Z', '2026-03-19T10:00:00-04:00', '2026-03-19T11:00:00-04:00'],
    ] as const;
    for (const [suffix, start, end] of starts) {
      calendar.put({
        id: `series1_${suffix}`,
        recurringEventId: 'series1',
        iCalUID: 'series1@google.com',
        originalStartTime: { dateTime: start, timeZone: 'America/New_York' },
        summary: 'Weekly interview loop - Acme',
        start: { dateTime: start, timeZone: 'America/New_York' },
        end: { dateTime: end, timeZone: 'America/New_York' },
      });
    }
    const cursors = new MapCursors();
    const sync = () => runSync({ source: h.source, sink: h.sink, cursors, rules: DEFAULT_RULES, now });
    await sync();
    calendar.put({
      ...calendar.current('series1_20260305T150000Z')!,
      id: 'series1_20260305T150000Z',
      start: { dateTime: '2026-03-06T14:00:00-05:00' },
      end: { dateTime: '2026-03-06T15:00:00-05:00' },
    });
    calendar.put({ ...calendar.current('series1_20260312T140000Z')!, id: 'series1_20260312T140000Z', summary: 'Final round - Acme' });
    calendar.remove('series1_20260319T140000Z');
    await sync();
    await sync();
    expect(sheetRows(h.book).map((row) => [row['Event ID'], row.Start, row.End, row.Title, row['Calendar status']])).toEqual([
      ['series1_20260226T150000Z', '2026-02-26 10:00', '2026-02-26 11:00', 'Weekly interview loop - Acme', 'confirmed'],
      ['series1_20260305T150000Z', '2026-03-06 14:00', '2026-03-06 15:00', 'Weekly interview loop - Acme', 'confirmed'],
      ['series1_20260312T140000Z', '2026-03-12 10:00', '2026-03-12 11:00', 'Final round - Acme', 'confirmed'],
      ['series1_20260319T140000Z', '2026-03-19 10:00', '2026-03-19 11:00', 'Weekly interview loop - Acme', 'cancelled'],
    ]);
  });

  // Offsets in force on 2026-01-15 in each zone.
  const zones = [
    ['Pacific/Kiritimati', '+14:00'],
    ['Pacific/Pago_Pago', '-11:00'],
    ['Asia/Kathmandu', '+05:45'],
    ['America/St_Johns', '-03:30'],
    ['Australia/Lord_Howe', '+11:00'],
    ['Pacific/Chatham', '+13:45'],
    ['Europe/Berlin', '+01:00'],
    ['America/Los_Angeles', '-08:00'],
    ['Asia/Tokyo', '+09:00'],
    ['UTC', '+00:00'],
  ] as const;

  it(`shifts no all-day or near-midnight date in ${zones.length} zones`, async () => {
    const calendar = h.fake.google.calendar();
    for (const [zone, offset] of zones) {
      calendar.put({ id: `allday-${zone.replace(/\W/g, '')}`, summary: `Onsite all day ${zone}`, start: { date: '2026-01-15' }, end: { date: '2026-01-16' } });
      calendar.put({
        id: `late-${zone.replace(/\W/g, '')}`,
        summary: `Interview late ${zone}`,
        start: { dateTime: `2026-01-15T23:30:00${offset}` },
        end: { dateTime: `2026-01-16T00:15:00${offset}` },
      });
    }
    const shifts: string[] = [];
    for (const [zone] of zones) {
      const id = `book-${zone}`;
      h.fake.google.spreadsheet(id, zone).addSheet('Interviews', [HEADERS]);
      const sink = createGoogleSheetsSink({ sheets: h.clients.sheets, spreadsheetId: id, retry: h.retry });
      await runSync({ source: h.source, sink, cursors: new MapCursors(), rules: DEFAULT_RULES, now });
      const rows = sheetRows(h.fake.google.spreadsheet(id));
      for (const row of rows) {
        const isAllDay = row['Event ID']!.startsWith('allday');
        const own = row.Title!.endsWith(zone);
        if (isAllDay && (row.Start !== '2026-01-15' || row.End !== '2026-01-15' || row['Time zone'] !== ''))
          shifts.push(`${zone}: ${row.Title} ${row.Start}–${row.End}`);
        if (!isAllDay && own && (row.Start !== '2026-01-15 23:30' || row.End !== '2026-01-16 00:15' || row['Time zone'] !== zone))
          shifts.push(`${zone}: ${row.Title} ${row.Start}–${row.End}`);
      }
      expect(rows).toHaveLength(zones.length * 2);
    }
    expect(shifts).toEqual([]);
  });
});
