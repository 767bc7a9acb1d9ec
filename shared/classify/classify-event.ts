/**
 * Is this event one of the person's job interviews? Rules are data
 * (rules.ts and the word lists beside it); the answer is a verdict with its
 * reasons and what the event says about the interview, so an uncertain
 * event can be shown to the person instead of imported silently.
 */
import type { CalendarEvent, EventPerson } from '../sync/calendar-event.js';
import type { ClassifyRules } from './rules.js';
import { employerDomains, extractCompany, extractRole, extractRound, findMeetingLink, formatInterviewers, isSelf, otherAttendees } from './extract.js';
import { findHiringSignals, type HiringSignals } from './hiring-signals.js';

export type Verdict = 'interview' | 'uncertain' | 'other';

/** What classifyEvent concludes about one event. */
export interface Classification {
  verdict: Verdict;
  /** Why, in words a person can read ("title says \"phone screen\"", "attendee from acme.com"); never empty. */
  reasons: string[];
  company: string;
  role: string;
  round: string;
  /** "Name <email>, …": attendees minus the person, resources and tools. */
  interviewers: string;
  meetingLink: string;
}

interface PreparedRules {
  selfEmails: ReadonlySet<string>;
  ownDomains: ReadonlySet<string>;
  strong: string[];
  weak: string[];
  include: string[];
  exclude: string[];
  confirmed: ReadonlySet<string>;
  confirmedCount: number;
}

const prepared = new WeakMap<ClassifyRules, PreparedRules>();
const lower = (words: readonly string[]) => words.map((word) => word.trim().toLowerCase());

function prepare(rules: ClassifyRules): PreparedRules {
  let ready = prepared.get(rules);
  // Rebuilt when the person's confirmations grew on the same rules object (a shell may add them while listing).
  if (!ready || ready.confirmedCount !== rules.confirmedIds.length) {
    ready = {
      selfEmails: new Set(lower(rules.selfEmails)),
      ownDomains: new Set(lower(rules.ownDomains)),
      strong: lower(rules.strongKeywords),
      weak: lower(rules.weakKeywords),
      include: lower(rules.include),
      exclude: lower(rules.exclude),
      confirmed: new Set(rules.confirmedIds),
      confirmedCount: rules.confirmedIds.length,
    };
    prepared.set(rules, ready);
  }
  return ready;
}

/**
 * Decides an event. The person's exclude patterns win, then include or a
 * confirmed id; then what rules an interview out (a prep block, a mock, an
 * interview the person conducts, press or research, a webinar); then a
 * hiring word in the title (any listed language, a round such as
 * "Superday", an assessment vendor) is enough; otherwise points (see
 * hiring-signals.ts): 3 or more with one about hiring (not just a colleague
 * and a video link) is an interview, 2 or more is uncertain.
 * @example classifyEvent({ id: 'a', status: 'confirmed', summary: 'Phone screen - Acme' }, DEFAULT_RULES).verdict === 'interview'
 */
export function classifyEvent(event: CalendarEvent, rules: ClassifyRules): Classification {
  const ready = prepare(rules);
  const title = event.summary ?? '';
  const people = otherAttendees(event, ready.selfEmails);
  const domains = employerDomains(event, people, ready.ownDomains, ready.selfEmails);
  const meetingLink = findMeetingLink(event);
  const reasons: string[] = [];
  const signals = findHiringSignals(event, people, domains, ready);

  const verdict = decide(event, ready, people, signals, meetingLink, reasons);
  const role = extractRole(title);
  return {
    verdict,
    reasons,
    company: extractCompany(title, [...(event.attendees ?? []), ...(event.organizer ? [event.organizer] : [])], domains, event.description),
    role,
    round: extractRound(title, signals.vendor?.round, role),
    interviewers: formatInterviewers(people),
    meetingLink,
  };
}

/** The verdict, its reasons pushed onto `reasons` (a module function, not a closure: it runs for every event of a pass). */
function decide(
  event: CalendarEvent,
  ready: PreparedRules,
  people: readonly EventPerson[],
  signals: HiringSignals,
  meetingLink: string,
  reasons: string[],
): Verdict {
  if (ready.exclude.length > 0 || ready.include.length > 0) {
    const title = (event.summary ?? '').toLowerCase();
    const description = (event.description ?? '').toLowerCase();
    const excluded = ready.exclude.find((word) => title.includes(word) || description.includes(word));
    if (excluded) return because(reasons, `matches exclude pattern "${excluded}"`, 'other');
    const included = ready.include.find((word) => title.includes(word) || description.includes(word));
    if (included) return because(reasons, `matches include pattern "${included}"`, 'interview');
  }
  if (ready.confirmed.has(event.id)) return because(reasons, 'confirmed by you', 'interview');
  if (signals.notInterview) return because(reasons, signals.notInterview, 'other');
  const organizer = event.organizer;
  if (organizer && isSelf(organizer, ready.selfEmails) && people.length > 0 && organizer.email !== undefined) {
    return because(reasons, 'you organise it and invited others: an interview you conduct', 'other');
  }
  if (signals.title) return because(reasons, signals.title, 'interview');

  let score = 0;
  let aboutHiring = false;
  for (const [points, reason, hiring] of signals.points) {
    score += points;
    aboutHiring ||= hiring;
    reasons.push(reason);
  }
  if (meetingLink && score > 0) {
    score += 1;
    reasons.push('has a video link');
  }
  if (score >= 3 && aboutHiring) return 'interview';
  if (score >= 3) return because(reasons, 'nothing in it is about hiring in particular', 'uncertain');
  if (score === 2) return 'uncertain';
  if (reasons.length === 0) reasons.push('no interview word in the title, no hiring tool, recruiter or employer among the attendees');
  return 'other';
}

function because(reasons: string[], reason: string, verdict: Verdict): Verdict {
  reasons.push(reason);
  return verdict;
}
