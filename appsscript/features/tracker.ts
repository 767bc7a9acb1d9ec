/**
 * The tracker's server functions: load the first screen in one call, save
 * the application and interview forms. Each parses its input first; rows
 * are found by id, never by position.
 */
import type { SidebarApi } from '../api.js';
import { NextRoundError } from '../../shared/errors.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { ApplicationForm } from '../../shared/models/application.js';
import { InterviewForm } from '../../shared/models/interview.js';
import { parseForm } from '../../shared/models/field-errors.js';
import { summarizePipeline } from '../../shared/tracker/summarize-pipeline.js';
import { findCellProblems } from '../../shared/tracker/cell-problems.js';
import { toApplicationRecord, toInterviewRecord, type Table, type TableRow } from '../../shared/tracker/read-table.js';
import { planRowWrite } from '../../shared/tracker/plan-row-write.js';
import { applicationUpdates, interviewUpdates, newRowId } from '../../shared/tracker/form-updates.js';
import { createDateCodec } from '../sheets/dates.js';
import { openSheet, readSheet, writeRow } from '../sheets/table.js';
import { withDocumentLock } from '../lock.js';
import { readSettings } from '../settings.js';
import { planStageHistory } from './stage-history.js';

/** Everything the sidebar's first screen shows: 3 Spreadsheet reads whatever the row count. */
export const loadTracker: SidebarApi['loadTracker'] = () => {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const codec = createDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const applicationRows = readSheet(openSheet(spreadsheet, APPLICATIONS), APPLICATIONS, codec).rows;
  const interviewRows = readSheet(openSheet(spreadsheet, INTERVIEWS), INTERVIEWS, codec).rows;
  const applications = applicationRows.map(toApplicationRecord);
  const interviews = interviewRows.map(toInterviewRecord);
  const problems = [...findCellProblems(APPLICATIONS, applicationRows), ...findCellProblems(INTERVIEWS, interviewRows)];
  const now = codec.toWall(new Date(), true);
  const summary = summarizePipeline(applications, interviews, now, { upcomingDays: readSettings().upcomingDays });
  return { now, timeZone: codec.timeZone, summary, applications, interviews, problems };
};

/** Adds or edits one application. Invalid input is answered with field errors and writes nothing. */
export const saveApplication: SidebarApi['saveApplication'] = (input: unknown) => {
  const parsed = parseForm(ApplicationForm, input);
  if (!parsed.ok) return { kind: 'invalid', fieldErrors: parsed.fieldErrors };
  const form = parsed.value;
  return withDocumentLock(() => {
    const { sheet, codec, table, height } = openForWrite(APPLICATIONS);
    const existing = form.id === undefined ? null : findRow(table, APPLICATIONS, 'id', form.id);
    const id = existing?.cells.id ?? newRowId('app', Utilities.getUuid());
    const today = codec.toWall(new Date(), false);
    const updates = applicationUpdates(form, id, today);
    const row = existing?.row ?? height + 1;
    // A changed stage is also recorded in Stage history (read before the first write).
    const history = existing ? planStageHistory(existing.cells, form.stage, codec) : null;
    writeRow(sheet, planRowWrite(table.map, row, updates), codec);
    history?.append();
    return { kind: 'saved', record: toApplicationRecord({ row, cells: { ...existing?.cells, ...updates } }) };
  });
};

/** Adds (as a `manual` round) or edits one interview round. */
export const saveInterview: SidebarApi['saveInterview'] = (input: unknown) => {
  const parsed = parseForm(InterviewForm, input);
  if (!parsed.ok) return { kind: 'invalid', fieldErrors: parsed.fieldErrors };
  return withDocumentLock(() => {
    const { sheet, codec, table, height } = openForWrite(INTERVIEWS);
    // Answer with the times the sheet will show: a time a spring-forward skips is saved forward by the gap (RFC 5545).
    const form = { ...parsed.value, start: codec.asStored(parsed.value.start), end: codec.asStored(parsed.value.end) };
    if (form.end <= form.start) {
      const end = `The end must be after the start: ${parsed.value.start} falls in the daylight-saving jump in ${codec.timeZone} and becomes ${form.start}`;
      return { kind: 'invalid', fieldErrors: { end } };
    }
    const existing = form.eventId === undefined ? null : findRow(table, INTERVIEWS, 'eventId', form.eventId);
    const eventId = existing?.cells.eventId ?? newRowId('nr', Utilities.getUuid());
    const updates = interviewUpdates(form, eventId, existing ? (existing.cells.calendarStatus ?? '') : null);
    const row = existing?.row ?? height + 1;
    writeRow(sheet, planRowWrite(table.map, row, updates), codec);
    return { kind: 'saved', record: toInterviewRecord({ row, cells: { ...existing?.cells, ...updates } }) };
  });
};

/** Opens a tracker sheet and reads it whole (one getValues), for a write under the lock. */
export function openForWrite(spec: SheetSpec) {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const codec = createDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const sheet = openSheet(spreadsheet, spec);
  const { height, ...table } = readSheet(sheet, spec, codec);
  return { sheet, codec, table, height };
}

/** The one row holding `id`; a missing or doubled id is an error naming it. */
export function findRow(table: Table, spec: SheetSpec, key: string, id: string): TableRow {
  const rows = table.rows.filter((row) => row.cells[key] === id);
  const header = spec.columns.find((column) => column.key === key)?.header ?? key;
  if (rows.length === 0) {
    throw new NextRoundError('NOT_FOUND', `No row of "${spec.name}" has the ${header} "${id}"; it may have been deleted.`, {
      where: `${spec.name}!${header}`,
    });
  }
  if (rows.length > 1) {
    throw new NextRoundError(
      'CONFLICT',
      `Rows ${rows.map((row) => row.row).join(' and ')} of "${spec.name}" share the ${header} "${id}"; clear it in the copy.`,
      { where: `${spec.name}!${header}` },
    );
  }
  return rows[0]!;
}
