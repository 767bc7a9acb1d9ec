/**
 * The baseline of classify.events_per_s: a trivial keyword classifier doing
 * the same job as the one NextRound had before issue 14 — keywords found as
 * substrings of the title and description, points for an outside attendee,
 * a scheduling tool and a video link; company from the first outside
 * attendee's domain; interviewers and link as the real one reads them.
 */
import { companyFromDomain, domainOf, findMeetingLink, formatInterviewers, isScheduler, otherAttendees } from '../shared/classify/extract.js';
import { GENERIC_DOMAINS, STRONG_KEYWORDS, WEAK_KEYWORDS } from '../shared/classify/rules.js';
import type { CalendarEvent } from '../shared/sync/calendar-event.js';

export function keywordClassify(event: CalendarEvent, selfEmails: ReadonlySet<string>) {
  const title = (event.summary ?? '').toLowerCase();
  const description = (event.description ?? '').toLowerCase();
  const people = otherAttendees(event, selfEmails);
  const domain = people.map((person) => domainOf(person.email)).find((found) => found && !GENERIC_DOMAINS.has(found));
  const meetingLink = findMeetingLink(event);
  const reasons: string[] = [];
  let score = 0;
  const strong = STRONG_KEYWORDS.find((word) => title.includes(word));
  if (strong) {
    reasons.push(`title says "${strong}"`);
    score = 3;
  } else {
    const inDescription = STRONG_KEYWORDS.find((word) => description.includes(word));
    if (inDescription) score += 2;
    const weak = WEAK_KEYWORDS.find((word) => title.includes(word));
    if (weak) score += 1;
    if (domain) score += 1;
    if ([event.organizer, ...people].some((person) => isScheduler(domainOf(person?.email)))) score += 2;
    if (meetingLink) score += 1;
    reasons.push(`${score} points`);
  }
  return {
    verdict: score >= 3 ? 'interview' : score === 2 ? 'uncertain' : 'other',
    reasons,
    company: domain ? companyFromDomain(domain) : '',
    interviewers: formatInterviewers(people),
    meetingLink,
  };
}
