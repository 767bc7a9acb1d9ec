/**
 * The person's own addresses, read from the calendar itself so that they
 * are never listed as their own interviewers and an interview they conduct
 * is recognised even without `--me`: the configured ones, every attendee,
 * organiser or creator Google marks `self`
 * (https://developers.google.com/calendar/api/v3/reference/events: "self:
 * Whether this entry represents the calendar on which this copy of the
 * event appears"), and, for .ics files that carry no such flag, the one
 * address on most of the events that list people: the calendar's owner is
 * on every invitation it holds (never a tie, never a tool's address).
 */
import { assessmentVendor, domainOf, isScheduler } from '../classify/domains.js';
import type { CalendarEvent, EventPerson } from './calendar-event.js';

const lower = (email: string) => email.trim().toLowerCase();

/** Lower-case addresses of the person: configured, flagged `self`, or the owner found by counting. */
export function selfAddresses(events: readonly CalendarEvent[], configured: readonly string[]): string[] {
  const found = new Set(configured.map(lower));
  const counts = new Map<string, number>();
  let withPeople = 0;
  let flagged = false;
  for (const event of events) {
    const people: EventPerson[] = [...(event.attendees ?? []), ...(event.organizer ? [event.organizer] : []), ...(event.creator ? [event.creator] : [])];
    for (const person of people)
      if (person.self === true && person.email) {
        found.add(lower(person.email));
        flagged = true;
      }
    const emails = new Set(people.filter((person) => person.email && person.resource !== true).map((person) => lower(person.email!)));
    if (emails.size < 2) continue;
    withPeople++;
    for (const email of emails) counts.set(email, (counts.get(email) ?? 0) + 1);
  }
  // Google flags the owner: when any flag is there, counting could only add a stranger (an owner invited through a group address).
  if (flagged) return [...found];
  const ranked = [...counts].filter(([email]) => !isScheduler(domainOf(email)) && !assessmentVendor(domainOf(email))).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  // Three or more events, 60% of those with people, and no tie: a recruiter on every invitation is as frequent as the owner, so a tie says nothing.
  if (top && top[1] >= 3 && top[1] >= 0.6 * withPeople && (!second || second[1] < top[1])) found.add(top[0]);
  return [...found];
}
