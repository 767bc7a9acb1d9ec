/**
 * Prepare: the checklist of an upcoming interview, stored in that round's
 * Prep cell as readable text (shared/prep). Saving writes that one cell.
 */
import type { LearningApi, PrepView } from '../learning-api.js';
import { InterviewRef, SavePrepInput } from '../learning-api.js';
import { countPrepProgress, parsePrep, type Prep } from '../../shared/prep/prep.js';
import { formatPrepCell, parsePrepCell } from '../../shared/prep/prep-cell.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import type { TableRow } from '../../shared/tracker/read-table.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openRound, parseInput, summarizeRound } from './learning-rows.js';

/** The round's checklist; a hand edit that broke the layout is an error naming the row and line. */
export const loadPrep: LearningApi['loadPrep'] = (input: unknown) => {
  const { interviewId } = parseInput(InterviewRef, input, 'loadPrep');
  const { round } = openRound(interviewId);
  return toPrepView(round, parsePrepCell(round.cells.prep, `Interviews row ${round.row} Prep`));
};

/** Saves the checklist into the round's Prep cell only (as plain text). */
export const savePrep: LearningApi['savePrep'] = (input: unknown) => {
  const parsed = parseInput(SavePrepInput, input, 'savePrep');
  const prep = parsePrep(parsed.prep);
  return withDocumentLock(() => {
    const { sheet, codec, table, round } = openRound(parsed.interviewId);
    writeRow(sheet, planRowWrite(table.map, round.row, { prep: formatPrepCell(prep) }), codec);
    return toPrepView(round, prep);
  });
};

function toPrepView(round: TableRow, prep: Prep): PrepView {
  return { ...summarizeRound(round), prep, progress: countPrepProgress(prep) };
}
