import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describeTrackerSinkContract } from '../../shared/sync/tracker-sink-contract.js';
import { describeTrackerLinksContract } from '../../shared/sync/tracker-links-contract.js';
import { fromCellValue } from '../../../server/xlsx/cell-values.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';

describeTrackerSinkContract('.xlsx file', async (grid, timeZone) => {
  const path = join(mkdtempSync(join(tmpdir(), 'nr-contract-')), 'tracker.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Interviews');
  grid.forEach((cells, index) => (sheet.getRow(index + 1).values = cells));
  await workbook.xlsx.writeFile(path);
  return {
    sink: new XlsxSink({ path, timeZone }),
    async readBack() {
      const saved = new ExcelJS.Workbook();
      await saved.xlsx.readFile(path);
      const rows: string[][] = [];
      saved.getWorksheet('Interviews')!.eachRow((row) => {
        const values = row.values as ExcelJS.CellValue[];
        rows.push(Array.from({ length: grid[0]!.length }, (_, i) => fromCellValue(values[i + 1], undefined)));
      });
      return rows;
    },
  };
});

describeTrackerLinksContract('.xlsx file', async (sheets, timeZone) => {
  const path = join(mkdtempSync(join(tmpdir(), 'nr-links-')), 'tracker.xlsx');
  const workbook = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(sheets) as [string, string[][] | undefined][]) {
    if (!grid) continue;
    const sheet = workbook.addWorksheet(name);
    grid.forEach((cells, index) => (sheet.getRow(index + 1).values = cells));
  }
  await workbook.xlsx.writeFile(path);
  return {
    sink: new XlsxSink({ path, timeZone }),
    async readBack(name) {
      const saved = new ExcelJS.Workbook();
      await saved.xlsx.readFile(path);
      const rows: string[][] = [];
      const sheet = saved.getWorksheet(name)!;
      const width = sheet.getRow(1).cellCount;
      sheet.eachRow((row) => {
        const values = row.values as ExcelJS.CellValue[];
        rows.push(
          Array.from({ length: width }, (_, i) =>
            fromCellValue(values[i + 1], row.getCell(i + 1).numFmt, { type: /yy/.test(row.getCell(i + 1).numFmt ?? '') ? 'date' : 'text' }),
          ),
        );
      });
      return rows;
    },
  };
});
