import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSync } from '../../../shared/sync/run-sync.js';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { createGoogleSheetsSink } from '../../../server/google/sheets-sink.js';
import { createMissingTabs } from '../../../server/google/missing-tabs.js';
import { APPLICATIONS } from '../../../shared/schema/tracker-schema.js';
import { CELL_FIELDS } from '../../../server/google/sheets-cells.js';
import { FAULTS } from '../../fake-google/faults.js';
import type { calendar_v3 } from '@googleapis/calendar';
import { HEADERS, MapCursors, SPREADSHEET_ID, sheetIds, sheetRows, startHarness, type Harness } from './harness.js';

let h: Harness;
let cursors: MapCursors;
beforeEach(async () => {
  h = await startHarness();
  cursors = new MapCursors();
});
afterEach(async () => h.fake.close());

const now = () => new Date('2026-05-01T00:00:00Z');
const put = (id: string, fields: Partial<calendar_v3.Schema$Event> = {}) =>
  h.fake.google
    .calendar()
    .put({ summary: `Interview ${id} - Acme`, start: { dateTime: '2026-05-04T09:00:00Z' }, end: { dateTime: '2026-05-04T10:00:00Z' }, ...fields, id });
const sync = () => runSync({ source: h.source, sink: h.sink, cursors, rules: DEFAULT_RULES, now });
const sheetRequests = () => h.fake.google.requests('sheets').map((r) => `${r.method} ${r.path.split(SPREADSHEET_ID)[1] || '/'}`);
const column = (header: string) => HEADERS.indexOf(header);
/** Runs `act` once, just before the pass's write reaches Sheets. */
const beforeFirstWrite = (act: () => void) => {
  h.fake.google.beforeRequest = (request) => {
    if (request.api === 'sheets' && request.write) {
      h.fake.google.beforeRequest = null;
      act();
    }
  };
};

describe('Google Sheets sink', () => {
  it.each([1, 100])('costs one read and one write for %i new events', async (count) => {
    for (let i = 0; i < count; i++) put(`ev${String(i).padStart(3, '0')}`);
    const report = await sync();
    expect(report.added).toBe(count);
    expect(sheetRequests()).toEqual(['GET /', 'POST :batchUpdate']);
    expect(sheetIds(h.book)).toHaveLength(count);
  });

  it('sends one grid read and one batchUpdate of literal cells that asks back only headers and Event IDs', async () => {
    put('a');
    await sync();
    h.book.edit('Interviews', 1, column('Notes'), 'mine');
    put('a', { summary: 'Final round - Acme' });
    put('b');
    h.fake.google.log.length = 0;
    await sync();
    const [read, write] = h.fake.google.requests('sheets');
    // Applications and Contacts ride in the same read (TrackerLinks).
    expect(read?.query).toMatchObject({ ranges: ["'Interviews'", "'Applications'", "'Contacts'"], includeGridData: 'true' });
    const title = column('Title');
    expect(write?.body).toMatchObject({
      includeSpreadsheetInResponse: true,
      responseIncludeGridData: true,
      responseRanges: ["'Interviews'!1:1", "'Interviews'!A:A"],
      requests: [
        {
          updateCells: {
            start: { sheetId: 1007, rowIndex: 1, columnIndex: title },
            rows: [{ values: [{ userEnteredValue: { stringValue: 'Final round - Acme' } }] }],
            fields: CELL_FIELDS,
          },
        },
        { updateCells: { start: { sheetId: 1007, rowIndex: 1, columnIndex: column('Event version') }, fields: CELL_FIELDS } },
        { appendCells: { sheetId: 1007, fields: CELL_FIELDS } },
      ],
    });
  });

  it('writes calendar text as literal strings, never formulas', async () => {
    put('evil', { summary: '=IMPORTXML("https://evil.example","//a") interview' });
    await sync();
    const titleCell = h.book.sheets[1]!.rows[1]![column('Title')];
    expect(titleCell).toEqual({ stringValue: '=IMPORTXML("https://evil.example","//a") interview' });
  });

  it("stores Start and End as serial numbers of the wall time in the spreadsheet's zone, with a date-time format", async () => {
    put('a');
    await sync();
    const row = h.book.sheets[1]!.rows[1]!;
    const formats = h.book.sheets[1]!.formats[1]!;
    // 2026-05-04 11:00 in Berlin: 46146 days after 1899-12-30, plus 11/24 of a day.
    expect([row[column('Start')], formats[column('Start')]]).toEqual([{ numberValue: 46146 + 11 / 24 }, { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm' }]);
    expect([row[column('End')], formats[column('End')]]).toEqual([{ numberValue: 46146 + 12 / 24 }, { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm' }]);
  });

  it('reads Start and End typed as text (or left as text by an older writer) and rewrites nothing without cause', async () => {
    put('a');
    await sync();
    const row = h.book.sheets[1]!.rows[1]!;
    row[column('Start')] = { stringValue: '2026-05-04 11:00' };
    row[column('End')] = { stringValue: '2026-05-04T12:00:00' };
    put('a', { description: 'agenda changed' });
    h.fake.google.log.length = 0;
    await sync();
    const written =
      (h.fake.google.requests('sheets')[1]?.body as { requests?: { updateCells?: { start?: { columnIndex?: number } } }[] } | undefined)?.requests ?? [];
    expect(written.length).toBeGreaterThan(0);
    expect(written.map((request) => request.updateCells?.start?.columnIndex)).not.toContain(column('Start'));
    const after = h.book.sheets[1]!.rows[1]!;
    expect([after[column('Start')], after[column('End')]]).toEqual([{ stringValue: '2026-05-04 11:00' }, { stringValue: '2026-05-04T12:00:00' }]);
    expect(sheetRows(h.book)[0]).toMatchObject({ Start: '2026-05-04 11:00', End: '2026-05-04T12:00:00' });
  });

  it("records times in the spreadsheet's zone, and the zone", async () => {
    put('a');
    await sync();
    expect(sheetRows(h.book)[0]).toMatchObject({
      Start: '2026-05-04 11:00',
      End: '2026-05-04 12:00',
      'Time zone': 'Europe/Berlin',
      'Calendar status': 'confirmed',
    });
  });

  it('updates the right rows when the person sorts between read and write, leaving their cells byte-identical', async () => {
    for (const id of ['a', 'b', 'c']) put(id);
    await sync();
    h.book.edit('Interviews', 1, column('Notes'), 'notes of a');
    h.book.edit('Interviews', 3, column('Notes'), '=1+1');
    const personBefore = JSON.stringify(
      sheetRows(h.book)
        .map((row) => [row['Event ID'], row.Notes])
        .sort(),
    );
    put('a', { summary: 'Final round - Acme' });
    put('c', { status: 'tentative' });
    beforeFirstWrite(() => h.book.sortRows('Interviews', column('Event ID'), true));
    const report = await sync();
    expect(report.updated).toBe(2);
    const rows = sheetRows(h.book);
    expect(rows.map((row) => [row['Event ID'], row.Title, row['Calendar status']])).toEqual([
      ['c', 'Interview c - Acme', 'tentative'],
      ['b', 'Interview b - Acme', 'confirmed'],
      ['a', 'Final round - Acme', 'confirmed'],
    ]);
    expect(JSON.stringify(rows.map((row) => [row['Event ID'], row.Notes]).sort())).toBe(personBefore);
    expect(h.book.sheets[1]!.rows[1]![column('Notes')]).toEqual({ formulaValue: '=1+1' });
  });

  it('puts back every misplaced cell when the person inserts a column between read and write', async () => {
    for (const id of ['a', 'b']) put(id);
    await sync();
    h.book.edit('Interviews', 1, column('Round'), 'Technical');
    h.book.edit('Interviews', 2, column('Notes'), 'keep me');
    put('a', { summary: 'Renamed interview' });
    put('n');
    beforeFirstWrite(() => h.book.insertColumn('Interviews', 2, 'My column'));
    await sync();
    const rows = sheetRows(h.book).filter((row) => row['Event ID']);
    expect(rows.map((row) => [row['Event ID'], row.Title, row.Round, row.Notes, row['My column']])).toEqual([
      ['a', 'Renamed interview', 'Technical', '', ''],
      ['b', 'Interview b - Acme', '', 'keep me', ''],
      ['n', 'Interview n - Acme', '', '', ''],
    ]);
  });

  it('updates the right row when the person inserts rows above it between read and write', async () => {
    put('a');
    await sync();
    put('a', { summary: 'Moved interview' });
    beforeFirstWrite(() => {
      h.book.insertRows('Interviews', 1, 2);
      h.book.edit('Interviews', 1, column('Notes'), 'my own row');
    });
    await sync();
    expect(sheetRows(h.book).map((row) => [row['Event ID'], row.Title, row.Notes])).toEqual([
      ['', '', 'my own row'],
      ['', '', ''],
      ['a', 'Moved interview', ''],
    ]);
  });

  it('adds no duplicate when a write commits and its response is lost', async () => {
    put('a');
    put('b');
    h.fake.google.faults.add(FAULTS.lostResponse(), { when: (request) => request.write });
    const report = await sync();
    expect(sheetIds(h.book)).toEqual(['a', 'b']);
    expect(report.added).toBe(2);
  });

  it('stops with a clear error when a required header was renamed, writing nothing', async () => {
    put('a');
    h.book.edit('Interviews', 0, column('Meeting link'), 'Zoom');
    await expect(sync()).rejects.toThrow(
      'Sheet "Interviews" is missing the required header "Meeting link". Run "Set up tracker" to add it back, or restore the header text.',
    );
    expect(h.fake.google.requests('sheets').filter((r) => r.write)).toEqual([]);
  });

  it('names a missing Interviews sheet', async () => {
    const sink = createGoogleSheetsSink({ sheets: h.clients.sheets, spreadsheetId: SPREADSHEET_ID, sheetName: 'Rounds', retry: h.retry });
    await expect(sink.read()).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'The spreadsheet has no sheet named "Rounds"; run "Set up tracker" to add it.',
    });
  });
  it("reads a tracker without Applications and Contacts with one extra read per missing tab on the sink's first pass only, and names what was not linked", async () => {
    h.fake.google.spreadsheet('old', 'Europe/Berlin').addSheet('Interviews', [HEADERS]);
    const sink = createGoogleSheetsSink({ sheets: h.clients.sheets, spreadsheetId: 'old', retry: h.retry });
    const oldRequests = () => h.fake.google.requests('sheets').map((r) => `${r.method} ${r.status}`);
    put('a');
    const first = await runSync({ source: h.source, sink, cursors, rules: DEFAULT_RULES, now });
    // Sheets names one unparsable range per answer: each missing tab costs one read, once.
    expect(oldRequests()).toEqual(['GET 400', 'GET 400', 'GET 200', 'POST 200']);
    expect(first.errors).toEqual([
      'Rounds were not linked to applications: the tracker has no "Applications" sheet; run "Set up tracker" to add it.',
      'Interviewers were not added to Contacts: the tracker has no "Contacts" sheet; run "Set up tracker" to add it.',
    ]);
    h.fake.google.log.length = 0;
    put('b');
    await runSync({ source: h.source, sink, cursors, rules: DEFAULT_RULES, now });
    expect(oldRequests()).toEqual(['GET 200', 'POST 200']);
  });

  it('lets a later sink over the same tracker skip the tabs an earlier one found missing, until the memory forgets and a tab added since is linked', async () => {
    const book = h.fake.google.spreadsheet('old', 'Europe/Berlin');
    book.addSheet('Interviews', [HEADERS]);
    let clock = 0;
    const missingTabs = createMissingTabs({ ttlMs: 60_000, now: () => clock });
    // The hosted worker makes one sink per pass; the memory is what they share.
    const pass = () =>
      runSync({
        source: h.source,
        sink: createGoogleSheetsSink({ sheets: h.clients.sheets, spreadsheetId: 'old', retry: h.retry, missingTabs }),
        cursors,
        rules: DEFAULT_RULES,
        now,
      });
    const oldRequests = () => h.fake.google.requests('sheets').map((r) => `${r.method} ${r.status}`);
    put('a');
    await pass();
    expect(oldRequests()).toEqual(['GET 400', 'GET 400', 'GET 200', 'POST 200']);
    h.fake.google.log.length = 0;
    put('b');
    const second = await pass();
    expect(oldRequests()).toEqual(['GET 200', 'POST 200']);
    // Still said, so the person knows linking waits on Set up tracker.
    expect(second.errors).toHaveLength(2);
    book.addSheet('Applications', [APPLICATIONS.columns.map((column) => column.header)]);
    clock = 60_000;
    h.fake.google.log.length = 0;
    put('c');
    const third = await pass();
    expect(oldRequests()).toEqual(['GET 400', 'GET 200', 'POST 200']);
    expect(third.errors).toEqual(['Interviewers were not added to Contacts: the tracker has no "Contacts" sheet; run "Set up tracker" to add it.']);
  });
});
