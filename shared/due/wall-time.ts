/**
 * Wall times as the tracker stores them: `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`
 * in the sheet's own time zone. The core compares them as if they were UTC
 * (both sides are in the same zone), so a daylight-saving change can shift a
 * "24 hours later" by one hour; for reminders counted in days that is fine.
 */
import { NextRoundError } from '../errors.js';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Reads a wall time into milliseconds on a UTC-like axis, or null when the
 * cell is empty.
 *
 * @throws NextRoundError INVALID_INPUT naming `where` when the text is not a
 *   real date (`2026-02-30`, `next week`).
 * @example parseWallTime('2026-11-20 14:30', 'Interviews!End') === Date.UTC(2026, 10, 20, 14, 30)
 */
export function parseWallTime(value: unknown, where: string): number | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  if (text === '') return null;
  const match = WALL_TIME.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const hour = Number(match[4] ?? 0);
    const minute = Number(match[5] ?? 0);
    const second = Number(match[6] ?? 0);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 60) {
      return Date.UTC(year, month - 1, day, hour, minute, second);
    }
  }
  throw new NextRoundError(
    'INVALID_INPUT',
    `"${text.slice(0, 40)}" in ${where} is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.`,
    { where },
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Like parseWallTime, but a bad date becomes null plus a note in `problems` instead of stopping the whole list. */
export function readWallTime(value: unknown, where: string, problems: string[]): number | null {
  try {
    return parseWallTime(value, where);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/** `YYYY-MM-DD` of a wall time. */
export function formatWallDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD HH:mm` of a wall time. */
export function formatWallStamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** Whole days from `from` to `to` (floor), e.g. 36 hours is 1 day. */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}
