/**
 * Day arithmetic on calendar dates and wall clocks. A wall time's fields
 * read as if they were UTC ("wall-clock ms") count days and months by the
 * calendar: a week after Monday 09:00 is Monday 09:00 even across a DST
 * change, which elapsed milliseconds would make 6 days 23 hours.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Date.UTC of wall fields (month 1–12), exact for years 0–99 too (Date.UTC maps those to 19xx). */
export function fieldsToMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return year >= 0 && year < 100 ? new Date(ms).setUTCFullYear(year) : ms;
}

/** True when year, month and day name a day that exists (no 2026-02-30). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** 28–31, by the Gregorian leap-year rule. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The `YYYY-MM-DD` date `days` after a `YYYY-MM-DD` date (negative goes back), by the calendar.
 * @example addDays('2026-02-27', 2) === '2026-03-01'
 */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(fieldsToMs(year!, month!, day! + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/**
 * Whole days from one wall-clock ms to another (floor): 36 hours is 1 day,
 * and the same wall time a week later is 7 days whatever DST did between.
 */
export function daysBetween(fromWallMs: number, toWallMs: number): number {
  return Math.floor((toWallMs - fromWallMs) / DAY_MS);
}
