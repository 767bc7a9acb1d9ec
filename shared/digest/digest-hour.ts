/**
 * The hour the digest comes, in the sheet's zone. A daylight-saving change
 * can skip that hour on one day (02:00 on a spring-forward night in most of
 * Europe and America): the digest then comes at the next valid time, and the
 * person is told so when they choose the hour, naming the day.
 */
import { addDays, formatDateTime, instantToWallTime, wallTimeToInstant, type Zone } from '../time/index.js';

export interface SkippedHour {
  /** The day the chosen hour does not exist, `YYYY-MM-DD`. */
  readonly date: string;
  /** When the digest comes that day instead, `YYYY-MM-DD HH:mm` (RFC 5545: forward by the gap). */
  readonly comesAt: string;
}

/** The days in the year from `today` when `hour`:00 does not exist in `zone`. */
export function findSkippedHours(hour: number, zone: Zone, today: string, days = 366): SkippedHour[] {
  const skipped: SkippedHour[] = [];
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(today, offset);
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const wall = { year, month, day, hour, minute: 0, second: 0 };
    const shown = instantToWallTime(wallTimeToInstant(wall, zone), zone);
    if (shown.hour !== hour || shown.day !== day) skipped.push({ date, comesAt: formatDateTime(shown) });
  }
  return skipped;
}

/** The person's words for the skipped days, or null when the hour always exists. */
export function describeSkippedHours(hour: number, zoneName: string, skipped: readonly SkippedHour[]): string | null {
  if (skipped.length === 0) return null;
  const hh = `${String(hour).padStart(2, '0')}:00`;
  const days = skipped.map((entry) => `${entry.date} (it comes at ${entry.comesAt.slice(11)} instead)`).join(', ');
  return `${hh} does not exist in ${zoneName} on ${days}: the clocks skip that hour.`;
}
