/**
 * Calendar import inside the add-on: the chosen Google calendars, read with
 * the Calendar advanced service, go through the shared engine (runSync)
 * into the Interviews sheet through SpreadsheetApp: no service, no Drive
 * grant, no quota shared with strangers. A pass runs on "Sync now" and when
 * the sidebar opens (if the last pass is older than a few minutes), under
 * the document lock, within a time budget (a person is waiting; Apps Script
 * stops any execution at 6 minutes,
 * https://developers.google.com/apps-script/guides/services/quotas): what a
 * pass could not list in time is continued by the next one.
 *
 * No hourly trigger. Google allows an Editor add-on one time-driven trigger
 * per user per document, at most hourly
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
 * https://developers.google.com/apps-script/guides/triggers/installable),
 * but no Google page says that such a trigger has an active spreadsheet,
 * and reports say a timed trigger gets null from getActiveSpreadsheet()
 * (https://github.com/mogsdad/SheetConverter/issues/2). Under
 * `spreadsheets.currentonly` SpreadsheetApp reaches only the active
 * document; opening the file by id would need the broader `spreadsheets`
 * scope. Rather than widen the scope, import runs while the sidebar is used,
 * and `script.scriptapp` is not requested.
 */
import { NextRoundError } from '../../shared/errors.js';
import type { AddonApi } from '../api/contract.js';
import { CalendarImportSwitch, ImportCalendarsInput, SyncCalendarsInput } from '../api/inputs.js';
import type { CalendarImportView } from '../api/views.js';
import { listCalendarChoices } from '../calendar/calendar-list.js';
import { forgetCursors } from '../calendar/import-cursor.js';
import { forgetFeedMarks, readFeeds } from '../calendar/feed-store.js';
import { readImportRules } from '../calendar/import-rules.js';
import { readImportState, writeImportState, type ImportState } from '../calendar/import-state.js';
import { recordFailure, runImportPass } from './calendar-import-pass.js';
import { withDocumentLock, withDocumentLockAsync } from '../lock.js';

/** A pass on opening the sidebar only when the last one is older than this. */
export const STALE_AFTER_MS = 5 * 60_000;
export function view(state: ImportState): CalendarImportView {
  return {
    enabled: state.enabled,
    calendars: listCalendarChoices(state.calendarIds),
    feeds: readFeeds(),
    rules: readImportRules(),
    lastPass: state.lastPass,
    runsOn: ['sidebar-open', 'sync-now'],
  };
}

export function parse<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } },
  input: unknown,
  message: string,
  where: string,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new NextRoundError('INVALID_INPUT', message, { where });
  return parsed.data;
}

/** Import on or off, the person's calendars (the chosen ones marked) and the last pass's report. */
export const loadCalendarImport: AddonApi['loadCalendarImport'] = () => view(readImportState());

/** Imports exactly these calendars from now on; calendars left out are forgotten (their cursors too). */
export const chooseImportCalendars: AddonApi['chooseImportCalendars'] = (input) => {
  const { calendarIds } = parse(ImportCalendarsInput, input, 'Pick between 1 and 20 calendars.', 'calendarIds');
  const known = new Map(listCalendarChoices(null).map((choice) => [choice.id, choice.name]));
  const unknown = calendarIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new NextRoundError('NOT_FOUND', `These calendars are not in your calendar list: ${unknown.join(', ')}.`, { where: 'calendarIds' });
  return withDocumentLock(() => {
    const ids = [...new Set(calendarIds)];
    const state: ImportState = { ...readImportState(), calendarIds: ids, names: Object.fromEntries(ids.map((id) => [id, known.get(id)!])) };
    forgetCursors(PropertiesService.getDocumentProperties(), ids);
    writeImportState(state);
    return view(state);
  });
};

/** Turns import on (the primary calendar unless a choice was saved) or off (which forgets every cursor). */
export const setCalendarImport: AddonApi['setCalendarImport'] = (input) => {
  const { enabled } = parse(CalendarImportSwitch, input, 'Say whether calendar import is on or off.', 'enabled');
  return withDocumentLock(() => {
    const state: ImportState = { ...readImportState(), enabled };
    if (!enabled) {
      forgetCursors(PropertiesService.getDocumentProperties());
      forgetFeedMarks();
    }
    if (enabled && state.calendarIds === null) {
      // The primary calendar, preselected, becomes the saved choice: its cursor and name stay stable.
      const primary = listCalendarChoices(null).filter((choice) => choice.chosen);
      state.calendarIds = primary.map((choice) => choice.id);
      state.names = Object.fromEntries(primary.map((choice) => [choice.id, choice.name]));
    }
    writeImportState(state);
    return view(state);
  });
};

/**
 * Starts one import pass of every chosen calendar; with `onlyIfStale` (the
 * sidebar opening) only when the last pass is older than STALE_AFTER_MS.
 * The shared engine is async; Apps Script's V8 runs async code
 * (https://developers.google.com/apps-script/guides/v8-runtime) and, its
 * services being synchronous, the pass settles within this execution. No
 * Google page says what google.script.run makes of a returned Promise, so
 * this answers synchronously and the pass saves its report (errors
 * included) for loadCalendarImport.
 * With `onlyIfStale` and import off, nothing starts (the sidebar asks on every opening).
 * @throws NextRoundError INVALID_INPUT, CONFIG_INVALID (import is off, on "Sync now"), before any call.
 */
export const syncCalendarsNow: AddonApi['syncCalendarsNow'] = (input) => {
  const { onlyIfStale } = parse(SyncCalendarsInput, input ?? {}, 'Say whether to sync only when the last pass is old.', 'onlyIfStale');
  const state = readImportState();
  if (!state.enabled && onlyIfStale) return { started: false, lastPass: state.lastPass };
  if (!state.enabled) throw new NextRoundError('CONFIG_INVALID', 'Calendar import is off: turn it on first.', { where: 'Calendar import' });
  const last = state.lastPass ? Date.parse(state.lastPass.finishedAt) : Number.NaN;
  if (onlyIfStale && state.lastPass && Date.now() - last < STALE_AFTER_MS) return { started: false, lastPass: state.lastPass };
  startPass(state);
  return { started: true, lastPass: state.lastPass };
};

/** Appended to the sidebar's HTML when a pass is due on opening; constant markup, no data. */
export const IMPORT_DUE_MARKER = '<div id="import-due" hidden></div>';

/** Import is on and the last pass is missing or older than STALE_AFTER_MS (one property read, no Spreadsheet call). */
export function importDueOnOpen(): boolean {
  const state = readImportState();
  if (!state.enabled) return false;
  return !state.lastPass || !(Date.now() - Date.parse(state.lastPass.finishedAt) < STALE_AFTER_MS);
}

/** Starts a pass now (the report is saved for loadCalendarImport); a failure is recorded, never thrown at the caller. */
export function startPass(state: ImportState): void {
  void withDocumentLockAsync(() => runImportPass(state)).catch(recordFailure);
}
