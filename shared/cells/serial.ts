/**
 * Serial day numbers ↔ wall times. Sheets and Excel store a date as the
 * number of days since 1899-12-30, the time of day as the fraction
 * (https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
 * A serial is a wall time in the sheet's own zone, so no zone arithmetic is
 * needed here: the wall time is read as wall-clock ms (shared/time) and
 * counted in days.
 */
import { DAY_MS, MINUTE_MS, formatWallMsDate, formatWallMsDateTime, parseDate, parseDateTime, wallTimeToWallMs } from '../time/index.js';

/** 1899-12-30, day 0 of Sheets and of Excel's 1900 system after 1900-03-01. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The serial of `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`.
 *
 * @throws RangeError for any other text.
 * @example wallToSerial('2026-03-08 12:00') === 46089.5
 */
export function wallToSerial(wall: string): number {
  return (wallToUtcAxisMs(wall) - EPOCH_MS) / DAY_MS;
}

/** A wall time as wall-clock milliseconds (its fields read as if in UTC), as exceljs stores dates. */
export function wallToUtcAxisMs(wall: string): number {
  const parsed = parseDateTime(wall) ?? parseDate(wall);
  if (!parsed) throw new RangeError(`Not a wall time: "${wall}"`);
  return wallTimeToWallMs(parsed);
}

/** A serial as `YYYY-MM-DD HH:mm` (`withTime`) or `YYYY-MM-DD`, to the nearest minute. */
export function serialToWall(serial: number, withTime: boolean): string {
  return utcAxisMsToWall(EPOCH_MS + Math.round((serial * DAY_MS) / MINUTE_MS) * MINUTE_MS, withTime);
}

/** Wall-clock milliseconds as a wall time. */
export function utcAxisMsToWall(ms: number, withTime: boolean): string {
  return withTime ? formatWallMsDateTime(ms) : formatWallMsDate(ms);
}

/** True when a serial falls on a whole day (midnight, to the minute). */
export function isWholeDay(serial: number): boolean {
  return Math.round((serial * DAY_MS) / MINUTE_MS) % (DAY_MS / MINUTE_MS) === 0;
}
