/**
 * The local .xlsx tracker for `import` and `add-job`, kept in this one
 * module (the .xlsx sink's internals are being replaced elsewhere): read
 * the applications already there (for duplicates), and append rows to
 * Applications and Stage history in one atomic save. Cells go through the
 * one cell model (toCellWrite): text stays a string cell, never a formula.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { NextRoundError } from '../../shared/errors.js';
import type { ApplicationKeyFields } from '../../shared/import/same-application.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { mapHeaders } from '../../shared/schema/header-map.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { cannotWrite, writeFileAtomic } from '../xlsx/atomic-write.js';
import { fromCellValue, toCellWrite } from '../xlsx/cell-values.js';
import { ensureTrackerSheets } from '../xlsx/workbook-layout.js';

type Loadable = Parameters<ExcelJS.Xlsx['load']>[0];

/** The workbook at `path`, or a new one when the file does not exist. */
async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return workbook;
    throw cannotWrite(path, error);
  }
  return workbook.xlsx.load(bytes as unknown as Loadable);
}

function headersOf(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as unknown[];
  return values.slice(1).map((value) => (typeof value === 'string' ? value : ''));
}

function sheetOf(workbook: ExcelJS.Workbook, spec: SheetSpec, path: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(spec.name);
  if (!sheet) throw new NextRoundError('NOT_FOUND', `${path} has no "${spec.name}" sheet.`, { where: `${path}!${spec.name}` });
  return sheet;
}

/** Company, role and link of every application the tracker at `path` holds (none when it does not exist yet). */
export async function readTrackerApplications(path: string): Promise<ApplicationKeyFields[]> {
  const workbook = await openWorkbook(path);
  const sheet = workbook.getWorksheet(APPLICATIONS.name);
  if (!sheet) return [];
  const map = mapHeaders(APPLICATIONS, headersOf(sheet));
  const text = (row: ExcelJS.Row, key: string) => {
    const index = map.indexByKey[key];
    return index === undefined ? '' : fromCellValue(row.getCell(index + 1).value, undefined);
  };
  const found: ApplicationKeyFields[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) found.push({ company: text(row, 'company'), role: text(row, 'role'), link: text(row, 'link') });
  });
  return found;
}

/** Appends `applications` and `history` (column key → text) below each sheet's last row, saving once, atomically. */
export async function appendToTracker(
  path: string,
  rows: { applications: readonly Record<string, string>[]; history: readonly Record<string, string>[] },
): Promise<void> {
  const workbook = await openWorkbook(path);
  ensureTrackerSheets(workbook, path);
  for (const [spec, list] of [
    [APPLICATIONS, rows.applications],
    [STAGE_HISTORY, rows.history],
  ] as const) {
    const sheet = sheetOf(workbook, spec, path);
    const map = mapHeaders(spec, headersOf(sheet));
    const columns = new Map(spec.columns.map((column) => [column.key, column]));
    let next = sheet.rowCount + 1;
    for (const cells of list) {
      const row = sheet.getRow(next++);
      for (const [key, value] of Object.entries(cells)) {
        const index = map.indexByKey[key];
        if (index === undefined) continue;
        const write = toCellWrite(columns.get(key), value);
        const cell = row.getCell(index + 1);
        cell.value = write.value;
        cell.numFmt = write.numFmt;
      }
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(path, new Uint8Array(buffer as ArrayBuffer)).catch((error: unknown) => {
    throw cannotWrite(path, error);
  });
}
