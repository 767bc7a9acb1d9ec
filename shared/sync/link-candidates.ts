/**
 * Which Interviews rows linking looks at in a pass: the rows the plan
 * appends or changes, and rows that still lack their Application link (rows
 * imported before linking existed, or whose link write was lost). Rounds
 * entered by hand and rows without a company are the person's to link.
 */
import { stageDefinitionOf, type Stage } from '../stages/index.js';
import type { RowCells, RowOp, TrackerSnapshot } from './ports.js';

/** The stage an application created for an imported round starts in. */
export const LINKED_STAGE: Stage = 'Interviewing';

/** True unless the stage cell names a stage that ended the application (an empty or unknown stage is open). */
export const isOpenStage = (stage: unknown): boolean => stageDefinitionOf(stage)?.closed !== true;

/** One round to link, with the cells it has once the plan is applied. */
export interface Round {
  eventId: string;
  company: string;
  role: string;
  cells: RowCells;
  /** Index of the plan's op for this round, when it has one. */
  opIndex?: number;
  /** Data row of an existing row (0-based, as in the snapshot). */
  row?: number;
  /** Its Application link is empty and the sheet has the column. */
  needsLink: boolean;
  /** Its interviewers are new to this pass (a new row, changed attendees, a first link) and it was not cancelled. */
  addContacts: boolean;
}

const isByHand = (cells: RowCells) => (cells.eventId ?? '').startsWith('nr-') || (cells.calendarStatus ?? '').trim().toLowerCase() === 'manual';
const emptyLink = (cells: RowCells) => (cells.applicationId ?? '').trim() === '';

/** The rounds of a pass in a stable order (start, then event id), so ids and choices never depend on delivery order. */
export function roundsToLink(snapshot: TrackerSnapshot, ops: readonly RowOp[], canLink: boolean): Round[] {
  const rounds: Round[] = [];
  const changedRows = new Set<number>();
  const add = (eventId: string, cells: RowCells, needsLink: boolean, addContacts: boolean, at: { opIndex?: number; row?: number }) => {
    const company = (cells.company ?? '').trim();
    if (!company || isByHand(cells)) return;
    const live = (cells.calendarStatus ?? '').trim().toLowerCase() !== 'cancelled';
    rounds.push({ eventId, company, role: (cells.role ?? '').trim(), cells, needsLink, addContacts: addContacts && live, ...at });
  };
  ops.forEach((op, opIndex) => {
    if (op.kind === 'append') return add(op.eventId, op.cells, canLink && emptyLink(op.cells), true, { opIndex });
    changedRows.add(op.row);
    const before = snapshot.rows[op.row] ?? {};
    const needsLink = canLink && emptyLink(before);
    add(op.eventId, { ...before, ...op.cells }, needsLink, needsLink || op.cells.interviewers !== undefined, { opIndex, row: op.row });
  });
  if (canLink) {
    snapshot.rows.forEach((cells, row) => {
      if (!changedRows.has(row) && emptyLink(cells) && (cells.eventId ?? '').trim()) add(cells.eventId!.trim(), cells, true, true, { row });
    });
  }
  const start = (round: Round) => round.cells.start ?? '';
  return rounds.sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
}
