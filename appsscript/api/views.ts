/**
 * What the add-on's functions answer, in plain JSON-safe types (wall-time
 * and ISO strings, never `Date`; no Apps Script types), so the sidebar's
 * DOM-only tsconfig can import them.
 */
import type { DueItem } from '../../shared/due/due-item.js';
import type { DueSettings } from '../../shared/due/due-settings.js';
import type { DueDecisions } from '../../shared/due/due-decisions.js';
import type { Insights } from '../../shared/insights/insights-types.js';
import type { DraftRecord } from '../../shared/mail/draft-log.js';
import type { DraftPreview } from '../../shared/mail/preview-drafts.js';
import type { Prep } from '../../shared/prep/prep.js';
import type { JobPosting } from '../../shared/jobs/job-posting.js';
import type { Requirement } from '../../shared/jobs/extract-requirements.js';
import type { AwaitingDebrief } from '../../shared/reflect/awaiting-debrief.js';
import type { Debrief } from '../../shared/reflect/debrief.js';
import type { TemplateRow } from '../../shared/templates/template-row.js';
import type { ReplyKind } from '../../shared/reply/reply-rules.js';
import type { QuietApplication } from '../../shared/due/list-going-quiet.js';
import type { SkillToBuild } from '../../shared/learning/skills-to-build.js';
import type { BankedQuestion, QuestionTheme } from '../../shared/learning/question-bank.js';
import type { ReplyMatch } from '../../shared/reply/match-application.js';
import type { ReplyProposal } from '../../shared/reply/propose-reply.js';

/** What "Set up tracker" did: sheet names created, "Sheet!Header" added. */
export interface SetupReport {
  readonly created: readonly string[];
  readonly addedColumns: readonly string[];
  readonly changed: boolean;
}

/** Which interview a panel is about, as the sidebar titles it. */
export interface RoundSummary {
  interviewId: string;
  company: string;
  role: string;
  round: string;
  /** The application the round belongs to, or ''. */
  applicationId: string;
  /** Wall time in the sheet's zone. */
  start: string;
}

export interface PrepView extends RoundSummary {
  prep: Prep;
  /** For the "3/7 ready" chip. */
  progress: { done: number; total: number };
  /** Its requirements that are on the skills-to-build list. */
  skillNotes: { requirement: string; skill: SkillToBuild }[];
  /** Questions met before at this company or in this round type, with the person's notes. */
  questionSuggestions: (BankedQuestion & { why: 'same round type' | 'same company' })[];
}

export interface DebriefView extends RoundSummary {
  debrief: Debrief;
  /** Feedback received later, oldest first. */
  feedback: { receivedOn: string; text: string }[];
}

/** The yearly market check, when it is due (setting-driven; computed by the core's listDue). */
export interface MarketCheck {
  lastInterviewOn: string;
  days: number;
}

export interface ReflectView {
  now: string;
  /** Ended interviews still waiting for a debrief, newest first. */
  awaiting: AwaitingDebrief[];
  /** Past interviews (newest first, at most 50), to add feedback received later. */
  past: RoundSummary[];
  problems: string[];
}

/** One application's stage changes, oldest first (wall times in the sheet's zone). */
export interface StageHistoryView {
  changes: { fromStage: string; toStage: string; changedAt: string }[];
}

/** The sheet row a deleted entry had. */
export type DeleteResult = { kind: 'deleted'; row: number };

export type StageChangeResult = { kind: 'changed'; fromStage: string; toStage: string; changedAt: string } | { kind: 'unchanged'; stage: string };

export interface InsightsView {
  now: string;
  insights: Insights;
  marketCheck: MarketCheck | null;
  /** Requirements without evidence and recurring "to improve" themes, ranked. */
  skills: SkillToBuild[];
  /** Every question asked, with the person's notes, by theme. */
  questionBank: QuestionTheme[];
}

export interface InsightsSheetReport {
  sheet: string;
  /** Data rows written below the header. */
  rows: number;
}

export interface ActivityCsv {
  filename: string;
  csv: string;
  /** Entries in the log (the header row not counted). */
  entries: number;
  problems: string[];
}

/** A template the sidebar can offer. */
export interface TemplateChoice {
  id: string;
  name: string;
}

export interface DraftsPreview {
  /** The template used, and the others of the same kind. */
  templateId: string;
  templates: TemplateChoice[];
  /** "Acme · Backend Engineer · Technical": what the drafts are about. */
  title: string;
  previews: DraftPreview[];
  /** Template rows that could not be read, each naming its row. */
  problems: string[];
  /** A missing address may be typed here (saveRecipientEmail): not on a calendar round, whose guests are changed in the calendar. */
  emailEditable: boolean;
}

/** What happened to one key. */
export type DraftOutcome =
  | { key: string; status: 'created' | 'existing'; draft: DraftRecord }
  /** Blocked on the fresh row (an edit made it so), gone from the row, or not tried after a Gmail failure. */
  | { key: string; status: 'blocked' | 'gone' | 'failed'; message: string };

export interface CreateDraftsResult {
  outcomes: DraftOutcome[];
  /** The row's Thank-you after the call ("Drafted" once every interviewer has a draft). */
  thankYou: string | null;
}

/** One card of the board: an application with an ID (rows without one cannot be moved, so they are only counted). */
export interface BoardCard {
  id: string;
  company: string;
  role: string;
  stage: string;
  nextAction: string;
  nextActionDue: string;
  appliedOn: string;
}

export interface BoardView {
  /** Wall time in the sheet's zone. */
  now: string;
  cards: BoardCard[];
  /** Applications rows without an Application ID, left off the board. */
  withoutId: number;
}

export interface DueView {
  /** Wall time in the sheet's zone. */
  now: string;
  items: DueItem[];
  problems: string[];
  /** The thresholds in force, for the settings form. */
  settings: DueSettings;
  /** Done, dismissed and snoozed items, by the item's stable id (shared/due/due-decisions.ts). */
  decisions: DueDecisions;
  /** The name that signs drafts; empty until the person gives it (asked before any card). */
  myName: string;
}

export type SaveTemplateResult =
  | { kind: 'saved'; template: TemplateRow }
  /** One line per problem (unknown or malformed placeholder, empty field); nothing was written. */
  | { kind: 'invalid'; problems: string[] };

/** One chosen calendar as the sync service reports it. */
export interface ConnectCalendar {
  calendarId: string;
  /** A live push channel; otherwise the service polls it. */
  push: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
}

export interface ConnectStatus {
  /** False when the deployment has no service address configured. */
  configured: boolean;
  status: 'not_connected' | 'connected' | 'needs_sheet_access' | 'needs_reconnect' | 'disconnected';
  /** False when the connection writes into another spreadsheet. */
  thisSpreadsheet: boolean;
  calendars: ConnectCalendar[];
}

export interface CalendarChoice {
  id: string;
  name: string;
  primary: boolean;
  chosen: boolean;
}

/** One uncertain event left out for the person to confirm. */
export interface MaybeInterview {
  eventId: string;
  title: string;
  start: string;
  reasons: string[];
}

/** What the last import pass did (ISO instant; counts; each problem named). */
export interface CalendarPassView {
  finishedAt: string;
  added: number;
  updated: number;
  cancelled: number;
  flagged: MaybeInterview[];
  /** Flagged events beyond the ones listed (the report is kept small). */
  moreFlagged: number;
  /** Why the other events were skipped: the most frequent reasons, each with how many and a title or two. */
  skipped: { reason: string; count: number; titles: string[] }[];
  /** Skipped events whose reason is not listed (the report is kept small). */
  moreSkipped: number;
  errors: string[];
  /** Calendars whose listing did not finish in the time budget: the next run continues them. */
  continues: string[];
}

/** Calendar import inside the add-on (Calendar advanced service; no service, no server). */
export interface CalendarImportView {
  enabled: boolean;
  /** The person's calendars, the chosen ones marked (the primary one preselected until a choice is saved). */
  calendars: CalendarChoice[];
  /** The .ics feeds imported too (Outlook, iCloud, Proton, …): the fetched https address and a short name. */
  feeds: { url: string; name: string }[];
  /** The person's remembered answers: titles always imported (include) or ignored (exclude). */
  rules: { include: string[]; exclude: string[] };
  lastPass: CalendarPassView | null;
  /** When import runs: on opening the sidebar (if the last pass is older than a few minutes) and on "Sync now". */
  runsOn: ('sidebar-open' | 'sync-now')[];
}

/** What "Sync now" answers at once: whether a pass started, and the last finished pass's report. */
export interface SyncStarted {
  started: boolean;
  lastPass: CalendarPassView | null;
}

/** What "add a job" found, before anything is written. */
export type JobPreview =
  | {
      kind: 'found';
      posting: JobPosting;
      /** The salary as the Salary cell will read. */
      salary: string;
      requirements: Requirement[];
      /** The application already in the tracker with the same link or company and role, or null. */
      duplicate: { id: string; company: string; role: string; stage: string; row: number } | null;
    }
  /** The page could not be read or holds no posting: the person pastes the description. */
  | { kind: 'paste'; message: string };

export type AddJobResult =
  | { kind: 'added'; applicationId: string; company: string; role: string; requirements: number }
  | { kind: 'duplicate'; duplicate: { id: string; company: string; role: string; stage: string; row: number } };

/** The import as it would run: nothing is written until `runImport` answers `imported`. */
export interface ImportPreview {
  sourceName: string;
  /** e.g. "UTF-8, comma-separated"; '' for a sheet. */
  format: string;
  headers: string[];
  mapping: (string | null)[];
  /** The fields a column can fill, for the choices. */
  fields: { key: string; label: string }[];
  /** The first rows as read, to recognise the columns. */
  sample: string[][];
  counts: { rows: number; new: number; alreadyInTracker: number; repeatedInFile: number; undatedStages: number };
  unknownStages: string[];
  stages: string[];
  problems: { line: number; column: string; message: string }[];
  problemCount: number;
  dayOrder: 'dmy' | 'mdy';
  /** True when the import can run as shown. */
  ready: boolean;
}

export type ImportResult = { kind: 'imported'; applications: number; history: number } | { kind: 'not-imported'; preview: ImportPreview };

/** The morning digest as the sidebar shows it. */
export interface DigestView {
  enabled: boolean;
  /** The hour in the sheet's zone, null when off. */
  hour: number | null;
  timeZone: string;
  /** The days in the coming year when that hour does not exist (DST), in the person's words; null when none. */
  skippedHourNote: string | null;
}

/** One application the person may pick when a reply matches none or several. */
export interface ReplyChoice {
  applicationId: string;
  company: string;
  role: string;
  stage: string;
}

/** What a pasted reply says and what it would change; nothing is written yet. */
export type ReplyPreview =
  | { kind: 'not-email'; message: string }
  | {
      kind: 'read';
      reply: ReplyKind;
      language: string | null;
      matched: string[];
      sender: string | null;
      match: ReplyMatch;
      /** Every application, to pick from when the match is not one. */
      choices: ReplyChoice[];
      proposal: ReplyProposal | null;
    };

export interface ReplyConfirmed {
  applicationId: string;
  stage: string;
  /** A Stage history row was appended. */
  recorded: boolean;
  /** A rejection: offer the feedback-request draft now. */
  offerFeedbackDraft: boolean;
}

/** Applications with no news for `ghostAfterDays`, to mark Ghosted in one click. */
export interface GoingQuietView {
  items: QuietApplication[];
  ghostAfterDays: number;
}
