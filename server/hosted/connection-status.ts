/**
 * What the Connect panel shows: whether this person is connected (to this
 * spreadsheet), and per chosen calendar whether push is live, when it last
 * synced and the last error. JSON-safe: times are ISO strings.
 */
import type { ConnectionStatus, SyncStore } from '../store/types.js';

export interface CalendarStatus {
  calendarId: string;
  /** A live push channel exists; otherwise the calendar is polled. */
  push: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
}

export interface ConnectionView {
  status: ConnectionStatus | 'not_connected';
  /** False when the connection writes into another spreadsheet. */
  thisSpreadsheet: boolean;
  calendars: CalendarStatus[];
}

/** @example c.json(await readConnectionStatus(store, { userId, spreadsheetId }, Date.now())) */
export async function readConnectionStatus(store: SyncStore, who: { userId: string; spreadsheetId: string }, now: number): Promise<ConnectionView> {
  const connection = await store.getConnection(who.userId);
  if (!connection) return { status: 'not_connected', thisSpreadsheet: false, calendars: [] };
  const [calendars, results, channels] = await Promise.all([
    store.listCalendars(who.userId),
    store.listSyncResults(who.userId),
    store.listChannelsExpiringBefore(Number.MAX_SAFE_INTEGER),
  ]);
  const live = new Set(channels.filter((ch) => ch.userId === who.userId && ch.expiresAt > now).map((ch) => ch.calendarKey));
  const resultOf = new Map(results.map((result) => [result.calendarKey, result]));
  return {
    status: connection.status,
    thisSpreadsheet: connection.spreadsheetId === who.spreadsheetId,
    calendars: calendars
      .filter((calendar) => calendar.enabled)
      .map((calendar) => {
        const result = resultOf.get(calendar.key);
        return {
          calendarId: calendar.calendarId,
          push: live.has(calendar.key),
          lastSyncAt: result ? new Date(result.finishedAt).toISOString() : null,
          lastError: result?.error ?? null,
        };
      }),
  };
}
