/**
 * Row shapes read back from either engine, parsed with zod: PostgreSQL
 * returns BIGINT as a string and SQLite has no booleans, so coercion lives
 * here once instead of in every query.
 */
import * as z from 'zod';
import type { CalendarRecord, Channel, Connection, OAuthState, SyncResult } from './types.js';

const epoch = z.coerce.number().int();

export const ConnectionRow = z
  .object({
    user_id: z.string(),
    spreadsheet_id: z.string(),
    status: z.enum(['connected', 'needs_sheet_access', 'needs_reconnect', 'disconnected']),
    scopes: z.string(),
    updated_at: epoch,
  })
  .transform(
    (row): Connection => ({
      userId: row.user_id,
      spreadsheetId: row.spreadsheet_id,
      status: row.status,
      scopes: row.scopes,
      updatedAt: row.updated_at,
    }),
  );

export const CalendarRow = z
  .object({ key: z.string(), user_id: z.string(), calendar_id: z.string(), enabled: z.coerce.number() })
  .transform((row): CalendarRecord => ({ key: row.key, userId: row.user_id, calendarId: row.calendar_id, enabled: row.enabled === 1 }));

export const ChannelRow = z
  .object({
    channel_id: z.string(),
    resource_id: z.string(),
    token_hash: z.string(),
    user_id: z.string(),
    calendar_key: z.string(),
    expires_at: epoch,
    stopped_at: epoch.nullable(),
    last_message: epoch,
  })
  .transform(
    (row): Channel => ({
      channelId: row.channel_id,
      resourceId: row.resource_id,
      tokenHash: row.token_hash,
      userId: row.user_id,
      calendarKey: row.calendar_key,
      expiresAt: row.expires_at,
      stoppedAt: row.stopped_at,
      lastMessage: row.last_message,
    }),
  );

export const SyncResultRow = z
  .object({ calendar_key: z.string(), finished_at: epoch, error: z.string().nullable() })
  .transform((row): SyncResult => ({ calendarKey: row.calendar_key, finishedAt: row.finished_at, error: row.error }));

export const OAuthStateRow = z
  .object({
    state: z.string(),
    user_id: z.string(),
    spreadsheet_id: z.string(),
    code_verifier: z.string(),
    expires_at: epoch,
  })
  .transform(
    (row): OAuthState => ({
      state: row.state,
      userId: row.user_id,
      spreadsheetId: row.spreadsheet_id,
      codeVerifier: row.code_verifier,
      expiresAt: row.expires_at,
    }),
  );

/** Parses the first row with `schema`, or null when there is none. */
export function parseFirst<T>(schema: z.ZodType<T>, rows: ReadonlyArray<Record<string, unknown>>): T | null {
  const first = rows[0];
  return first === undefined ? null : schema.parse(first);
}
