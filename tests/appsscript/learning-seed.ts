/**
 * Puts the seeded job search of tests/shared/insights/seed.ts (200
 * applications, 400 rounds, 60 stage changes by default) into a set-up fake
 * workbook, typed in as a person would (wall times become dates in the
 * sheet's zone), so the add-on's insights can be checked against the exact
 * figures of compute-insights.test.ts. Also used by the bench.
 */
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { writeAsPerson, type FakeSpreadsheet } from '../fakes/apps-script/index.js';
import { generateSeedData, SEED_NOW, type SeedData } from '../shared/insights/seed.js';

/** SEED_NOW as an instant in Europe/Berlin (CET, UTC+1 in March before the switch). */
export const SEED_INSTANT = new Date(`${SEED_NOW.replace(' ', 'T')}:00+01:00`);

/** Fills the three sheets below their headers; returns the data written. */
export function seedSearch(spreadsheet: FakeSpreadsheet, applications = 200): SeedData {
  const data = generateSeedData(applications);
  fillRows(spreadsheet, APPLICATIONS, data.applications);
  fillRows(spreadsheet, INTERVIEWS, data.interviews);
  fillRows(spreadsheet, STAGE_HISTORY, data.history);
  return data;
}

/** Appends rows (cells by column key) below the last row of a set-up sheet. */
export function fillRows(spreadsheet: FakeSpreadsheet, spec: SheetSpec, rows: readonly Record<string, string>[]): void {
  const sheet = spreadsheet.sheets.find((candidate) => candidate.name === spec.name);
  if (!sheet) throw new Error(`fillRows: run set-up first, "${spec.name}" is missing`);
  const values = sheet.peekValues();
  const headers = new Map((values[0] ?? []).map((value, index) => [String(value), index + 1]));
  const start = values.length + 1;
  const max = sheet.size().rows;
  if (start + rows.length > max) sheet.insertRowsAfter(max, start + rows.length - max + 10);
  const columns = spec.columns.map((column) => ({ key: column.key, index: headers.get(column.header) }));
  rows.forEach((row, r) => {
    for (const { key, index } of columns) {
      const value = row[key];
      if (index !== undefined && value !== undefined && value !== '') writeAsPerson(sheet, start + r, index, value);
    }
  });
}
