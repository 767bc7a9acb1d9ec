/**
 * The cells an event owns in its Interviews row, and which of two versions
 * of an event is newer. Shared by the planner for appends and updates.
 */
import type { CalendarEvent } from './calendar-event.js';
import type { RowCells } from './ports.js';
import { formatInterviewers, otherAttendees, findMeetingLink } from '../classify/extract.js';
import { formatEventSpan } from './event-span.js';

/**
 * Calendar-owned cells of a live event. Timed events record the sheet's
 * zone in Time zone (the zone Start/End are written in); all-day events
 * leave it empty, since their dates belong to no zone.
 */
export function calendarCells(
  event: CalendarEvent,
  timeZone: string,
  selfEmails: ReadonlySet<string>,
  /** The classifier's findings, when at hand: saves reading the attendees twice. */
  known?: { interviewers: string; meetingLink: string },
): RowCells {
  const span = formatEventSpan(event.start, event.end, timeZone);
  return {
    eventId: event.id,
    start: span.start,
    end: span.end,
    timeZone: span.allDay || span.start === '' ? '' : timeZone,
    title: event.summary ?? '',
    interviewers: known ? known.interviewers : formatInterviewers(otherAttendees(event, selfEmails)),
    meetingLink: known ? known.meetingLink : findMeetingLink(event),
    calendarStatus: event.status,
    eventVersion: event.updated ?? '',
  };
}

/** A cancelled or deleted event changes only its status (and version): Google often sends nothing else. */
export function cancelledCells(event: CalendarEvent): RowCells {
  return event.updated ? { calendarStatus: 'cancelled', eventVersion: event.updated } : { calendarStatus: 'cancelled' };
}

function stampMs(stamp: string): number {
  return Date.parse(stamp);
}

/** -1, 0 or 1: RFC 3339 stamps compared as instants (as text when one cannot be read); a missing stamp is never newer. */
export function compareVersions(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  // Google's stamps share one UTC format ("…T10:00:00.000Z"): same shape, text order is time order.
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b ? -1 : a > b ? 1 : 0;
  const [msA, msB] = [stampMs(a), stampMs(b)];
  if (Number.isNaN(msA) || Number.isNaN(msB)) return a < b ? -1 : a > b ? 1 : 0;
  return msA < msB ? -1 : msA > msB ? 1 : 0;
}

/**
 * One event per id: the newest version wins, whatever order the deliveries
 * came in. Equal stamps: a cancellation wins, then the larger JSON, so the
 * choice never depends on order.
 */
export function latestById(events: readonly CalendarEvent[]): Map<string, CalendarEvent> {
  const latest = new Map<string, CalendarEvent>();
  for (const event of events) {
    const seen = latest.get(event.id);
    if (!seen || isPreferred(event, seen)) latest.set(event.id, event);
  }
  return latest;
}

function isPreferred(candidate: CalendarEvent, current: CalendarEvent): boolean {
  const order = compareVersions(candidate.updated, current.updated);
  if (order !== 0) return order > 0;
  if ((candidate.status === 'cancelled') !== (current.status === 'cancelled')) return candidate.status === 'cancelled';
  return JSON.stringify(candidate) > JSON.stringify(current);
}
