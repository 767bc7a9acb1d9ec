/**
 * The person's calendars for the picker: `calendarList.list` paged to its
 * last page (Google pages it, at most 250 entries a page:
 * https://developers.google.com/calendar/api/v3/reference/calendarList/list),
 * bounded, and Google's failures translated so the sidebar can say what went
 * wrong (a rate limit is "try again", not "the service failed").
 */
import { translateGoogleError } from '../google/google-errors.js';
import type { CalendarCalls } from './paced-clients.js';

/** Pages read at most: 20 × 250 calendars is far beyond any person's list. */
const MAX_PAGES = 20;

export interface ListedCalendar {
  id: string;
  name: string;
  primary: boolean;
}

/** @throws NextRoundError (RATE_LIMITED, UNAVAILABLE, AUTH_REQUIRED, ...) translated from Google's answer. */
export async function listPersonCalendars(calendar: Pick<CalendarCalls, 'calendarList'>): Promise<ListedCalendar[]> {
  const listed: ListedCalendar[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await calendar.calendarList
      .list({ minAccessRole: 'reader', maxResults: 250, ...(pageToken ? { pageToken } : {}) })
      .catch((error: unknown) => {
        throw translateGoogleError(error, 'Calendar calendarList.list', 'your calendar list');
      });
    for (const item of data.items ?? []) {
      if (item.id) listed.push({ id: item.id, name: (item.summaryOverride ?? item.summary ?? item.id).slice(0, 200), primary: item.primary === true });
    }
    if (!data.nextPageToken) break;
    pageToken = data.nextPageToken;
  }
  return listed;
}
