/**
 * exceljs cell values as RowCells text, through the one cell model
 * (shared/cells): how tests and tools that read a tracker with exceljs see
 * what the sink wrote (the sink itself reads and writes the sheet's XML,
 * parts/).
 */
import type { CellValue } from 'exceljs';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { readCellText, type RawCell } from '../../shared/cells/read-cell.js';
import { typeCell } from '../../shared/cells/typed-cell.js';
import { wallToSerial, wallToUtcAxisMs, utcAxisMsToWall } from '../../shared/cells/serial.js';

/** An exceljs value as the cell model's raw cell; a Date's UTC fields are its wall time. */
export function rawCellOf(value: CellValue, numFmt: string | undefined): RawCell {
  if (value === null || value === undefined || value === '') return { kind: 'blank' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'blank' };
    return { kind: 'number', number: wallToSerial(utcAxisMsToWall(value.getTime(), true)), format: numFmt };
  }
  if (typeof value === 'number') return { kind: 'number', number: value, format: numFmt };
  if (typeof value === 'boolean') return { kind: 'bool', bool: value };
  if (typeof value === 'object') {
    if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
    if ('hyperlink' in value) return typeof value.text === 'string' ? { kind: 'text', text: value.text } : rawCellOf(value.text as CellValue, numFmt);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      return result === undefined || result === null ? { kind: 'blank' } : rawCellOf(result as CellValue, numFmt);
    }
    if ('error' in value) return { kind: 'text', text: String(value.error) };
    return { kind: 'blank' };
  }
  return { kind: 'text', text: String(value) };
}

/** Reads any cell value back as the string RowCells hold for a cell of `column`. */
export function fromCellValue(value: CellValue, numFmt: string | undefined, column: Pick<ColumnSpec, 'type'> = { type: 'text' }): string {
  return readCellText(column, rawCellOf(value, numFmt));
}

// Excel's limit per cell; a longer string makes a workbook Excel refuses to open.
const MAX_CELL_CHARS = 32_767;

/** What exceljs puts in a cell of a NEW workbook it lays out (templates): the value and its number format. */
export interface CellWrite {
  value: CellValue;
  numFmt: string;
}

/**
 * Excel dates carry no zone: the wall time is stored as if it were UTC,
 * which is what exceljs does with a Date's UTC fields. Only for workbooks
 * exceljs creates; an existing tracker is edited part by part (parts/).
 */
export function toCellWrite(column: Pick<ColumnSpec, 'type'> | undefined, text: string): CellWrite {
  const typed = typeCell(column ?? { type: 'text' }, text);
  const value = typed.value;
  if (value.kind === 'blank') return { value: null, numFmt: typed.format };
  if (value.kind === 'number') return { value: value.number, numFmt: typed.format };
  if (value.kind === 'date') return { value: new Date(wallToUtcAxisMs(value.wall)), numFmt: typed.format };
  return { value: escapeXstring(value.text.length > MAX_CELL_CHARS ? value.text.slice(0, MAX_CELL_CHARS) : value.text), numFmt: typed.format };
}

/**
 * Text as an OOXML string keeps it: XML reading turns a raw CR into LF, so a
 * CR goes as `_x000D_`, and a `_xHHHH_` already in the text has its
 * underscore escaped (`_x005F_`) so it is not decoded (ECMA-376 Part 1,
 * §22.9.2.19 ST_Xstring). exceljs decodes both on reading.
 */
function escapeXstring(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/\r/g, '_x000D_');
}
