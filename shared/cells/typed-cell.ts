/**
 * The typed value of one cell, decided once for every writer: the engine
 * and the forms hand over text (`YYYY-MM-DD HH:mm`, `4`, `Acme`); the
 * column's kind says what the sheet stores.
 */
import type { ColumnSpec } from '../schema/types.js';
import { cellKindOf, formatOfKind, numberFormatOf, DATE_FORMAT, PLAIN_TEXT_FORMAT } from './cell-kind.js';
import { wallToSerial } from './serial.js';
import { readWallText } from './wall-text.js';
import { xmlSafeText } from './xml-safe-text.js';

export type TypedValue =
  | { kind: 'blank' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  /** A day or a moment as a serial day number in the sheet's zone; `wall` is the same value as text. */
  | { kind: 'date'; serial: number; wall: string };

/** A value and the number format it is written with. */
export interface TypedCell {
  readonly value: TypedValue;
  readonly format: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * What a cell of `column` holds when the engine or a form says `text`.
 * Text that does not fit a date or number column is kept as text (never
 * dropped), and shows up in "Cells to check" when read.
 *
 * @example typeCell(INTERVIEWS.columns[1], '2026-03-08 14:30') // { value: { kind: 'date', serial: 46089.604…, wall }, format: 'yyyy-mm-dd hh:mm' }
 */
export function typeCell(column: Pick<ColumnSpec, 'type'>, text: string): TypedCell {
  const kind = cellKindOf(column);
  if (text === '') return { value: { kind: 'blank' }, format: numberFormatOf(column) };
  if (kind === 'date' || kind === 'datetime') {
    const wall = readWallText(text);
    if (wall !== null) {
      // An all-day event in a date-time column is a day, shown as one.
      const day = wall.length === 10;
      const shown = kind === 'date' ? wall.slice(0, 10) : wall;
      return { value: { kind: 'date', serial: wallToSerial(shown), wall: shown }, format: day || kind === 'date' ? DATE_FORMAT : formatOfKind(kind) };
    }
  }
  if (kind === 'number' && NUMBER.test(text.trim())) return { value: { kind: 'number', number: Number(text.trim()) }, format: formatOfKind(kind) };
  return { value: { kind: 'text', text: xmlSafeText(text) }, format: PLAIN_TEXT_FORMAT };
}
