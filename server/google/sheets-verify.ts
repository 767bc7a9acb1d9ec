/**
 * The post-write check of the Sheets sink. The person may sort, insert rows
 * or columns between our read and our write; Sheets has no conditional write,
 * so the batchUpdate asks for the sheet as it stands right after it
 * (atomically) and every written cell is checked: still in the row with its
 * Event ID, under its header? Misplaced cells get back the value they had
 * at our read, and the caller re-reads and re-plans.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { mapHeaders, normalizeHeader, type HeaderMap } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { CELL_FIELDS, cellText, type Grid, type WrittenCell } from './sheets-cells.js';

export interface PlacementCheck {
  /** Requests that put misplaced cells back; empty when all landed right. */
  repairs: sheets_v4.Schema$Request[];
  /** True when anything moved: the pass must be planned again. */
  moved: boolean;
  /** False when a header the map uses moved: then `after` must be the whole sheet for the repairs to be right. */
  headersSame: boolean;
}

const idAt = (grid: Grid, row: number, column: number | null) => (column === null ? '' : cellText(grid[row]?.[column]).trim());

function tryMap(headers: Grid[number] | undefined): HeaderMap | null {
  try {
    return mapHeaders(
      INTERVIEWS,
      (headers ?? []).map((cell) => cellText(cell)),
    );
  } catch {
    return null;
  }
}

/** Puts back a cell's value and number format as they were at our read. */
const restore = (sheetId: number, row: number, column: number, cell: sheets_v4.Schema$CellData | undefined): sheets_v4.Schema$Request => ({
  updateCells: {
    start: { sheetId, rowIndex: row, columnIndex: column },
    rows: [
      {
        values: [
          {
            ...(cell?.userEnteredValue ? { userEnteredValue: cell.userEnteredValue } : {}),
            ...(cell?.userEnteredFormat?.numberFormat ? { userEnteredFormat: { numberFormat: cell.userEnteredFormat.numberFormat } } : {}),
          },
        ],
      },
    ],
    fields: CELL_FIELDS,
  },
});

const blankRow = (sheetId: number, row: number, width: number): sheets_v4.Schema$Request => ({
  updateCells: { start: { sheetId, rowIndex: row, columnIndex: 0 }, rows: [{ values: Array.from({ length: width }, () => ({})) }], fields: 'userEnteredValue' },
});

/**
 * Compares the grid after the write with what was written.
 * @param before the grid of our read; `map` its header map.
 * @param appendedIds Event IDs of the rows appended by the write.
 */
export function checkPlacement(
  after: Grid,
  before: Grid,
  map: HeaderMap,
  written: readonly WrittenCell[],
  appendedIds: readonly string[],
  sheetId: number,
): PlacementCheck {
  const headerAt = (grid: Grid, column: number) => normalizeHeader(cellText(grid[0]?.[column]));
  const headersSame = Object.values(map.indexByKey).every((column) => headerAt(after, column) === headerAt(before, column));
  const idColumn = map.indexByKey.eventId!;
  const afterIdColumn = headersSame ? idColumn : (tryMap(after[0])?.indexByKey.eventId ?? null);
  const beforeRowOf = new Map<string, number>();
  before.forEach((_, row) => row > 0 && idAt(before, row, idColumn) && beforeRowOf.set(idAt(before, row, idColumn), row));

  const repairs: sheets_v4.Schema$Request[] = [];
  const wrote = new Set(written.map((cell) => `${cell.row}:${cell.column}`));
  for (const cell of written) {
    if (headersSame && idAt(after, cell.row, idColumn) === cell.eventId) continue;
    // What sits here now, and what did it hold when we read? If our write hit this row's Event ID cell, the row cannot
    // say who it is: it is taken to be the row we aimed at (only a column move sends a write into the Event ID column).
    const ownIdCell = afterIdColumn !== null && wrote.has(`${cell.row}:${afterIdColumn}`);
    const owner = ownIdCell ? cell.eventId : idAt(after, cell.row, afterIdColumn);
    const header = headerAt(after, cell.column);
    const sourceRow = owner ? beforeRowOf.get(owner) : afterIdColumn === null ? cell.row : undefined;
    const sourceColumn = before[0]?.findIndex((headerCell) => normalizeHeader(cellText(headerCell)) === header) ?? -1;
    const original = sourceRow === undefined || sourceColumn < 0 ? undefined : before[sourceRow]?.[sourceColumn];
    repairs.push(restore(sheetId, cell.row, cell.column, original));
  }
  if (headersSame && appendedIds.length > 0) {
    // A concurrent pass appended the same event first: ours is the later copy (our append came last), blank it.
    const ours = new Set(appendedIds);
    const lastRowOf = new Map<string, number>();
    const seen = new Map<string, number>();
    after.forEach((_, row) => {
      const id = idAt(after, row, idColumn);
      if (row > 0 && ours.has(id)) {
        lastRowOf.set(id, row);
        seen.set(id, (seen.get(id) ?? 0) + 1);
      }
    });
    for (const [id, count] of seen) if (count > 1) repairs.push(blankRow(sheetId, lastRowOf.get(id)!, Math.max(after[0]?.length ?? 0, 1)));
  }
  if (!headersSame && appendedIds.length > 0) {
    // Appended rows landed under the wrong headers: they are ours alone, so blank them; the re-plan appends them again.
    const ours = new Set(appendedIds);
    const width = Math.max(after[0]?.length ?? 0, before[0]?.length ?? 0);
    after.forEach((_, row) => {
      if (row > 0 && ours.has(idAt(after, row, idColumn))) {
        repairs.push(blankRow(sheetId, row, width));
      }
    });
  }
  return { repairs, moved: repairs.length > 0 || !headersSame, headersSame };
}
