/**
 * ical.js times → the CalendarEvent time shape (Google's): all-day as a
 * date, timed as RFC 3339 with offset plus the IANA zone when known.
 */
import type ICAL from 'ical.js';
import type { EventTime } from '../../shared/sync/calendar-event.js';
import { formatDate, formatInstant, isTimeZone, wallTimeToInstant } from '../../shared/time/index.js';

/** A converted time plus its instant, for window checks and ordering. */
export interface ConvertedTime {
  time: EventTime;
  epochMs: number;
  /** Read in the fallback zone (floating, or a zone nobody knows): its instant depends on settings. */
  floating?: true;
}

/**
 * Converts one ical.js time. `tzidHint` is the TZID parameter of the
 * property the time came from: ical.js drops a TZID it has no VTIMEZONE
 * for, yet feeds often name a plain IANA zone. Floating times, and zones
 * neither the file nor Intl knows, are read in `fallbackZone`.
 */
export function convertTime(time: ICAL.Time, tzidHint: string | undefined, fallbackZone: string): ConvertedTime {
  if (time.isDate) {
    const date = formatDate(time);
    return { time: { date }, epochMs: Date.UTC(time.year, time.month - 1, time.day) };
  }
  const tzid = time.zone?.tzid;
  if (tzid === 'UTC') {
    const epochMs = time.toUnixTime() * 1000;
    return { time: { dateTime: formatInstant(epochMs, 'UTC') }, epochMs };
  }
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  if (tzid && tzid !== 'floating') {
    // An IANA zone is read by the one time module (its DST policy, not ical.js's, decides gaps and
    // overlaps); a zone only the file's VTIMEZONE defines is left to ical.js.
    if (isTimeZone(tzid)) {
      const epochMs = wallTimeToInstant(wall, tzid);
      return { time: { dateTime: formatInstant(epochMs, tzid), timeZone: tzid }, epochMs };
    }
    return { time: { dateTime: formatWithOffset(time) }, epochMs: time.toUnixTime() * 1000 };
  }
  const known = tzidHint !== undefined && isTimeZone(tzidHint);
  const zone = known ? tzidHint : fallbackZone;
  const epochMs = wallTimeToInstant(wall, zone);
  const converted: ConvertedTime = { time: { dateTime: formatInstant(epochMs, zone), timeZone: zone }, epochMs };
  if (!known) converted.floating = true;
  return converted;
}

function formatWithOffset(time: ICAL.Time): string {
  const offset = Math.round(time.utcOffset() / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const abs = Math.abs(offset);
  const suffix = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${formatDate(time)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${suffix}`;
}

/**
 * Compact key of an occurrence, as Google's instance ids use: `20260309T140000Z`, or `20260309`
 * all-day. A floating time keys by its wall time (`20260309T090000`), so that changing the
 * tracker's zone does not change the ids of its rows.
 */
export function occurrenceKey(time: ICAL.Time, converted: ConvertedTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (time.isDate) return formatDate(time).replaceAll('-', '');
  if (converted.floating) return `${formatDate(time).replaceAll('-', '')}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`;
  return new Date(converted.epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The TZID parameter of a property, when it is a single string. */
export function readTzid(property: ICAL.Property | null): string | undefined {
  const value = property?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
}
