/**
 * An iCalendar time → the CalendarEvent time shape (Google's): all-day as a
 * date, timed as RFC 3339 with offset plus the IANA zone when known; and
 * the compact key Google's instance ids use.
 */
import type { EventTime } from '../sync/calendar-event.js';
import { formatInstant, instantToWallMs, wallMsToInstant } from '../time/index.js';
import type { IcsTime } from './values.js';
import type { ResolvedZone } from './zones.js';

/** A converted time plus its instant, for window checks and ordering. */
export interface ConvertedTime {
  time: EventTime;
  epochMs: number;
  /** Read in the fallback zone (floating, or a zone nobody knows): its instant depends on settings. */
  floating?: true;
}

export type ZoneOf = (tzid: string | undefined) => ResolvedZone;

export function convertTime(time: IcsTime, zoneOf: ZoneOf): ConvertedTime {
  if (time.kind === 'date') return { time: { date: isoOf(time.wallMs).slice(0, 10) }, epochMs: time.wallMs };
  if (time.kind === 'utc') return { time: { dateTime: formatInstant(time.wallMs, 'UTC') }, epochMs: time.wallMs };
  const resolved = zoneOf(time.tzid);
  const epochMs = wallMsToInstant(time.wallMs, resolved.zone);
  if (resolved.name === undefined) return { time: { dateTime: withOffset(epochMs, resolved.zone) }, epochMs };
  const converted: ConvertedTime = { time: { dateTime: formatInstant(epochMs, resolved.name), timeZone: resolved.name }, epochMs };
  if (resolved.floating) converted.floating = true;
  return converted;
}

/** The instant of a time (a date's midnight read as UTC: callers give a day of slack). */
export const instantOf = (time: IcsTime, zoneOf: ZoneOf): number =>
  time.kind === 'local' ? wallMsToInstant(time.wallMs, zoneOf(time.tzid).zone) : time.wallMs;

/** RFC 3339 in a zone only the file defines: its wall time and offset, no IANA name. */
function withOffset(epochMs: number, zone: ResolvedZone['zone']): string {
  const wallMs = instantToWallMs(epochMs, zone);
  const offset = Math.round((wallMs - Math.floor(epochMs / 1000) * 1000) / 60_000);
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  const suffix = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${isoOf(wallMs).slice(0, 19)}${suffix}`;
}

const isoOf = (ms: number) => new Date(ms).toISOString();

/**
 * Compact key of an occurrence, as Google's instance ids use: `20260309T140000Z`, or `20260309`
 * all-day. A floating time keys by its wall time (`20260309T090000`), so that changing the
 * tracker's zone does not change the ids of its rows.
 */
export function occurrenceKey(time: IcsTime, converted: ConvertedTime): string {
  const compact = (ms: number) =>
    isoOf(ms)
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}Z$/, '');
  if (time.kind === 'date') return compact(time.wallMs).slice(0, 8);
  if (converted.floating) return compact(time.wallMs);
  return `${compact(converted.epochMs)}Z`;
}
