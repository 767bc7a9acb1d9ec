/**
 * The store port of the hosted sync service: connections, sealed refresh
 * tokens, calendars, push channels, fenced cursors and OAuth states. One
 * contract suite (tests/server/store) runs on every adapter (SQLite,
 * PostgreSQL). It lives beside its adapters because only the service uses it.
 * All times are epoch milliseconds.
 */
import { createHash } from 'node:crypto';

/**
 * `needs_sheet_access`: consent is stored, but the drive.file grant for the
 * tracker is missing (never picked, or lost: Google answers 403/404 for the
 * file). Not syncable, like every status but `connected`.
 */
export type ConnectionStatus = 'connected' | 'needs_sheet_access' | 'needs_reconnect' | 'disconnected';

/** One person's link between their Google account and one tracker spreadsheet. */
export interface Connection {
  userId: string;
  spreadsheetId: string;
  status: ConnectionStatus;
  /** Space-separated scopes Google granted. */
  scopes: string;
  updatedAt: number;
}

/** A calendar the person chose to import; `key` keys its cursor, fence and jobs. */
export interface CalendarRecord {
  key: string;
  userId: string;
  calendarId: string;
  enabled: boolean;
}

/** A Calendar push channel (events.watch). The channel token is stored only as a SHA-256 hash. */
export interface Channel {
  channelId: string;
  resourceId: string;
  tokenHash: string;
  userId: string;
  calendarKey: string;
  expiresAt: number;
  stoppedAt: number | null;
  /** Highest X-Goog-Message-Number accepted so far (0 before any). */
  lastMessage: number;
}

/** A pending authorization: single use, expiring, bound to who asked and the PKCE verifier. */
export interface OAuthState {
  state: string;
  userId: string;
  spreadsheetId: string;
  codeVerifier: string;
  expiresAt: number;
}

export interface ConnectionStore {
  saveConnection(connection: Connection): Promise<void>;
  getConnection(userId: string): Promise<Connection | null>;
  /** Returns false when the user has no connection. */
  setConnectionStatus(userId: string, status: ConnectionStatus, at: number): Promise<boolean>;
}

/** Holds refresh tokens only in sealed form (see server/crypto); it never sees plaintext. */
export interface TokenStore {
  getSealedToken(userId: string): Promise<string | null>;
  saveSealedToken(userId: string, sealed: string): Promise<void>;
  deleteSealedToken(userId: string): Promise<void>;
  listSealedTokens(): Promise<Array<{ userId: string; sealed: string }>>;
  /** Compare-and-set, so a rotation never overwrites a token re-saved meanwhile. */
  replaceSealedToken(userId: string, expected: string, next: string): Promise<boolean>;
}

export interface CalendarStore {
  saveCalendar(calendar: CalendarRecord): Promise<void>;
  getCalendar(key: string): Promise<CalendarRecord | null>;
  listCalendars(userId: string): Promise<CalendarRecord[]>;
  /** Enabled calendars of connected users, by key: the periodic pass's worklist. */
  listSyncableCalendars(): Promise<CalendarRecord[]>;
}

/** How the last sync of a calendar ended (the sidebar's "last sync"). */
export interface SyncResult {
  calendarKey: string;
  finishedAt: number;
  /** Null when it succeeded; else the error's message (never a token). */
  error: string | null;
}

export interface SyncResultStore {
  saveSyncResult(result: SyncResult): Promise<void>;
  listSyncResults(userId: string): Promise<SyncResult[]>;
}

export interface ChannelStore {
  saveChannel(channel: Channel): Promise<void>;
  findChannel(channelId: string): Promise<Channel | null>;
  /** Stops a live channel; false when it was already stopped (so of two instances renewing it, one wins). */
  stopChannel(channelId: string, at: number): Promise<boolean>;
  /** Stops every live channel of a user (disconnect, invalid_grant); returns how many. */
  stopChannelsOfUser(userId: string, at: number): Promise<number>;
  /** Live (not stopped) channels expiring before `at`, soonest first: the renewal worklist. */
  listChannelsExpiringBefore(at: number): Promise<Channel[]>;
  /** Raises the channel's last message number; false when `messageNumber` is not newer (a replay). */
  advanceMessage(channelId: string, messageNumber: number): Promise<boolean>;
  /** Undoes an advance whose work could not be queued, unless a newer message moved it on since. */
  rewindMessage(channelId: string, from: number, to: number): Promise<boolean>;
}

/**
 * Cursors with a fencing token per calendar: each sync takes a new fence,
 * and a cursor is saved only under the newest fence, so a stalled worker
 * that wakes up late cannot overwrite a newer cursor with an old one.
 */
export interface FencedCursorStore {
  getCursor(key: string): Promise<string | null>;
  acquireFence(key: string): Promise<number>;
  /** False (nothing written) when a newer fence was taken since `fence`. */
  saveCursor(key: string, cursor: string | null, fence: number): Promise<boolean>;
  /** Unfenced write, for the one-process local mode. */
  setCursor(key: string, cursor: string | null): Promise<void>;
}

export interface OAuthStateStore {
  saveOAuthState(state: OAuthState): Promise<void>;
  /** Removes and returns the state (single use); expiry is the caller's check. */
  takeOAuthState(state: string): Promise<OAuthState | null>;
}

/** Per-user pacing shared by every instance (Sheets: 60 writes/min/user). */
export interface PacingStore {
  /**
   * Reserves the user's next write slot, at least `spacingMs` after the previous
   * one and not before `now`; returns the slot's time (wait until then).
   */
  reserveWriteSlot(userId: string, now: number, spacingMs: number): Promise<number>;
}

/**
 * The shared request budget's state (see server/hosted/quota-budget.ts): per
 * key, the earliest moment the next request may go. One atomic statement per
 * take, so every instance on the database shares one budget.
 */
export interface QuotaSlotStore {
  /**
   * Takes the key's slot if it is free at `now` (the next one then opens
   * `spacingMs` later) and returns 0; otherwise takes nothing and returns how
   * long until it frees. `holder` names this take for `returnQuotaSlot`.
   */
  takeQuotaSlot(key: string, now: number, spacingMs: number, holder: string): Promise<number>;
  /** Gives back a slot taken by `holder` if nobody took one after it; false otherwise. */
  returnQuotaSlot(key: string, spacingMs: number, holder: string): Promise<boolean>;
}

/**
 * Event IDs that may have a row in a tracker, so a pass can tell, before
 * reading the sheet, that no change could touch a row (the sheet stays the
 * truth: ids are only ever added, and a tracker read long ago counts as unknown).
 */
export interface KnownRowsStore {
  /** The ids recorded for the tracker and when its rows were last read, or null when never. */
  getKnownEventIds(spreadsheetId: string): Promise<{ ids: Set<string>; readAt: number } | null>;
  /** Adds ids (never removes); with `readAt`, records that the whole sheet was read then. */
  addKnownEventIds(spreadsheetId: string, ids: readonly string[], readAt?: number): Promise<void>;
}

export interface SyncStore
  extends ConnectionStore,
    PacingStore,
    QuotaSlotStore,
    KnownRowsStore,
    TokenStore,
    CalendarStore,
    SyncResultStore,
    ChannelStore,
    FencedCursorStore,
    OAuthStateStore {
  /** Throws NextRoundError UNAVAILABLE when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Stable, opaque key of one user's calendar (calendar ids hold '@' and '#'). */
export function deriveCalendarKey(userId: string, calendarId: string): string {
  return `cal_${createHash('sha256').update(`${userId}\u0000${calendarId}`).digest('base64url').slice(0, 32)}`;
}
