/**
 * Is this event an interview? Rules are data (rules.ts); the answer is a
 * verdict with its reasons and what the event says about the interview, so
 * an uncertain event can be shown to the person instead of imported silently.
 */
import type { CalendarEvent } from '../sync/calendar-event.js';
import type { ClassifyRules } from './rules.js';
import {
  domainOf,
  externalDomains,
  isScheduler,
  extractCompany,
  extractRole,
  extractRound,
  findMeetingLink,
  formatInterviewers,
  otherAttendees,
} from './extract.js';

export type Verdict = 'interview' | 'uncertain' | 'other';

/** What classifyEvent concludes about one event. */
export interface Classification {
  verdict: Verdict;
  /** Why, in words a person can read ("title says \"phone screen\"", "attendee from acme.com"). */
  reasons: string[];
  company: string;
  role: string;
  round: string;
  /** "Name <email>, …": attendees minus the person and resources. */
  interviewers: string;
  meetingLink: string;
}

interface PreparedRules {
  rules: ClassifyRules;
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
const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase());

function prepare(rules: ClassifyRules): PreparedRules {
  let ready = prepared.get(rules);
  // Rebuilt when the person's confirmations grew on the same rules object (a shell may add them while listing).
  if (!ready || ready.confirmedCount !== rules.confirmedIds.length) {
    ready = {
      rules,
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
 * Scores an event. Exclude wins, then include or a confirmed id; a strong
 * keyword in the title is enough; otherwise points (strong keyword in the
 * description 2, sent through an interview-scheduling tool 2, weak keyword in
 * the title 1, an external attendee domain 1, a video link 1): 3 or more is
 * an interview, 2 is uncertain.
 * @example classifyEvent({ id: 'a', status: 'confirmed', summary: 'Phone screen - Acme' }, DEFAULT_RULES).verdict === 'interview'
 */
export function classifyEvent(event: CalendarEvent, rules: ClassifyRules): Classification {
  const ready = prepare(rules);
  const title = event.summary ?? '';
  const titleLower = title.toLowerCase();
  const descriptionLower = (event.description ?? '').toLowerCase();
  const people = otherAttendees(event, ready.selfEmails);
  const domains = externalDomains(people, ready.ownDomains);
  const meetingLink = findMeetingLink(event);
  const reasons: string[] = [];

  const verdict = decide();
  return {
    verdict,
    reasons,
    company: extractCompany(title, domains, ready.strong),
    role: extractRole(title),
    round: extractRound(title),
    interviewers: formatInterviewers(people),
    meetingLink,
  };

  function decide(): Verdict {
    const because = (reason: string, verdict: Verdict): Verdict => {
      reasons.push(reason);
      return verdict;
    };
    const excluded = ready.exclude.find((word) => titleLower.includes(word) || descriptionLower.includes(word));
    if (excluded) return because(`matches exclude pattern "${excluded}"`, 'other');
    const included = ready.include.find((word) => titleLower.includes(word) || descriptionLower.includes(word));
    if (included) return because(`matches include pattern "${included}"`, 'interview');
    if (ready.confirmed.has(event.id)) return because('confirmed by you', 'interview');
    const strongTitle = ready.strong.find((word) => titleLower.includes(word));
    if (strongTitle) return because(`title says "${strongTitle}"`, 'interview');

    let score = 0;
    const add = (points: number, reason: string) => {
      score += points;
      reasons.push(reason);
    };
    const strongDescription = ready.strong.find((word) => descriptionLower.includes(word));
    if (strongDescription) add(2, `description says "${strongDescription}"`);
    const weakTitle = ready.weak.find((word) => titleLower.includes(word));
    if (weakTitle) add(1, `title says "${weakTitle}"`);
    if (domains[0]) add(1, `attendee from ${domains[0]}`);
    const tool = (event.organizer?.email ? [event.organizer, ...people] : people).map((person) => domainOf(person.email)).find((domain) => domain && isScheduler(domain));
    if (tool) add(2, `scheduled through ${tool}`);
    if (meetingLink) add(1, 'has a video link');
    return score >= 3 ? 'interview' : score === 2 ? 'uncertain' : 'other';
  }
}
