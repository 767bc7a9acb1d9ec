/**
 * Local wall times, the way the tracker exchanges dates: `YYYY-MM-DD` for a
 * day and `YYYY-MM-DD HH:mm` for a moment, both in the spreadsheet's time
 * zone. Strings cross `google.script.run` safely (a `Date` does not) and
 * compare correctly as text.
 */
import { z } from 'zod';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** True when year, month and day name a day that exists (no 2026-02-30). */
export function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function isRealWall(text: string): boolean {
  const match = DATE_TIME.exec(text) ?? DATE.exec(text);
  if (!match) return false;
  const [, y, mo, d, h = '0', mi = '0'] = match;
  return isRealDay(Number(y), Number(mo), Number(d)) && Number(h) < 24 && Number(mi) < 60;
}

/** A calendar day, `YYYY-MM-DD`. */
export const WallDate = z
  .string()
  .trim()
  .regex(DATE, 'Use the form YYYY-MM-DD')
  .refine(isRealWall, 'This day does not exist');
export type WallDate = z.infer<typeof WallDate>;

/** A local moment, `YYYY-MM-DD HH:mm` (24-hour clock). */
export const WallDateTime = z
  .string()
  .trim()
  .regex(DATE_TIME, 'Use the form YYYY-MM-DD HH:mm')
  .refine(isRealWall, 'This date or time does not exist');
export type WallDateTime = z.infer<typeof WallDateTime>;

/** Parts of a wall time; hours and minutes are 0 for a day. */
export function splitWallTime(wall: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const match = DATE_TIME.exec(wall) ?? DATE.exec(wall);
  if (!match || !isRealWall(wall)) throw new RangeError(`Not a wall time: "${wall}"`);
  const [, y, mo, d, h = '0', mi = '0'] = match;
  return { year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi) };
}

/**
 * The instant a wall time names in a zone, given how far that zone is ahead
 * of UTC at an instant (minutes). Two passes settle DST changes; a wall time
 * skipped by a spring-forward lands just after the gap.
 *
 * @example wallTimeToEpochMs('2026-07-01 09:00', () => 120) === Date.UTC(2026, 6, 1, 7, 0)
 */
export function wallTimeToEpochMs(wall: string, offsetMinutesAt: (epochMs: number) => number): number {
  const { year, month, day, hour, minute } = splitWallTime(wall);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = asUtc - offsetMinutesAt(asUtc) * 60_000;
  return asUtc - offsetMinutesAt(first) * 60_000;
}

/** `+0130` / `-0500` (what `Utilities.formatDate(d, tz, 'Z')` returns) in minutes. */
export function parseUtcOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a UTC offset: "${text}"`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The day `days` after a `YYYY-MM-DD` day (negative goes back). */
export function addDays(day: string, days: number): string {
  const { year, month, day: d } = splitWallTime(day);
  return new Date(Date.UTC(year, month - 1, d + days)).toISOString().slice(0, 10);
}
