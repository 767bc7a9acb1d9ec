/**
 * The example calendar (examples/job-search.ics, what `npm start` syncs)
 * through the .ics source and the .xlsx sink: a tracker, not a log. Its
 * Globex onsite is a daily series with one day excluded and one moved to
 * the afternoon by an override that lists no attendees of its own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { runSync } from '../../../shared/sync/run-sync.js';
import { IcsSource } from '../../../server/ics/ics-source.js';
import { fromCellValue } from '../../../server/xlsx/cell-values.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { memoryCursors } from '../cli/memory-cursors.js';

const EXAMPLE = join(import.meta.dirname, '../../../examples/job-search.ics');

async function rowsOf(path: string, name: string): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(name)!;
  const grid: string[][] = [];
  const typeOf = (numFmt: string | undefined) => (/hh/.test(numFmt ?? '') ? 'datetime' : /yy/.test(numFmt ?? '') ? 'date' : 'text');
  sheet.eachRow((row) =>
    grid.push(
      Array.from({ length: sheet.columnCount }, (_, i) => {
        const numFmt = row.getCell(i + 1).numFmt;
        return fromCellValue((row.values as ExcelJS.CellValue[])[i + 1], numFmt, { type: typeOf(numFmt) });
      }),
    ),
  );
  return grid.slice(1).map((line) => Object.fromEntries(grid[0]!.map((header, i) => [header, line[i] ?? ''])));
}

describe('the example calendar synced into a new .xlsx tracker', () => {
  it('gives every occurrence of the Globex series, the moved one too, the company, the interviewers and one application', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nr-example-')), 'tracker.xlsx');
    const cursors = memoryCursors();
    const pass = () =>
      runSync({
        source: new IcsSource({
          location: EXAMPLE,
          window: () => ({ from: new Date('2026-11-01T00:00:00Z'), to: new Date('2027-06-01T00:00:00Z') }),
          defaultTimeZone: 'UTC',
        }),
        sink: new XlsxSink({ path, timeZone: 'America/New_York' }),
        cursors,
        rules: DEFAULT_RULES,
        now: () => new Date('2026-11-25T00:00:00Z'),
      });
    await pass();
    const onsite = (await rowsOf(path, 'Interviews')).filter((row) => (row.Title ?? '').startsWith('Onsite interview loop'));
    expect(onsite.map((row) => [row.Start, row.Company, row.Interviewers])).toEqual([
      ['2026-12-14 09:00', 'Globex', 'Hank Scorpio <hank@globex.example>'],
      ['2026-12-15 13:00', 'Globex', 'Hank Scorpio <hank@globex.example>'],
      ['2026-12-17 09:00', 'Globex', 'Hank Scorpio <hank@globex.example>'],
    ]);
    const globex = (await rowsOf(path, 'Applications')).filter((app) => app.Company === 'Globex');
    expect(globex).toHaveLength(1);
    expect(new Set(onsite.map((row) => row['Application ID']))).toEqual(new Set([globex[0]!['Application ID']]));
    expect((await rowsOf(path, 'Contacts')).filter((contact) => contact.Email === 'hank@globex.example')).toHaveLength(1);

    // A second pass (nothing changed in the file) adds nothing anywhere.
    const before = await Promise.all(['Interviews', 'Applications', 'Contacts'].map((name) => rowsOf(path, name)));
    await pass();
    expect(await Promise.all(['Interviews', 'Applications', 'Contacts'].map((name) => rowsOf(path, name)))).toEqual(before);
  });
});
