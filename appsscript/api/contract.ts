/**
 * The add-on API: every function the sidebar may call, in one place, in
 * JSON-safe types (the sidebar's DOM-only tsconfig imports it). Feature
 * modules implement each member (`export const x: AddonApi['x'] = ...`),
 * the sidebar calls it through one Proxy (sidebar/server.ts), and the build
 * turns each name in entry-points.ts into a top-level function. Adding a
 * call: declare it here, list it in entry-points.ts, implement and export it.
 */
import type * as z from 'zod';
import type { ApplicationForm } from '../../shared/models/application.js';
import type { InterviewForm } from '../../shared/models/interview.js';
import type { ApplicationRecord, InterviewRecord } from '../../shared/models/records.js';
import type { DueSettings } from '../../shared/due/due-settings.js';
import type { TemplateRow } from '../../shared/templates/template-row.js';
import type { SaveResult, TrackerView } from '../../shared/tracker/view.js';
import type * as In from './inputs.js';
import type * as Out from './views.js';

export interface AddonApi {
  // The tracker
  /** Everything the first screen shows, in one call. */
  loadTracker(): TrackerView;
  /** Adds (no id) or edits (by id) one application. */
  saveApplication(input: z.input<typeof ApplicationForm>): SaveResult<ApplicationRecord>;
  /** Adds (no eventId) or edits (by eventId) one interview round. */
  saveInterview(input: z.input<typeof InterviewForm>): SaveResult<InterviewRecord>;
  /** Creates whatever the tracker lacks (also a menu item). */
  setUpTracker(): Out.SetupReport;
  /** Moves one application to another stage and records the change in Stage history. */
  changeStage(input: z.input<typeof In.ChangeStageInput>): Out.StageChangeResult;
  /** One application's Stage history lines, for its hub. */
  loadStageHistory(input: z.input<typeof In.ApplicationRef>): Out.StageHistoryView;
  /** Deletes one application or interview row (the sidebar asks first). */
  deleteEntry(input: z.input<typeof In.DeleteEntryInput>): Out.DeleteResult;

  // Prepare and reflect
  loadPrep(input: z.input<typeof In.InterviewRef>): Out.PrepView;
  savePrep(input: z.input<typeof In.SavePrepInput>): Out.PrepView;
  loadReflect(): Out.ReflectView;
  loadDebrief(input: z.input<typeof In.InterviewRef>): Out.DebriefView;
  saveDebrief(input: z.input<typeof In.SaveDebriefInput>): Out.DebriefView;
  addFeedback(input: z.input<typeof In.AddFeedbackInput>): Out.DebriefView;

  // Look back
  loadInsights(): Out.InsightsView;
  rebuildInsightsSheet(): Out.InsightsSheetReport;
  exportActivityCsv(): Out.ActivityCsv;

  // What is due, drafts and templates
  /** What is due now: thank-yous, feedback requests, follow-ups, the market check. */
  loadDue(): Out.DueView;
  /** Saves what counts as due and rebuilds the sheet's due highlights from it. */
  saveDueSettings(input: Partial<DueSettings>): DueSettings;
  /** One draft preview per recipient of an interview or application. */
  previewDrafts(input: z.input<typeof In.DraftTarget>): Out.DraftsPreview;
  /** Creates the previewed drafts in Gmail, once per (row, recipient, kind). */
  createDrafts(input: z.input<typeof In.CreateDraftsInput>): Out.CreateDraftsResult;
  /** Saves the name that signs drafts (`{{my_name}}`). */
  saveMyName(input: z.input<typeof In.MyNameInput>): { myName: string };
  /** One template as the sheet holds it, by Template ID. */
  loadTemplate(input: z.input<typeof In.TemplateRef>): TemplateRow;
  /** Saves an edited template (by id) or adds one; refuses unknown placeholders, writing nothing. */
  saveTemplate(input: z.input<typeof In.TemplateInput>): Out.SaveTemplateResult;

  // Calendar import through the hosted sync service
  /** Connection status, chosen calendars, last sync. */
  loadConnection(): Out.ConnectStatus;
  /** The Google consent URL (single use), shown as a link the person clicks. */
  startConnect(): { url: string };
  /** The person's calendars, the chosen ones marked. */
  listCalendars(): { calendars: Out.CalendarChoice[] };
  /** Imports exactly these calendars from now on. */
  chooseCalendars(input: z.input<typeof In.ChooseCalendarsInput>): { selected: number; watched: number; polled: number };
  /** Queues a sync of every chosen calendar. */
  syncNow(): { queued: number };
  /** Revokes access, stops push channels, forgets the token; `revoked` false when Google could not be told. */
  disconnectCalendar(): { status: 'disconnected'; revoked: boolean };

  // Calendar import inside the add-on (Calendar advanced service, no service)
  /** Import on or off, the person's calendars (chosen ones marked; primary preselected) and the last pass's report. */
  loadCalendarImport(): Out.CalendarImportView;
  /** Imports exactly these calendars from now on (1–20); the others' cursors are forgotten. */
  chooseImportCalendars(input: z.input<typeof In.ImportCalendarsInput>): Out.CalendarImportView;
  /** Turns import on or off; off forgets every cursor. */
  setCalendarImport(input: z.input<typeof In.CalendarImportSwitch>): Out.CalendarImportView;
  /**
   * Starts one pass (`started`), or with `onlyIfStale` (the sidebar opening) none when the last is recent.
   * The pass finishes within this execution; its report is read with loadCalendarImport (`lastPass`).
   */
  syncCalendarsNow(input?: z.input<typeof In.SyncCalendarsInput>): Out.SyncStarted;
  /** Imports or ignores a maybe-interview, remembered as a rule for its title; "import" starts a full pass so it arrives now. */
  decideMaybeInterview(input: z.input<typeof In.MaybeInterviewChoice>): Out.CalendarImportView;
  /** Adds a calendar feed (https:// or webcal://, at most 3); it is imported from the next pass on. */
  addCalendarFeed(input: z.input<typeof In.CalendarFeedInput>): Out.CalendarImportView;
  /** Stops importing a feed (rows already imported stay). */
  removeCalendarFeed(input: z.input<typeof In.CalendarFeedInput>): Out.CalendarImportView;
}
