/**
 * The Sheets side of the Interviews grid: reading CellData into strings,
 * and building the one batchUpdate of a pass (updateCells for changed
 * cells, one appendCells for new rows). Every value goes as `stringValue`,
 * which Sheets stores as literal text: a title like `=IMPORTXML(...)` can
 * never become a formula.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import type { HeaderMap } from '../../shared/schema/header-map.js';
import type { RowOp } from '../../shared/sync/ports.js';

export type Grid = sheets_v4.Schema$CellData[][];

/** The text a cell shows. */
export function cellText(cell: sheets_v4.Schema$CellData | undefined): string {
  if (!cell) return '';
  if (typeof cell.formattedValue === 'string') return cell.formattedValue;
  const value = cell.userEnteredValue;
  return value?.stringValue ?? (value?.numberValue ?? value?.boolValue ?? '').toString();
}

/** A literal text cell; an empty string clears the cell. */
export const textCell = (text: string): sheets_v4.Schema$CellData => (text === '' ? {} : { userEnteredValue: { stringValue: text } });

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
      const values: sheets_v4.Schema$CellData[] = Array.from({ length: width }, () => ({}));
      for (const { key, column } of columns) values[column] = textCell(op.cells[key]!);
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
          rows: [{ values: run.map(({ key }) => textCell(op.cells[key]!)) }],
          fields: 'userEnteredValue',
        },
      });
      for (const { key, column } of run) written.push({ row: op.row + 1, column, eventId: op.eventId, key });
      i = j;
    }
  }
  if (appends.length > 0) requests.push({ appendCells: { sheetId, rows: appends, fields: 'userEnteredValue' } });
  return { requests, written };
}
