/**
 * Wall time ↔ instant in an IANA zone, with nothing but Intl: ical.js only
 * knows the zones a file defines in VTIMEZONE, and many feeds name an IANA
 * zone (TZID=Europe/Berlin) without defining it.
 */
import { assertTimeZone, zoneOffsetMs } from '../../shared/sync/wall-time.js';

/** A local wall time, as a calendar shows it. */
export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** True when Intl knows the zone (IANA names, `UTC`). */
export function isKnownZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    assertTimeZone(zone);
    return true;
  } catch {
    return false;
  }
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/**
 * Offset of `zone` from UTC at an instant, in minutes (east positive). The
 * shared wall-time module asks Intl (slow: the hot spot of a 5,000-event pass)
 * once per zone and quarter hour, and exactly where a transition falls inside one.
 */
export function zoneOffsetMinutes(epochMs: number, zone: string): number {
  return Math.round(zoneOffsetMs(epochMs, zone) / 60_000);
}

/** The wall time an instant shows in `zone`. */
export function toWallTime(epochMs: number, zone: string): WallTime {
  const shifted = new Date(Math.floor(epochMs / 1000) * 1000 + zoneOffsetMinutes(epochMs, zone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * The instant a wall time denotes in `zone`. A time skipped by a DST jump
 * moves forward by the gap; a repeated one takes the earlier instant, as
 * RFC 5545 §3.3.5 asks.
 */
export function fromWallTime(wall: WallTime, zone: string): number {
  const guess = wallAsUtc(wall);
  const before = guess - zoneOffsetMinutes(guess - 86_400_000, zone) * 60_000;
  const after = guess - zoneOffsetMinutes(guess + 86_400_000, zone) * 60_000;
  const valid = [before, after].filter((t) => wallAsUtc(toWallTime(t, zone)) === guess);
  // In a gap neither candidate shows the wall time; the pre-jump offset lands after the gap.
  return valid.length > 0 ? Math.min(...valid) : before;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function formatDate(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** RFC 3339 with the zone's offset at that instant, e.g. `2026-03-09T10:00:00-04:00`. */
export function formatInstant(epochMs: number, zone: string): string {
  const wall = toWallTime(epochMs, zone);
  const offset = zoneOffsetMinutes(epochMs, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const suffix = offset === 0 ? 'Z' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${formatDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${suffix}`;
}
