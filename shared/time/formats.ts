/**
 * The tracker's text forms of time: `YYYY-MM-DD` for a day and
 * `YYYY-MM-DD HH:mm` for a moment (24-hour clock), both wall times in the
 * sheet's zone. Strings cross `google.script.run` safely (a Date does not)
 * and sort correctly as text. Also RFC 3339 instants with an offset, and
 * the `+0530` offsets `Utilities.formatDate(d, zone, 'Z')` prints.
 */
import { isRealDay } from './days.js';
import { instantToWallMs, instantToWallTime, wallMsToWallTime, type WallTime, type Zone } from './wall-time.js';
import { zoneOffsetMs } from './zone-offset.js';

/** `YYYY-MM-DD`, the one pattern for a day. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `YYYY-MM-DD HH:mm`, the one pattern for a moment. */
export const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;
/** What a cell may hold: a day, or a moment with a space or `T` and optional seconds. */
const CELL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toWall(match: RegExpExecArray | null): WallTime | null {
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (!isRealDay(year!, month!, day!) || hour! > 23 || minute! > 59 || second! > 59) return null;
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
}

/** A real `YYYY-MM-DD` day (midnight), or null. @example parseDate('2026-02-30') === null */
export function parseDate(text: string): WallTime | null {
  return toWall(DATE_PATTERN.exec(text.trim()));
}

/** A real `YYYY-MM-DD HH:mm` moment, or null. */
export function parseDateTime(text: string): WallTime | null {
  return toWall(DATE_TIME_PATTERN.exec(text.trim()));
}

/** A day or a moment as cells hold them (`YYYY-MM-DD`, `YYYY-MM-DD HH:mm[:ss]`, `T` allowed), or null. */
export function parseWallTime(text: string): WallTime | null {
  return toWall(CELL_TIME.exec(text.trim()));
}

/** True when `text` is a real `YYYY-MM-DD` day. */
export const isDateText = (text: string): boolean => parseDate(text) !== null;
/** True when `text` is a real `YYYY-MM-DD HH:mm` moment. */
export const isDateTimeText = (text: string): boolean => parseDateTime(text) !== null;

/** `YYYY-MM-DD` of a wall time, or of an instant in `zone`. */
export function formatDate(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string;
export function formatDate(instantMs: number, zone: Zone): string;
export function formatDate(value: Pick<WallTime, 'year' | 'month' | 'day'> | number, zone?: Zone): string {
  if (typeof value === 'number') return isoOfWallMs(instantToWallMs(value, zone!)).slice(0, 10);
  return `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
}

/**
 * `YYYY-MM-DD HH:mm` of a wall time, or of an instant in `zone`.
 * @example formatDateTime(Date.parse('2026-03-08T15:00:00Z'), 'America/New_York') === '2026-03-08 11:00'
 */
export function formatDateTime(wall: WallTime): string;
export function formatDateTime(instantMs: number, zone: Zone): string;
export function formatDateTime(value: WallTime | number, zone?: Zone): string {
  if (typeof value === 'number') {
    const iso = isoOfWallMs(instantToWallMs(value, zone!));
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  return `${formatDate(value)} ${pad(value.hour)}:${pad(value.minute)}`;
}

/** `YYYY-MM-DDTHH:mm:ss` of a wall-clock ms: the native toISOString (the hot path of a sync pass), padded by hand outside years 0–9999. */
function isoOfWallMs(wallMs: number): string {
  const iso = new Date(wallMs).toISOString();
  if (iso.length === 24) return iso;
  const wall = wallMsToWallTime(wallMs);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/** RFC 3339 with the zone's offset at that instant, e.g. `2026-03-09T10:00:00-04:00` (`Z` at offset 0). */
export function formatInstant(instantMs: number, timeZone: string): string {
  const wall = instantToWallTime(instantMs, timeZone);
  const offset = Math.round(zoneOffsetMs(instantMs, timeZone) / 60_000);
  const abs = Math.abs(offset);
  const suffix = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${formatDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${suffix}`;
}

/** `+0530` / `-05:00` (what `Utilities.formatDate(d, zone, 'Z')` prints) in ms east of UTC. */
export function parseUtcOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a UTC offset: "${text}"`);
  const ms = (Number(match[2]) * 60 + Number(match[3])) * 60_000;
  return match[1] === '-' ? -ms : ms;
}
