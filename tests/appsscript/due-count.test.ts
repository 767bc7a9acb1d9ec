/**
 * The Due tab's count through the built bundle: loadTracker's dueCount is
 * the number of cards the Due page shows from loadDue (one per person and
 * action, decisions applied, nothing due after this week), and a decision
 * lowers it on the next load.
 */
import { describe, expect, it } from 'vitest';
import { dueGroups } from '../../shared/due/group-due.js';
import { dueItemId } from '../../shared/due/due-decisions.js';
import type { LoadedAddon } from '../support/load-bundle.js';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const round = (eventId: string, interviewers: string) => ({
  eventId,
  start: new Date(NOW.getTime() - 31 * HOUR),
  end: new Date(NOW.getTime() - 30 * HOUR),
  title: 'Onsite',
  company: 'Acme',
  role: 'Engineer',
  round: 'Onsite',
  interviewers,
  calendarStatus: 'confirmed',
});

/** A thank-you row pasted twice, a Done thank-you, a snoozed follow-up, a next action this week and one in 3 weeks. */
function workbook() {
  const wb = openDraftsWorkbook({ now: NOW });
  wb.addRow(INTERVIEWS, round('evt-onsite', 'Ana <ana@acme.com>'));
  wb.addRow(INTERVIEWS, round('evt-onsite', 'Ana <ana@acme.com>'));
  wb.addRow(INTERVIEWS, round('evt-screen', 'Bo <bo@acme.com>'));
  wb.addRow(APPLICATIONS, { id: 'app-1', company: 'Initech', role: 'Analyst', stage: 'Applied', appliedOn: new Date(NOW.getTime() - 10 * DAY) });
  const screening = { company: 'Globex', role: 'Designer', stage: 'Screening', appliedOn: new Date(NOW.getTime() - 2 * DAY) };
  wb.addRow(APPLICATIONS, { ...screening, id: 'app-2', nextAction: 'Send portfolio', nextActionDue: new Date(NOW.getTime() + 2 * DAY) });
  wb.addRow(APPLICATIONS, { ...screening, id: 'app-3', role: 'Lead', nextAction: 'Call back', nextActionDue: new Date(NOW.getTime() + 21 * DAY) });
  wb.addon.decideDueItem({ id: 'thank-you|evt-screen|bo', decision: 'done' });
  wb.addon.decideDueItem({ id: 'follow-up|app-1|2026-11-10', decision: 'snoozed', until: '2026-11-23' });
  wb.log.reset();
  return wb;
}

/** The Due page's cards, built as the sidebar builds them from loadDue and the tracker view. */
function dueCards(wb: LoadedAddon) {
  const due = wb.addon.loadDue();
  const { items, decisions, now, settings } = due;
  const groups = dueGroups({ items, applications: wb.addon.loadTracker().applications, decisions, now, settings });
  return [...groups.overdue, ...groups.today, ...groups.thisWeek].map((card) => card.id);
}

describe('the Due tab count', () => {
  it('equals the number of cards the Due page shows: duplicates once, decided items and later ones left out', () => {
    const wb = workbook();
    const view = wb.addon.loadTracker();
    expect(loadedReads(wb)).toEqual({ reads: 3, getValues: 2 });
    // The rows make four letters due: Ana's thank-you twice (the pasted row), Bo's (done) and the follow-up (snoozed).
    expect(wb.addon.loadDue().items.map(dueItemId)).toEqual([
      'thank-you|evt-onsite|ana',
      'thank-you|evt-onsite|ana',
      'thank-you|evt-screen|bo',
      'follow-up|app-1|2026-11-10',
    ]);
    const cards = dueCards(wb);
    expect(cards).toEqual(['thank-you|evt-onsite|ana', 'next-action|app-2|2026-11-22|send portfolio']);
    expect(view.dueCount).toBe(cards.length);
  });

  it('drops by one on the next load after the person marks an item done', () => {
    const wb = workbook();
    const before = wb.addon.loadTracker().dueCount;
    wb.addon.decideDueItem({ id: 'thank-you|evt-onsite|ana', decision: 'done' });
    expect(wb.addon.loadTracker().dueCount).toBe(before - 1);
    expect(wb.addon.loadTracker().dueCount).toBe(dueCards(wb).length);
  });
});

/** loadTracker's Spreadsheet reads since the last reset (the count adds none). */
function loadedReads(wb: LoadedAddon) {
  return { reads: wb.log.reads(), getValues: wb.log.count('Range.getValues') };
}
