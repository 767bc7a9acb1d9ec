/**
 * The sync window: a full listing asks Calendar only for events ending after
 * its start (`timeMin`), but an incremental listing reports changes to any
 * event, however old (https://developers.google.com/calendar/api/guides/sync).
 * An edit to an old event may update the row it has; it adds none.
 */
import type { CalendarEvent } from './calendar-event.js';
import type { EventTime } from './calendar-event.js';
import { parseDate, wallTimeToInstant } from '../time/index.js';
import { eventInstant } from './event-span.js';

/** A timed edge's instant, or an all-day (exclusive) end date's midnight in `timeZone`. */
function instantOf(edge: EventTime, timeZone: string): number | null {
  if (edge.dateTime) return eventInstant(edge, timeZone);
  if (!edge.date) return null;
  const day = parseDate(edge.date);
  return day ? wallTimeToInstant(day, timeZone) : null;
}

/**
 * True when the event ends at or before `fromIso` (Calendar's `timeMin` is an
 * exclusive bound on the end). An event without times is never before it.
 * All-day dates are read in `timeZone`.
 */
export function endsBeforeWindow(event: CalendarEvent, fromIso: string, timeZone: string): boolean {
  const edge = event.end ?? event.start;
  const end = edge ? instantOf(edge, timeZone) : null;
  return end !== null && end <= Date.parse(fromIso);
}
