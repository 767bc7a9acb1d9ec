/**
 * What kind of value each column holds, and the number format that goes
 * with it: the one cell model every writer (SpreadsheetApp, the Sheets API,
 * .xlsx) follows. Dates and date-times are real date values (serial days in
 * the sheet's zone), numbers are numbers, everything else is text.
 */
import type { ColumnSpec, ColumnType } from '../schema/types.js';

export type CellKind = 'text' | 'number' | 'date' | 'datetime';

/** No number format set (Sheets' "Automatic", Excel's "General"). */
export const GENERAL_FORMAT = 'General';
/**
 * Plain text, the format of text columns: what a person types there later
 * (`+44 20…`, `0012`) stays as typed. What NextRound writes stays text by
 * the writer's own mechanism, whatever the format (see literal-text.ts).
 */
export const PLAIN_TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const NUMBER_FORMAT = '0.##';

const KIND_BY_TYPE: Record<ColumnType, CellKind> = {
  id: 'text',
  text: 'text',
  longtext: 'text',
  enum: 'text',
  email: 'text',
  url: 'text',
  date: 'date',
  datetime: 'datetime',
  number: 'number',
};

const FORMAT_BY_KIND: Record<CellKind, string> = {
  text: PLAIN_TEXT_FORMAT,
  number: NUMBER_FORMAT,
  date: DATE_FORMAT,
  datetime: DATE_TIME_FORMAT,
};

/** The kind of value a column holds. */
export function cellKindOf(column: Pick<ColumnSpec, 'type'>): CellKind {
  return KIND_BY_TYPE[column.type];
}

/** The number format a cell of this kind is written with. */
export function formatOfKind(kind: CellKind): string {
  return FORMAT_BY_KIND[kind];
}

/** The number format a column's cells get (set-up, blank cells). */
export function numberFormatOf(column: Pick<ColumnSpec, 'type'>): string {
  return FORMAT_BY_KIND[cellKindOf(column)];
}

/** True for columns that hold a day or a moment. */
export function isDateColumn(column: Pick<ColumnSpec, 'type'>): boolean {
  const kind = cellKindOf(column);
  return kind === 'date' || kind === 'datetime';
}

/** True when a number format shows a time of day (an `h` outside quotes), as `yyyy-mm-dd hh:mm` does. */
export function formatShowsTime(format: string | undefined): boolean {
  return format !== undefined && /h/i.test(format.replace(/"[^"]*"/g, ''));
}
