/**
 * What an event says about the interview: who, where, which company, role
 * and round. Pure string work over the event; nothing here decides whether
 * it is an interview (see classify-event.ts).
 */
import type { CalendarEvent, EventPerson } from '../sync/calendar-event.js';
import { assessmentVendor, domainOf, isAgencyName, isScheduler, mayBeEmployer, registrableLabel } from './domains.js';
import { ROUND_WORDS } from './round-words.js';
import { memoize } from './memo.js';
import { quickTester } from './quick-test.js';
import { hasInterviewWord, mayHoldRole, namesOfPerson, splitTitle, stripFiller, isRolePhrase, looksLikeName } from './title-parts.js';

export { domainOf, isScheduler } from './domains.js';

const MEETING_HOSTS =
  /https:\/\/(?:[\w-]+\.)*(?:meet\.google\.com|zoom\.us|zoom\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|chime\.aws|around\.co)\/[^\s<>"')\]]*/i;

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

/** The person: flagged `self` by the calendar, or one of their addresses. */
export function isSelf(person: EventPerson, selfEmails: ReadonlySet<string>): boolean {
  return person.self === true || (person.email !== undefined && selfEmails.has(person.email.trim().toLowerCase()));
}

/** Attendees minus the person, rooms/resources and the no-reply addresses of scheduling tools and assessment vendors. */
export function otherAttendees(event: CalendarEvent, selfEmails: ReadonlySet<string>): EventPerson[] {
  return (event.attendees ?? []).filter((person) => {
    const domain = domainOf(person.email);
    return (
      !isSelf(person, selfEmails) && person.resource !== true && !domain.endsWith('calendar.google.com') && !isScheduler(domain) && !assessmentVendor(domain)
    );
  });
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

/** Domains that may be the employer's, the organiser's first (it sent the invitation), then the attendees'. */
export function employerDomains(
  event: CalendarEvent,
  people: readonly EventPerson[],
  ownDomains: ReadonlySet<string>,
  selfEmails: ReadonlySet<string>,
): string[] {
  const organizer = event.organizer && !isSelf(event.organizer, selfEmails) ? [event.organizer] : [];
  const domains = [...organizer, ...people].map((person) => domainOf(person.email)).filter((domain) => mayBeEmployer(domain, ownDomains));
  return [...new Set(domains)];
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * "jobs.acme-robotics.co.uk" → "Acme Robotics": the registrable label, words
 * capitalized, without the marks firms add when the plain name was taken
 * ("datadoghq", "glovoapp", "getdbt", "joinhoney").
 */
export function companyFromDomain(domain: string): string {
  const label = registrableLabel(domain).replace(/^(?:get|join|try|use)(?=[a-z]{3})|(?<=[a-z]{3})(?:hq|app|inc)$/, '');
  return label.split(/[-_]/).filter(Boolean).map(capitalize).join(' ');
}

// "… at Acme", "… bei SAP", "… chez Airbus": the company follows; "with"/"w/" may name a person instead, so it comes last.
const AT_COMPANY = /(?:^|\s)(?:at|@|on behalf of|bei|chez|presso|bij|en|hos)\s+(.+)$/iu;
const WITH_COMPANY = /(?:^|\s)(?:with|w\/|x|mit|avec|con|com|met|z)\s+(.+)$/iu;

/**
 * Company: named in the title ("at Acme", a part between dashes, pipes or
 * parentheses that is neither interview words, a role nor an attendee's
 * name), else the domain of an organiser or attendee that may be the
 * employer (agencies, scheduling tools and vendors never are), else a
 * description that says "on behalf of Acme" or "Acme has invited you".
 */
export function extractCompany(title: string, people: readonly EventPerson[], domains: readonly string[], description = ''): string {
  const candidates = companiesNamedIn(title);
  for (let index = 0; ; index++) {
    const candidate = candidates.at(index);
    if (candidate === undefined) break;
    if (candidate && !startsWithNameOf(candidate, people)) return candidate;
  }
  if (domains[0]) return companyFromDomain(domains[0]);
  const named = DESCRIPTION_COMPANY.exec(description);
  const found = nameIn(named?.[1] ?? named?.[2] ?? '');
  return found && !startsWithNameOf(found, people) ? found : '';
}

/** True when a text begins with a first name or address word of one of the people (see namesOfPerson). */
function startsWithNameOf(text: string, people: readonly EventPerson[]): boolean {
  return namesOfPerson(people).has(text.toLowerCase().split(/\s+/)[0]!);
}

/** A text as a company's name: without its role clause and filler, named, neither a role nor an agency; else ''. */
const nameIn = memoize((text) => {
  const found = stripFiller(withoutRole(text));
  return found && looksLikeName(found) && !isRolePhrase(found) && !isAgencyName(found) ? found : '';
});

/**
 * What a title may name as the company, best first, each '' or a name,
 * worked out only as far as asked and kept per distinct title: "at Acme";
 * a part that is a name as it stands ("- Unilever") before one that needed
 * words taken off ("Airtable Interview"); last "with Acme", which may name
 * a person instead. The caller passes over the event's people's names.
 */
const companiesNamedIn = memoize((title) => new LazyList(candidatesOf(title)));

function* candidatesOf(title: string): Generator<string> {
  const parts = splitTitle(title);
  for (const part of parts) yield nameIn(AT_COMPANY.exec(part)?.[1] ?? '');
  const plain = parts.filter((part) => !WITH_COMPANY.test(part));
  for (const part of plain) if (nameIn(part) === part.trim()) yield nameIn(part);
  for (const part of plain) yield nameIn(part);
  for (const part of parts) yield nameIn(WITH_COMPANY.exec(part)?.[1] ?? '');
}

/** A generator's values, each computed once, on first demand. */
class LazyList<T> {
  readonly #values: T[] = [];
  constructor(private readonly source: Iterator<T>) {}
  at(index: number): T | undefined {
    while (this.#values.length <= index) {
      const next = this.source.next();
      if (next.done) return undefined;
      this.#values.push(next.value);
    }
    return this.#values[index];
  }
}

// Vendors' and tools' texts: "Acme has invited you to …", "on behalf of Acme".
const DESCRIPTION_COMPANY =
  /(?:on behalf of|invited by)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})|(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}) (?:has|have) invited you/u;

/** A part without its "for <role>" clause: "Ocado interview for DevOps Engineer role" → "Ocado interview". */
function withoutRole(part: string): string {
  const match = FOR_ROLE.exec(part);
  return match && isRolePhrase(match[1]!) ? part.slice(0, match.index) : part;
}

const FOR_ROLE =
  /\b(?:for|für|pour|para|per|voor|na stanowisko|för)\s+(?:the\s+|an?\s+|le poste de\s+|el puesto de\s+|la posizione di\s+)?(.+?)(?:\s+(?:role|position|opening|poste|stelle))?(?:\s+(?:at|@|with|bei|chez)\s+|\s+[-–—|(]|$)/iu;

/** Role: "for the Data Analyst role", a part in parentheses or between dashes that is a job title ("(Senior Backend Engineer)"). */
export const extractRole: (title: string) => string = memoize(readRole);

function readRole(title: string): string {
  if (!mayHoldRole(title)) return '';
  const stated = FOR_ROLE.exec(title)?.[1]?.trim();
  if (stated && isRolePhrase(stated)) return stated;
  for (const part of splitTitle(title)) {
    const bare = part.replace(AT_COMPANY, '').replace(WITH_COMPANY, '').trim();
    // A job title as it stands keeps its words ("Test Engineer" is no Take-home "test", "Technical Lead" no round).
    if (isRolePhrase(bare) && !hasInterviewWord(bare)) return bare;
    const candidate = stripFiller(bare, true);
    if (candidate && isRolePhrase(candidate)) return candidate;
  }
  return '';
}

const ROUND_TESTS = ROUND_WORDS.map((entry) => ({ round: entry.round, names: quickTester(entry.names) }));
const roundNamedIn = memoize((text) => ROUND_TESTS.find((entry) => entry.names(text))?.round ?? '');

/**
 * Round: one of the schema's ROUND_TYPES, or '' when the title does not say.
 * An assessment vendor's product decides first; the role's own words do not
 * count ("(Test Engineer)" is no Take-home).
 */
export function extractRound(title: string, vendorRound?: string, role = ''): string {
  if (vendorRound) return vendorRound;
  const rest = role ? title.replace(role, ' ') : title;
  return roundNamedIn(rest);
}
