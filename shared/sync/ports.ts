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
      /**
       * For a source made of several (Google calendars and .ics feeds): the
       * parts whose listing is complete, each judging only the rows it owns,
       * behind the same circuit breaker. `full` then stays false, so a row is
       * never judged gone because another part's listing lacks it.
       */
      sweeps?: ListingSweep[];
    }
  | { kind: 'reset' };

/**
 * A complete listing of one part of a source: the rows it owns whose event it
 * does not list may be gone. When the circuit breaker trips on it, its rows
 * are left as they are and it is named in the report (`sweepsLeftAlone`);
 * the rest of the pass proceeds.
 */
export interface ListingSweep {
  /** For messages: what the person calls this part (`Feed "…"`, `Your Google calendars`). */
  name: string;
  /** Whether a row's event belongs to this part. */
  owns(eventId: string): boolean;
  /** Every id the part lists now, unchanged events included. */
  listed: ReadonlySet<string>;
  /** The listing's first UTC day (YYYY-MM-DD); rows dated on or before it are not judged. */
  listedFrom?: string;
}

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
  /** Read in the same read by a sink that links rounds (see TrackerLinks); absent otherwise. */
  readonly links?: TrackerLinkRows;
}

/** A sheet read as text: its header row and its data rows, the person's columns included. */
export interface SheetRows {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * The TrackerLinks port, which a sink may implement: it reads the
 * Applications and Contacts sheets in the same read as the Interviews rows
 * (`snapshot.links`; null for a tab the workbook lacks) and appends the rows
 * linking creates in the same write (`apply`'s third argument). The engine
 * decides everything (shared/sync/link-rounds.ts); a sink only moves rows.
 */
export interface TrackerLinkRows {
  readonly applications: SheetRows | null;
  readonly contacts: SheetRows | null;
}

/** New Applications and Contacts rows, cells by column key of APPLICATIONS / CONTACTS, appended below the last row. */
export interface TrackerLinkOps {
  readonly applications: readonly RowCells[];
  readonly contacts: readonly RowCells[];
}

export interface TrackerSink {
  /** One read: headers plus the rows' calendar-owned cells and ids. */
  read(): Promise<TrackerSnapshot>;
  /**
   * One write: applies every op atomically, cells as literal text (never
   * formulas); with `links` (only for a snapshot that has `links`), appends
   * the new Applications and Contacts rows in the same write.
   */
  apply(ops: readonly RowOp[], snapshot: TrackerSnapshot, links?: TrackerLinkOps): Promise<void>;
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
  /** What linking did: rounds given their application, applications and contacts created. */
  linked?: { rounds: number; applications: number; contacts: number };
  /** When the pass finished (ISO 8601, from the `now` the caller passed). */
  finishedAt?: string;
  /** Names of the sweeps whose rows were left as they are because the circuit breaker tripped on them. */
  sweepsLeftAlone?: string[];
}
