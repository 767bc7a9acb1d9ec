/**
 * Wall time ↔ instant in an IANA zone, with nothing but Intl: ical.js only
 * knows the zones a file defines in VTIMEZONE, and many feeds name an IANA
 * zone (TZID=Europe/Berlin) without defining it.
 */

/** A local wall time, as a calendar shows it. */
export interface WallTime {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when Intl knows the zone (IANA names, `UTC`). */
export function isKnownZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function wallFromIntl(epochMs: number, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function wallAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

// Intl's formatToParts is slow (the hot spot of a 5,000-event pass). A zone changes offset at most
// once a day: when a UTC day starts and ends on the same offset, the whole day has it.
const DAY_MS = 86_400_000;
const dayCache = new Map<string, number | null>();

function exactOffset(epochMs: number, zone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallAsUtc(wallFromIntl(whole, zone)) - whole) / 60_000);
}

/** Offset of `zone` from UTC at an instant, in minutes (east positive). */
export function zoneOffsetMinutes(epochMs: number, zone: string): number {
  const day = Math.floor(epochMs / DAY_MS);
  const key = `${zone}|${day}`;
  let steady = dayCache.get(key);
  if (steady === undefined) {
    const atStart = exactOffset(day * DAY_MS, zone);
    steady = atStart === exactOffset(day * DAY_MS + DAY_MS - 1000, zone) ? atStart : null;
    if (dayCache.size > 200_000) dayCache.clear();
    dayCache.set(key, steady);
  }
  return steady ?? exactOffset(epochMs, zone);
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
