/**
 * One cell of the fake sheet and how Sheets treats what a script writes
 * into it: a string is read as if typed (a string starting with "=" becomes
 * a formula, a number-like string a number, TRUE/FALSE a boolean, a date-like
 * string a date; a leading apostrophe makes the rest text), unless the
 * cell's number format is plain text ('@'), which keeps every string as
 * written. A Date is stored as an instant. Sources in fakes.test.ts.
 */
import type { FakeDataValidation } from './rules.js';
import { formatDate } from './format-date.js';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  /** The formula text ('=…'), or '' for a literal. */
  formula: string;
  format: string;
  background: string;
  fontWeight: string;
  validation: FakeDataValidation | null;
}

export const DEFAULT_FORMAT = 'General';

export function emptyCell(): Cell {
  return { value: '', formula: '', format: DEFAULT_FORMAT, background: '#ffffff', fontWeight: 'normal', validation: null };
}

/** A copy that carries the formatting but not the contents (what an inserted row inherits). */
export function formattedLike(cell: Cell): Cell {
  return { ...emptyCell(), format: cell.format, background: cell.background, validation: cell.validation };
}

export function cloneCell(cell: Cell): Cell {
  return { ...cell, value: cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value };
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** Writes a value the way Range.setValue(s) does; date-like text becomes a date in the spreadsheet's zone. */
export function writeValue(cell: Cell, value: unknown, timeZone: string): void {
  cell.formula = '';
  if (value === null || value === undefined || value === '') cell.value = '';
  else if (isDate(value)) cell.value = new Date(value.getTime());
  else if (typeof value === 'number' || typeof value === 'boolean') cell.value = value;
  else if (typeof value === 'string') writeText(cell, value, timeZone);
  else throw new Error(`Exception: Cannot convert ${Object.prototype.toString.call(value)} to a cell value.`);
}

function writeText(cell: Cell, text: string, timeZone: string): void {
  const date = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text.trim());
  if (cell.format === '@') cell.value = text;
  else if (date)
    cell.value = zonedDate(
      date.slice(1).map((part) => Number(part ?? 0)),
      timeZone,
    );
  else if (text.startsWith('=')) {
    cell.formula = text;
    cell.value = '#FORMULA';
  } else if (text.startsWith("'")) cell.value = text.slice(1);
  else if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text.trim())) cell.value = text.trim().toLowerCase() === 'true';
  else cell.value = text;
}

/** What getValues returns for a cell: Dates as fresh Date objects. */
export function readValue(cell: Cell): CellValue {
  return cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value;
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.value === '' && cell.formula === '');
}

/** The instant a wall time names in a zone (Sheets reads typed dates in the spreadsheet's zone). */
function zonedDate([year, month, day, hour, minute]: number[], timeZone: string): Date {
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const offsetAt = (ms: number) => {
    const z = formatDate(new Date(ms), timeZone, 'Z');
    return (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  };
  const first = asUtc - offsetAt(asUtc) * 60_000;
  return new Date(asUtc - offsetAt(first) * 60_000);
}
