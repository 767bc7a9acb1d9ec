/**
 * Wall times read from cells for the core's arithmetic (due, insights,
 * activity): as wall-clock ms, so days count by the calendar; in the sheet's
 * zone a time inside a spring-forward gap reads as it would once stored
 * (forward by the gap, RFC 5545), so every path sees the same wall time.
 */
import { NextRoundError } from '../errors.js';
import { formatDate, formatDateTime, parseWallTime } from './formats.js';
import { normalizeWallMs, wallMsToInstant, wallMsToWallTime, wallTimeToWallMs, type Zone } from './wall-time.js';

/**
 * A cell's wall time as wall-clock ms, or null when the cell is empty.
 *
 * @throws NextRoundError INVALID_INPUT naming `where` when the text is not a
 *   real date (`2026-02-30`, `next week`).
 * @example readCellTime('2026-11-20 14:30', 'Interviews!End') === Date.UTC(2026, 10, 20, 14, 30)
 */
export function readCellTime(value: unknown, where: string, zone: Zone = 'UTC'): number | null {
  if (value === undefined || value === null) return null;
  const text = String(value).trim();
  if (text === '') return null;
  const wall = parseWallTime(text);
  if (wall) return normalizeWallMs(wallTimeToWallMs(wall), zone);
  throw new NextRoundError('INVALID_INPUT', `"${text.slice(0, 40)}" in ${where} is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.`, { where });
}

/**
 * Like readCellTime, but a bad date becomes null plus a note in `problems` instead of stopping the whole list.
 * `where` may be a function: the place is then worded only for a cell that cannot be read, not for every row.
 */
export function readCellTimeOrNote(value: unknown, where: string | (() => string), problems: string[], zone: Zone = 'UTC'): number | null {
  try {
    return readCellTime(value, typeof where === 'string' ? where : '', zone);
  } catch (error) {
    let note = error;
    if (typeof where !== 'string') {
      try {
        readCellTime(value, where(), zone);
      } catch (named) {
        note = named;
      }
    }
    problems.push(note instanceof Error ? note.message : String(note));
    return null;
  }
}

/** `YYYY-MM-DD` of a wall-clock ms. */
export const formatWallMsDate = (wallMs: number): string => formatDate(wallMsToWallTime(wallMs));

/** `YYYY-MM-DD HH:mm` of a wall-clock ms. */
export const formatWallMsDateTime = (wallMs: number): string => formatDateTime(wallMsToWallTime(wallMs));

/** Real time elapsed between two wall-clock ms in `zone` (23 hours across a spring-forward night). */
export function elapsedMs(fromWallMs: number, toWallMs: number, zone: Zone = 'UTC'): number {
  return wallMsToInstant(toWallMs, zone) - wallMsToInstant(fromWallMs, zone);
}
