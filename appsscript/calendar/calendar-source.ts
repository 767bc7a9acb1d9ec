/**
 * The chosen Google calendars as one CalendarSource over the Calendar
 * advanced service, so one pass reads and writes the tracker once and a
 * full listing is judged only when every calendar was listed in full (one
 * calendar's listing must never take another's rows for cancelled events).
 *
 * Per calendar, as Google's sync guide says
 * (https://developers.google.com/calendar/api/guides/sync): `singleEvents`
 * and `showDeleted` on every request, pages to the last one (an empty page
 * with a nextPageToken is not the end), the `syncToken` repeated on every
 * page of an incremental listing, never with `timeMin`
 * (https://developers.google.com/calendar/api/v3/reference/events/list), and
 * 410 "full sync is required" answered with a full listing from the window's
 * start. Incremental listings report changes to any event, so they are
 * filtered to the window here.
 *
 * Time budget: before each page the clock is checked; past the deadline the
 * listing stops (at least one page per run, so every run makes progress) and
 * the calendar's cursor records where (its sync token, or the window, plus
 * the page token): the engine writes what was listed, saves that cursor, and
 * the next run continues. A listing continued across runs is not judged for
 * absent rows.
 */
import { isNextRoundError } from '../../shared/errors.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import { eventInstant } from '../../shared/sync/event-span.js';
import { toCalendarEvent } from '../../shared/sync/google-event.js';
import type { CalendarChanges, CalendarSource } from '../../shared/sync/ports.js';
import { emptyCursor, type ImportCursor, type PartCursor } from './import-cursor.js';

export interface ImportSourceOptions {
  /** Calendar id → the name the person knows it by (for messages). */
  calendars: readonly { id: string; name: string }[];
  /** Start of the window (ISO instant): full listings begin there, older changes are left out. */
  windowStart: string;
  /** Epoch ms after which no new page is fetched. */
  deadline: number;
  /** Events per page (Google's maximum by default: fewest calls). */
  pageSize?: number;
}

/** What the source learnt besides the changes: calendars not finished in this run. */
export interface ImportSource extends CalendarSource {
  readonly pending: string[];
}

type PartResult = { events: CalendarEvent[]; errors: string[]; next: PartCursor; full: boolean; done: boolean } | 'reset';

const FULL_SYNC_REQUIRED = /full sync is required|\b410\b/i;

export function createImportSource(options: ImportSourceOptions): ImportSource {
  const pending: string[] = [];
  return {
    id: 'google-calendars',
    pending,
    async listChanges(cursor: string | null): Promise<CalendarChanges> {
      const previous: ImportCursor = cursor === null ? emptyCursor() : JSON.parse(cursor);
      const next: ImportCursor = { v: 1, parts: {} };
      const events: CalendarEvent[] = [];
      const errors: string[] = [];
      let full = true;
      let listed = 0;
      for (const calendar of options.calendars) {
        const before = previous.parts[calendar.id] ?? null;
        if (Date.now() >= options.deadline && listed > 0) {
          // Out of time before this calendar started: it keeps its cursor and goes first next run.
          if (before) next.parts[calendar.id] = before;
          pending.push(calendar.name);
          full = false;
          continue;
        }
        let result: PartResult;
        listed++;
        try {
          result = listPart(calendar, before);
          if (result === 'reset') result = listPart(calendar, null);
        } catch (error) {
          if (before) next.parts[calendar.id] = before;
          errors.push(
            `Calendar "${calendar.name}" could not be read (${messageOf(error)}); the other calendars were imported, and it is tried again next time.`,
          );
          full = false;
          continue;
        }
        if (result === 'reset') return { kind: 'reset' };
        events.push(...result.events);
        errors.push(...result.errors);
        next.parts[calendar.id] = result.next;
        full &&= result.full;
        if (!result.done) pending.push(calendar.name);
      }
      return {
        kind: 'changes',
        events,
        nextCursor: JSON.stringify(next),
        full,
        listedFrom: options.windowStart.slice(0, 10),
        ...(errors.length > 0 ? { errors } : {}),
      };
    },
  };

  function listPart(calendar: { id: string; name: string }, cursor: PartCursor | null): PartResult {
    const windowMs = Date.parse(options.windowStart);
    const incremental = cursor?.sync !== undefined;
    const from = cursor?.from ?? options.windowStart;
    const common = { singleEvents: true, showDeleted: true, maxResults: options.pageSize ?? 2500 };
    const window = incremental ? { syncToken: cursor!.sync } : { timeMin: from };
    const events: CalendarEvent[] = [];
    const errors: string[] = [];
    let pageToken = cursor?.page;
    const full = !incremental && pageToken === undefined;
    for (let pages = 0; ; pages++) {
      if (pages > 0 && Date.now() >= options.deadline) {
        return { events, errors, next: incremental ? { sync: cursor!.sync, page: pageToken } : { from, page: pageToken }, full: false, done: false };
      }
      let page: GoogleAppsScript.Calendar.Schema.Events;
      try {
        page = Calendar!.Events!.list(calendar.id, { ...common, ...window, ...(pageToken ? { pageToken } : {}) });
      } catch (error) {
        if (FULL_SYNC_REQUIRED.test(messageOf(error))) return 'reset';
        throw error;
      }
      for (const item of page.items ?? []) {
        try {
          const event = toCalendarEvent(item, `calendar ${calendar.name}`);
          if (incremental && endsBefore(event, windowMs)) continue;
          events.push(event);
        } catch (error) {
          if (!isNextRoundError(error, 'INVALID_INPUT')) throw error;
          errors.push(`${error.message} (calendar "${calendar.name}"); it was left out.`);
        }
      }
      if (page.nextPageToken) {
        pageToken = page.nextPageToken;
        continue;
      }
      if (!page.nextSyncToken) throw new Error('the listing ended without a sync token');
      return { events, errors, next: { sync: page.nextSyncToken }, full: full && errors.length === 0, done: true };
    }
  }
}

/** An event that ended before the window (a cancellation without times is kept: it may match a row). */
function endsBefore(event: CalendarEvent, windowMs: number): boolean {
  const end = event.end;
  if (!end) return false;
  const endMs = end.date ? Date.parse(`${end.date}T00:00:00Z`) + 86_400_000 : eventInstant(end, 'UTC');
  return endMs !== null && endMs < windowMs;
}

function messageOf(error: unknown): string {
  // Apps Script's errors are Errors; read the message structurally all the same.
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : String(error);
  return text.replace(/^API call to calendar\.[\w.]+ failed with error:\s*/, '').slice(0, 200);
}
