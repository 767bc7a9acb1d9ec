/** Batch, don't loop: K drafts cost K Gmail calls and the same Spreadsheet calls whatever K is. */
import { describe, expect, it } from 'vitest';
import { INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-11-20T15:00:00Z');

function spreadsheetCallsFor(k: number) {
  const workbook = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
  workbook.addRow(INTERVIEWS, {
    eventId: 'evt-panel',
    start: new Date('2026-11-20T09:00:00Z'),
    end: new Date('2026-11-20T10:00:00Z'),
    title: 'Panel',
    company: 'Acme',
    role: 'Engineer',
    interviewers: Array.from({ length: k }, (_, i) => `Person ${i} Lee <p${i}@acme.com>`).join('\n'),
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
  });
  const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-panel' });
  workbook.log.reset();
  workbook.addon.createDrafts({ interviewId: 'evt-panel', keys: previews.map((preview) => preview.key) });
  return {
    spreadsheet: workbook.log.spreadsheetCalls(),
    getValues: workbook.log.count('Range.getValues'),
    setValues: workbook.log.count('Range.setValues'),
    gmail: workbook.log.count('Gmail.Users.Drafts.create'),
    recorded: (workbook.rowById(INTERVIEWS, 'eventId', 'evt-panel').drafts ?? '').split('\n').length,
  };
}

describe('createDrafts for K interviewers', () => {
  it.each([1, 10, 50])('costs %i Gmail calls and 20 Spreadsheet calls (3 sheet reads + 1 row write)', (k) => {
    expect(spreadsheetCallsFor(k)).toEqual({ spreadsheet: 20, getValues: 3 + 1, setValues: 1, gmail: k, recorded: k });
  });
});
