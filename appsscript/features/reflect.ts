/**
 * Reflect: the interviews still waiting for a debrief, the debrief form
 * (written into that round's five reflection cells and nothing else), and
 * feedback received later, appended to the round's Feedback received cell.
 */
import type { AddonApi } from '../api/contract.js';
import { AddFeedbackInput, InterviewRef, SaveDebriefInput } from '../api/inputs.js';
import type { DebriefView } from '../api/views.js';
import { parseDebrief, readDebrief, toDebriefCells, type Debrief } from '../../shared/reflect/debrief.js';
import { appendFeedback, parseFeedbackCell } from '../../shared/reflect/feedback.js';
import { listAwaitingDebrief } from '../../shared/reflect/awaiting-debrief.js';
import { parseWallTime } from '../../shared/time/index.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import type { TableRow } from '../../shared/tracker/read-table.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openTracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { summarizeRound } from './learning-rows.js';

const PAST_LIMIT = 50;

/** The Reflect panel's list: 1 time-zone lookup + 1 getValues. */
export const loadReflect: AddonApi['loadReflect'] = () => {
  const { codec, read } = openTracker();
  const rows = read(INTERVIEWS).rows;
  const now = codec.toWall(new Date(), true);
  const { items, problems } = listAwaitingDebrief(
    rows.map((row) => row.cells),
    now,
  );
  const past = rows
    .filter((row) => row.cells.calendarStatus !== 'cancelled' && row.cells.eventId && parseWallTime(row.cells.start ?? '') !== null && row.cells.start! <= now)
    .sort((a, b) => (a.cells.start! < b.cells.start! ? 1 : a.cells.start! > b.cells.start! ? -1 : 0))
    .slice(0, PAST_LIMIT)
    .map(summarizeRound);
  return { now, awaiting: items, past, problems };
};

/** One round's debrief and feedback, read leniently (cells typed by hand count). */
export const loadDebrief: AddonApi['loadDebrief'] = (input: unknown) => {
  const { interviewId } = parseInput(InterviewRef, input, 'loadDebrief');
  const { row: round } = openTracker().readRow(INTERVIEWS, 'eventId', interviewId);
  return toDebriefView(round, readDebrief(round.cells), round.cells.feedback);
};

/** Writes the five reflection cells of the round (went well, to improve, lessons, questions, rating). */
export const saveDebrief: AddonApi['saveDebrief'] = (input: unknown) => {
  const parsed = parseInput(SaveDebriefInput, input, 'saveDebrief');
  const debrief = parseDebrief(parsed.debrief);
  return withDocumentLock(() => {
    const { codec, readRow } = openTracker();
    const { sheet, map, row: round } = readRow(INTERVIEWS, 'eventId', parsed.interviewId);
    writeRow(sheet, planRowWrite(map, round.row, toDebriefCells(debrief)), codec);
    return toDebriefView(round, debrief, round.cells.feedback);
  });
};

/** Appends one dated line to the round's Feedback received cell; what was there stays. */
export const addFeedback: AddonApi['addFeedback'] = (input: unknown) => {
  const parsed = parseInput(AddFeedbackInput, input, 'addFeedback');
  return withDocumentLock(() => {
    const { codec, readRow } = openTracker();
    const { sheet, map, row: round } = readRow(INTERVIEWS, 'eventId', parsed.interviewId);
    const feedback = appendFeedback(round.cells.feedback, { receivedOn: parsed.receivedOn, text: parsed.text });
    writeRow(sheet, planRowWrite(map, round.row, { feedback }), codec);
    return toDebriefView(round, readDebrief(round.cells), feedback);
  });
};

function toDebriefView(round: TableRow, debrief: Debrief, feedbackCell: unknown): DebriefView {
  return { ...summarizeRound(round), debrief, feedback: parseFeedbackCell(feedbackCell) };
}
