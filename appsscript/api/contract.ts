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
import type { DueDecisions } from '../../shared/due/due-decisions.js';
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
  /** Opens the board (a large dialog of stage columns) over the spreadsheet; also a menu item. */
  openBoard(): { opened: true };
  /** The board's cards, from one read of Applications. */
  loadBoard(): Out.BoardView;
  /** One application's Stage history lines, for its hub. */
  loadStageHistory(input: z.input<typeof In.ApplicationRef>): Out.StageHistoryView;
  /** Deletes one application or interview row (the sidebar asks first). */
  deleteEntry(input: z.input<typeof In.DeleteEntryInput>): Out.DeleteResult;
  /** The sidebar's rarer pages (screens.html), fetched the first time one of them opens. */
  loadScreens(): string;

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
  /** The morning digest: on or off, its hour, the days DST skips that hour. */
  loadDigest(): Out.DigestView;
  /** Turns the morning digest on at an hour (one daily trigger) or off (trigger removed). */
  saveDigest(input: z.input<typeof In.DigestSwitch>): Out.DigestView;
  /** Open applications with no news for the "Ghosted after" days (marking one Ghosted is changeStage). */
  loadGoingQuiet(): Out.GoingQuietView;
  /** Reads a pasted reply and proposes the stage, next action and due date; writes nothing. */
  previewReply(input: z.input<typeof In.PreviewReplyInput>): Out.ReplyPreview;
  /** Writes what the person confirmed for one application (stage with its Stage history row, next action, due date). */
  confirmReply(input: z.input<typeof In.ConfirmReplyInput>): Out.ReplyConfirmed;
  /** Saves what counts as due and rebuilds the sheet's due highlights from it. */
  saveDueSettings(input: Partial<DueSettings>): DueSettings;
  /** One draft preview per recipient of an interview or application. */
  previewDrafts(input: z.input<typeof In.DraftTarget>): Out.DraftsPreview;
  /** Creates the previewed drafts in Gmail, once per (row, recipient, kind). */
  createDrafts(input: z.input<typeof In.CreateDraftsInput>): Out.CreateDraftsResult;
  /** Done, Dismiss or Snooze on one due item, remembered by its id; answers every decision in force. */
  decideDueItem(input: z.input<typeof In.DueDecisionInput>): { decisions: DueDecisions };
  /** Writes a recipient's address to the row a draft card comes from (a hand-entered round's Interviewers, or an application's Contact email). */
  saveRecipientEmail(input: z.input<typeof In.RecipientEmailInput>): { email: string };
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

  // Getting data in: a job from its posting, an existing tracker
  /** Fetches a posting (allowed sites only) and shows what it holds; writes nothing. */
  previewJobFromLink(input: z.input<typeof In.JobLinkInput>): Out.JobPreview;
  /** The same extraction over a pasted description; writes nothing. */
  previewJobFromText(input: z.input<typeof In.JobTextInput>): Out.JobPreview;
  /** Adds the confirmed job as an application (its requirements as the checklist); a duplicate is answered, not added, unless `addAnyway`. */
  addJob(input: z.input<typeof In.AddJobInput>): Out.AddJobResult;
  /** Other sheets of this spreadsheet an import can read. */
  listImportSheets(): { sheets: string[] };
  /** Reads a CSV or a sheet and shows the import it would make; writes nothing. */
  previewImport(input: z.input<typeof In.ImportInput>): Out.ImportPreview;
  /** Imports all rows or none (at most 4 Spreadsheet writes); answers the preview when something must be fixed first. */
  runImport(input: z.input<typeof In.ImportInput>): Out.ImportResult;
}
