/**
 * Turns event times into the strings the Interviews sheet holds: timed
 * events as the sheet zone's wall time `YYYY-MM-DD HH:mm`, all-day events as
 * bare dates `YYYY-MM-DD`. All-day dates never pass through an instant, so no
 * zone can shift them by a day.
 */
import { addDays, formatDateTime, parseWallTime, wallTimeToInstant } from '../time/index.js';
import type { EventTime } from './calendar-event.js';

const OFFSET_OR_Z = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/** The instant of a timed EventTime, or null when it has none or cannot be read. */
export function eventInstant(time: EventTime, fallbackZone: string): number | null {
  const text = time.dateTime;
  if (!text) return null;
  if (OFFSET_OR_Z.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? null : ms;
  }
  // A floating time (no offset): read it in the event's zone, else the sheet's.
  const wall = parseWallTime(text.replace(/\.\d+$/, ''));
  return wall ? wallTimeToInstant(wall, time.timeZone ?? fallbackZone) : null;
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
    start: startMs === null ? '' : formatDateTime(startMs, timeZone),
    end: endMs === null ? '' : formatDateTime(endMs, timeZone),
    allDay: false,
  };
}
