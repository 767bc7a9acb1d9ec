/**
 * The descriptive fields of one VEVENT: status, people, links, stamps.
 * Everything here is untrusted text from a calendar; it is copied as data.
 */
import ICAL from 'ical.js';
import type { CalendarEvent, EventPerson } from '../../shared/sync/calendar-event.js';

type Fields = Pick<
  CalendarEvent,
  'status' | 'updated' | 'summary' | 'description' | 'location' | 'attendees' | 'organizer' | 'conferenceLinks'
>;

// X-properties where calendars put the video link.
const LINK_PROPERTIES = [
  'x-google-conference',
  'x-microsoft-skypeteamsmeetingurl',
  'x-microsoft-onlinemeetingexternallink',
  'x-microsoft-onlinemeetingconflink',
  'conference',
  'url',
];

// https only: links end up clickable in the tracker; javascript: or http: must not.
const URL_PATTERN = /https:\/\/[^\s<>"'()]+/gi;

/** Reads the fields of a VEVENT (an occurrence's own component for a modified instance). */
export function readEventFields(component: ICAL.Component, calendarMethod: string | undefined): Fields {
  const text = (name: string) => {
    const value = component.getFirstPropertyValue(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const summary = text('summary');
  const description = text('description');
  const location = text('location');
  const statusText = text('status')?.toUpperCase();
  const status =
    statusText === 'CANCELLED' || calendarMethod === 'CANCEL'
      ? 'cancelled'
      : statusText === 'TENTATIVE'
        ? 'tentative'
        : 'confirmed';

  const stamp = component.getFirstPropertyValue('last-modified') ?? component.getFirstPropertyValue('dtstamp');
  const updated = stamp instanceof ICAL.Time ? stamp.toJSDate().toISOString() : undefined;

  const attendees = component.getAllProperties('attendee').map((p) => readPerson(p, false));
  const organizerProperty = component.getFirstProperty('organizer');
  const organizer = organizerProperty ? readPerson(organizerProperty, true) : undefined;

  const candidates: string[] = [];
  for (const name of LINK_PROPERTIES) {
    for (const property of component.getAllProperties(name)) candidates.push(String(property.getFirstValue() ?? ''));
  }
  candidates.push(location ?? '', description ?? '');
  const conferenceLinks = findLinks(candidates);

  return {
    status,
    ...(updated && { updated }),
    ...(summary !== undefined && { summary }),
    ...(description !== undefined && { description }),
    ...(location !== undefined && { location }),
    ...(attendees.length > 0 && { attendees }),
    ...(organizer && { organizer }),
    ...(conferenceLinks.length > 0 && { conferenceLinks }),
  };
}

function readPerson(property: ICAL.Property, isOrganizer: boolean): EventPerson {
  const param = (name: string) => {
    const value = property.getParameter(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const address = String(property.getFirstValue() ?? '');
  const email = /^mailto:/i.test(address) ? address.slice(7) : undefined;
  const displayName = param('cn');
  const cutype = param('cutype')?.toUpperCase();
  const partstat = param('partstat')?.toUpperCase();
  const responseStatus = partstat ? PARTSTAT[partstat] : undefined;
  return {
    ...(email && { email }),
    ...(displayName && { displayName }),
    ...((cutype === 'RESOURCE' || cutype === 'ROOM') && { resource: true }),
    ...(isOrganizer && { organizer: true }),
    ...(responseStatus && { responseStatus }),
  };
}

const PARTSTAT: Record<string, string> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
  'NEEDS-ACTION': 'needsAction',
};

/** Distinct https links in the order found, trailing punctuation trimmed. */
export function findLinks(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(URL_PATTERN)) found.add(match[0].replace(/[.,;:!?\]]+$/, ''));
  }
  return [...found];
}
