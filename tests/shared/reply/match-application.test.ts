import { describe, expect, it } from 'vitest';
import { classifyReply } from '../../../shared/reply/classify-reply.js';
import { matchApplication } from '../../../shared/reply/match-application.js';
import { proposeReply } from '../../../shared/reply/propose-reply.js';

const APPLICATIONS = [
  { id: 'a1', company: 'Acme Robotics', role: 'Backend Engineer', stage: 'Interviewing' },
  { id: 'a2', company: 'Acme Robotics', role: 'Data Engineer', stage: 'Applied' },
  { id: 'a3', company: 'Globex', role: 'SRE', stage: 'Applied', contactEmail: 'maria@globex-talent.example' },
  { id: 'a4', company: 'Initech', role: 'Analyst', stage: 'Ghosted' },
];

const read = (text: string) => {
  const reading = classifyReply(text);
  if (reading.kind !== 'read') throw new Error('not read');
  return reading;
};

describe('matching a reply to its application', () => {
  it('finds the application by company and role named in the text', () => {
    const match = matchApplication(
      APPLICATIONS,
      read('Hi Sam, thank you for your interest in the Backend Engineer role at Acme Robotics. Unfortunately we will not move forward.'),
    );
    expect(match).toEqual({
      kind: 'match',
      application: {
        applicationId: 'a1',
        company: 'Acme Robotics',
        role: 'Backend Engineer',
        stage: 'Interviewing',
        reasons: ['names Acme Robotics', 'names the role Backend Engineer'],
      },
    });
  });

  it('finds it by the sender’s domain when the text names no company', () => {
    const match = matchApplication(
      APPLICATIONS,
      read('From: Jo <jo@initech.com>\n\nHi, we would like to schedule a call to discuss your application next week.'),
    );
    expect(match).toMatchObject({ kind: 'match', application: { applicationId: 'a4', reasons: ['sent from initech.com'] } });
  });

  it('finds it by the contact’s own domain', () => {
    const match = matchApplication(
      APPLICATIONS,
      read('From: maria@globex-talent.example\n\nThanks for applying, we have received your application and will review it.'),
    );
    expect(match).toMatchObject({ kind: 'match', application: { applicationId: 'a3' } });
  });

  it('refuses to guess between two applications at the same company', () => {
    const match = matchApplication(
      APPLICATIONS,
      read('From: talent@acme-robotics.com\n\nThank you for applying to Acme Robotics. We have received your application and will review it.'),
    );
    expect(match).toEqual({
      kind: 'ambiguous',
      candidates: [
        {
          applicationId: 'a1',
          company: 'Acme Robotics',
          role: 'Backend Engineer',
          stage: 'Interviewing',
          reasons: ['names Acme Robotics', 'sent from acme-robotics.com'],
        },
        {
          applicationId: 'a2',
          company: 'Acme Robotics',
          role: 'Data Engineer',
          stage: 'Applied',
          reasons: ['names Acme Robotics', 'sent from acme-robotics.com'],
        },
      ],
      message: 'This reply could be about 2 applications (Acme Robotics — Backend Engineer; Acme Robotics — Data Engineer); pick the one it answers.',
    });
  });

  it('never takes a scheduling tool’s domain for the employer', () => {
    const match = matchApplication(
      [{ id: 'g', company: 'Greenhouse', role: 'PM', stage: 'Applied' }],
      read('From: no-reply@greenhouse.io\n\nWe would like to invite you to interview, please book a time that suits you.'),
    );
    expect(match.kind).toBe('none');
  });

  it('says so when no application matches', () => {
    expect(matchApplication(APPLICATIONS, read('From: hr@umbrella.example\n\nWe have received your application and will review it shortly, thanks.'))).toEqual({
      kind: 'none',
      message:
        'No application matches this reply (no company of yours is named, and the sender’s domain is none of theirs). Pick the application, or add it first.',
    });
  });
});

describe('what a reply proposes', () => {
  it.each([
    ['rejection', 'Interviewing', { stage: 'Rejected', nextAction: 'Ask for feedback', nextActionDue: '2026-12-03', offerFeedbackDraft: true }],
    ['offer', 'Interviewing', { stage: 'Offer', nextAction: 'Review the offer and reply', nextActionDue: '2026-12-04', offerFeedbackDraft: false }],
    ['interview', 'Applied', { stage: 'Interviewing', nextAction: 'Reply with your availability', nextActionDue: '2026-12-02', offerFeedbackDraft: false }],
    ['interview', 'Interviewing', { stage: null, nextAction: 'Reply with your availability', nextActionDue: '2026-12-02', offerFeedbackDraft: false }],
    ['assessment', 'Applied', { stage: 'Screening', nextAction: 'Complete the assessment', nextActionDue: '2026-12-06', offerFeedbackDraft: false }],
    ['acknowledgement', 'Ghosted', { stage: 'Applied', nextAction: 'Follow up if there is no news', nextActionDue: '2026-12-08', offerFeedbackDraft: false }],
    ['interview', 'Ghosted', { stage: 'Interviewing', nextAction: 'Reply with your availability', nextActionDue: '2026-12-02', offerFeedbackDraft: false }],
  ] as const)('a %s on an application in %s proposes %o', (reply, stage, expected) => {
    expect(proposeReply(reply, stage, '2026-12-01', 7)).toEqual(expected);
  });
});
