import { afterEach, describe, expect, it } from 'vitest';
import { sheetIds, sheetRows } from '../google/harness.js';
import { interviewEvent, startHostedFixture, waitFor, type HostedFixture } from './hosted-fixture.js';

const SHEET = 'sheet-ann';
let fixture: HostedFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

/** Runs one "Sync now" and waits for its pass to finish; returns the Sheets requests it made. */
async function syncNow(f: HostedFixture): Promise<string[]> {
  const from = f.fake.google.log.length;
  const finished = f.logs.filter((line) => line.event === 'sync.finished' || line.event === 'sync.failed').length;
  await f.api('ann', '/api/sync', { spreadsheetId: SHEET });
  await waitFor(() => f.logs.filter((line) => line.event === 'sync.finished' || line.event === 'sync.failed').length > finished, 10_000, 'the pass');
  return f.fake.google.log
    .slice(from)
    .filter((entry) => entry.api === 'sheets')
    .map((entry) => entry.method);
}

describe('a pass whose calendar delta touches no row', () => {
  it('makes no Sheets call for a change that is not an interview, and reads and writes once for one that is', async () => {
    fixture = await startHostedFixture({ env: { PUSH_ENABLED: 'false' } });
    const f = fixture;
    await f.service.start();
    await f.connect('ann', SHEET, 'work');
    await f.api('ann', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.finished'), 10_000, 'the first pass');
    const calendar = f.fake.google.calendar('work');

    calendar.put({ ...interviewEvent('dentist', 'Dentist'), attendees: [] });
    expect(await syncNow(f)).toEqual([]);
    calendar.put(interviewEvent('ev-1', 'Phone screen - Acme'));
    expect(await syncNow(f)).toEqual(['GET', 'POST']);
    expect(sheetIds(f.fake.google.spreadsheets.get(SHEET)!)).toEqual(['ev-1']);
  });

  it('still follows an event that has a row when it stops looking like an interview', async () => {
    fixture = await startHostedFixture({ env: { PUSH_ENABLED: 'false' } });
    const f = fixture;
    await f.service.start();
    await f.connect('ann', SHEET, 'work');
    f.fake.google.calendar('work').put(interviewEvent('ev-1', 'Phone screen - Acme'));
    await f.api('ann', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    await waitFor(() => sheetIds(f.fake.google.spreadsheets.get(SHEET)!).includes('ev-1'), 10_000, 'the interview row');
    await waitFor(() => f.logs.some((line) => line.event === 'sync.finished'), 10_000, 'the first pass to end');

    f.fake.google.calendar('work').put(interviewEvent('ev-1', 'Lunch'));
    expect(await syncNow(f)).toEqual(['GET', 'POST']);
    expect(sheetRows(f.fake.google.spreadsheets.get(SHEET)!).map((row) => row.Title)).toEqual(['Lunch']);
  });

  it('reads the sheet when it never read this tracker, however irrelevant the change', async () => {
    fixture = await startHostedFixture({ env: { PUSH_ENABLED: 'false' } });
    const f = fixture;
    await f.service.start();
    await f.connect('ann', SHEET, 'work');
    await f.api('ann', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.finished'), 10_000, 'the first pass');
    // The connection moved to a tracker this service never read: nothing is known of its rows, so it is read.
    const connection = (await f.service.store.getConnection('ann'))!;
    await f.service.store.saveConnection({ ...connection, spreadsheetId: 'sheet-new' });
    f.fake.google
      .spreadsheet('sheet-new', 'UTC')
      .addSheet('Interviews', [
        f.fake.google.spreadsheets.get(SHEET)!.readValues({ title: 'Interviews', rowStart: 0, rowEnd: 1, colStart: 0, colEnd: null })[0]!,
      ]);
    f.fake.google.calendar('work').put({ ...interviewEvent('dentist', 'Dentist'), attendees: [] });
    const from = f.fake.google.log.length;
    await f.api('ann', '/api/sync', { spreadsheetId: 'sheet-new' });
    await waitFor(() => f.fake.google.log.slice(from).some((entry) => entry.api === 'sheets'), 10_000, 'a read of the new tracker');
  });
});
