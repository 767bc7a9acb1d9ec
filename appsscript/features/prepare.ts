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
import { collectQuestions, suggestQuestions } from '../../shared/learning/question-bank.js';
import { listSkillsToBuild, matchSkills } from '../../shared/learning/skills-to-build.js';

/** The round's checklist; a hand edit that broke the layout is an error naming the row and line. */
export const loadPrep: AddonApi['loadPrep'] = (input: unknown) => {
  const { interviewId } = parseInput(InterviewRef, input, 'loadPrep');
  const { codec, readRow } = openTracker();
  const { row: round, rows } = readRow(INTERVIEWS, 'eventId', interviewId);
  return toPrepView(round, parsePrepCell(round.cells.prep, `Interviews row ${round.row} Prep`), rows, codec.toWall(new Date(), true));
};

/** Saves the checklist into the round's Prep cell only (as plain text). */
export const savePrep: AddonApi['savePrep'] = (input: unknown) => {
  const parsed = parseInput(SavePrepInput, input, 'savePrep');
  const prep = parsePrep(parsed.prep);
  return withDocumentLock(() => {
    const { codec, readRow } = openTracker();
    const { sheet, map, row: round, rows } = readRow(INTERVIEWS, 'eventId', parsed.interviewId);
    writeRow(sheet, planRowWrite(map, round.row, { prep: formatPrepCell(prep) }), codec);
    return toPrepView(round, prep, rows, codec.toWall(new Date(), true));
  });
};

/**
 * The view, with what the other rounds teach: the requirements on the
 * skills-to-build list (from the other rounds only, so a new application's
 * own unanswered requirements do not flag themselves) and the questions met
 * before at this company or in this round type. Same rows, no extra read.
 */
function toPrepView(round: TableRow, prep: Prep, rows: readonly TableRow[], now: string): PrepView {
  const others = rows.filter((row) => row !== round).map((row) => row.cells);
  const summary = summarizeRound(round);
  return {
    ...summary,
    prep,
    progress: countPrepProgress(prep),
    skillNotes: matchSkills(prep.requirements, listSkillsToBuild(others, now)),
    questionSuggestions: suggestQuestions(collectQuestions(others, now), { interviewId: summary.interviewId, company: summary.company, round: summary.round }),
  };
}
