/**
 * The tracker's server functions: load the first screen in one call, save
 * the application and interview forms. Each parses its input first; rows
 * are found by id, never by position.
 */
import type { AddonApi } from '../api/contract.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { ApplicationForm } from '../../shared/models/application.js';
import { InterviewForm } from '../../shared/models/interview.js';
import { parseForm } from '../../shared/models/field-errors.js';
import { summarizePipeline } from '../../shared/tracker/summarize-pipeline.js';
import { findCellProblems } from '../../shared/tracker/cell-problems.js';
import { toApplicationRecord, toInterviewRecord } from '../../shared/tracker/read-table.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { applicationUpdates, interviewUpdates, newRowId } from '../../shared/tracker/form-updates.js';
import { writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { findRow, openTracker } from '../open-tracker.js';
import { readSettings } from '../settings.js';
import { listDue } from '../../shared/due/list-due.js';
import { DEFAULT_DUE_SETTINGS } from '../../shared/due/due-settings.js';
import { dueCardCount, dueGroups } from '../../shared/due/group-due.js';
import { readDueDecisions } from './due-decisions.js';
import { planStageHistory } from './stage-history.js';

/** Everything the sidebar's first screen shows: 3 Spreadsheet reads whatever the row count (and 2 document properties). */
export const loadTracker: AddonApi['loadTracker'] = () => {
  const { codec, read } = openTracker();
  const applicationRows = read(APPLICATIONS).rows;
  const interviewRows = read(INTERVIEWS).rows;
  const applications = applicationRows.map(toApplicationRecord);
  const interviews = interviewRows.map(toInterviewRecord);
  const problems = [...findCellProblems(APPLICATIONS, applicationRows), ...findCellProblems(INTERVIEWS, interviewRows)];
  const now = codec.toWall(new Date(), true);
  const settings = readSettings();
  const summary = summarizePipeline(applications, interviews, now, { upcomingDays: settings.upcomingDays });
  // The Due tab's count is the Due page's card count, by the same path (dueGroups) from the rows already read:
  // no extra Spreadsheet read, still one round trip (the decisions are one document property).
  const dueSettings = settings.due ?? DEFAULT_DUE_SETTINGS;
  const { items } = listDue({
    applications: applicationRows.map((row) => row.cells),
    interviews: interviewRows.map((row) => row.cells),
    now,
    settings: dueSettings,
    timeZone: codec.offsets,
  });
  const dueCount = dueCardCount(dueGroups({ items, applications, decisions: readDueDecisions(), now, settings: dueSettings }));
  return { now, timeZone: codec.timeZone, summary, applications, interviews, problems, dueCount };
};

/** Adds or edits one application. Invalid input is answered with field errors and writes nothing. */
export const saveApplication: AddonApi['saveApplication'] = (input: unknown) => {
  const parsed = parseForm(ApplicationForm, input);
  if (!parsed.ok) return { kind: 'invalid', fieldErrors: parsed.fieldErrors };
  const form = parsed.value;
  return withDocumentLock(() => {
    const tracker = openTracker();
    const { codec } = tracker;
    const table = tracker.read(APPLICATIONS);
    const existing = form.id === undefined ? null : findRow(table, APPLICATIONS, 'id', form.id);
    const id = existing?.cells.id ?? newRowId('app', Utilities.getUuid());
    const today = codec.toWall(new Date(), false);
    const updates = applicationUpdates(form, id, today);
    const row = existing?.row ?? table.height + 1;
    // A changed stage is also recorded in Stage history (read before the first write).
    const history = existing ? planStageHistory(existing.cells, form.stage, tracker) : null;
    writeRow(table.sheet, planRowWrite(table.map, row, updates), codec);
    history?.append();
    return { kind: 'saved', record: toApplicationRecord({ row, cells: { ...existing?.cells, ...updates } }) };
  });
};

/** Adds (as a `manual` round) or edits one interview round. */
export const saveInterview: AddonApi['saveInterview'] = (input: unknown) => {
  const parsed = parseForm(InterviewForm, input);
  if (!parsed.ok) return { kind: 'invalid', fieldErrors: parsed.fieldErrors };
  return withDocumentLock(() => {
    const { codec, read } = openTracker();
    const table = read(INTERVIEWS);
    // Answer with the times the sheet will show: a time a spring-forward skips is saved forward by the gap (RFC 5545).
    const form = { ...parsed.value, start: codec.asStored(parsed.value.start), end: codec.asStored(parsed.value.end) };
    if (form.end <= form.start) {
      const end = `The end must be after the start: ${parsed.value.start} falls in the daylight-saving jump in ${codec.timeZone} and becomes ${form.start}`;
      return { kind: 'invalid', fieldErrors: { end } };
    }
    const existing = form.eventId === undefined ? null : findRow(table, INTERVIEWS, 'eventId', form.eventId);
    const eventId = existing?.cells.eventId ?? newRowId('nr', Utilities.getUuid());
    const updates = interviewUpdates(form, eventId, existing ? (existing.cells.calendarStatus ?? '') : null);
    const row = existing?.row ?? table.height + 1;
    writeRow(table.sheet, planRowWrite(table.map, row, updates), codec);
    return { kind: 'saved', record: toInterviewRecord({ row, cells: { ...existing?.cells, ...updates } }) };
  });
};
