/**
 * How far a zone is ahead of UTC at an instant. Intl answers (it ships the
 * IANA database in Node and in Apps Script's V8) but is ~100× slower than a
 * map lookup, so offsets are cached per zone per UTC day: one reading per
 * day boundary, and a search for the exact instant only on the few days a
 * zone changes its offset. UTC and its aliases never ask Intl at all.
 */
import { NextRoundError } from '../errors.js';
import { DAY_MS, fieldsToMs } from './days.js';

/** A zone's offset east of UTC, in ms, at an instant. */
export type ZoneOffsets = (instantMs: number) => number;

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu', 'Etc/UCT', 'UCT']);
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (cause) {
      throw new NextRoundError('INVALID_INPUT', `"${timeZone}" is not an IANA time zone.`, { where: 'time zone', cause });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws INVALID_INPUT unless `timeZone` is an IANA zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  if (!UTC_NAMES.has(timeZone)) formatterFor(timeZone);
}

/** True when `timeZone` is an IANA zone this runtime knows (`UTC` included). */
export function isTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '' || timeZone.length > 64) return false;
  try {
    assertTimeZone(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The offset Intl reports at an instant, to the second (no zone has sub-second offsets). */
function intlOffsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(wholeSecond)) fields[part.type] = part.value;
  const wall = fieldsToMs(Number(fields.year), Number(fields.month), Number(fields.day), Number(fields.hour), Number(fields.minute), Number(fields.second));
  return wall - wholeSecond;
}

/** Per UTC day: the offset at its start, and (on a change day) the instant and offset of the change. */
interface DayOffsets {
  start: number;
  changeAt: number;
  after: number;
}

const MAX_CACHED_DAYS = 200_000; // ~550 years per zone: a bound, never reached by a real tracker.

/**
 * Wraps a slow offset reader (Intl, `Utilities.formatDate(d, zone, 'Z')`) in
 * a per-day cache. Assumes at most one offset change per UTC day, true of
 * every zone in the IANA database since 1900.
 */
export function cacheOffsetsPerDay(readOffsetMs: ZoneOffsets): ZoneOffsets {
  const starts = new Map<number, number>();
  const days = new Map<number, DayOffsets>();
  const startOf = (day: number): number => {
    let offset = starts.get(day);
    if (offset === undefined) {
      offset = readOffsetMs(day * DAY_MS);
      starts.set(day, offset);
    }
    return offset;
  };
  return (instantMs) => {
    const day = Math.floor(instantMs / DAY_MS);
    let entry = days.get(day);
    if (!entry) {
      if (days.size >= MAX_CACHED_DAYS) {
        days.clear();
        starts.clear();
      }
      const start = startOf(day);
      const after = startOf(day + 1);
      entry = { start, after, changeAt: start === after ? Infinity : findChange(day * DAY_MS, (day + 1) * DAY_MS, start, readOffsetMs) };
      days.set(day, entry);
    }
    return instantMs < entry.changeAt ? entry.start : entry.after;
  };
}

/** The first whole second in (from, to] whose offset differs from `before` (binary search, ~17 readings). */
function findChange(from: number, to: number, before: number, readOffsetMs: ZoneOffsets): number {
  let lo = from / 1000;
  let hi = to / 1000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (readOffsetMs(mid * 1000) === before) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}

const zones = new Map<string, ZoneOffsets>();

/** The cached offset reader of an IANA zone (throws INVALID_INPUT for an unknown zone). */
export function offsetsOf(timeZone: string): ZoneOffsets {
  let offsets = zones.get(timeZone);
  if (!offsets) {
    if (UTC_NAMES.has(timeZone)) offsets = () => 0;
    else {
      formatterFor(timeZone);
      offsets = cacheOffsetsPerDay((instantMs) => intlOffsetMs(instantMs, timeZone));
    }
    zones.set(timeZone, offsets);
  }
  return offsets;
}

/**
 * The offset of `timeZone` east of UTC at an instant, in ms.
 * @example zoneOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Berlin') === 7_200_000
 */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  return offsetsOf(timeZone)(instantMs);
}
