/**
 * The local .xlsx tracker for `import` and `add-job`: the applications
 * already there are read (for duplicates) and the new Applications and
 * Stage history rows appended in one transaction of owned-sheets.ts, so
 * the same guarantees as `sync` hold: the tracker lock, no open editor,
 * one atomic save refused when the file changed since the read, only those
 * two sheets' parts (and the shared strings and styles) rewritten. Cells go
 * through the one cell model: text stays a string cell, never a formula.
 */
import type { ApplicationKeyFields } from '../../shared/import/same-application.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { APPLICATIONS } from '../../shared/schema/tracker-schema.js';
import type { RowCells } from '../../shared/sync/ports.js';
import { type EditOwnedSheetsOptions, editOwnedSheets } from '../xlsx/owned-sheets.js';

/** Rows to append, column key → text (keys of APPLICATIONS and of STAGE_HISTORY). */
export interface TrackerRows {
  readonly applications: readonly RowCells[];
  readonly history: readonly RowCells[];
}

/**
 * Reads company, role and link of every application in the tracker at `path` (none in a new one),
 * lets `plan` choose the rows to add from them, and appends those; `plan` throwing (or adding no
 * rows) leaves the file as it was, and creates none.
 */
export function appendToTracker(
  path: string,
  plan: (existing: readonly ApplicationKeyFields[]) => TrackerRows,
  options: EditOwnedSheetsOptions = {},
): Promise<void> {
  return editOwnedSheets(
    path,
    async (tracker) => {
      const { rows } = await tracker.read(APPLICATIONS);
      const add = plan(rows.map((row) => ({ company: row.company ?? '', role: row.role ?? '', link: row.link ?? '' })));
      if (add.applications.length === 0) return;
      await tracker.append(APPLICATIONS, add.applications);
      await tracker.append(STAGE_HISTORY, add.history);
    },
    options,
  );
}
