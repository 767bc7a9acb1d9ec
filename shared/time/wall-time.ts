/**
 * Wall time ↔ instant in any IANA zone, with one DST policy: RFC 5545's
 * (https://www.rfc-editor.org/rfc/rfc5545#section-3.3.5). A wall time that
 * a spring-forward skips (New York 2026-03-08 02:30) moves forward by the
 * length of the gap (03:30 EDT); a wall time a fall-back repeats (Berlin
 * 2026-10-25 02:30) is the earlier of its two instants (CEST, +02:00).
 */
import { DAY_MS, fieldsToMs } from './days.js';
import { offsetsOf, type ZoneOffsets } from './zone-offset.js';

/** A local wall time as a calendar or a sheet shows it; month 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** An IANA zone name, or an offset reader (the add-on reads offsets through Utilities.formatDate). */
export type Zone = string | ZoneOffsets;

const readerOf = (zone: Zone): ZoneOffsets => (typeof zone === 'string' ? offsetsOf(zone) : zone);

/** A wall time's fields read as if UTC ("wall-clock ms"): the axis for calendar arithmetic. */
export function wallTimeToWallMs(wall: WallTime): number {
  return fieldsToMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
}

/** The wall time whose wall-clock ms is `wallMs`. */
export function wallMsToWallTime(wallMs: number): WallTime {
  const d = new Date(wallMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant a wall time names in `zone`, by RFC 5545 §3.3.5: in a gap,
 * forward by the gap; in an overlap, the earlier instant.
 * @example wallTimeToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0 }, 'America/New_York') === Date.parse('2026-03-08T07:30:00Z')
 */
export function wallTimeToInstant(wall: WallTime, zone: Zone): number {
  return wallMsToInstant(wallTimeToWallMs(wall), zone);
}

/** wallTimeToInstant for a wall-clock ms. */
export function wallMsToInstant(wallMs: number, zone: Zone): number {
  const offsetAt = readerOf(zone);
  // Offsets a day either side bracket any single change near this wall time.
  const before = offsetAt(wallMs - DAY_MS);
  const after = offsetAt(wallMs + DAY_MS);
  if (before === after) {
    const instant = wallMs - before;
    // A change and its reversal within two days (none in the database since 1900) would show here.
    if (offsetAt(instant) === before) return instant;
  }
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = early + offsetAt(early) === wallMs;
  const lateValid = late + offsetAt(late) === wallMs;
  if (earlyValid && lateValid) return Math.min(early, late); // overlap: the earlier instant
  if (earlyValid) return early;
  if (lateValid) return late;
  return early; // gap: read with the offset before the jump, i.e. forward by the gap
}

/** The wall time an instant shows in `zone`. */
export function instantToWallTime(instantMs: number, zone: Zone): WallTime {
  return wallMsToWallTime(instantToWallMs(instantMs, zone));
}

/** The wall-clock ms an instant shows in `zone` (whole seconds). */
export function instantToWallMs(instantMs: number, zone: Zone): number {
  return Math.floor(instantMs / 1000) * 1000 + readerOf(zone)(instantMs);
}

/**
 * The wall time as it will read back once stored as an instant: unchanged,
 * except a time inside a spring-forward gap, which moves forward by the gap.
 */
export function normalizeWallMs(wallMs: number, zone: Zone): number {
  return instantToWallMs(wallMsToInstant(wallMs, zone), zone);
}
