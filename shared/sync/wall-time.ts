/**
 * Turns event times into the strings the Interviews sheet holds: timed
 * events as the sheet zone's wall time `YYYY-MM-DD HH:mm`, all-day events as
 * bare dates `YYYY-MM-DD`. All-day dates never pass through an instant, so no
 * zone can shift them by a day. Uses only `Intl` (present in Node and Apps
 * Script's V8), no globals.
 */
import { NextRoundError } from '../errors.js';
import type { EventTime } from './calendar-event.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch (cause) {
      throw new NextRoundError('INVALID_INPUT', `"${timeZone}" is not an IANA time zone.`, { where: 'time zone', cause });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of an instant in a zone: [year, month, day, hour, minute, second]. */
function wallFields(instantMs: number, timeZone: string): number[] {
  const parts = formatterFor(timeZone).formatToParts(instantMs);
  const pick = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return [pick('year'), pick('month'), pick('day'), pick('hour'), pick('minute'), pick('second')];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Throws INVALID_INPUT unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/**
 * An instant as wall time in `timeZone`.
 * @example formatWallTime(Date.parse('2026-03-08T15:00:00Z'), 'America/New_York') === '2026-03-08 11:00'
 */
export function formatWallTime(instantMs: number, timeZone: string): string {
  const wall = new Date(instantMs + zoneOffsetMs(instantMs, timeZone));
  return `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, Map<number, number>>();

/**
 * The zone's offset, asked of Intl once per zone and quarter hour (Intl is
 * ~100× slower than a map lookup). Transitions fall on quarter hours (UTC)
 * in practice; a quarter hour whose two ends disagree (a transition inside
 * it) is marked NaN and computed exactly every time.
 */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const bucketStart = Math.floor(instantMs / QUARTER_HOUR) * QUARTER_HOUR;
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(bucketStart);
  if (offset === undefined) {
    if (zone.size >= 100_000) zone.clear();
    offset = offsetAt(bucketStart, timeZone);
    if (offsetAt(bucketStart + QUARTER_HOUR - 1000, timeZone) !== offset) offset = Number.NaN;
    zone.set(bucketStart, offset);
  }
  return Number.isNaN(offset) ? offsetAt(instantMs, timeZone) : offset;
}

/** The zone's UTC offset in ms at an instant (to the second; zones have no sub-second offsets). */
function offsetAt(instantMs: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = wallFields(instantMs, timeZone);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - Math.floor(instantMs / 1000) * 1000;
}

/** The instant of a zone's wall time (in a DST gap or overlap: one of the two readings, deterministically). */
export function wallTimeToInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const firstOffset = offsetAt(asUtc, timeZone);
  const guess = asUtc - firstOffset;
  const secondOffset = offsetAt(guess, timeZone);
  return secondOffset === firstOffset ? guess : asUtc - secondOffset;
}

/** Adds whole days to a `YYYY-MM-DD` date, by calendar arithmetic only. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(y!, m! - 1, d! + days));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

const OFFSET_OR_Z = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/** The instant of a timed EventTime, or null when it has none or cannot be read. */
export function eventInstant(time: EventTime, fallbackZone: string): number | null {
  const text = time.dateTime;
  if (!text) return null;
  if (OFFSET_OR_Z.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : ms;
  }
  // A floating time (no offset): read it in the event's zone, else the sheet's.
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return wallTimeToInstant(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), time.timeZone ?? fallbackZone);
}

/**
 * The Start and End cells of an event. All-day: start date, and the end made
 * inclusive (Calendar's end date is exclusive: a one-day event reads
 * 2026-05-01 – 2026-05-01). Timed: wall times in `timeZone`.
 */
export function formatEventSpan(start: EventTime | undefined, end: EventTime | undefined, timeZone: string): { start: string; end: string; allDay: boolean } {
  if (start?.date) {
    const endDate = end?.date && end.date > start.date ? addDays(end.date, -1) : start.date;
    return { start: start.date, end: endDate, allDay: true };
  }
  const startMs = start ? eventInstant(start, timeZone) : null;
  const endMs = end ? eventInstant(end, timeZone) : null;
  return {
    start: startMs === null ? '' : formatWallTime(startMs, timeZone),
    end: endMs === null ? '' : formatWallTime(endMs, timeZone),
    allDay: false,
  };
}
