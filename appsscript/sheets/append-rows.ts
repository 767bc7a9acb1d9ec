/**
 * Appends many rows to a sheet in one block: one setNumberFormats and one
 * setValues whatever the row count (batch, don't loop), plus one
 * insertRowsAfter when the sheet must grow. Each row is planned like a
 * single row write (shared/tracker/plan-row-write.ts), so the cells hold the
 * same typed values and formats; text is literal input, so `=…` stays text.
 */
import type { HeaderMap } from '../../shared/schema/header-map.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import type { DateCodec } from './dates.js';
import { inputOf } from './table.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Writes `rows` (column key → text) from `firstRow` down; cells between the schema's columns stay blank with their format. */
export function appendRows(sheet: Sheet, map: HeaderMap, firstRow: number, rows: readonly Readonly<Record<string, string>>[], codec: DateCodec): void {
  if (rows.length === 0) return;
  const writes = rows.map((row, index) => planRowWrite(map, firstRow + index, row));
  const { column, cells } = writes[0]!;
  const last = firstRow + rows.length - 1;
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, last - max);
  const range = sheet.getRange(firstRow, column, rows.length, cells.length);
  const kept = range.getNumberFormats();
  range.setNumberFormats(writes.map((write, r) => write.cells.map((cell, c) => (cell.kind === 'set' ? cell.cell.format : (kept[r]?.[c] ?? 'General')))));
  range.setValues(writes.map((write) => write.cells.map((cell) => (cell.kind === 'set' ? inputOf(cell.cell, codec) : ''))));
}
