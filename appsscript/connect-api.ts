/**
 * The Connect panel's server functions (calendar import through the hosted
 * service), in JSON-safe types for the sidebar. Implemented in
 * features/connect.ts; SidebarApi extends it.
 */

/** One chosen calendar as the service reports it. */
export interface ConnectCalendar {
  calendarId: string;
  /** A live push channel; otherwise the service polls it. */
  push: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
}

export interface ConnectStatus {
  /** False when the deployment has no service address configured. */
  configured: boolean;
  status: 'not_connected' | 'connected' | 'needs_reconnect' | 'disconnected';
  /** False when the connection writes into another spreadsheet. */
  thisSpreadsheet: boolean;
  calendars: ConnectCalendar[];
}

export interface CalendarChoice {
  id: string;
  name: string;
  primary: boolean;
  chosen: boolean;
}

export interface ConnectApi {
  /** Connection status, chosen calendars, last sync. */
  loadConnection(): ConnectStatus;
  /** The Google consent URL (single use), shown as a link the person clicks. */
  startConnect(): { url: string };
  /** The person's calendars, the chosen ones marked. */
  listCalendars(): { calendars: CalendarChoice[] };
  /** Imports exactly these calendars from now on. */
  chooseCalendars(input: { calendarIds: string[] }): { selected: number; watched: number; polled: number };
  /** Queues a sync of every chosen calendar. */
  syncNow(): { queued: number };
  /** Revokes access, stops push channels, forgets the token; `revoked` false when Google could not be told. */
  disconnectCalendar(): { status: 'disconnected'; revoked: boolean };
}
