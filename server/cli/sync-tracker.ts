/**
 * One local pass: every .ics source into one .xlsx tracker, through the
 * shared sync engine. Used by `nextround sync` and by the `npm start` loop.
 */
import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_RULES, type ClassifyRules } from '../../shared/classify/rules.js';
import { runSync } from '../../shared/sync/run-sync.js';
import type { CursorStore, SyncReport } from '../../shared/sync/ports.js';
import type { SkipSummary } from '../../shared/sync/skip-reasons.js';
import { IcsSource } from '../ics/ics-source.js';
import type { IcsWindow } from '../ics/parse-types.js';
import type { SafeFetchOptions } from '../ics/safe-fetch.js';
import { trackerLock, type TrackerLockOptions } from '../xlsx/tracker-lock.js';
import { XlsxSink } from '../xlsx/xlsx-sink.js';
import { combineSources } from './combined-source.js';
import { recordingSink, type ImportedRow } from './recording-sink.js';
import { applyTitleOverrides, type TitleOverrides } from './title-overrides.js';

export interface SyncTrackerInput extends TitleOverrides {
  sources: readonly string[];
  out: string;
  window: () => IcsWindow;
  timeZone: string;
  cursors: CursorStore;
  rules?: ClassifyRules;
  fetch?: SafeFetchOptions;
  now?: () => Date;
  /** Waiting for another pass or an open spreadsheet program before skipping (tracker-lock.ts). */
  lock?: TrackerLockOptions;
}

/** One calendar's state after a pass: how many occurrences it held, or why it could not be read. */
export interface SourceState {
  id: string;
  found: number;
  /** Set when the calendar could not be fetched or read this pass (the others still synced). */
  error?: string;
}

/** What a pass did, plus what each calendar held. */
export interface TrackerSummary {
  out: string;
  /** Whether the workbook was written (false when there was nothing to change). */
  written: boolean;
  found: number;
  added: number;
  updated: number;
  cancelled: number;
  /** Interview rows already in the tracker that this pass left as they were. */
  unchanged: number;
  skipped: number;
  /** The interviews this pass added to the tracker. */
  imported: ImportedRow[];
  flagged: NonNullable<SyncReport['flagged']>;
  /** Why the other skipped events were left out: counts per reason with a few titles (bounded; see shared/sync/skip-reasons.ts). */
  skippedReasons?: SkipSummary;
  /** What a source skipped on purpose (a series cut at the step limit). */
  warnings: string[];
  /** Events left out because they could not be read or written, each named. */
  errors: string[];
  /** Each calendar's state, in the order given. */
  sources: SourceState[];
}

/**
 * Syncs every source in one pass: one listing over all calendars, one read
 * and one write of the workbook. Cursors are keyed by the workbook and the
 * settings too: a new workbook, or a changed --tz/--include/--exclude,
 * starts from a full listing.
 */
export async function syncTracker(input: SyncTrackerInput): Promise<TrackerSummary> {
  const out = resolve(input.out);
  const fresh = await access(out).then(
    () => false,
    () => true,
  );
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([out, input.timeZone, input.include?.source, input.exclude?.source, input.rules ?? null]))
    .digest('hex')
    .slice(0, 16);
  const calendars = input.sources.map(
    (location) => new IcsSource({ location, window: input.window, defaultTimeZone: input.timeZone, ...(input.fetch && { fetch: input.fetch }) }),
  );
  const rules: ClassifyRules = { ...(input.rules ?? DEFAULT_RULES), confirmedIds: [...(input.rules ?? DEFAULT_RULES).confirmedIds] };
  const combined = combineSources(calendars);
  const sink = recordingSink(new XlsxSink({ path: out, timeZone: input.timeZone }));
  const report = await runSync({
    source: applyTitleOverrides(combined, input, rules),
    sink,
    cursors: scopeCursors(input.cursors, fingerprint, fresh),
    rules,
    now: input.now ?? (() => new Date()),
    lock: trackerLock(out, input.lock),
  });
  const failed = new Map(combined.failures.map((failure) => [failure.id, failure.error]));
  const listed = calendars.filter((calendar) => !failed.has(calendar.id));
  return {
    out,
    written: sink.written,
    found: listed.reduce((sum, calendar) => sum + calendar.lastFound, 0),
    added: report.added,
    updated: report.updated,
    cancelled: report.cancelled,
    unchanged: sink.unchangedRows(),
    skipped: report.skipped,
    imported: [...sink.imported],
    flagged: report.flagged ?? [],
    skippedReasons: report.skippedReasons ?? { reasons: [], more: 0 },
    warnings: listed.flatMap((calendar) => calendar.lastWarnings),
    errors: report.errors,
    sources: calendars.map((calendar) => {
      const error = failed.get(calendar.id);
      return error === undefined ? { id: calendar.id, found: calendar.lastFound } : { id: calendar.id, found: 0, error };
    }),
  };
}
function scopeCursors(cursors: CursorStore, fingerprint: string, fresh: boolean): CursorStore {
  let ignoreSaved = fresh;
  return {
    get: async (sourceId) => (ignoreSaved ? null : cursors.get(`xlsx:${fingerprint}:${sourceId}`)),
    set: async (sourceId, cursor) => {
      ignoreSaved = false;
      await cursors.set(`xlsx:${fingerprint}:${sourceId}`, cursor);
    },
  };
}
