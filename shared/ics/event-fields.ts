/**
 * The descriptive fields of one VEVENT: status, people, links, stamps.
 * Everything here is untrusted text from a calendar; it is copied as data.
 */
import type { CalendarEvent, EventPerson } from '../sync/calendar-event.js';
import { allProperties, type IcsComponent, type IcsProperty, firstProperty } from './components.js';
import { readText, readTime } from './values.js';

type Fields = Pick<CalendarEvent, 'status' | 'updated' | 'summary' | 'description' | 'location' | 'attendees' | 'organizer' | 'conferenceLinks'>;

// Properties where calendars put the video link.
const LINK_PROPERTIES = [
  'X-GOOGLE-CONFERENCE',
  'X-MICROSOFT-SKYPETEAMSMEETINGURL',
  'X-MICROSOFT-ONLINEMEETINGEXTERNALLINK',
  'X-MICROSOFT-ONLINEMEETINGCONFLINK',
  'CONFERENCE',
  'URL',
];

// https only: links end up clickable in the tracker; javascript: or http: must not.
const URL_PATTERN = /https:\/\/[^\s<>"'()]+/gi;

/** Reads the fields of a VEVENT (an occurrence's own component for a modified instance). */
export function readEventFields(component: IcsComponent, calendarMethod: string | undefined): Fields {
  const text = (name: string) => {
    const property = firstProperty(component, name);
    const value = property ? readText(property.value) : '';
    return value !== '' ? value : undefined;
  };
  const summary = text('SUMMARY');
  const description = text('DESCRIPTION');
  const location = text('LOCATION');
  const statusText = text('STATUS')?.toUpperCase();
  const status = statusText === 'CANCELLED' || calendarMethod === 'CANCEL' ? 'cancelled' : statusText === 'TENTATIVE' ? 'tentative' : 'confirmed';
  const updated = readStamp(firstProperty(component, 'LAST-MODIFIED')) ?? readStamp(firstProperty(component, 'DTSTAMP'));

  const attendees = allProperties(component, 'ATTENDEE').map((p) => readPerson(p, false));
  const organizerProperty = firstProperty(component, 'ORGANIZER');
  const organizer = organizerProperty ? readPerson(organizerProperty, true) : undefined;

  const candidates: string[] = [];
  for (const name of LINK_PROPERTIES) for (const property of allProperties(component, name)) candidates.push(property.value);
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

/** A UTC stamp (DTSTAMP and LAST-MODIFIED are UTC by RFC 5545); an unreadable one is no stamp. */
function readStamp(property: IcsProperty | undefined): string | undefined {
  if (!property) return undefined;
  try {
    return new Date(readTime(property.value, undefined).wallMs).toISOString();
  } catch {
    return undefined;
  }
}

function readPerson(property: IcsProperty, isOrganizer: boolean): EventPerson {
  const param = (name: string) => {
    const value = property.params[name];
    return value !== undefined && value !== '' ? value : undefined;
  };
  const address = property.value.trim();
  const email = /^mailto:/i.test(address) ? address.slice(7) : undefined;
  const displayName = param('CN');
  const cutype = param('CUTYPE')?.toUpperCase();
  const partstat = param('PARTSTAT')?.toUpperCase();
  const responseStatus = partstat ? PARTSTAT[partstat] : undefined;
  return {
    ...(email && { email }),
    ...(displayName && { displayName }),
    ...((cutype === 'RESOURCE' || cutype === 'ROOM') && { resource: true }),
    ...(isOrganizer && { organizer: true }),
    ...(responseStatus && { responseStatus }),
  };
}

const PARTSTAT: Record<string, string> = { ACCEPTED: 'accepted', DECLINED: 'declined', TENTATIVE: 'tentative', 'NEEDS-ACTION': 'needsAction' };

/** Distinct https links in the order found, trailing punctuation trimmed. */
export function findLinks(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(URL_PATTERN)) found.add(match[0].replace(/[.,;:!?\]]+$/, ''));
  return [...found];
}
