/** loadDue in the built bundle: what is due from the sheet as the person left it, in two reads. */
import { describe, expect, it } from 'vitest';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const DAY = 86_400_000;

describe('loadDue', () => {
  it('lists an overdue thank-you per interviewer, a feedback request and a follow-up, with 2 getValues', () => {
    const workbook = openDraftsWorkbook({ now: NOW });
    workbook.addRow(INTERVIEWS, {
      eventId: 'evt-1',
      start: new Date(NOW.getTime() - 31 * 3_600_000),
      end: new Date(NOW.getTime() - 30 * 3_600_000),
      title: 'Onsite',
      company: 'Acme',
      role: 'Engineer',
      round: 'Onsite',
      interviewers: 'Ana <ana@acme.com>, Bo <bo@acme.com>',
      meetingLink: 'https://meet.example.com/x',
      calendarStatus: 'confirmed',
    });
    workbook.addRow(APPLICATIONS, {
      id: 'app-1',
      company: 'Globex',
      role: 'Designer',
      stage: 'Rejected',
      lastUpdate: new Date(NOW.getTime() - 2 * DAY),
      contactEmail: 'hr@globex.example',
      contact: 'Hana',
    });
    workbook.addRow(APPLICATIONS, { id: 'app-2', company: 'Initech', role: 'Analyst', stage: 'Applied', appliedOn: new Date(NOW.getTime() - 10 * DAY) });
    workbook.log.reset();

    const due = workbook.addon.loadDue();

    expect(due.now).toBe('2026-11-20 16:00');
    expect(due.items).toEqual([
      {
        kind: 'thank-you',
        interviewId: 'evt-1',
        company: 'Acme',
        role: 'Engineer',
        round: 'Onsite',
        endedAt: '2026-11-19 10:00',
        recipient: { name: 'Ana', email: 'ana@acme.com' },
        overdue: true,
      },
      {
        kind: 'thank-you',
        interviewId: 'evt-1',
        company: 'Acme',
        role: 'Engineer',
        round: 'Onsite',
        endedAt: '2026-11-19 10:00',
        recipient: { name: 'Bo', email: 'bo@acme.com' },
        overdue: true,
      },
      {
        kind: 'feedback-request',
        applicationId: 'app-1',
        company: 'Globex',
        role: 'Designer',
        recipient: { name: 'Hana', email: 'hr@globex.example' },
        since: '2026-11-18',
      },
      { kind: 'follow-up', applicationId: 'app-2', company: 'Initech', role: 'Analyst', recipient: null, since: '2026-11-10', silentDays: 10 },
    ]);
    expect(due.problems).toEqual([]);
    expect(workbook.log.count('Range.getValues')).toBe(2);
    expect(workbook.log.writes()).toBe(0);
  });

  it('drops the thank-yous once their drafts exist, and names a date cell it cannot read instead of failing', () => {
    const workbook = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
    workbook.addRow(INTERVIEWS, {
      eventId: 'evt-1',
      start: new Date(NOW.getTime() - 6 * 3_600_000),
      end: new Date(NOW.getTime() - 5 * 3_600_000),
      title: 'Screen',
      company: 'Acme',
      role: 'Engineer',
      interviewers: 'Ana <ana@acme.com>',
      meetingLink: 'https://meet.example.com/x',
      calendarStatus: 'confirmed',
    });
    workbook.addRow(INTERVIEWS, {
      eventId: 'evt-2',
      start: 'next week',
      end: 'soon',
      title: 'Later',
      company: 'Hooli',
      role: 'X',
      interviewers: 'Bo <bo@hooli.example>',
      meetingLink: 'https://x.example',
      calendarStatus: 'confirmed',
    });
    const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-1' });
    expect(workbook.addon.loadDue().items.map((item) => item.kind === 'thank-you' && item.overdue)).toEqual([false]);

    workbook.addon.createDrafts({ interviewId: 'evt-1', keys: previews.map((preview) => preview.key) });
    const due = workbook.addon.loadDue();

    expect(due.items).toEqual([]);
    expect(due.problems).toEqual([
      '"next week" in the Start cell of Interviews row 3 (Hooli — X) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
      '"soon" in the End cell of Interviews row 3 (Hooli — X) is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.',
    ]);
    // Cells to check names rows as the person sees them: the sheet's row number, never the hidden event id.
    expect(due.problems.join(' ')).not.toContain('evt-2');
  });
});
