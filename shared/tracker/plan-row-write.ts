/**
 * One row write, planned purely. The write spans the schema's columns from
 * the leftmost to the rightmost one found, so it is one setNumberFormats and
 * one setValues whatever the layout; cells in that span the form does not
 * change (the person's own columns included) are written back exactly as
 * they were, value and format; a kept formula is gone around.
 */
import type { HeaderMap } from '../schema/header-map.js';
import { typeCell, type TypedCell } from '../cells/typed-cell.js';

/** What goes into one cell of the span. */
export type PlannedCell =
  /** A typed value (text, number, day or moment in the sheet's zone, blank) and its number format. */
  | { kind: 'set'; cell: TypedCell }
  /** Untouched: the adapter writes back the cell's own value and format. */
  | { kind: 'keep' };

export interface RowWrite {
  /** 1-based sheet row. */
  readonly row: number;
  /** 1-based first column of the span. */
  readonly column: number;
  readonly cells: readonly PlannedCell[];
}

/**
 * Plans writing `updates` (column key → text or wall time) into `row`.
 *
 * @example planRowWrite(map, 7, { company: 'Acme' }).cells
 */
export function planRowWrite(map: HeaderMap, row: number, updates: Readonly<Record<string, string>>): RowWrite {
  const indexes = Object.values(map.indexByKey);
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const keyAt = new Map(Object.entries(map.indexByKey).map(([key, index]) => [index, key]));
  const columnOf = new Map(map.sheet.columns.map((column) => [column.key, column]));

  const cells: PlannedCell[] = [];
  for (let index = first; index <= last; index++) {
    const key = keyAt.get(index);
    const value = key === undefined ? undefined : updates[key];
    if (key === undefined || value === undefined) cells.push({ kind: 'keep' });
    else cells.push({ kind: 'set', cell: typeCell(columnOf.get(key)!, value) });
  }
  return { row, column: first + 1, cells };
}

/** The number format a planned cell gets; `kept` is the cell's current format. */
export function formatOfPlannedCell(cell: PlannedCell, kept: string): string {
  return cell.kind === 'set' ? cell.cell.format : kept;
}

/** One contiguous part of a row write: `offset` from the span's first column, and its cells. */
export interface WriteSegment {
  readonly offset: number;
  readonly cells: readonly { cell: PlannedCell; index: number }[];
}

/**
 * Splits a planned row into the segments that are safe to write. A kept
 * cell is written back only when doing so is an identity: a value, a date or
 * a text (written as literal input, see shared/cells/literal-text.ts), never
 * a formula (it would be recalculated or, as text, lost). A kept formula
 * ends one segment; the usual layout is a single segment.
 */
export function splitRowWrite(cells: readonly PlannedCell[], current: { formulas: readonly string[] }): WriteSegment[] {
  const segments: WriteSegment[] = [];
  let open: { cell: PlannedCell; index: number }[] = [];
  const close = () => {
    if (open.some(({ cell }) => cell.kind !== 'keep')) segments.push({ offset: open[0]!.index, cells: trimKept(open) });
    open = [];
  };
  cells.forEach((cell, index) => {
    const unsafe = cell.kind === 'keep' && (current.formulas[index] ?? '') !== '';
    if (unsafe) close();
    else open.push({ cell, index });
  });
  close();
  return segments.map((segment) => ({ offset: segment.cells[0]!.index, cells: segment.cells }));
}

/** Kept cells at either end of a segment need not be written at all. */
function trimKept<T extends { cell: PlannedCell }>(cells: T[]): T[] {
  let start = 0;
  let end = cells.length;
  while (start < end && cells[start]!.cell.kind === 'keep') start++;
  while (end > start && cells[end - 1]!.cell.kind === 'keep') end--;
  return cells.slice(start, end);
}
