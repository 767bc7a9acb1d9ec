/**
 * What in an event speaks for or against a job interview, each with a
 * reason a person can read. classify-event.ts weighs them.
 */
import type { CalendarEvent, EventPerson } from '../sync/calendar-event.js';
import { ASSESSMENT_VENDORS, type AssessmentVendor } from './assessment-vendors.js';
import { assessmentVendor, domainOf, isAgencyDomain, schedulingTool } from './domains.js';
import { INTERVIEWER_INVITE, NOT_INTERVIEW_FAMILIES } from './not-interview-words.js';
import { ROUND_WORDS } from './round-words.js';
import { SCHEDULING_TOOL_NAMES } from './scheduling-domains.js';
import { memoize } from './memo.js';
import { findInterviewWord } from './title-parts.js';
import { wordMatcher } from './word-match.js';
import { EVERYDAY_WEAK_KEYWORDS } from './rules.js';

export interface HiringSignals {
  /** Why this is not one of the person's interviews, when something says so. */
  notInterview?: string;
  /** Why the title alone makes it an interview. */
  title?: string;
  /** Weaker hints: points, reasons, and whether the hint is about hiring rather than any meeting. */
  points: [number, string, boolean][];
  /** The assessment vendor involved, whose product names the round. */
  vendor?: AssessmentVendor | undefined;
}

const families = NOT_INTERVIEW_FAMILIES.map((family) => ({ reason: family.reason, match: wordMatcher(family.words) }));
// Every family's words in one matcher: most titles hold none, and then one scan answers for all families.
const anyFamilyWord = wordMatcher(NOT_INTERVIEW_FAMILIES.flatMap((family) => family.words));
const interviewWord = findInterviewWord;
const vendorName = memoize(wordMatcher(ASSESSMENT_VENDORS.map((vendor) => vendor.name)));
const toolName = memoize(wordMatcher(SCHEDULING_TOOL_NAMES));
const caches = new WeakMap<readonly string[], (text: string) => string | undefined>();
const matcherOf = (words: readonly string[]) => {
  const known = caches.get(words);
  if (known) return known;
  const match = memoize(wordMatcher(words));
  caches.set(words, match);
  return match;
};

/** Why a title rules an interview out ("title says \"mock\": a mock interview"), or undefined. */
const notInterviewTitle = memoize((title) => {
  if (anyFamilyWord(title) === undefined) return undefined;
  for (const family of families) {
    const word = family.match(title);
    if (word) return `title says "${word}": ${family.reason}`;
  }
  return undefined;
});
const interviewerInvite = memoize((description) => INTERVIEWER_INVITE.exec(description)?.[0].trim());
const isCandidate = memoize((name) => /\bcandidate\b|\bkandidat|\bcandidat/i.test(name));
const roundAlone = memoize((title) => ROUND_WORDS.map((entry) => entry.alone?.exec(title)?.[0]).find(Boolean));

const LINK = /https:\/\//i;
const LINK_DOMAIN = /https:\/\/(?:[\w-]+\.)*([\w-]+\.[a-z]{2,})\//gi;

/** The assessment vendor of the first link to one in a text (most texts hold no link at all). */
const vendorLinkedIn = memoize((text): AssessmentVendor | undefined => {
  if (!LINK.test(text)) return undefined;
  for (const match of text.matchAll(LINK_DOMAIN)) {
    const vendor = assessmentVendor(match[1]!.toLowerCase());
    if (vendor) return vendor;
  }
  return undefined;
});

interface Settings {
  strong: readonly string[];
  weak: readonly string[];
}

export function findHiringSignals(event: CalendarEvent, people: readonly EventPerson[], domains: readonly string[], rules: Settings): HiringSignals {
  const title = event.summary ?? '';
  const description = event.description ?? '';
  const everyone = [...(event.organizer ? [event.organizer] : []), ...(event.attendees ?? [])];
  const signals: HiringSignals = { points: [] };

  const notInterview = notInterviewTitle(title);
  if (notInterview) return { ...signals, notInterview };
  const invite = interviewerInvite(description);
  if (invite !== undefined) return { ...signals, notInterview: `description says "${invite}": an interview the person conducts` };
  const candidate = people.find((person) => isCandidate(person.displayName ?? ''));
  if (candidate) return { ...signals, notInterview: `attendee ${candidate.displayName} is the candidate: an interview the person conducts` };

  const vendorByDomain = everyone.map((person) => assessmentVendor(domainOf(person.email))).find(Boolean);
  const vendorByLink = vendorLinkedIn(`${description} ${event.location ?? ''}`);
  const vendorInTitle = vendorName(title);
  signals.vendor = vendorByDomain ?? vendorByLink ?? ASSESSMENT_VENDORS.find((vendor) => vendor.name.toLowerCase() === vendorInTitle);

  const word = interviewWord(title) ?? matcherOf(rules.strong)(title);
  if (word) return { ...signals, title: `title says "${word}"` };
  const round = roundAlone(title);
  if (round) return { ...signals, title: `title names a round: "${round}"` };
  if (vendorInTitle) return { ...signals, title: `title names assessment vendor ${signals.vendor!.name}` };
  if (vendorByDomain) return { ...signals, title: `sent by assessment vendor ${vendorByDomain.name}` };
  if (vendorByLink) return { ...signals, title: `links to assessment vendor ${vendorByLink.name}` };

  const inDescription = interviewWord(description) ?? matcherOf(rules.strong)(description);
  if (inDescription) signals.points.push([2, `description says "${inDescription}"`, true]);
  const tool = everyone.map((person) => schedulingTool(domainOf(person.email))).find((found) => found?.hiring);
  const toolInText = toolName(description);
  if (tool) signals.points.push([2, `scheduled through ${tool.name}`, true]);
  else if (toolInText) signals.points.push([2, `description mentions ${toolInText}`, true]);
  const weak = matcherOf(rules.weak)(title);
  if (weak) signals.points.push([1, `title says "${weak}"`, !EVERYDAY_WEAK_KEYWORDS.has(weak)]);
  const agency = people.map((person) => domainOf(person.email)).find((domain) => domain && isAgencyDomain(domain));
  if (agency) signals.points.push([2, `attendee from staffing firm ${agency}`, true]);
  else if (domains[0]) signals.points.push([1, `attendee from ${domains[0]}`, false]);
  return signals;
}
