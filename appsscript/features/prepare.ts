/**
 * Prepare: the checklist of an upcoming interview, stored in that round's
 * Prep cell as readable text (shared/prep). Saving writes that one cell.
 */
import type { AddonApi } from '../api/contract.js';
import { InterviewRef, SavePrepInput } from '../api/inputs.js';
import type { PrepView } from '../api/views.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { countPrepProgress, parsePrep, type Prep } from '../../shared/prep/prep.js';
import { formatPrepCell, parsePrepCell } from '../../shared/prep/prep-cell.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import type { TableRow } from '../../shared/tracker/read-table.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { summarizeRound } from './learning-rows.js';

/** The round's checklist; a hand edit that broke the layout is an error naming the row and line. */
export const loadPrep: AddonApi['loadPrep'] = (input: unknown) => {
  const { interviewId } = parseInput(InterviewRef, input, 'loadPrep');
  const { row: round } = openTracker().readRow(INTERVIEWS, 'eventId', interviewId);
  return toPrepView(round, parsePrepCell(round.cells.prep, `Interviews row ${round.row} Prep`));
};

/** Saves the checklist into the round's Prep cell only (as plain text). */
export const savePrep: AddonApi['savePrep'] = (input: unknown) => {
  const parsed = parseInput(SavePrepInput, input, 'savePrep');
  const prep = parsePrep(parsed.prep);
  return withDocumentLock(() => {
    const { codec, readRow } = openTracker();
    const { sheet, map, row: round } = readRow(INTERVIEWS, 'eventId', parsed.interviewId);
    writeRow(sheet, planRowWrite(map, round.row, { prep: formatPrepCell(prep) }), codec);
    return toPrepView(round, prep);
  });
};

function toPrepView(round: TableRow, prep: Prep): PrepView {
  return { ...summarizeRound(round), prep, progress: countPrepProgress(prep) };
}
