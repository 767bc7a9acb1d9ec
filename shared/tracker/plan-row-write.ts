/**
 * One row write, planned purely. The write spans the schema's columns from
 * the leftmost to the rightmost one found, so it is one setNumberFormats and
 * one setValues whatever the layout; cells in that span the form does not
 * change (the person's own columns included) are written back exactly as
 * they were: formula or value, and format.
 */
import type { HeaderMap } from '../schema/header-map.js';
import { DATE_FORMAT, DATE_TIME_FORMAT, TEXT_FORMAT } from './column-format.js';

/** What goes into one cell of the span. */
export type PlannedCell =
  /** Literal text in a plain-text cell: never a formula. */
  | { kind: 'text'; text: string }
  /** A day or moment (wall time in the sheet's zone), or '' to clear it. */
  | { kind: 'wall'; wall: string; format: string }
  /** Untouched: the adapter writes back the cell's own formula or value and format. */
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
  const typeOf = new Map(map.sheet.columns.map((column) => [column.key, column.type]));

  const cells: PlannedCell[] = [];
  for (let index = first; index <= last; index++) {
    const key = keyAt.get(index);
    const value = key === undefined ? undefined : updates[key];
    if (key === undefined || value === undefined) cells.push({ kind: 'keep' });
    else if (typeOf.get(key) === 'date') cells.push({ kind: 'wall', wall: value, format: DATE_FORMAT });
    else if (typeOf.get(key) === 'datetime') cells.push({ kind: 'wall', wall: value, format: DATE_TIME_FORMAT });
    else cells.push({ kind: 'text', text: value });
  }
  return { row, column: first + 1, cells };
}

/** The number format a planned cell gets; `kept` is the cell's current format. */
export function formatOfPlannedCell(cell: PlannedCell, kept: string): string {
  if (cell.kind === 'text') return TEXT_FORMAT;
  if (cell.kind === 'wall') return cell.format;
  return kept;
}

/** One contiguous part of a row write: `offset` from the span's first column, and its cells. */
export interface WriteSegment {
  readonly offset: number;
  readonly cells: readonly { cell: PlannedCell; index: number }[];
}

/**
 * Splits a planned row into the segments that are safe to write. A kept
 * cell is written back only when doing so is an identity: never a formula
 * (writing it into a plain-text cell would turn it into text) and never
 * text in a cell that is not plain text (Sheets would re-parse it). Such a
 * cell ends one segment; the usual layout is a single segment.
 */
export function splitRowWrite(
  cells: readonly PlannedCell[],
  current: { formulas: readonly string[]; values: readonly unknown[]; formats: readonly string[] },
): WriteSegment[] {
  const segments: WriteSegment[] = [];
  let open: { cell: PlannedCell; index: number }[] = [];
  const close = () => {
    if (open.some(({ cell }) => cell.kind !== 'keep')) segments.push({ offset: open[0]!.index, cells: trimKept(open) });
    open = [];
  };
  cells.forEach((cell, index) => {
    const unsafe =
      cell.kind === 'keep' &&
      ((current.formulas[index] ?? '') !== '' || (typeof current.values[index] === 'string' && current.values[index] !== '' && current.formats[index] !== TEXT_FORMAT));
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
