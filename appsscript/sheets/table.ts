/**
 * The one way the add-on reads and writes tracker sheets: sheets found by
 * name, columns by header (shared/schema), each sheet read with one
 * getValues, each row written with one setNumberFormats + one setValues.
 */
import { NextRoundError } from '../../shared/errors.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { readTable, type Table } from '../../shared/tracker/read-table.js';
import { formatOfPlannedCell, type RowWrite } from '../../shared/tracker/plan-row-write.js';
import type { DateCodec } from './dates.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet of a spec, wherever the person moved its tab. */
export function openSheet(spreadsheet: Spreadsheet, spec: SheetSpec): Sheet {
  const sheet = spreadsheet.getSheetByName(spec.name);
  if (!sheet) {
    throw new NextRoundError(
      'NOT_FOUND',
      `There is no sheet named "${spec.name}". Run Extensions → NextRound → Set up tracker to add it.`,
      { where: spec.name },
    );
  }
  return sheet;
}

/** One read of the whole sheet, mapped by header. */
export function readSheet(sheet: Sheet, spec: SheetSpec, codec: DateCodec): Table & { height: number } {
  const values = sheet.getDataRange().getValues();
  return { ...readTable(spec, values, codec.cellText), height: values.length };
}

/**
 * Writes one planned row: reads the span's formulas and formats (so kept
 * cells are written back as they were), then two writes. Text goes into
 * plain-text cells, so a leading `=`, `+`, `-` or `@` stays text.
 */
export function writeRow(sheet: Sheet, write: RowWrite, codec: DateCodec): void {
  if (write.row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), write.row - sheet.getMaxRows());
  const range = sheet.getRange(write.row, write.column, 1, write.cells.length);
  const formulas = range.getFormulas()[0] ?? [];
  const current = range.getValues()[0] ?? [];
  const formats = range.getNumberFormats()[0] ?? [];
  const values = write.cells.map((cell, i): unknown => {
    if (cell.kind === 'text') return cell.text;
    if (cell.kind === 'wall') return cell.wall === '' ? '' : codec.fromWall(cell.wall);
    return formulas[i] || current[i];
  });
  range.setNumberFormats([write.cells.map((cell, i) => formatOfPlannedCell(cell, formats[i] ?? 'General'))]);
  range.setValues([values]);
}
