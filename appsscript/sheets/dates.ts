/**
 * Date cells ↔ wall-time strings in the spreadsheet's zone. Sheets hands
 * date cells to the script as Date instants and reads written Dates in the
 * spreadsheet's zone; the script's own zone plays no part. Every cell is
 * then read through the one cell model (shared/cells/read-cell.ts).
 */
import { isDateValue } from '../../shared/tracker/read-table.js';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { readCellText, type RawCell } from '../../shared/cells/read-cell.js';
import { wallToSerial } from '../../shared/cells/serial.js';
import { parseUtcOffset, wallTimeToEpochMs } from '../../shared/models/wall-time.js';

export interface DateCodec {
  readonly timeZone: string;
  /** `YYYY-MM-DD HH:mm` (or `YYYY-MM-DD`) of an instant in the zone. */
  toWall(date: Date, withTime: boolean): string;
  /** The instant a wall time names in the zone. */
  fromWall(wall: string): Date;
  /** Text of a cell of `column`: dates as wall strings, numbers as digits, the rest as text. */
  cellText(value: unknown, column: ColumnSpec): string;
}

// Zone offsets change at most on quarter hours: one formatDate per quarter hour seen.
const QUARTER_HOUR = 15 * 60_000;

export function createDateCodec(timeZone: string): DateCodec {
  const offsets = new Map<number, number>();
  const offsetAt = (epochMs: number): number => {
    const bucket = Math.floor(epochMs / QUARTER_HOUR);
    let minutes = offsets.get(bucket);
    if (minutes === undefined) {
      minutes = parseUtcOffset(Utilities.formatDate(new Date(bucket * QUARTER_HOUR), timeZone, 'Z'));
      offsets.set(bucket, minutes);
    }
    return minutes;
  };
  const toWall = (date: Date, withTime: boolean): string => {
    const shifted = new Date(date.getTime() + offsetAt(date.getTime()) * 60_000).toISOString();
    return withTime ? `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}` : shifted.slice(0, 10);
  };
  /** A getValues value as the cell model's raw cell: a Date becomes its serial in the zone. */
  const rawOf = (value: unknown): RawCell => {
    if (isDateValue(value)) return Number.isNaN(value.getTime()) ? { kind: 'blank' } : { kind: 'number', number: wallToSerial(toWall(value, true)) };
    if (typeof value === 'number') return { kind: 'number', number: value };
    if (typeof value === 'boolean') return { kind: 'bool', bool: value };
    if (value === null || value === undefined || value === '') return { kind: 'blank' };
    return { kind: 'text', text: String(value) };
  };
  return {
    timeZone,
    toWall,
    fromWall: (wall) => new Date(wallTimeToEpochMs(wall, offsetAt)),
    cellText: (value, column) => readCellText(column, rawOf(value)),
  };
}
