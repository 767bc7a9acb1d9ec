/** Calendar import in the built add-on: the Calendar advanced service fake → runSync → the Interviews sheet. */
import { describe, expect, it } from 'vitest';
import { importHarness, interview, settle, type ImportHarness } from './import-harness.js';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { writeAsPerson } from '../../fakes/apps-script/index.js';

const headerIndex = (h: ImportHarness, key: string) => (h.rows()[0] as string[]).indexOf(INTERVIEWS.columns.find((c) => c.key === key)!.header) + 1;

function withCalendar() {
  const h = importHarness();
  const calendar = h.calendar.add('me@example.com', 'Me');
  calendar.put(interview('a', '2026-03-05T10:00:00+01:00'));
  calendar.put(interview('b', '2026-03-06T15:00:00-05:00', 'Phone screen – Globex', 'America/New_York'));
  calendar.put({ id: 'c', summary: 'Onsite interview at Initech', start: { date: '2026-03-10' }, end: { date: '2026-03-11' } });
  calendar.put({ id: 'lunch', summary: 'Lunch', start: { dateTime: '2026-03-05T12:00:00Z' }, end: { dateTime: '2026-03-05T13:00:00Z' } });
  h.addon.setCalendarImport({ enabled: true });
  return { h, calendar };
}

describe('calendar import inside the add-on', () => {
  it('imports interviews on the first pass: timed ones in the sheet zone, all-day ones as days, other events left out', async () => {
    const { h } = withCalendar();
    const pass = await h.sync();
    expect(pass).toMatchObject({ added: 3, updated: 0, cancelled: 0, errors: [] });
    expect(h.column('eventId')).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    expect(h.column('eventId')).toHaveLength(3);
    const starts = Object.fromEntries(h.column('eventId').map((id, i) => [id, h.column('start')[i]]));
    // Europe/Berlin sheet: 10:00+01:00 stays 10:00; 15:00 New York (UTC−5) is 21:00 in Berlin.
    expect(h.addon.loadCalendarImport().lastPass).toMatchObject({ added: 3 });
    expect((starts.a as Date).toISOString()).toBe('2026-03-05T09:00:00.000Z');
    expect((starts.b as Date).toISOString()).toBe('2026-03-06T20:00:00.000Z');
    expect(h.column('title')).toContain('Onsite interview at Initech');
  });

  it('updates a moved interview in place, keeps the person’s notes, and finds the row after the person sorted', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    const sheet = h.spreadsheet.getSheetByName('Interviews')!;
    const ids = h.column('eventId');
    writeAsPerson(sheet, ids.indexOf('a') + 2, headerIndex(h, 'notes'), 'Ask about the team');
    sheet.sort(headerIndex(h, 'title'), false);
    calendar.put(interview('a', '2026-03-05T14:00:00+01:00'));
    const pass = await h.sync();
    expect(pass).toMatchObject({ added: 0, updated: 1 });
    const row = h.column('eventId').indexOf('a');
    expect((h.column('start')[row] as Date).toISOString()).toBe('2026-03-05T13:00:00.000Z');
    expect(h.column('notes')[row]).toBe('Ask about the team');
    expect(h.column('eventId')).toHaveLength(3);
  });

  it('marks a deleted interview cancelled and never deletes its row', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    calendar.remove('b');
    expect(await h.sync()).toMatchObject({ cancelled: 1 });
    expect(h.column('eventId')).toHaveLength(3);
    expect(h.column('calendarStatus')[h.column('eventId').indexOf('b')]).toBe('cancelled');
  });

  it('recovers from an expired sync token (410) with a full listing: no duplicate rows, the change applied', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    calendar.expireSyncTokens();
    calendar.put(interview('a', '2026-03-05T16:00:00+01:00'));
    const pass = await h.sync();
    expect(pass).toMatchObject({ added: 0, updated: 1, errors: [] });
    expect(h.column('eventId')).toHaveLength(3);
  });

  it('changes nothing when run again with nothing new, even through empty pages', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    const before = JSON.stringify(h.rows());
    calendar.emptyPages = true;
    expect(await h.sync()).toMatchObject({ added: 0, updated: 0, cancelled: 0 });
    expect(JSON.stringify(h.rows())).toBe(before);
  });

  it('imports recurring instances one row each, then follows a moved and a cancelled instance', async () => {
    const { h, calendar } = withCalendar();
    const instance = (day: string) => ({
      ...interview(`r_${day}`, `2026-03-${day}T09:00:00Z`, 'Weekly interview loop'),
      recurringEventId: 'r',
      originalStartTime: { dateTime: `2026-03-${day}T09:00:00Z` },
    });
    for (const day of ['03', '10', '17']) calendar.put(instance(day));
    await h.sync();
    expect(h.column('eventId').filter((id) => String(id).startsWith('r_'))).toHaveLength(3);
    calendar.put({ ...instance('10'), start: { dateTime: '2026-03-11T09:00:00Z' }, end: { dateTime: '2026-03-11T10:00:00Z' } });
    calendar.remove('r_17');
    expect(await h.sync()).toMatchObject({ updated: 1, cancelled: 1 });
    const row = h.column('eventId').indexOf('r_10');
    expect((h.column('start')[row] as Date).toISOString()).toBe('2026-03-11T09:00:00.000Z');
    expect(h.column('calendarStatus')[h.column('eventId').indexOf('r_17')]).toBe('cancelled');
  });

  it('skips the pass on opening the sidebar when the last one is recent, and runs it when it is old', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    calendar.put(interview('d', '2026-03-07T10:00:00Z'));
    h.log.reset();
    expect(await h.sync({ onlyIfStale: true })).toMatchObject({ added: 3 });
    expect(h.log.count('Calendar.Events.list')).toBe(0);
    h.clock.ms += 6 * 60_000;
    expect(await h.sync({ onlyIfStale: true })).toMatchObject({ added: 1 });
  });
});

describe('bad input', () => {
  it('names a calendar the person can no longer read, imports the others, and keeps its cursor', async () => {
    const { h } = withCalendar();
    const team = h.calendar.add('team@example.com', 'Team');
    team.put(interview('t1', '2026-03-08T10:00:00Z'));
    h.addon.chooseImportCalendars({ calendarIds: ['me@example.com', 'team@example.com'] });
    h.calendar.calendars.get('me@example.com')!.unreadable = true;
    const pass = await h.sync();
    expect(pass.added).toBe(1);
    expect(pass.errors).toEqual([expect.stringContaining('Calendar "Me" could not be read')]);
    h.calendar.calendars.get('me@example.com')!.unreadable = false;
    expect(await h.sync()).toMatchObject({ added: 3, errors: [] });
  });

  it('names an unreadable event and imports the rest', async () => {
    const { h, calendar } = withCalendar();
    calendar.put({
      id: 'bad',
      summary: 'Interview (broken)',
      status: 'maybe' as never,
      start: { dateTime: '2026-03-09T10:00:00Z' },
      end: { dateTime: '2026-03-09T11:00:00Z' },
    });
    const pass = await h.sync();
    expect(pass.added).toBe(3);
    expect(pass.errors).toEqual([expect.stringMatching(/"bad".*status/)]);
    expect(h.column('eventId')).not.toContain('bad');
  });

  it('refuses to choose a calendar that is not in the person’s list, naming it and saving nothing', () => {
    const { h } = withCalendar();
    expect(() => h.addon.chooseImportCalendars({ calendarIds: ['stranger@example.com'] })).toThrow(/stranger@example.com/);
    expect(h.addon.loadCalendarImport().calendars).toEqual([{ id: 'me@example.com', name: 'Me', primary: true, chosen: true }]);
  });
});

describe('turning import on and off', () => {
  it('preselects the primary calendar, and forgets every cursor when turned off', async () => {
    const { h } = withCalendar();
    expect(h.addon.loadCalendarImport()).toMatchObject({ enabled: true, calendars: [{ id: 'me@example.com', primary: true, chosen: true }] });
    await h.sync();
    const cursorKeys = () => [...h.documentProperties.store.keys()].filter((key) => key.startsWith('nextround.calendarCursor.'));
    expect(cursorKeys()).toHaveLength(1);
    h.addon.setCalendarImport({ enabled: false });
    expect(cursorKeys()).toEqual([]);
    expect(() => h.addon.syncCalendarsNow()).toThrow(/import is off/);
    // The sidebar asks on every opening: with import off that starts nothing and is no error.
    expect(h.addon.syncCalendarsNow({ onlyIfStale: true })).toMatchObject({ started: false });
    expect(h.log.count('Calendar.Events.list')).toBe(1);
  });
});

describe('opening the sidebar', () => {
  it('marks the sidebar for an import pass only while import is on and the last pass is older than a few minutes', async () => {
    const h = importHarness();
    h.calendar.add('me@example.com', 'Me');
    const opened = () => {
      h.addon.showSidebar();
      return h.ui.sidebars.at(-1)!.getContent().includes('<div id="import-due" hidden></div>');
    };
    expect(opened()).toBe(false);
    h.addon.setCalendarImport({ enabled: true });
    expect(opened()).toBe(true);
    await h.sync();
    expect(opened()).toBe(false);
    h.clock.ms += 5 * 60_000;
    expect(opened()).toBe(true);
  });
});

describe('the window', () => {
  it('leaves out an incremental change to an event that ended before the window', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    calendar.put(interview('old', '2025-11-03T10:00:00Z'));
    expect(await h.sync()).toMatchObject({ added: 0 });
    expect(h.column('eventId')).not.toContain('old');
  });
});

describe('batch, don’t loop', () => {
  it('costs the same Spreadsheet calls for 1 and for 200 changed events: one read, one write', async () => {
    const calls = [];
    for (const changed of [1, 200]) {
      const h = importHarness();
      const calendar = h.calendar.add('me@example.com', 'Me');
      for (let i = 0; i < 200; i++) calendar.put(interview(`e${i}`, new Date(Date.parse('2026-03-03T08:00:00Z') + i * 3_600_000).toISOString()));
      h.addon.setCalendarImport({ enabled: true });
      await h.sync();
      for (let i = 0; i < changed; i++) calendar.put(interview(`e${i}`, new Date(Date.parse('2026-03-03T08:30:00Z') + i * 3_600_000).toISOString()));
      h.log.reset();
      expect(await h.sync()).toMatchObject({ updated: changed });
      calls.push({ all: h.log.spreadsheetCalls(), reads: h.log.reads(), writes: h.log.writes(), pages: h.log.count('Calendar.Events.list') });
    }
    expect(calls[0]).toEqual(calls[1]);
    // Listed first, then read once (zone, values, formats: the person's edits during the listing are in it; Applications and Contacts,
    // a getSheetByName, getDataRange and getValues each, for linking); writing needs only the formulas of the updated rows' span and
    // one setValues (the formats are already the columns' own).
    expect(calls[0]).toMatchObject({ all: 16, reads: 6, writes: 1, pages: 1 });
  });

  it('does not read the sheet on a pass with nothing new (only the lock’s flush), and the next change still lands', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    h.log.reset();
    expect(await h.sync()).toMatchObject({ added: 0, updated: 0, cancelled: 0, errors: [] });
    expect([h.log.spreadsheetCalls(), h.log.count('SpreadsheetApp.flush'), h.log.count('Calendar.Events.list')]).toEqual([1, 1, 1]);
    calendar.put(interview('a', '2026-03-05T16:00:00+01:00'));
    expect(await h.sync()).toMatchObject({ updated: 1 });
    expect((h.column('start')[h.column('eventId').indexOf('a')] as Date).toISOString()).toBe('2026-03-05T15:00:00.000Z');
  });

  it('still writes the formats when the person reformatted a calendar cell, so a formula-like title stays text', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    const sheet = h.spreadsheet.getSheetByName('Interviews')!;
    const row = h.column('eventId').indexOf('a') + 2;
    sheet.getRange(row, headerIndex(h, 'title')).setNumberFormat('0.00');
    calendar.put(interview('a', '2026-03-05T10:00:00+01:00', '=IMPORTXML("https://evil.example","//a") interview'));
    h.log.reset();
    expect(await h.sync()).toMatchObject({ updated: 1 });
    expect(h.log.count('Range.setNumberFormats')).toBe(1);
    const cell = sheet.getRange(row, headerIndex(h, 'title'));
    expect([cell.getFormulas()[0]![0], cell.getValues()[0]![0], cell.getNumberFormats()[0]![0]]).toEqual([
      '',
      '=IMPORTXML("https://evil.example","//a") interview',
      '@',
    ]);
  });
});

describe('the person working while a pass lists the calendar', () => {
  it('keeps a note typed between two updated rows during the listing', async () => {
    const { h, calendar } = withCalendar();
    calendar.put(interview('z', '2026-03-07T10:00:00Z'));
    await h.sync();
    const sheet = h.spreadsheet.getSheetByName('Interviews')!;
    const ids = h.column('eventId') as string[];
    const [firstId, lastId] = [ids[0]!, ids[ids.length - 1]!];
    const middle = ids[1]!;
    calendar.put({ ...calendar.current(firstId)!, summary: 'Interview moved (first)', id: firstId });
    calendar.put({ ...calendar.current(lastId)!, summary: 'Interview moved (last)', id: lastId });
    h.calendar.onCall = () => writeAsPerson(sheet, ids.indexOf(middle) + 2, headerIndex(h, 'notes'), 'typed during the pass');
    expect(await h.sync()).toMatchObject({ updated: 2 });
    expect(h.column('notes')[h.column('eventId').indexOf(middle)]).toBe('typed during the pass');
  });

  it('writes to the right rows when the person sorts during the listing (the pass reads the sheet after listing)', async () => {
    const { h, calendar } = withCalendar();
    await h.sync();
    const sheet = h.spreadsheet.getSheetByName('Interviews')!;
    calendar.put(interview('a', '2026-03-05T18:00:00+01:00', 'Interview with Acme (moved)'));
    let sorted = false;
    h.calendar.onCall = () => {
      if (!sorted) sheet.sort(headerIndex(h, 'eventId'), false);
      sorted = true;
    };
    expect(await h.sync()).toMatchObject({ updated: 1 });
    const ids = h.column('eventId');
    expect(h.column('title')[ids.indexOf('a')]).toBe('Interview with Acme (moved)');
    expect(h.column('title').filter((title) => title === 'Interview with Acme (moved)')).toHaveLength(1);
    expect([...ids].sort()).toEqual(['a', 'b', 'c']);
    expect(h.column('title')[ids.indexOf('c')]).toBe('Onsite interview at Initech');
  });
});

describe('what "Sync now" answers', () => {
  it('answers at once that a pass started; the pass’s report, errors included, is saved for loadCalendarImport', async () => {
    const { h, calendar } = withCalendar();
    expect(h.addon.syncCalendarsNow()).toEqual({ started: true, lastPass: null });
    await settle();
    expect(h.addon.loadCalendarImport().lastPass).toMatchObject({ added: 3 });
    h.spreadsheet.getSheetByName('Interviews')!.getRange(1, headerIndex(h, 'eventId')).setValue('Renamed');
    // Something to write, so the pass reads the sheet (a pass with nothing new does not).
    calendar.put(interview('a', '2026-03-05T16:00:00+01:00'));
    h.clock.ms += 60_000;
    expect(h.addon.syncCalendarsNow()).toMatchObject({ started: true, lastPass: { added: 3 } });
    await settle();
    expect(h.addon.loadCalendarImport().lastPass).toMatchObject({ added: 0, errors: [expect.stringContaining('Event ID')] });
    expect(h.documentLock.held).toBe(false);
  });
});
