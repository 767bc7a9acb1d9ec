/**
 * Done, Snooze and Dismiss through the built bundle in node:vm: remembered
 * in the document's properties by the item's stable id (so a sort of the
 * sheet changes nothing and no cell of the person's is written), grouped
 * Overdue / Today / This week by the core the sidebar uses.
 */
import { describe, expect, it } from 'vitest';
import { groupDue, listNextActions } from '../../shared/due/group-due.js';
import { dueItemId } from '../../shared/due/due-decisions.js';
import type { DueView } from '../../appsscript/api/views.js';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook, type DraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function workbook(): DraftsWorkbook {
  const wb = openDraftsWorkbook({ now: NOW });
  wb.addRow(INTERVIEWS, {
    eventId: 'evt-onsite',
    start: new Date(NOW.getTime() - 31 * HOUR),
    end: new Date(NOW.getTime() - 30 * HOUR),
    title: 'Onsite',
    company: 'Acme',
    role: 'Engineer',
    round: 'Onsite',
    interviewers: 'Ana <ana@acme.com>, Bo <bo@acme.com>',
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
  });
  wb.addRow(INTERVIEWS, {
    eventId: 'evt-later',
    start: new Date(NOW.getTime() + 20 * HOUR),
    end: new Date(NOW.getTime() + 21 * HOUR),
    title: 'Final',
    company: 'Acme',
    role: 'Engineer',
    round: 'Final',
    interviewers: 'Cy <cy@acme.com>',
    meetingLink: 'https://meet.example.com/y',
    calendarStatus: 'confirmed',
  });
  wb.addRow(APPLICATIONS, { id: 'app-1', company: 'Initech', role: 'Analyst', stage: 'Applied', appliedOn: new Date(NOW.getTime() - 10 * DAY) });
  wb.addRow(APPLICATIONS, {
    id: 'app-2',
    company: 'Globex',
    role: 'Designer',
    stage: 'Screening',
    appliedOn: new Date(NOW.getTime() - 2 * DAY),
    nextAction: 'Send portfolio',
    nextActionDue: new Date(NOW.getTime() + 3 * DAY),
  });
  wb.log.reset();
  return wb;
}

const groupsOf = (due: DueView) => {
  const today = due.now.slice(0, 10);
  const actions = listNextActions(
    [{ id: 'app-2', company: 'Globex', role: 'Designer', stage: 'Screening', nextAction: 'Send portfolio', nextActionDue: '2026-11-23' }],
    today,
  );
  const groups = groupDue({ items: due.items, actions, decisions: due.decisions, today, settings: due.settings });
  return {
    overdue: groups.overdue.map((card) => card.id),
    today: groups.today.map((card) => card.id),
    thisWeek: groups.thisWeek.map((card) => card.id),
    hidden: groups.hidden,
  };
};

describe('due decisions in the built add-on', () => {
  it('groups one card per person and action, and never a thank-you for a round still to come', () => {
    const due = workbook().addon.loadDue();
    expect(due.decisions).toEqual({});
    expect(due.myName).toBe('');
    expect(groupsOf(due)).toEqual({
      // Quiet since 11-10, a follow-up was due on 11-17 (7 days); the thank-yous are past their 24 hours.
      overdue: ['follow-up|app-1|2026-11-10', 'thank-you|evt-onsite|ana', 'thank-you|evt-onsite|bo'],
      today: [],
      thisWeek: ['next-action|app-2|2026-11-23|send portfolio'],
      hidden: 0,
    });
  });

  it('remembers Done, Dismiss and Snooze across loads and after the person sorts the sheet, writing no cell', () => {
    const wb = workbook();
    const before = wb.sheet(INTERVIEWS).peekValues();
    wb.addon.decideDueItem({ id: 'thank-you|evt-onsite|ana', decision: 'done' });
    wb.addon.decideDueItem({ id: 'follow-up|app-1|2026-11-10', decision: 'dismissed' });
    const snoozed = wb.addon.decideDueItem({ id: 'thank-you|evt-onsite|bo', decision: 'snoozed', until: '2026-11-22' });
    expect(snoozed.decisions['thank-you|evt-onsite|bo']).toEqual({ state: 'snoozed', until: '2026-11-22', at: '2026-11-20 16:00' });
    expect(wb.sheet(INTERVIEWS).peekValues()).toEqual(before);

    wb.sheet(INTERVIEWS).sort(1, false);
    wb.sheet(APPLICATIONS).sort(2, false);
    const due = wb.addon.loadDue();
    expect(groupsOf(due)).toEqual({ overdue: [], today: [], thisWeek: ['next-action|app-2|2026-11-23|send portfolio'], hidden: 3 });
    // Stored where the script's document properties live, under one namespaced key.
    expect(JSON.parse(wb.context.PropertiesService.getDocumentProperties().getProperty('nextround.dueDecisions')!)).toHaveProperty([
      'thank-you|evt-onsite|ana',
      'state',
    ]);
  });

  it('brings a snoozed item back on its day, in Today, marked as back from snooze', () => {
    const wb = workbook();
    wb.addon.decideDueItem({ id: 'follow-up|app-1|2026-11-10', decision: 'snoozed', until: '2026-11-22' });
    const due = wb.addon.loadDue();
    const later = groupDue({ items: due.items, actions: [], decisions: due.decisions, today: '2026-11-22', settings: due.settings });
    expect(later.overdue.map((card) => card.id)).not.toContain('follow-up|app-1|2026-11-10');
    expect(later.today.map((card) => [card.id, card.woke])).toEqual([['follow-up|app-1|2026-11-10', true]]);
  });

  it('brings an item back with undo', () => {
    const wb = workbook();
    wb.addon.decideDueItem({ id: 'thank-you|evt-onsite|ana', decision: 'done' });
    expect(wb.addon.decideDueItem({ id: 'thank-you|evt-onsite|ana', decision: 'undo' }).decisions).toEqual({});
    expect(groupsOf(wb.addon.loadDue()).overdue).toContain('thank-you|evt-onsite|ana');
  });

  it('refuses a snooze without a day after today, in words, and keeps the store as it was', () => {
    const wb = workbook();
    expect(() => wb.addon.decideDueItem({ id: 'thank-you|evt-onsite|ana', decision: 'snoozed', until: '2026-11-20' })).toThrow(
      'Choose a day after today to snooze until.',
    );
    expect(() => wb.addon.decideDueItem({ id: 'thank-you|evt-onsite|ana', decision: 'snoozed' })).toThrow('Choose a day after today to snooze until.');
    expect(wb.addon.loadDue().decisions).toEqual({});
  });

  it('reads a hand-edited or broken store as no decisions instead of failing the Due list', () => {
    const wb = workbook();
    const props = wb.context.PropertiesService.getDocumentProperties();
    props.setProperty('nextround.dueDecisions', '{not json');
    expect(wb.addon.loadDue().decisions).toEqual({});
    props.setProperty('nextround.dueDecisions', JSON.stringify({ a: { state: 'done', at: '2026-11-01 10:00' }, b: { state: 'exploded' } }));
    expect(wb.addon.loadDue().decisions).toEqual({ a: { state: 'done', at: '2026-11-01 10:00' } });
  });

  it('gives each item the same id whatever the row order', () => {
    const due = workbook().addon.loadDue();
    expect(due.items.map(dueItemId)).toEqual(['thank-you|evt-onsite|ana', 'thank-you|evt-onsite|bo', 'follow-up|app-1|2026-11-10']);
  });
});

describe('drafts for a round still to come', () => {
  it('blocks every thank-you card until the interview has ended', () => {
    const wb = workbook();
    wb.addon.saveMyName({ myName: 'Sam Doe' });
    const preview = wb.addon.previewDrafts({ interviewId: 'evt-later' });
    expect(preview.previews.map((card) => (card.status === 'blocked' ? card.message : card.status))).toEqual([
      'This interview has not ended yet (it ends 2026-11-21 13:00): thank-yous can be drafted once it has.',
    ]);
  });
});
