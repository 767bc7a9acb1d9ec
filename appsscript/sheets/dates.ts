/**
 * Date cells ↔ wall-time strings in the spreadsheet's zone. Sheets hands
 * date cells to the script as Date instants and reads written Dates in the
 * spreadsheet's zone; the script's own zone plays no part. The time math is
 * shared/time's (RFC 5545 DST policy); only the zone's offsets come from
 * Utilities.formatDate, so they are Google's own. Every cell is then read
 * through the one cell model (shared/cells/read-cell.ts).
 */
import { isDateValue } from '../../shared/tracker/read-table.js';
import type { ColumnSpec } from '../../shared/schema/types.js';
import { readCellText, type RawCell } from '../../shared/cells/read-cell.js';
import { wallToSerial } from '../../shared/cells/serial.js';
import { numberFormatOf } from '../../shared/cells/cell-kind.js';
import { cacheOffsetsPerDay, formatDate, formatDateTime, parseWallTime, parseUtcOffset, wallTimeToInstant, type ZoneOffsets } from '../../shared/time/index.js';

export interface DateCodec {
  readonly timeZone: string;
  /** The zone's offsets, for shared functions that take a zone. */
  readonly offsets: ZoneOffsets;
  /** `YYYY-MM-DD HH:mm` (or `YYYY-MM-DD`) of an instant in the zone. */
  toWall(date: Date, withTime: boolean): string;
  /** The instant a wall time names in the zone (a time in a spring-forward gap moves forward by the gap). */
  fromWall(wall: string): Date;
  /** A `YYYY-MM-DD HH:mm` as the sheet will read it back once written: a time a spring-forward skips moves forward by the gap. */
  asStored(wall: string): string;
  /** Text of a cell of `column`: dates as wall strings, numbers as digits, the rest as text; `format` (the cell's number format, when read) tells a day from a moment at 00:00. */
  cellText(value: unknown, column: ColumnSpec, format?: string): string;
}

export function createDateCodec(timeZone: string): DateCodec {
  // One formatDate per UTC day boundary seen (plus a short search on a day the offset changes).
  const offsets = cacheOffsetsPerDay((instantMs) => parseUtcOffset(Utilities.formatDate(new Date(instantMs), timeZone, 'Z')));
  const toWall = (date: Date, withTime: boolean): string => (withTime ? formatDateTime(date.getTime(), offsets) : formatDate(date.getTime(), offsets));
  const fromWall = (wall: string): Date => {
    const parsed = parseWallTime(wall);
    if (!parsed) throw new RangeError(`Not a wall time: "${wall}"`);
    return new Date(wallTimeToInstant(parsed, offsets));
  };
  /**
   * A getValues value as the cell model's raw cell: a Date becomes its serial
   * in the zone. getValues does not say the cell's format; a caller that read
   * the formats passes `format`. Without it a Date is read under its column's
   * own format (reading formats is one more call per sheet): in a date-time
   * column a midnight stays a moment ("2026-03-08 00:00", what the round form
   * accepts), as the add-on writes it.
   */
  const rawOf = (value: unknown, column: ColumnSpec, format: string | undefined): RawCell => {
    if (isDateValue(value)) {
      if (Number.isNaN(value.getTime())) return { kind: 'blank' };
      return { kind: 'number', number: wallToSerial(toWall(value, true)), format: format ?? numberFormatOf(column) };
    }
    if (typeof value === 'number') return { kind: 'number', number: value, ...(format === undefined ? {} : { format }) };
    if (typeof value === 'boolean') return { kind: 'bool', bool: value };
    if (value === null || value === undefined || value === '') return { kind: 'blank' };
    return { kind: 'text', text: String(value) };
  };
  return {
    timeZone,
    offsets,
    toWall,
    fromWall,
    asStored: (wall) => toWall(fromWall(wall), true),
    cellText: (value, column, format) => readCellText(column, rawOf(value, column, format)),
  };
}
