/**
 * RowCells (strings) ↔ exceljs cell values. Start and End are real dates
 * with a date format (so Excel sorts and filters them), read back to the
 * same `YYYY-MM-DD HH:mm` / `YYYY-MM-DD` strings; everything else is
 * written as a plain string, which exceljs stores as text, never a formula.
 */
import type { CellValue } from 'exceljs';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { parseDate, parseDateTime, wallTimeToWallMs } from '../../shared/time/index.js';

export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const DATE_FORMAT = 'yyyy-mm-dd';
// Excel's limit per cell; a longer string makes a workbook Excel refuses to open.
const MAX_CELL_CHARS = 32_767;


/** What to put in a cell: the value and, for dates, the number format. */
export interface CellWrite {
  value: CellValue;
  numFmt?: string;
}

/**
 * Excel dates carry no zone: the wall time is stored as if it were UTC,
 * which is what exceljs does with a Date's UTC fields.
 */
export function toCellWrite(column: ColumnSpec | undefined, text: string): CellWrite {
  if (column?.type === 'datetime' || column?.type === 'date') {
    const timed = parseDateTime(text);
    if (timed) return { value: new Date(wallTimeToWallMs(timed)), numFmt: DATETIME_FORMAT };
    const day = parseDate(text);
    if (day) return { value: new Date(wallTimeToWallMs(day)), numFmt: DATE_FORMAT };
  }
  if (text === '') return { value: null };
  return { value: text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Reads any cell value back as the string RowCells hold. */
export function fromCellValue(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const hasTime = numFmt ? /h/i.test(numFmt) : value.getUTCHours() + value.getUTCMinutes() > 0;
    return hasTime ? `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : day;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : fromCellValue(value.text, numFmt);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return result === undefined || result === null ? '' : fromCellValue(result as CellValue, numFmt);
    }
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}
