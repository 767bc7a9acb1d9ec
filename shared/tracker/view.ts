/** What one `loadTracker` call returns: everything the sidebar's first screen shows. */
import type { ApplicationRecord, InterviewRecord } from '../models/records.js';
import type { FieldErrors } from '../models/field-errors.js';
import type { PipelineSummary } from './summarize-pipeline.js';

export interface TrackerView {
  /** Wall time in the spreadsheet's zone when the view was read. */
  readonly now: string;
  readonly timeZone: string;
  readonly summary: PipelineSummary;
  readonly applications: readonly ApplicationRecord[];
  readonly interviews: readonly InterviewRecord[];
  /** Cells that do not fit their column (sheet, row and header named); left out of the summary. */
  readonly problems: readonly string[];
  /** How many cards the Due page shows (shared/due/group-due.ts dueGroups, decisions applied): the Due tab's count. */
  readonly dueCount: number;
}

/** The outcome of saving a form: expected problems are values, not exceptions. */
export type SaveResult<T> = { readonly kind: 'saved'; readonly record: T } | { readonly kind: 'invalid'; readonly fieldErrors: FieldErrors };
