/**
 * How each column type is formatted in the sheet. Text columns are plain
 * text ('@') so that whatever a person types into a form, even `=IMPORTXML(…)`,
 * is stored as a literal and never becomes a formula.
 */
import type { ColumnSpec, ColumnType } from '../schema/types.js';

/** Plain text: Sheets stores a value written into such a cell as text. */
export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

const FORMAT_BY_TYPE: Record<ColumnType, string> = {
  id: TEXT_FORMAT,
  text: TEXT_FORMAT,
  longtext: TEXT_FORMAT,
  enum: TEXT_FORMAT,
  email: TEXT_FORMAT,
  url: TEXT_FORMAT,
  date: DATE_FORMAT,
  datetime: DATE_TIME_FORMAT,
  number: '0.##',
};

/** The number format a column gets when set-up creates it. */
export function numberFormatOf(column: ColumnSpec): string {
  return FORMAT_BY_TYPE[column.type];
}

/** True for columns that hold a day or a moment (written as Date values). */
export function isDateColumn(column: ColumnSpec): boolean {
  return column.type === 'date' || column.type === 'datetime';
}

/** True when a column's cells are text that must never turn into a formula. */
export function isTextColumn(column: ColumnSpec): boolean {
  return FORMAT_BY_TYPE[column.type] === TEXT_FORMAT;
}
