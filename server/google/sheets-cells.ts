/**
 * The Sheets side of the Interviews grid: reading CellData through the one
 * cell model (shared/cells), and building the one batchUpdate of a pass
 * (updateCells for changed cells, one appendCells for new rows). Each cell
 * goes with its typed value and number format: text as `stringValue`
 * (literal text: a title like `=IMPORTXML(...)` never becomes a formula),
 * numbers as `numberValue`, days and moments as serial `numberValue`s with
 * a DATE / DATE_TIME format.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import type { HeaderMap } from '../../shared/schema/header-map.js';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { RowOp } from '../../shared/sync/ports.js';
import { DATE_FORMAT, DATE_TIME_FORMAT, GENERAL_FORMAT, NUMBER_FORMAT, PLAIN_TEXT_FORMAT } from '../../shared/cells/cell-kind.js';
import { typeCell } from '../../shared/cells/typed-cell.js';
import { readCellText, type RawCell } from '../../shared/cells/read-cell.js';

export type Grid = sheets_v4.Schema$CellData[][];

/** Every cell write names both parts, so a cell never keeps a format that does not fit its new value. */
export const CELL_FIELDS = 'userEnteredValue,userEnteredFormat.numberFormat';

/** The text a cell shows (headers, ids). */
export function cellText(cell: sheets_v4.Schema$CellData | undefined): string {
  if (!cell) return '';
  if (typeof cell.formattedValue === 'string') return cell.formattedValue;
  const value = cell.userEnteredValue;
  return value?.stringValue ?? (value?.numberValue ?? value?.boolValue ?? '').toString();
}

/** A cell as the cell model's raw cell: the value as entered, and its number format's pattern. */
export function rawCellOf(cell: sheets_v4.Schema$CellData | undefined): RawCell {
  const value = cell?.userEnteredValue;
  if (!value) return { kind: 'blank' };
  if (typeof value.numberValue === 'number') return { kind: 'number', number: value.numberValue, format: patternOf(cell?.userEnteredFormat?.numberFormat) };
  if (typeof value.boolValue === 'boolean') return { kind: 'bool', bool: value.boolValue };
  // A formula is read as what it shows.
  if (typeof value.formulaValue === 'string') return { kind: 'text', text: cell?.formattedValue ?? '' };
  return value.stringValue ? { kind: 'text', text: value.stringValue } : { kind: 'blank' };
}

/** The text of a cell of `column`, as the engine sees it. */
export function readCell(column: ColumnSpec, cell: sheets_v4.Schema$CellData | undefined): string {
  return readCellText(column, rawCellOf(cell));
}

/** A cell's number format as the cell model names it ('General' when none is set). */
export function patternOf(format: sheets_v4.Schema$NumberFormat | undefined | null): string {
  return format?.pattern ?? (format?.type === 'TEXT' ? PLAIN_TEXT_FORMAT : GENERAL_FORMAT);
}

const TYPE_BY_PATTERN: Record<string, string> = {
  [DATE_FORMAT]: 'DATE',
  [DATE_TIME_FORMAT]: 'DATE_TIME',
  [NUMBER_FORMAT]: 'NUMBER',
  [PLAIN_TEXT_FORMAT]: 'TEXT',
};

/** The Sheets NumberFormat of a cell-model format; none for 'General' (Sheets' automatic format). */
export function numberFormatOf(pattern: string): sheets_v4.Schema$NumberFormat | undefined {
  const type = TYPE_BY_PATTERN[pattern];
  return type ? { type, pattern } : undefined;
}

const COLUMN_BY_KEY = new Map(INTERVIEWS.columns.map((column) => [column.key, column]));

/** The CellData of the engine's `text` in the column `key` (of Interviews unless `column` says): typed value and number format. */
export function typedCellData(key: string, text: string, column: Pick<ColumnSpec, 'type'> | undefined = COLUMN_BY_KEY.get(key)): sheets_v4.Schema$CellData {
  const typed = typeCell(column ?? { type: 'text' }, text);
  const numberFormat = numberFormatOf(typed.format);
  const format = numberFormat ? { userEnteredFormat: { numberFormat } } : {};
  const value = typed.value;
  if (value.kind === 'blank') return { ...format };
  if (value.kind === 'text') return { userEnteredValue: { stringValue: value.text }, ...format };
  if (value.kind === 'number') return { userEnteredValue: { numberValue: value.number }, ...format };
  return { userEnteredValue: { numberValue: value.serial }, ...format };
}

/** The rows of a grid read with includeGridData; several ranges are laid over one another at their offsets. */
export function gridOf(data: sheets_v4.Schema$GridData[] | undefined): Grid {
  const rows: Grid = [];
  for (const block of data ?? []) {
    const top = block.startRow ?? 0;
    const left = block.startColumn ?? 0;
    (block.rowData ?? []).forEach((row, r) => {
      while (rows.length <= top + r) rows.push([]);
      (row.values ?? []).forEach((cell, c) => (rows[top + r]![left + c] = cell));
    });
  }
  return rows;
}

/** A cell written at one position, for the post-write check. */
export interface WrittenCell {
  row: number;
  column: number;
  eventId: string;
  key: string;
}

/** The requests of one pass; appended rows come last, as one appendCells. */
export function buildWriteRequests(ops: readonly RowOp[], map: HeaderMap, sheetId: number): { requests: sheets_v4.Schema$Request[]; written: WrittenCell[] } {
  const requests: sheets_v4.Schema$Request[] = [];
  const written: WrittenCell[] = [];
  const appends: sheets_v4.Schema$RowData[] = [];
  const width = Math.max(...Object.values(map.indexByKey)) + 1;
  for (const op of ops) {
    const columns = Object.keys(op.cells)
      .map((key) => ({ key, column: map.indexByKey[key]! }))
      .filter((entry) => entry.column !== undefined)
      .sort((a, b) => a.column - b.column);
    if (op.kind === 'append') {
      // Every schema cell of a new row gets its column's typed value and format (blank ones too); the person's own columns stay empty.
      const values: sheets_v4.Schema$CellData[] = Array.from({ length: width }, () => ({}));
      for (const [key, column] of Object.entries(map.indexByKey)) values[column] = typedCellData(key, op.cells[key] ?? '');
      appends.push({ values });
      continue;
    }
    // One updateCells per run of adjacent columns.
    for (let i = 0; i < columns.length; ) {
      let j = i + 1;
      while (j < columns.length && columns[j]!.column === columns[j - 1]!.column + 1) j++;
      const run = columns.slice(i, j);
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: op.row + 1, columnIndex: run[0]!.column },
          rows: [{ values: run.map(({ key }) => typedCellData(key, op.cells[key]!)) }],
          fields: CELL_FIELDS,
        },
      });
      for (const { key, column } of run) written.push({ row: op.row + 1, column, eventId: op.eventId, key });
      i = j;
    }
  }
  if (appends.length > 0) requests.push({ appendCells: { sheetId, rows: appends, fields: CELL_FIELDS } });
  return { requests, written };
}
