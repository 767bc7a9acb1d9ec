/**
 * exceljs cell values as RowCells text, through the one cell model
 * (shared/cells): how tests and tools that read a tracker with exceljs see
 * what the sink wrote (the sink itself reads and writes the sheet's XML,
 * parts/).
 */
import type { CellValue } from 'exceljs';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { readCellText, type RawCell } from '../../shared/cells/read-cell.js';
import { wallToSerial, utcAxisMsToWall } from '../../shared/cells/serial.js';

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
