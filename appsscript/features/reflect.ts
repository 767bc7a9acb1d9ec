/**
 * Reflect: the interviews still waiting for a debrief, the debrief form
 * (written into that round's five reflection cells and nothing else), and
 * feedback received later, appended to the round's Feedback received cell.
 */
import type { DebriefView, LearningApi } from '../learning-api.js';
import { AddFeedbackInput, InterviewRef, SaveDebriefInput } from '../learning-api.js';
import { parseDebrief, readDebrief, toDebriefCells, type Debrief } from '../../shared/reflect/debrief.js';
import { appendFeedback, parseFeedbackCell } from '../../shared/reflect/feedback.js';
import { listAwaitingDebrief } from '../../shared/reflect/awaiting-debrief.js';
import { parseWallTime } from '../../shared/time/index.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import type { TableRow } from '../../shared/tracker/read-table.js';
import { createDateCodec } from '../sheets/dates.js';
import { openSheet, readSheet, writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { openRound, parseInput, summarizeRound } from './learning-rows.js';

const PAST_LIMIT = 50;

/** The Reflect panel's list: 1 time-zone lookup + 1 getValues. */
export const loadReflect: LearningApi['loadReflect'] = () => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const codec = createDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const rows = readSheet(openSheet(spreadsheet, INTERVIEWS), INTERVIEWS, codec).rows;
  const now = codec.toWall(new Date(), true);
  const { items, problems } = listAwaitingDebrief(rows.map((row) => row.cells), now);
  const past = rows
    .filter((row) => row.cells.calendarStatus !== 'cancelled' && row.cells.eventId && parseWallTime(row.cells.start ?? '') !== null && row.cells.start! <= now)
    .sort((a, b) => (a.cells.start! < b.cells.start! ? 1 : a.cells.start! > b.cells.start! ? -1 : 0))
    .slice(0, PAST_LIMIT)
    .map(summarizeRound);
  return { now, awaiting: items, past, problems };
};

/** One round's debrief and feedback, read leniently (cells typed by hand count). */
export const loadDebrief: LearningApi['loadDebrief'] = (input: unknown) => {
  const { interviewId } = parseInput(InterviewRef, input, 'loadDebrief');
  const { round } = openRound(interviewId);
  return toDebriefView(round, readDebrief(round.cells), round.cells.feedback);
};

/** Writes the five reflection cells of the round (went well, to improve, lessons, questions, rating). */
export const saveDebrief: LearningApi['saveDebrief'] = (input: unknown) => {
  const parsed = parseInput(SaveDebriefInput, input, 'saveDebrief');
  const debrief = parseDebrief(parsed.debrief);
  return withDocumentLock(() => {
    const { sheet, codec, table, round } = openRound(parsed.interviewId);
    writeRow(sheet, planRowWrite(table.map, round.row, toDebriefCells(debrief)), codec);
    return toDebriefView(round, debrief, round.cells.feedback);
  });
};

/** Appends one dated line to the round's Feedback received cell; what was there stays. */
export const addFeedback: LearningApi['addFeedback'] = (input: unknown) => {
  const parsed = parseInput(AddFeedbackInput, input, 'addFeedback');
  return withDocumentLock(() => {
    const { sheet, codec, table, round } = openRound(parsed.interviewId);
    const feedback = appendFeedback(round.cells.feedback, { receivedOn: parsed.receivedOn, text: parsed.text });
    writeRow(sheet, planRowWrite(table.map, round.row, { feedback }), codec);
    return toDebriefView(round, readDebrief(round.cells), feedback);
  });
};

function toDebriefView(round: TableRow, debrief: Debrief, feedbackCell: unknown): DebriefView {
  return { ...summarizeRound(round), debrief, feedback: parseFeedbackCell(feedbackCell) };
}
