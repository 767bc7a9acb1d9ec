/**
 * What an event says about the interview: who, where, which company, role
 * and round. Pure string work over the event; nothing here decides whether
 * it is an interview (see classify-event.ts).
 */
import type { CalendarEvent, EventPerson } from '../sync/calendar-event.js';
import { GENERIC_DOMAINS, SCHEDULER_DOMAINS } from './rules.js';

const MEETING_HOSTS = /https:\/\/(?:[\w-]+\.)*(?:meet\.google\.com|zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|chime\.aws|around\.co)\/[^\s<>"')\]]*/i;

/** The video link: `hangoutLink`, then conference entry points, then a known host in location or description. */
export function findMeetingLink(event: CalendarEvent): string {
  if (event.hangoutLink?.startsWith('https://')) return event.hangoutLink;
  const entry = event.conferenceLinks?.find((link) => link.startsWith('https://'));
  if (entry) return entry;
  for (const text of [event.location, event.description]) {
    const match = text ? MEETING_HOSTS.exec(text) : null;
    if (match) return match[0];
  }
  return '';
}

/** The domain of an address, lower case, or '' when it has none. */
export function domainOf(email: string | undefined): string {
  const at = email?.lastIndexOf('@') ?? -1;
  return at < 0 ? '' : email!.slice(at + 1).trim().toLowerCase();
}

function isSelf(person: EventPerson, selfEmails: ReadonlySet<string>): boolean {
  return person.self === true || (person.email !== undefined && selfEmails.has(person.email.toLowerCase()));
}

/** Attendees minus the person and rooms/resources. */
export function otherAttendees(event: CalendarEvent, selfEmails: ReadonlySet<string>): EventPerson[] {
  return (event.attendees ?? []).filter(
    (person) => !isSelf(person, selfEmails) && person.resource !== true && !domainOf(person.email).endsWith('calendar.google.com'),
  );
}

/** "Name <email>, email, Name": the Interviewers cell. */
export function formatInterviewers(people: readonly EventPerson[]): string {
  return people
    .map((person) => {
      const name = person.displayName?.trim();
      const email = person.email?.trim();
      if (name && email) return `${name} <${email}>`;
      return name || email || '';
    })
    .filter((text) => text !== '')
    .join(', ');
}

/** Attendee domains that are neither the person's own, generic mail providers nor scheduling tools. */
export function externalDomains(people: readonly EventPerson[], ownDomains: ReadonlySet<string>): string[] {
  const domains = people.map((person) => domainOf(person.email)).filter((d) => d && !ownDomains.has(d) && !GENERIC_DOMAINS.has(d) && !isScheduler(d));
  return [...new Set(domains)];
}

/** True for a scheduling tool's domain or a subdomain of one. */
export function isScheduler(domain: string): boolean {
  for (const tool of SCHEDULER_DOMAINS) if (domain === tool || domain.endsWith(`.${tool}`)) return true;
  return false;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "jobs.acme-robotics.co.uk" → "Acme Robotics": the registrable label, words capitalized. */
export function companyFromDomain(domain: string): string {
  const labels = domain.split('.').filter(Boolean);
  const secondLevel = labels.length >= 3 && /^(co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]!);
  const label = labels[labels.length - (secondLevel ? 3 : 2)] ?? labels[0] ?? '';
  return label.split(/[-_]/).filter(Boolean).map(capitalize).join(' ');
}

const COMPANY_PATTERNS: readonly RegExp[] = [
  /\b(?:at|@)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})/,
  /\s(?:[-–—:|]|<>)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s*$/,
  /^([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s*(?:[-–—:|]|<>)\s+/,
  /\(([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\)\s*$/,
];

/** Company: from an external attendee domain, else from title patterns ("… at Acme", "… - Acme", "Acme - …", "… (Acme)"). */
export function extractCompany(title: string, domains: readonly string[], keywords: readonly string[]): string {
  if (domains[0]) return companyFromDomain(domains[0]);
  for (const pattern of COMPANY_PATTERNS) {
    const found = pattern.exec(title)?.[1]?.trim();
    if (found && !keywords.some((word) => found.toLowerCase().includes(word.toLowerCase()))) return found;
  }
  return '';
}

/** Role: "… for Senior Engineer at Acme", "… for the Data Analyst role". */
export function extractRole(title: string): string {
  const match = /\bfor\s+(?:the\s+|an?\s+)?(.+?)(?:\s+(?:role|position))?(?:\s+(?:at|@|with)\s+|\s+[-–—|(]|$)/i.exec(title);
  return match?.[1]?.trim() ?? '';
}

const ROUND_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/final/i, 'Final'],
  [/hiring manager/i, 'Hiring manager'],
  [/take[- ]?home/i, 'Take-home'],
  [/on-?site/i, 'Onsite'],
  [/panel/i, 'Panel'],
  [/recruiter/i, 'Recruiter call'],
  [/phone screen|screen/i, 'Phone screen'],
  [/technical|coding|system design|pairing/i, 'Technical'],
];

/** Round: one of the schema's ROUND_TYPES, or '' when the title does not say. */
export function extractRound(title: string): string {
  return ROUND_WORDS.find(([pattern]) => pattern.test(title))?.[1] ?? '';
}
