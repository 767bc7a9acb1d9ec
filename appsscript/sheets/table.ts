/**
 * The one way the add-on reads and writes tracker sheets: sheets found by
 * name, columns by header (shared/schema), each sheet read with one
 * getValues, each row written with one setNumberFormats + one setValues.
 */
import { NextRoundError } from '../../shared/errors.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { readTable, type Table } from '../../shared/tracker/read-table.js';
import { formatOfPlannedCell, splitRowWrite, type RowWrite } from '../../shared/tracker/plan-row-write.js';
import type { TypedCell } from '../../shared/cells/typed-cell.js';
import { literalInput } from '../../shared/cells/literal-text.js';
import type { DateCodec } from './dates.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheet of a spec, wherever the person moved its tab. */
export function openSheet(spreadsheet: Spreadsheet, spec: SheetSpec): Sheet {
  const sheet = spreadsheet.getSheetByName(spec.name);
  if (!sheet) {
    throw new NextRoundError('NOT_FOUND', `There is no sheet named "${spec.name}". Run Extensions → NextRound → Set up tracker to add it.`, {
      where: spec.name,
    });
  }
  return sheet;
}

/** One read of the whole sheet, mapped by header. */
export function readSheet(sheet: Sheet, spec: SheetSpec, codec: DateCodec): Table & { height: number } {
  const values = sheet.getDataRange().getValues();
  return { ...readTable(spec, values, codec.cellText), height: values.length };
}

/**
 * What setValues is given for a typed cell: text as literal input (a leading
 * apostrophe, so `=…`, `+1` or `0012` stay text whatever the format), a
 * number as a number, a day or moment as the Date of that wall time in the
 * spreadsheet's zone.
 */
export function inputOf(cell: TypedCell, codec: DateCodec): unknown {
  const value = cell.value;
  if (value.kind === 'blank') return '';
  if (value.kind === 'text') return literalInput(value.text, cell.format);
  if (value.kind === 'number') return value.number;
  return codec.fromWall(value.wall);
}

/**
 * Writes one planned row: reads the span's formulas, values and formats,
 * then one setNumberFormats + one setValues per safe segment (one in the
 * usual layout). Kept cells are written back as they were (text as literal
 * input for their own format); a kept formula is gone around.
 */
export function writeRow(sheet: Sheet, write: RowWrite, codec: DateCodec): void {
  const max = sheet.getMaxRows();
  // A full sheet grows by a block, so only one save in 500 pays for the insert.
  if (write.row > max) sheet.insertRowsAfter(max, write.row - max + 499);
  const span = sheet.getRange(write.row, write.column, 1, write.cells.length);
  const current = {
    formulas: span.getFormulas()[0] ?? [],
    values: span.getValues()[0] ?? [],
    formats: span.getNumberFormats()[0] ?? [],
  };
  for (const segment of splitRowWrite(write.cells, current)) {
    const range = sheet.getRange(write.row, write.column + segment.offset, 1, segment.cells.length);
    const values = segment.cells.map(({ cell, index }): unknown => {
      if (cell.kind === 'set') return inputOf(cell.cell, codec);
      const kept = current.values[index];
      return typeof kept === 'string' ? literalInput(kept, current.formats[index] ?? 'General') : kept;
    });
    range.setNumberFormats([segment.cells.map(({ cell, index }) => formatOfPlannedCell(cell, current.formats[index] ?? 'General'))]);
    range.setValues([values]);
  }
}
