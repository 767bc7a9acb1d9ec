import { describe, expect, it } from 'vitest';
import { listGoingQuiet } from '../../../shared/due/list-going-quiet.js';
import { appendDraftRecord, recordDraft } from '../../../shared/mail/draft-log.js';

const settings = { ghostAfterDays: 30 };
const now = '2026-12-01 09:00';

describe('applications going quiet', () => {
  it('suggests open applications silent for the setting’s days, longest first, and leaves out the rest', () => {
    const applications = [
      { id: 'a1', company: 'Acme', role: 'Dev', stage: 'Applied', appliedOn: '2026-10-01' },
      { id: 'a2', company: 'Globex', role: 'SRE', stage: 'Interviewing', appliedOn: '2026-09-01', lastUpdate: '2026-10-20' },
      { id: 'a3', company: 'Initech', role: 'PM', stage: 'Applied', appliedOn: '2026-11-20' },
      { id: 'a4', company: 'Hooli', role: 'QA', stage: 'Rejected', appliedOn: '2026-01-01' },
      { id: 'a5', company: 'Umbrella', role: 'Ops', stage: 'Applied', appliedOn: '2026-08-01' },
      { id: 'a6', company: 'Vandelay', role: 'Dev', stage: 'Screening', appliedOn: '2026-08-01' },
      { id: 'a7', company: 'Stark', role: 'Dev', stage: 'Offer', appliedOn: '2026-01-01' },
    ];
    const interviews = [
      // Umbrella: an interview two weeks ago is news.
      { eventId: 'e1', applicationId: 'a5', company: 'Umbrella', role: 'Ops', start: '2026-11-17 10:00', end: '2026-11-17 11:00' },
      // Vandelay: an interview still to come.
      { eventId: 'e2', applicationId: 'a6', company: 'Vandelay', role: 'Dev', start: '2026-12-05 10:00', end: '2026-12-05 11:00' },
    ];
    expect(listGoingQuiet({ applications, interviews, now, settings })).toEqual([
      { applicationId: 'a1', company: 'Acme', role: 'Dev', stage: 'Applied', since: '2026-10-01', silentDays: 61 },
      { applicationId: 'a2', company: 'Globex', role: 'SRE', stage: 'Interviewing', since: '2026-10-20', silentDays: 42 },
    ]);
  });

  it('counts a follow-up drafted as news', () => {
    const drafts = appendDraftRecord(
      '',
      recordDraft({ kind: 'follow-up', email: 'hr@acme.example', draftId: 'r1', messageId: 'm1', createdAt: '2026-11-25 10:00' }),
    );
    const applications = [{ id: 'a1', company: 'Acme', role: 'Dev', stage: 'Applied', appliedOn: '2026-10-01', drafts }];
    expect(listGoingQuiet({ applications, interviews: [], now, settings })).toEqual([]);
  });
});
