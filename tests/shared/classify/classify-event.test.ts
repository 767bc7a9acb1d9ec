import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../../shared/classify/classify-event.js';
import { ClassifyRules, DEFAULT_RULES } from '../../../shared/classify/rules.js';
import { companyFromDomain, extractRole, extractRound, findMeetingLink } from '../../../shared/classify/extract.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';

const me = { email: 'sam@gmail.com', self: true };
const event = (fields: Partial<CalendarEvent>): CalendarEvent => ({ id: 'e1', status: 'confirmed', ...fields });

describe('classifyEvent', () => {
  it.each<[string, Partial<CalendarEvent>, string]>([
    ['a title keyword', { summary: 'Phone screen - Acme' }, 'interview'],
    ['an onsite loop', { summary: 'Onsite loop at Globex' }, 'interview'],
    ['a dentist appointment', { summary: 'Dentist', attendees: [me] }, 'other'],
    [
      'an external attendee with a video link and a hiring word',
      { summary: 'Round 2', attendees: [me, { email: 'kim@initech.com' }], hangoutLink: 'https://meet.google.com/abc-defg-hij' },
      'interview',
    ],
    [
      'an external attendee with a video link and an everyday word',
      { summary: 'Intro call', attendees: [me, { email: 'kim@initech.com' }], hangoutLink: 'https://meet.google.com/abc-defg-hij' },
      'uncertain',
    ],
    [
      'an external attendee with a video link only',
      { summary: 'Catch up', attendees: [me, { email: 'kim@initech.com' }], hangoutLink: 'https://meet.google.com/abc-defg-hij' },
      'uncertain',
    ],
    [
      'a video call with friends on gmail',
      { summary: 'Catch up', attendees: [me, { email: 'bo@gmail.com' }], hangoutLink: 'https://meet.google.com/x' },
      'other',
    ],
    ['a keyword only in the description', { summary: 'Chat', description: 'This is your technical interview.' }, 'uncertain'],
    [
      'an invite sent through a scheduling tool, with a video link',
      { summary: 'Sam / Jordan', organizer: { email: 'no-reply@us.greenhouse-mail.io' }, hangoutLink: 'https://meet.google.com/x' },
      'interview',
    ],
    ['an invite sent through a scheduling tool alone', { summary: 'Sam / Jordan', organizer: { email: 'scheduler@goodtime.io' } }, 'uncertain'],
  ])('decides %s', (_name, fields, verdict) => {
    expect(classifyEvent(event(fields), DEFAULT_RULES).verdict).toBe(verdict);
  });

  it('lets exclude patterns win over keywords and include patterns win over nothing', () => {
    const rules = ClassifyRules.parse({ exclude: ['mock interview'], include: ['coffee with'] });
    expect(classifyEvent(event({ summary: 'Mock interview with Lee' }), rules)).toMatchObject({
      verdict: 'other',
      reasons: ['matches exclude pattern "mock interview"'],
    });
    expect(classifyEvent(event({ summary: 'Coffee with Ana' }), rules)).toMatchObject({
      verdict: 'interview',
      reasons: ['matches include pattern "coffee with"'],
    });
  });

  it('imports an event the person confirmed, even when confirmed after the rules were first used', () => {
    const rules = ClassifyRules.parse({ confirmedIds: ['e0'] });
    expect(classifyEvent(event({ summary: 'Catch up' }), rules).verdict).toBe('other');
    rules.confirmedIds.push('e1');
    expect(classifyEvent(event({ summary: 'Catch up' }), rules).verdict).toBe('interview');
  });

  it.each([
    ['Acme - Phone Screen', 'Acme'],
    ['Phone screen - Globex Corp', 'Globex Corp'],
    ['Onsite (Initech)', 'Initech'],
    ['Interview', ''],
  ])('reads the company in "%s" as "%s" when no attendee says', (summary, company) => {
    expect(classifyEvent(event({ summary }), DEFAULT_RULES).company).toBe(company);
  });

  it('extracts company, role, round, interviewers and link', () => {
    const found = classifyEvent(
      event({
        summary: 'Technical interview for Senior Engineer at Acme',
        attendees: [
          me,
          { email: 'kim@acme-robotics.com', displayName: 'Kim Lee' },
          { email: 'ann@acme-robotics.com' },
          { email: 'room-4@resource.calendar.google.com', resource: true },
        ],
        location: 'Join: https://acme.zoom.us/j/123?pwd=x',
      }),
      DEFAULT_RULES,
    );
    expect(found).toEqual({
      verdict: 'interview',
      reasons: ['title says "interview"'],
      company: 'Acme',
      role: 'Senior Engineer',
      round: 'Technical',
      interviewers: 'Kim Lee <kim@acme-robotics.com>, ann@acme-robotics.com',
      meetingLink: 'https://acme.zoom.us/j/123?pwd=x',
    });
  });

  it('never takes a scheduling tool for the company', () => {
    const found = classifyEvent(event({ summary: 'Interview', attendees: [me, { email: 'x@hire.lever.co' }, { email: 'kim@globex.com' }] }), DEFAULT_RULES);
    expect([found.company, found.reasons]).toEqual(['Globex', ['title says "interview"']]);
  });

  it('treats the configured addresses as the person even without the self flag', () => {
    const rules = ClassifyRules.parse({ selfEmails: ['Sam@Work.com'] });
    const found = classifyEvent(event({ summary: 'Interview', attendees: [{ email: 'sam@work.com' }, { email: 'hr@globex.com' }] }), rules);
    expect(found.interviewers).toBe('hr@globex.com');
  });
});

describe('extractors', () => {
  it.each([
    ['jobs.acme-robotics.co.uk', 'Acme Robotics'],
    ['globex.com', 'Globex'],
    ['mail.initech.io', 'Initech'],
  ])('names the company of %s as %s', (domain, company) => {
    expect(companyFromDomain(domain)).toBe(company);
  });

  it.each([
    ['Interview for the Data Analyst role at Initech', 'Data Analyst'],
    ['Phone screen for Backend Engineer - Acme', 'Backend Engineer'],
    ['Phone screen', ''],
  ])('reads the role in "%s" as "%s"', (title, role) => {
    expect(extractRole(title)).toBe(role);
  });

  it.each([
    ['Final round with CTO', 'Final'],
    ['Hiring manager chat', 'Hiring manager'],
    ['Recruiter call', 'Recruiter call'],
    ['Virtual onsite', 'Onsite'],
    ['Lunch', ''],
  ])('reads the round in "%s" as "%s"', (title, round) => {
    expect(extractRound(title)).toBe(round);
  });

  it('ignores links that are not https', () => {
    expect(findMeetingLink(event({ hangoutLink: 'javascript:alert(1)', conferenceLinks: ['http://zoom.us/j/1', 'https://zoom.us/j/2'] }))).toBe(
      'https://zoom.us/j/2',
    );
  });
});
