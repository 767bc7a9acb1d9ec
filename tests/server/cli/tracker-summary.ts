/** A TrackerSummary for tests: nothing found, nothing written, then `over`. */
import type { TrackerSummary } from '../../../server/cli/sync-tracker.js';

export function trackerSummary(over: Partial<TrackerSummary>): TrackerSummary {
  return {
    out: 't.xlsx',
    written: false,
    found: 0,
    added: 0,
    updated: 0,
    cancelled: 0,
    unchanged: 0,
    skipped: 0,
    imported: [],
    flagged: [],
    warnings: [],
    errors: [],
    sources: [],
    ...over,
  };
}
