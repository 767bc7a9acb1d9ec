/**
 * What the learning-loop functions share: describe a round for the sidebar.
 * (Parsing input, opening the tracker and finding a round by its Event ID
 * are the add-on's one path: parse-input.ts, open-tracker.ts.)
 */
import type { TableRow } from '../../shared/tracker/read-table.js';
import type { RoundSummary } from '../api/views.js';

/** How the sidebar names a round. */
export function summarizeRound(row: TableRow): RoundSummary {
  const cell = (key: string) => (row.cells[key] ?? '').trim();
  return {
    interviewId: cell('eventId'),
    company: cell('company'),
    role: cell('role'),
    round: cell('round'),
    applicationId: cell('applicationId'),
    start: cell('start'),
  };
}
