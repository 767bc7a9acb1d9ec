/** Follow-up and feedback-request drafts for an application (built bundle): the contact, the row's Drafts cell, the due list. */
import { describe, expect, it } from 'vitest';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook, recipientsOf } from './drafts-workbook.js';
import { parseDraftLog } from '../../shared/mail/draft-log.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const DAY = 86_400_000;

function workbook() {
  const wb = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
  wb.addRow(APPLICATIONS, { id: 'app-quiet', company: 'Initech', role: 'Analyst', stage: 'Interviewing', appliedOn: new Date(NOW.getTime() - 30 * DAY) });
  wb.addRow(INTERVIEWS, {
    eventId: 'evt-old',
    applicationId: 'app-quiet',
    start: new Date(NOW.getTime() - 12 * DAY),
    end: new Date(NOW.getTime() - 12 * DAY + 3_600_000),
    title: 'Screen',
    company: 'Initech',
    role: 'Analyst',
    round: 'Screening',
    interviewers: 'Peter Gibbons <peter@initech.example>',
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
    thankYou: 'Sent',
  });
  wb.addRow(APPLICATIONS, {
    id: 'app-no',
    company: 'Globex',
    role: 'Designer',
    stage: 'Rejected',
    lastUpdate: new Date(NOW.getTime() - DAY),
    contact: 'Hank Scorpio',
    contactEmail: 'hank@globex.example',
  });
  return wb;
}

describe('drafts for an application', () => {
  it('writes the follow-up to the last interviewer, records it on the application row and takes it off the due list', () => {
    const wb = workbook();
    expect(wb.addon.loadDue().items.map((item) => item.kind)).toEqual(['feedback-request', 'follow-up']);
    const preview = wb.addon.previewDrafts({ applicationId: 'app-quiet', kind: 'follow-up' });
    expect(preview.title).toBe('Initech · Analyst');
    const [card] = preview.previews;
    expect(card!.key).toBe('app-quiet|peter@initech.example|follow-up');
    expect(card!.status === 'ready' && card!.subject).toBe('Following up on the Analyst role');

    const result = wb.addon.createDrafts({ applicationId: 'app-quiet', kind: 'follow-up', keys: [card!.key] });

    expect(result).toEqual({
      outcomes: [{ key: card!.key, status: 'created', draft: expect.objectContaining({ kind: 'follow-up', email: 'peter@initech.example', draftId: 'r-1' }) }],
      thankYou: null,
    });
    expect(recipientsOf(wb.gmail.drafts[0]!.message.headers.to!)).toEqual(['peter@initech.example']);
    expect(parseDraftLog(wb.rowById(APPLICATIONS, 'id', 'app-quiet').drafts).map((record) => record.kind)).toEqual(['follow-up']);
    expect(wb.rowById(INTERVIEWS, 'eventId', 'evt-old').drafts).toBe('');
    expect(wb.addon.loadDue().items.map((item) => item.kind)).toEqual(['feedback-request']);
  });

  it('asks the rejecting contact for feedback once, however often the button is pressed', () => {
    const wb = workbook();
    const { previews } = wb.addon.previewDrafts({ applicationId: 'app-no', kind: 'feedback-request' });
    expect(previews.map((card) => card.status === 'ready' && card.body.split('\n')[0])).toEqual(['Hi Hank,']);
    for (let i = 0; i < 3; i++) wb.addon.createDrafts({ applicationId: 'app-no', kind: 'feedback-request', keys: [previews[0]!.key] });
    expect(wb.gmail.drafts.map((draft) => recipientsOf(draft.message.headers.to!).join())).toEqual(['hank@globex.example']);
    expect(wb.addon.loadDue().items.map((item) => item.kind)).toEqual(['follow-up']);
  });

  it('refuses an input that names neither an interview nor an application, saying which field', () => {
    const wb = workbook();
    // What any client could send (google.script.run is callable by anyone): a kind that is not an application's.
    expect(() => Reflect.apply(wb.addon.previewDrafts, undefined, [{ applicationId: 'app-no', kind: 'thank-you' }])).toThrow(
      'Kind of draft: Choose one of: follow-up, feedback-request.',
    );
    expect(() => wb.addon.createDrafts({ interviewId: 'evt-old', keys: [] })).toThrow('Drafts to create: Choose at least 1.');
    expect(() => wb.addon.previewDrafts({ interviewId: 'evt-missing' })).toThrow(
      'No row of "Interviews" has the Event ID "evt-missing"; it may have been deleted.',
    );
  });

  it('says the Gmail service is not enabled, and writes nothing, when the advanced service is missing', () => {
    const wb = workbook();
    const { previews } = wb.addon.previewDrafts({ applicationId: 'app-no', kind: 'feedback-request' });
    delete wb.context.Gmail;
    wb.log.reset();
    expect(() => wb.addon.createDrafts({ applicationId: 'app-no', kind: 'feedback-request', keys: [previews[0]!.key] })).toThrow(
      'The Gmail service is not enabled for NextRound; reinstall the add-on or ask its admin.',
    );
    expect(wb.log.writes()).toBe(0);
    expect(wb.rowById(APPLICATIONS, 'id', 'app-no').drafts).toBe('');
  });
});
