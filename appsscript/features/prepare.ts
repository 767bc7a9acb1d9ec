/**
 * Prepare: the checklist of an upcoming interview, stored in that round's
 * Prep cell as readable text (shared/prep). Saving writes that one cell.
 */
import type { AddonApi } from '../api/contract.js';
import { InterviewRef, SavePrepInput } from '../api/inputs.js';
import type { PrepView } from '../api/views.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { startingPrep } from '../../shared/prep/application-checklist.js';
import { countPrepProgress, EMPTY_PREP, parsePrep, type Prep } from '../../shared/prep/prep.js';
import { formatPrepCell } from '../../shared/prep/prep-cell.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import type { TableRow } from '../../shared/tracker/read-table.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { summarizeRound } from './learning-rows.js';
import { collectQuestions, suggestQuestions } from '../../shared/learning/question-bank.js';
import { listSkillsToBuild, matchSkills } from '../../shared/learning/skills-to-build.js';

/**
 * The round's checklist; a round whose Prep cell is still empty starts from
 * its application's requirements (one more read, only then). A hand edit
 * that broke the layout is an error naming the row and line.
 */
export const loadPrep: AddonApi['loadPrep'] = (input: unknown) => {
  const { interviewId } = parseInput(InterviewRef, input, 'loadPrep');
  const tracker = openTracker();
  const { row: round, rows } = tracker.readRow(INTERVIEWS, 'eventId', interviewId);
  const applicationId = round.cells.applicationId ?? '';
  const empty = String(round.cells.prep ?? '').trim() === '';
  const application = empty && applicationId ? tracker.read(APPLICATIONS).rows.find((row) => row.cells.id === applicationId) : undefined;
  const where = { round: `Interviews row ${round.row} Prep`, application: `Applications row ${application?.row ?? 0} Requirements` };
  return toPrepView(round, startingPrep(round.cells.prep, application?.cells.requirements, where), rows, tracker.codec.toWall(new Date(), true));
};

/**
 * Saves the checklist into the round's Prep cell (as plain text). When the
 * round belongs to an application in the tracker, its requirements and
 * evidence (ticks cleared) also become the application's Requirements, so
 * the next round starts from them: one more read and one more row write.
 */
export const savePrep: AddonApi['savePrep'] = (input: unknown) => {
  const parsed = parseInput(SavePrepInput, input, 'savePrep');
  const prep = parsePrep(parsed.prep);
  return withDocumentLock(() => {
    const tracker = openTracker();
    const { codec } = tracker;
    const { sheet, map, row: round, rows } = tracker.readRow(INTERVIEWS, 'eventId', parsed.interviewId);
    const applicationId = round.cells.applicationId ?? '';
    const applications = applicationId ? tracker.read(APPLICATIONS) : null;
    const application = applications?.rows.find((row) => row.cells.id === applicationId);
    writeRow(sheet, planRowWrite(map, round.row, { prep: formatPrepCell(prep) }), codec);
    if (applications && application && applications.map.indexByKey.requirements !== undefined) {
      const requirements = formatPrepCell({ ...EMPTY_PREP, requirements: prep.requirements.map((r) => ({ ...r, done: false })), questions: [], people: [] });
      writeRow(applications.sheet, planRowWrite(applications.map, application.row, { requirements }), codec);
    }
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
