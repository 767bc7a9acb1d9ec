/**
 * The ports of the sync engine. Each has one adapter per world (Google
 * Calendar / .ics; Sheets API / .xlsx / SpreadsheetApp; SQLite / PostgreSQL)
 * and a fake for tests that passes the same contract suite.
 */
import type { CalendarEvent } from './calendar-event.js';
import type { SkipSummary } from './skip-reasons.js';

/**
 * What a source returns for one pass. Expected outcomes are values:
 * `reset` means the cursor expired (Calendar's 410 fullSyncRequired) and the
 * caller must run a full listing; it is not an exception.
 */
export type CalendarChanges =
  | {
      kind: 'changes';
      /** Every page, to the last one. */
      events: CalendarEvent[];
      /** Save only after the events are written. */
      nextCursor: string;
      /** True for a full listing: events absent from it may be gone (see planner's circuit breaker). */
      full: boolean;
      /** For a full listing bounded by `timeMin`: its UTC date (YYYY-MM-DD). Rows dated on or before it are not judged absent. */
      listedFrom?: string;
      /** Events the source could not read and left out, each named (they end up in the report's errors). */
      errors?: string[];
      /** The sync window's start (ISO 8601): events ending before it update the rows they have and add none. */
      windowFrom?: string;
      /**
       * Events the cursor says are already written (unchanged since it), for a
       * source that has them at no cost (.ics): the engine re-creates the rows
       * of those missing from the tracker, so a row lost to another writer (an
       * editor saving an older copy) comes back instead of waiting for its event to change.
       */
      unchanged?: CalendarEvent[];
    }
  | { kind: 'reset' };

export interface CalendarSource {
  /** Stable id of this source (calendar id, file path or URL), used to key cursors. */
  readonly id: string;
  /** Lists what changed since `cursor`, or everything when the cursor is null. */
  listChanges(cursor: string | null): Promise<CalendarChanges>;
}

/** One Interviews row as the engine sees it: cells by column key. */
export type RowCells = Record<string, string>;

/** What the planner decided for one row. */
export type RowOp =
  | { kind: 'append'; eventId: string; cells: RowCells }
  /** Only the cells listed change; `row` is the 0-based data row index in the snapshot it was planned on. */
  | { kind: 'update'; eventId: string; row: number; cells: RowCells };

/** The sink's rows at read time: the header row and each data row keyed by column key. */
export interface TrackerSnapshot {
  readonly headers: readonly string[];
  readonly rows: readonly RowCells[];
  /** IANA zone the sheet shows times in. */
  readonly timeZone: string;
}

export interface TrackerSink {
  /** One read: headers plus the rows' calendar-owned cells and ids. */
  read(): Promise<TrackerSnapshot>;
  /** One write: applies every op atomically, cells as literal text (never formulas). */
  apply(ops: readonly RowOp[], snapshot: TrackerSnapshot): Promise<void>;
}

export interface CursorStore {
  get(sourceId: string): Promise<string | null>;
  set(sourceId: string, cursor: string | null): Promise<void>;
}

/**
 * Runs `run` while holding the lock named `key`: one pass per source at a time
 * (an in-process mutex, a PostgreSQL advisory lock, ...). Without it, two
 * concurrent passes could let an older version win a race; appends stay
 * duplicate-free either way.
 */
export type SyncLock = <T>(key: string, run: () => Promise<T>) => Promise<T>;

/** What one pass did, for logs, the CLI and the status page. */
export interface SyncReport {
  sourceId: string;
  eventsSeen: number;
  added: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  skipped: number;
  errors: string[];
  /** Why the other skipped events were left out: counts per reason and a few titles, most frequent first (bounded). */
  skippedReasons?: SkipSummary;
  /** Uncertain events left out for the person to confirm (add their ids to the rules' `confirmedIds`). */
  flagged?: { eventId: string; title: string; start: string; reasons: string[] }[];
  /** How many times the cursor had expired and a full listing was run instead. */
  resets?: number;
  /** When the pass finished (ISO 8601, from the `now` the caller passed). */
  finishedAt?: string;
}
