/**
 * CalendarSource over Google Calendar v3: a bounded full listing (timeMin)
 * when there is no cursor, an incremental one with the sync token otherwise,
 * paging to the last page (empty pages included), and 410 fullSyncRequired
 * answered as `{ kind: 'reset' }`. Every event is parsed with zod: calendar
 * data is untrusted.
 */
import type { calendar_v3 } from '@googleapis/calendar';
import { NextRoundError, isNextRoundError } from '../../shared/errors.js';
import type { CalendarEvent } from '../../shared/sync/calendar-event.js';
import { toCalendarEvent } from '../../shared/sync/google-event.js';
import type { CalendarChanges, CalendarSource } from '../../shared/sync/ports.js';
import { readFailure } from './google-errors.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';

/** The one call the source makes; a googleapis `calendar_v3.Calendar` is one. */
export interface CalendarApi {
  events: { list(params: calendar_v3.Params$Resource$Events$List): Promise<{ data: calendar_v3.Schema$Events }> };
}

export interface GoogleCalendarSourceOptions {
  calendar: CalendarApi;
  calendarId?: string;
  /** Events per page (Google's maximum, 2500, by default: fewest requests). */
  pageSize?: number;
  /** Start of a full listing's window (ISO 8601): older events are not listed. */
  fullSyncFrom: () => string;
  retry?: RetryPolicy;
}

const GONE = Symbol('gone');

/** The one mapping of Google's event JSON, in shared/ so the add-on uses it too. */
export { toCalendarEvent };

/**
 * A CalendarSource over one Google calendar. The cursor is Calendar's sync token.
 * @example createGoogleCalendarSource({ calendar: clients.calendar, fullSyncFrom: () => new Date(Date.now() - 30 * 864e5).toISOString() })
 */
export function createGoogleCalendarSource(options: GoogleCalendarSourceOptions): CalendarSource {
  const calendarId = options.calendarId ?? 'primary';
  const policy = options.retry ?? DEFAULT_RETRY;
  const where = `calendar ${calendarId}`;

  async function listPage(params: calendar_v3.Params$Resource$Events$List): Promise<calendar_v3.Schema$Events | typeof GONE> {
    return withRetry(policy, { what: 'Calendar events.list', where, idempotent: true }, async () => {
      try {
        return (await options.calendar.events.list(params)).data;
      } catch (error) {
        if (readFailure(error).status === 410) return GONE;
        throw error;
      }
    });
  }

  return {
    id: `google:${calendarId}`,
    async listChanges(cursor: string | null): Promise<CalendarChanges> {
      // Every parameter but the window must be the same for the full and the incremental listings.
      const common = { calendarId, singleEvents: true, showDeleted: true, maxResults: options.pageSize ?? 2500 };
      const windowFrom = options.fullSyncFrom();
      const from = cursor === null ? windowFrom : null;
      const events: CalendarEvent[] = [];
      const errors: string[] = [];
      let pageToken: string | undefined;
      for (;;) {
        // Every page repeats the first page's syncToken or timeMin, as Google's sync guide does
        // (https://developers.google.com/calendar/api/guides/sync).
        const window = cursor !== null ? { syncToken: cursor } : { timeMin: from! };
        const params = { ...common, ...window, ...(pageToken ? { pageToken } : {}) };
        const page = await listPage(params);
        if (page === GONE) return { kind: 'reset' };
        for (const item of page.items ?? []) {
          // One malformed event is reported and left out; it must not block every other event forever.
          try {
            events.push(toCalendarEvent(item, where));
          } catch (error) {
            if (!isNextRoundError(error, 'INVALID_INPUT')) throw error;
            errors.push(error.message);
          }
        }
        if (page.nextPageToken) {
          pageToken = page.nextPageToken;
          continue;
        }
        if (!page.nextSyncToken) throw new NextRoundError('INVALID_INPUT', 'Calendar events.list ended without a nextSyncToken.', { where });
        return {
          kind: 'changes',
          events,
          nextCursor: page.nextSyncToken,
          full: cursor === null,
          windowFrom,
          ...(errors.length > 0 ? { errors } : {}),
          ...(from ? { listedFrom: new Date(from).toISOString().slice(0, 10) } : {}),
        };
      }
    },
  };
}
