/**
 * The contract between the sidebar and the add-on's server functions, in
 * plain JSON-safe types (no Apps Script types, so the sidebar's DOM-only
 * tsconfig can import it). Feature modules implement it; the sidebar's
 * Promise wrapper is derived from it. Later features add their functions
 * here.
 */
import type { z } from 'zod';
import type { ApplicationForm } from '../shared/models/application.js';
import type { InterviewForm } from '../shared/models/interview.js';
import type { ApplicationRecord, InterviewRecord } from '../shared/models/records.js';
import type { SaveResult, TrackerView } from '../shared/tracker/view.js';
import type { LearningApi } from './learning-api.js';
import type { DraftsApi } from './drafts-api.js';
import type { ConnectApi } from './connect-api.js';

/** What "Set up tracker" did: sheet names created, "Sheet!Header" added. */
export interface SetupReport {
  readonly created: readonly string[];
  readonly addedColumns: readonly string[];
  readonly changed: boolean;
}

/** The learning loop's functions (prepare, reflect, stage changes, look back) are declared in learning-api.ts. */
export interface SidebarApi extends LearningApi, DraftsApi, ConnectApi {
  /** Everything the first screen shows, in one call. */
  loadTracker(): TrackerView;
  /** Adds (no id) or edits (by id) one application. */
  saveApplication(input: z.input<typeof ApplicationForm>): SaveResult<ApplicationRecord>;
  /** Adds (no eventId) or edits (by eventId) one interview round. */
  saveInterview(input: z.input<typeof InterviewForm>): SaveResult<InterviewRecord>;
  /** Creates whatever the tracker lacks. */
  setUpTracker(): SetupReport;
}
