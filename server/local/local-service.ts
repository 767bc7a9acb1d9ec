/**
 * The `npm start` sync loop: a first pass at start, then one per interval,
 * never two at once; each pass prints one progress line and is kept for the
 * status page. `stop()` waits for a running pass (whose workbook write is
 * atomic anyway) and closes the state store.
 */
import { ClassifyRules } from '../../shared/classify/rules.js';
import { isNextRoundError } from '../../shared/errors.js';
import type { ClosableCursorStore } from '../store/cursor-store.js';
import { openStateStore } from '../cli/state-store.js';
import { nothingWrittenReason } from '../cli/summary-text.js';
import { syncTracker, type TrackerSummary } from '../cli/sync-tracker.js';
import { keepFlagged, keepImported, type KeptFlagged, type KeptImported } from './kept-lists.js';
import type { LocalConfig } from './local-config.js';
import { redactDeep, redactSecrets } from './redact-secrets.js';
import { DAY_MS } from '../../shared/time/index.js';

/** One pass as the status page shows it. */
export interface PassRecord {
  number: number;
  startedAt: string;
  finishedAt: string;
  summary: TrackerSummary | undefined;
  error: string | undefined;
}

/** What the status page and /healthz read. */
export interface LocalStatus {
  sources: readonly string[];
  out: string;
  /** The zone the page shows times in (the tracker's). */
  timeZone: string;
  intervalSeconds: number;
  passes: number;
  lastPass: PassRecord | undefined;
  /** The last few failed passes, newest first. */
  errors: { at: string; message: string }[];
  /** The interviews imported since start (newest pass first, at most 50), with when. */
  imported: KeptImported[];
  /** The events that may be interviews, not imported, found since start and not imported since (at most 50). */
  flagged: KeptFlagged[];
}

export interface LocalService {
  status(): LocalStatus;
  /** Settles when the first pass (started at once) has finished or failed. */
  firstPass: Promise<PassRecord | undefined>;
  /** Runs a pass now unless one is running; resolves with its record. */
  runPass(): Promise<PassRecord | undefined>;
  stop(): Promise<void>;
}

/** The status before the first pass: what the status page shows while the service starts. */
export function initialStatus(config: LocalConfig): LocalStatus {
  return {
    sources: config.sources,
    out: config.out,
    timeZone: config.timeZone,
    intervalSeconds: config.intervalSeconds,
    passes: 0,
    lastPass: undefined,
    errors: [],
    imported: [],
    flagged: [],
  };
}

/**
 * Opens the state store and starts the loop: the first pass runs at once
 * (await `firstPass` for it), then one per interval.
 */
export async function startLocalService(
  config: LocalConfig,
  writeLog: (line: string) => void,
  now: () => Date = () => new Date(),
  /** The state store when the caller opened (and checked) it already; closed by `stop()`. */
  opened?: ClosableCursorStore,
): Promise<LocalService> {
  const log = (line: string) => writeLog(redactSecrets(line));
  const cursors: ClosableCursorStore = opened ?? (await openStateStore(config.dataDir, 'NEXTROUND_DATA_DIR'));
  const state = initialStatus(config);
  let running: Promise<PassRecord> | undefined;
  let stopped = false;

  async function pass(): Promise<PassRecord> {
    const startedAt = now().toISOString();
    const number = state.passes + 1;
    let record: PassRecord;
    try {
      const summary = await syncTracker({
        sources: config.sources,
        out: config.out,
        window: () => ({
          from: config.from ?? new Date(now().getTime() - 365 * DAY_MS),
          to: config.to ?? new Date(now().getTime() + 365 * DAY_MS),
        }),
        timeZone: config.timeZone,
        include: config.include,
        exclude: config.exclude,
        ...(config.selfEmails.length > 0 && { rules: ClassifyRules.parse({ selfEmails: config.selfEmails }) }),
        cursors,
        now,
      });
      record = { number, startedAt, finishedAt: now().toISOString(), summary, error: undefined };
      const at = record.finishedAt;
      state.imported = keepImported(state.imported, summary, at);
      state.flagged = keepFlagged(state.flagged, summary);
      log(formatProgress(record, config.intervalSeconds));
    } catch (error) {
      const message = isNextRoundError(error) ? error.message : `unexpected: ${(error as Error).message}`;
      record = { number, startedAt, finishedAt: now().toISOString(), summary: undefined, error: message };
      state.errors = [{ at: record.finishedAt, message }, ...state.errors].slice(0, 10);
      log(`pass ${number} failed: ${message}`);
    }
    state.passes = number;
    state.lastPass = record;
    return record;
  }

  const runPass = async () => {
    if (stopped || running) return undefined;
    running = pass();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };

  const firstPass = runPass();
  const timer = setInterval(() => void runPass(), config.intervalSeconds * 1000);
  return {
    status: () => redactDeep(state),
    firstPass,
    runPass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      await cursors.close();
    },
  };
}

/**
 * `pass 3 12:00:05Z: found 14, added 1, … -> tracker.xlsx (next in 300 s)`; the
 * tracker is named only when the pass wrote it, and calendars that could not
 * be read are named with their error.
 */
export function formatProgress(record: PassRecord, intervalSeconds: number): string {
  const s = record.summary!;
  const failed = s.sources.filter((source) => source.error !== undefined);
  return (
    `pass ${record.number} ${record.finishedAt}: found ${s.found}, added ${s.added}, updated ${s.updated}, ` +
    `cancelled ${s.cancelled}, unchanged ${s.unchanged}, skipped ${s.skipped} ` +
    `${s.written ? `-> ${s.out}` : `(nothing to write: ${nothingWrittenReason(s)})`} (next in ${intervalSeconds} s)` +
    failed.map((source) => `; calendar not read: ${source.id}: ${source.error}`).join('')
  );
}
