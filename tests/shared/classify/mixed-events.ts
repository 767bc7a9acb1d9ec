/**
 * A seeded calendar of mixed events, as a person's calendar holds them:
 * mostly everyday meetings, some interviews in many shapes and languages,
 * some traps, sent by people, scheduling tools, vendors and agencies, with
 * and without descriptions. Titles repeat as series do. The same seed gives
 * the same events: the classifier's verdicts on it are pinned
 * (verdict-snapshot.test.ts) and its speed measured (bench/classify.bench.ts).
 */
import type { CalendarEvent, EventPerson } from '../../../shared/sync/calendar-event.js';
import { seededRandom } from '../../support/seeded-random.js';

const COMPANIES = ['Acme', 'Stripe', 'Goldman Sachs', 'SAP', 'Airbus', 'Unilever', 'Booking.com', 'Notion', 'Revolut', 'Mercado Libre', 'Rakuten', 'Zalando'];
const ROLES = ['Senior Backend Engineer', 'Staff Engineer', 'Data Analyst', 'Product Designer', 'Engineering Manager', 'Softwareentwickler'];
const NAMES = ['Dana Kim', 'Luis Ortega', 'Priya Shah', 'Jon Park', 'Maya Chen', 'Sam Weber'];

const INTERVIEWS = [
  'Phone screen - {c}',
  'Technical interview ({r}) - {c}',
  '{c} <> Alex Rivera | Recruiter Call',
  'Final round - {c}',
  'Superday - {c}',
  'HireVue assessment - {c}',
  'CodeSignal test',
  'Vorstellungsgespräch - {c}',
  "Entretien d'embauche - {c}",
  'Entrevista técnica con {c}',
  'Colloquio conoscitivo {c}',
  '{c} 一次面接',
  'Behavioral round w/ {c} (Bar Raiser)',
  'Call with recruiter',
  'Interview for the {r} role at {c}',
  'Onsite loop: {c}',
  'System design interview | {c}',
  'Hiring manager chat - {c} ({r})',
];
const TRAPS = [
  'Interview prep (block)',
  'Mock interview with {n}',
  'Interview candidate: {n} ({r})',
  'Podcast interview with {n}',
  'Webinar: how to ace the interview',
  'User interview - {c}',
];
const EVERYDAY = [
  'Standup',
  '1:1 with {n}',
  'Sprint planning',
  'Lunch with {n}',
  'Dentist',
  'Technical debt review',
  'Intro call with {c}',
  'Quarterly business review - {c}',
  'Team sync',
  "{n}'s birthday",
  'Flight to Berlin',
  'Yoga',
  'Design review: {r} onboarding',
  'Focus time',
  'Chat with {n}',
  'Panel discussion: the future of {c}',
];
const AGENDA =
  'Agenda:\n1. Updates from each team\n2. Risks and blockers\n3. Next steps\nNotes doc: https://docs.google.com/document/d/abc\nPlease come prepared with your numbers for the quarter.';
const DESCRIPTIONS = [
  undefined,
  undefined,
  AGENDA,
  'Technical interview scheduled via Greenhouse. Please join 5 minutes early.',
  'Scheduled with Calendly. Join Zoom: https://zoom.us/j/123456789',
  'Candidate: {n}\nView interview kit and submit feedback after the call.',
  'Your {c} assessment: https://app.codesignal.com/test/abc\nYou have 70 minutes.',
  `Hi Alex, looking forward to our conversation.\n\n${AGENDA}`,
];

type Sender = (company: string, name: string) => { organizer?: EventPerson; attendees: EventPerson[] };
const ME: EventPerson = { email: 'alex.rivera@gmail.com', displayName: 'Alex Rivera', self: true };
const domainOf = (company: string) => `${company.toLowerCase().replace(/[^a-z]/g, '')}.com`;
const mail = (name: string, domain: string) => `${name.split(' ')[0]!.toLowerCase()}@${domain}`;
const SENDERS: Sender[] = [
  () => ({ organizer: ME, attendees: [] }),
  (c, n) => ({ organizer: { email: mail(n, domainOf(c)), displayName: n }, attendees: [ME, { email: mail(n, domainOf(c)), displayName: n }] }),
  (_c, n) => ({ organizer: { email: mail(n, 'hays.com'), displayName: n }, attendees: [ME, { email: mail(n, 'hays.com'), displayName: n }] }),
  (c, n) => ({ organizer: { email: 'no-reply@us.greenhouse-mail.io' }, attendees: [ME, { email: mail(n, domainOf(c)), displayName: n }] }),
  (c) => ({ organizer: { email: 'noreply@hirevue.com', displayName: `${c} Careers` }, attendees: [ME] }),
  (_c, n) => ({ organizer: { email: mail(n, 'gmail.com'), displayName: n }, attendees: [ME, { email: mail(n, 'gmail.com'), displayName: n }] }),
  (c, n) => ({ organizer: { ...ME, organizer: true }, attendees: [ME, { email: mail(n, domainOf(c)), displayName: n }] }),
  (_c, n) => ({ organizer: { email: mail(n, 'mycompany.io'), displayName: n }, attendees: [ME, { email: mail(n, 'mycompany.io'), displayName: n }] }),
];

const EVERYDAY_SENDERS = [SENDERS[0]!, SENDERS[5]!, SENDERS[6]!, SENDERS[7]!, SENDERS[1]!];

/** `count` events from `seed`: about a quarter interviews, a tenth traps, the rest everyday meetings. */
export function mixedEvents(count: number, seed = 14): CalendarEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fill = (text: string, c: string, r: string, n: string) => text.replaceAll('{c}', c).replaceAll('{r}', r).replaceAll('{n}', n);
  const events: CalendarEvent[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random();
    const everyday = kind >= 0.35;
    const templates = kind < 0.25 ? INTERVIEWS : everyday ? EVERYDAY : TRAPS;
    const [c, r, n] = [pick(COMPANIES), pick(ROLES), pick(NAMES)];
    // Everyday meetings come from the person, colleagues and friends, with an agenda or nothing; the rest from anyone.
    const description = everyday ? pick([undefined, AGENDA]) : pick(DESCRIPTIONS);
    const { organizer, attendees } = pick(everyday ? EVERYDAY_SENDERS : SENDERS)(c, n);
    const start = Date.UTC(2026, 0, 5) + i * 37 * 60_000;
    events.push({
      id: `mixed-${i}`,
      status: random() < 0.05 ? 'cancelled' : 'confirmed',
      updated: '2026-05-01T10:00:00.000Z',
      summary: fill(pick(templates), c, r, n),
      ...(description !== undefined && { description: fill(description, c, r, n) }),
      start: { dateTime: new Date(start).toISOString() },
      end: { dateTime: new Date(start + 45 * 60_000).toISOString() },
      ...(attendees.length > 0 && { attendees }),
      ...(organizer && { organizer }),
      ...(random() < 0.6 && attendees.length > 1 && { hangoutLink: `https://meet.google.com/abc-${i % 97}` }),
    });
  }
  return events;
}
