/** The draft card's inline email field, through the built bundle: written where the drafts read it, refused in words otherwise. */
import { describe, expect, it } from 'vitest';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-11-20T15:00:00Z');

function workbook() {
  const wb = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
  const round = (eventId: string, calendarStatus: string) =>
    wb.addRow(INTERVIEWS, {
      eventId,
      start: new Date('2026-11-20T09:00:00Z'),
      end: new Date('2026-11-20T10:00:00Z'),
      title: 'Panel',
      company: 'Initech',
      role: 'Analyst',
      interviewers: 'Ana Pérez <ana@initech.example>, Chen Wu',
      meetingLink: 'https://meet.example.com/x',
      calendarStatus,
    });
  round('nr-hand', 'manual');
  round('evt-cal', 'confirmed');
  wb.addRow(APPLICATIONS, { id: 'app-1', company: 'Globex', role: 'Designer', stage: 'Rejected', contact: 'Hana' });
  return wb;
}

describe('saveRecipientEmail', () => {
  it("writes the address into a hand-entered round's Interviewers, and the card becomes ready", () => {
    const wb = workbook();
    expect(wb.addon.previewDrafts({ interviewId: 'nr-hand' }).previews.map((card) => card.status)).toEqual(['ready', 'blocked']);
    wb.addon.saveRecipientEmail({ interviewId: 'nr-hand', name: 'Chen Wu', email: 'chen@initech.example' });
    expect(wb.rowById(INTERVIEWS, 'eventId', 'nr-hand').interviewers).toBe('Ana Pérez <ana@initech.example>, Chen Wu <chen@initech.example>');
    expect(wb.addon.previewDrafts({ interviewId: 'nr-hand' }).previews.map((card) => card.status)).toEqual(['ready', 'ready']);
  });

  it("writes an application's Contact email", () => {
    const wb = workbook();
    wb.addon.saveRecipientEmail({ applicationId: 'app-1', name: 'Hana', email: 'hana@globex.example' });
    expect(wb.rowById(APPLICATIONS, 'id', 'app-1')).toMatchObject({ contact: 'Hana', contactEmail: 'hana@globex.example' });
  });

  it('leaves a calendar round as the calendar has it and says where the address belongs', () => {
    const wb = workbook();
    expect(() => wb.addon.saveRecipientEmail({ interviewId: 'evt-cal', name: 'Chen Wu', email: 'chen@initech.example' })).toThrow(
      "Chen Wu comes from the calendar event: add their address to the event's guests, and the next import brings it here.",
    );
    expect(wb.rowById(INTERVIEWS, 'eventId', 'evt-cal').interviewers).toBe('Ana Pérez <ana@initech.example>, Chen Wu');
  });

  it('refuses a malformed address, writing nothing', () => {
    const wb = workbook();
    expect(() => wb.addon.saveRecipientEmail({ applicationId: 'app-1', email: 'hana@' })).toThrow('"hana@" is not one email address, like ada@example.com.');
    expect(wb.rowById(APPLICATIONS, 'id', 'app-1').contactEmail).toBe('');
  });
});
