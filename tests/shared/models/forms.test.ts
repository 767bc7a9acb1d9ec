import { describe, expect, it } from 'vitest';
import { ApplicationForm } from '../../../shared/models/application.js';
import { InterviewForm, titleOf } from '../../../shared/models/interview.js';
import { parseForm } from '../../../shared/models/field-errors.js';

const validRound = { company: 'Acme', role: 'Engineer', start: '2026-03-02 10:00', end: '2026-03-02 11:00' };

describe('ApplicationForm', () => {
  it('trims text and fills optional fields with empty strings', () => {
    expect(parseForm(ApplicationForm, { company: '  Acme ', role: 'Engineer', stage: 'Applied' })).toEqual({
      ok: true,
      value: {
        company: 'Acme',
        role: 'Engineer',
        stage: 'Applied',
        source: '',
        appliedOn: '',
        link: '',
        contact: '',
        contactEmail: '',
        nextAction: '',
        nextActionDue: '',
        salary: '',
        location: '',
        remote: '',
        resumeVersion: '',
        jobDescription: '',
        notes: '',
      },
    });
  });

  it('keeps a job description up to the 50,000 characters a cell holds, and refuses one longer', () => {
    const base = { company: 'Acme', role: 'Engineer', stage: 'Applied' };
    const whole = parseForm(ApplicationForm, { ...base, jobDescription: 'x'.repeat(50_000) });
    expect(whole.ok && whole.value.jobDescription.length).toBe(50_000);
    expect(parseForm(ApplicationForm, { ...base, jobDescription: 'x'.repeat(50_001) })).toEqual({
      ok: false,
      fieldErrors: { jobDescription: expect.stringMatching(/50000|50,000/) },
    });
  });

  it.each([
    [{ company: '', role: 'R', stage: 'Applied' }, { company: 'Required' }],
    [{ role: 'R', stage: 'Applied' }, { company: 'Required' }],
    [
      { company: 'C', role: 'R', stage: 'Dreaming' },
      { stage: 'Choose one of: Wishlist, Applied, Screening, Interviewing, Offer, Accepted, Rejected, Withdrawn, Ghosted' },
    ],
    [{ company: 'C', role: 'R', stage: 'Applied', link: 'javascript:alert(1)' }, { link: 'Use a link starting with https://' }],
    [{ company: 'C', role: 'R', stage: 'Applied', contactEmail: 'bob' }, { contactEmail: 'Not an email address' }],
    [{ company: 'C', role: 'R', stage: 'Applied', nextActionDue: '2026-02-30' }, { nextActionDue: 'This day does not exist' }],
    [
      { company: 'C', role: 'R', stage: 'Applied', source: 'Carrier pigeon' },
      { source: 'Choose one of: Company site, LinkedIn, Referral, Recruiter, Job board, Networking, Other' },
    ],
    [{ company: 'C'.repeat(201), role: 'R', stage: 'Applied' }, { company: 'At most 200 characters' }],
  ])('refuses %j with field errors %j', (input, fieldErrors) => {
    expect(parseForm(ApplicationForm, input)).toEqual({ ok: false, fieldErrors });
  });
});

describe('InterviewForm', () => {
  it('accepts a round with only the required fields', () => {
    expect(parseForm(InterviewForm, validRound).ok).toBe(true);
  });

  it.each([
    [{ ...validRound, end: '2026-03-02 09:00' }, { end: 'The end must be after the start' }],
    [{ ...validRound, start: '2026-03-02' }, { start: 'Use the form YYYY-MM-DD HH:mm' }],
    [
      { ...validRound, round: 'Lunch' },
      { round: 'Choose one of: Recruiter call, Phone screen, Technical, Take-home, Onsite, Hiring manager, Panel, Final, Other' },
    ],
    [{ ...validRound, meetingLink: 'ftp://x' }, { meetingLink: 'Use a link starting with https://' }],
  ])('refuses %j with field errors %j', (input, fieldErrors) => {
    expect(parseForm(InterviewForm, input)).toEqual({ ok: false, fieldErrors });
  });

  it.each([
    [{ title: '', round: 'Technical', company: 'Acme' }, 'Technical · Acme'],
    [{ title: '', round: '', company: 'Acme' }, 'Interview · Acme'],
    [{ title: 'Final loop', round: 'Final', company: 'Acme' }, 'Final loop'],
  ])('titles %j as %s', (form, title) => {
    expect(titleOf(form)).toBe(title);
  });
});
