import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describeTrackerSinkContract } from '../../shared/sync/tracker-sink-contract.js';
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
