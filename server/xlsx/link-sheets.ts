/**
 * The .xlsx sink's side of the TrackerLinks port, kept apart from the
 * workbook writer: plain rows in (each sheet's cells as text, for the
 * engine), plain rows out (typed cells positioned under the sheet's own
 * headers, with the id column named), so any writer can apply them — the
 * exceljs workbook the sink saves today, or a writer that upserts rows by id
 * in one sheet part.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { mapHeaders } from '../../shared/schema/header-map.js';
import { APPLICATIONS, CONTACTS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import type { SheetRows, TrackerLinkOps, TrackerLinkRows } from '../../shared/sync/ports.js';
import { fromCellValue, toCellWrite, type CellWrite } from './cell-values.js';

const LINKED = { applications: APPLICATIONS, contacts: CONTACTS } as const;
type LinkedKey = keyof typeof LINKED;

/** New rows for one sheet: `rows[i][c]` goes under the header at 0-based column `c` (null: leave the cell alone). */
export interface SheetAppend {
  sheetName: string;
  /** 0-based column of the sheet's id (for a writer that upserts by id: a retried write then replaces, never doubles). */
  idColumn: number;
  rows: (CellWrite | null)[][];
}

/** A worksheet's cells as text (header row first, trailing blank rows left out); null for a tab the workbook lacks. */
export function readSheetRows(sheet: Worksheet | undefined): SheetRows | null {
  if (!sheet) return null;
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const line: string[] = [];
    for (let column = 1; column < values.length; column++) line.push(fromCellValue(values[column] as never, undefined));
    grid[rowNumber - 1] = line;
  });
  const rows = Array.from(grid, (line) => line ?? []);
  return { headers: rows[0] ?? [], rows: rows.slice(1) };
}

/** Applications and Contacts of a workbook, as the engine reads them. */
export function readLinkedSheets(workbook: Workbook): TrackerLinkRows {
  return { applications: readSheetRows(workbook.getWorksheet(APPLICATIONS.name)), contacts: readSheetRows(workbook.getWorksheet(CONTACTS.name)) };
}

/** The engine's new rows as typed cells under each sheet's headers (as read in `tables`); sheets with nothing new are left out. */
export function planSheetAppends(links: TrackerLinkOps, tables: TrackerLinkRows): SheetAppend[] {
  const appends: SheetAppend[] = [];
  for (const key of Object.keys(LINKED) as LinkedKey[]) {
    const table = tables[key];
    if (!table || links[key].length === 0) continue;
    const spec: SheetSpec = LINKED[key];
    const map = mapHeaders(spec, table.headers);
    const width = Math.max(...Object.values(map.indexByKey)) + 1;
    const rows = links[key].map((cells) => {
      const line: (CellWrite | null)[] = new Array(width).fill(null);
      for (const column of spec.columns) {
        const index = map.indexByKey[column.key];
        if (index !== undefined) line[index] = toCellWrite(column, cells[column.key] ?? '');
      }
      return line;
    });
    appends.push({ sheetName: spec.name, idColumn: map.indexByKey[spec.idKey]!, rows });
  }
  return appends;
}

/** Appends each sheet's rows below its last used row, in an exceljs workbook (the sink's writer today). */
export function writeSheetAppends(workbook: Workbook, appends: readonly SheetAppend[]): void {
  for (const append of appends) {
    const sheet = workbook.getWorksheet(append.sheetName);
    if (!sheet) continue;
    let next = lastUsedRow(sheet) + 1;
    for (const line of append.rows) {
      const row = sheet.getRow(next++);
      line.forEach((write, index) => {
        if (!write) return;
        const cell = row.getCell(index + 1);
        cell.value = write.value;
        cell.numFmt = write.numFmt;
      });
    }
  }
}

function lastUsedRow(sheet: Worksheet): number {
  let last = 1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if ((row.values as unknown[]).some((value) => value !== null && value !== undefined && value !== '')) last = rowNumber;
  });
  return last;
}
