/**
 * Serial day numbers ↔ wall times. Sheets and Excel store a date as the
 * number of days since 1899-12-30, the time of day as the fraction
 * (https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
 * A serial is a wall time in the sheet's own zone, so no zone arithmetic is
 * needed here: the wall time is laid on a UTC axis and counted in days.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** 1899-12-30, day 0 of Sheets and of Excel's 1900 system after 1900-03-01. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/**
 * The serial of `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`.
 *
 * @throws RangeError for any other text.
 * @example wallToSerial('2026-03-08 12:00') === 46089.5
 */
export function wallToSerial(wall: string): number {
  return (wallToUtcAxisMs(wall) - EPOCH_MS) / DAY_MS;
}

/** A wall time as milliseconds on a UTC axis (its fields read as if in UTC). */
export function wallToUtcAxisMs(wall: string): number {
  const match = WALL.exec(wall);
  if (!match) throw new RangeError(`Not a wall time: "${wall}"`);
  const [, y, mo, d, h = '0', mi = '0'] = match;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
}

/** A serial as `YYYY-MM-DD HH:mm` (`withTime`) or `YYYY-MM-DD`, to the nearest minute. */
export function serialToWall(serial: number, withTime: boolean): string {
  return utcAxisMsToWall(EPOCH_MS + Math.round((serial * DAY_MS) / MINUTE_MS) * MINUTE_MS, withTime);
}

/** Milliseconds on a UTC axis as a wall time. */
export function utcAxisMsToWall(ms: number, withTime: boolean): string {
  const iso = new Date(ms).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

/** True when a serial falls on a whole day (midnight, to the minute). */
export function isWholeDay(serial: number): boolean {
  return Math.round((serial * DAY_MS) / MINUTE_MS) % (DAY_MS / MINUTE_MS) === 0;
}
