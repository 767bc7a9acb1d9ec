/**
 * The import's cursor: one part per calendar, each stored in its own
 * document property (a value may hold at most 9 KB,
 * https://developers.google.com/apps-script/guides/services/quotas), so a
 * calendar's cursor is forgotten alone when it leaves the choice.
 */
import * as z from 'zod';

/** Where one calendar's listing stands: its sync token, or the window of a full listing; plus the page to continue from. */
export const PartCursor = z.object({ sync: z.string().max(4000).optional(), from: z.string().max(40).optional(), page: z.string().max(4000).optional() });
export type PartCursor = z.infer<typeof PartCursor>;

export interface ImportCursor {
  v: 1;
  parts: Record<string, PartCursor>;
}

export const emptyCursor = (): ImportCursor => ({ v: 1, parts: {} });

const CURSOR_PREFIX = 'nextround.calendarCursor.';

/** The property key of one calendar's cursor. */
export const cursorKey = (calendarId: string) => CURSOR_PREFIX + calendarId;

/** The stored cursor of these calendars as one engine cursor; a part that no longer parses is listed afresh. */
export function readImportCursor(properties: GoogleAppsScript.Properties.Properties, calendarIds: readonly string[]): string | null {
  const cursor = emptyCursor();
  for (const id of calendarIds) {
    const raw = properties.getProperty(cursorKey(id));
    if (raw === null) continue;
    try {
      const parsed = PartCursor.safeParse(JSON.parse(raw));
      if (parsed.success) cursor.parts[id] = parsed.data;
    } catch {
      // A damaged part: that calendar is listed in full again (idempotent).
    }
  }
  return Object.keys(cursor.parts).length === 0 ? null : JSON.stringify(cursor);
}

/** Saves each calendar's part in its own property (one setProperties call); null forgets them all. A part too large to store is dropped, so that calendar starts over. */
export function writeImportCursor(properties: GoogleAppsScript.Properties.Properties, calendarIds: readonly string[], cursor: string | null): void {
  const parts = cursor === null ? {} : (JSON.parse(cursor) as ImportCursor).parts;
  const values: Record<string, string> = {};
  for (const id of calendarIds) {
    const part = parts[id];
    const json = part ? JSON.stringify(part) : null;
    if (json !== null && json.length <= 8000) values[cursorKey(id)] = json;
    else properties.deleteProperty(cursorKey(id));
  }
  if (Object.keys(values).length > 0) properties.setProperties(values);
}

/** Forgets every calendar's cursor (import turned off, or calendars no longer chosen). */
export function forgetCursors(properties: GoogleAppsScript.Properties.Properties, keep: readonly string[] = []): void {
  const kept = new Set(keep.map(cursorKey));
  for (const key of properties.getKeys()) if (key.startsWith(CURSOR_PREFIX) && !kept.has(key)) properties.deleteProperty(key);
}
