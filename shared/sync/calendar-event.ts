/**
 * A calendar event as every calendar source hands it to the core: the shape
 * of Google Calendar v3's event resource (the fields NextRound uses), which
 * the .ics source produces too. Parsed with zod at each adapter edge because
 * calendar data is untrusted.
 */
import * as z from 'zod';
import { DATE_PATTERN } from '../time/index.js';

/** All-day: `date` (YYYY-MM-DD; an end date is exclusive). Timed: `dateTime` with offset, optional IANA `timeZone`. */
export const EventTime = z.object({
  date: z.string().regex(DATE_PATTERN).optional(),
  dateTime: z.string().optional(),
  timeZone: z.string().optional(),
});
export type EventTime = z.infer<typeof EventTime>;

export const EventPerson = z.object({
  email: z.string().optional(),
  displayName: z.string().optional(),
  self: z.boolean().optional(),
  resource: z.boolean().optional(),
  organizer: z.boolean().optional(),
  responseStatus: z.string().optional(),
});
export type EventPerson = z.infer<typeof EventPerson>;

export const CalendarEvent = z.object({
  /** Per instance for recurring events (`singleEvents=true`); never the iCalUID. */
  id: z.string().min(1).max(1024),
  status: z.enum(['confirmed', 'tentative', 'cancelled']).default('confirmed'),
  /** RFC 3339 last-modified stamp; decides which of two versions is newer. */
  updated: z.string().optional(),
  summary: z.string().optional(),
  description: z.string().optional(),
  location: z.string().optional(),
  start: EventTime.optional(),
  end: EventTime.optional(),
  attendees: z.array(EventPerson).optional(),
  organizer: EventPerson.optional(),
  /** Who put the event in the calendar; Google marks the calendar's owner `self` (a way to know the person's address). */
  creator: EventPerson.optional(),
  hangoutLink: z.string().optional(),
  /** Conference entry points (video links), from `conferenceData.entryPoints` or .ics X-properties. */
  conferenceLinks: z.array(z.string()).optional(),
  recurringEventId: z.string().optional(),
  originalStartTime: EventTime.optional(),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;
