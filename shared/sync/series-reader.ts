/**
 * One reading per recurring series: every occurrence of a series is
 * classified and extracted from the same occurrence, so a moved one (its
 * own event with `recurringEventId`) or a cancelled one that Google sends as
 * an id and `originalStartTime` only gets the same verdict, company, role
 * and round as its siblings.
 */
import type { CalendarEvent } from './calendar-event.js';

/** For each event, the event to read: itself when alone, else its series' first live occurrence with a title (by id, so order-free). */
export function seriesReaders(events: Iterable<CalendarEvent>): (event: CalendarEvent) => CalendarEvent {
  const first = new Map<string, CalendarEvent>();
  for (const event of events) {
    const series = event.recurringEventId;
    if (!series || event.status === 'cancelled' || !event.summary) continue;
    const seen = first.get(series);
    if (!seen || event.id < seen.id) first.set(series, event);
  }
  return (event) => (event.recurringEventId ? first.get(event.recurringEventId) : undefined) ?? event;
}

/**
 * The event as its row shows it: a moved occurrence that lists no attendees
 * of its own (some .ics writers leave them to the series, as the example
 * calendar's override does) takes its series' attendees, so it keeps its
 * interviewers. An occurrence with attendees keeps its own.
 */
export function withSeriesAttendees(event: CalendarEvent, reader: CalendarEvent): CalendarEvent {
  return event === reader || event.attendees?.length || !reader.attendees?.length ? event : { ...event, attendees: reader.attendees };
}
