/**
 * Trackers written by LibreOffice (converted by `soffice` itself, see
 * libreoffice-tracker.ts): protection as LibreOffice writes it and its
 * database ranges with an AutoFilter. A named range becomes an .xlsx table,
 * which made exceljs fail every pass ("Cannot read properties of null
 * (reading 'theme')"). After a pass, each is kept and LibreOffice reads
 * the result back.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { describeWithSoffice } from '../../support/capabilities.js';
import { libreOfficeTrackers, soffice } from './libreoffice-tracker.js';
import { changedParts, partsOf, partText, syncOnePass } from './package-parts.js';

const rowsOf = async (path: string) => (await new XlsxSink({ path, timeZone: 'UTC' }).read()).rows.map((row) => [row.eventId, row.title, row.notes]);
const SYNCED = [
  ['ev-old', 'Phone screen (moved)', 'my note'],
  ['ev-new', 'Onsite', ''],
];

describeWithSoffice('a pass on a tracker LibreOffice wrote', () => {
  let trackers: ReturnType<typeof libreOfficeTrackers>;
  let readBack: string;
  beforeAll(() => {
    trackers = libreOfficeTrackers();
    readBack = join(trackers.dir, 'readBack.xlsx');
    copyFileSync(trackers.namedRange, readBack);
  }, 120_000);

  it('syncs rows under a named database range with an AutoFilter (an .xlsx table), growing the table over the new row', async () => {
    const path = trackers.namedRange;
    const before = await partsOf(path);
    await syncOnePass(path, 'ev-old', 'ev-new');
    const table = await partText(path, 'xl/tables/table1.xml');
    expect([await rowsOf(path), changedParts(before, await partsOf(path)), table.match(/ ref="[^"]*"/g)]).toEqual([
      SYNCED,
      // LibreOffice's styles have no text or date-time cell format: one of each is appended.
      ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/tables/table1.xml', 'xl/worksheets/sheet1.xml'],
      [' ref="A1:W3"', ' ref="A1:W3"'],
    ]);
  });

  it("keeps the sheet's and the workbook's protection and the AutoFilter's criteria, growing its range and LibreOffice's filter name", async () => {
    const path = trackers.sheetRange;
    const before = await partsOf(path);
    const sheetBefore = await partText(path, 'xl/worksheets/sheet1.xml');
    await syncOnePass(path, 'ev-old', 'ev-new');
    const sheet = await partText(path, 'xl/worksheets/sheet1.xml');
    const workbook = await partText(path, 'xl/workbook.xml');
    const protection = /<sheetProtection[^>]*>/.exec(sheetBefore)![0];
    expect([
      await rowsOf(path),
      changedParts(before, await partsOf(path)),
      sheet.includes(protection),
      /<autoFilter ref="([^"]*)"><filterColumn colId="5"><filters><filter val="Acme"\/><\/filters><\/filterColumn><\/autoFilter>/.exec(sheet)?.[1],
      workbook.includes('<workbookProtection lockWindows="false"/>'),
      /_xlnm\._FilterDatabase[^>]*>([^<]*)</.exec(workbook)?.[1],
    ]).toEqual([SYNCED, ['xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'], true, 'A1:W3', true, 'Interviews!$A$1:$W$3']);
  });

  it('writes a tracker LibreOffice reads back with the synced rows', async () => {
    await syncOnePass(readBack, 'ev-old', 'ev-new');
    // UTF-8, comma-separated, cells as shown (the ninth option), so dates read as their format shows them.
    soffice(trackers.dir, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', readBack]);
    const lines = readFileSync(join(trackers.dir, 'readBack.csv'), 'utf8').trim().split('\n');
    expect(
      lines.slice(1).map((line) =>
        line
          .split(',')
          .filter((cell) => cell !== '')
          .slice(0, 4),
      ),
    ).toEqual([
      ['ev-old', '2026-03-09 14:30', '2026-03-09 15:00', 'Phone screen (moved)'],
      ['ev-new', '2026-04-02 09:00', '2026-04-02 12:00', 'Onsite'],
    ]);
  }, 120_000);
});
