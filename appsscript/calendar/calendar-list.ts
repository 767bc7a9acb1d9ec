/**
 * The person's calendars (CalendarList, every page), with the chosen ones
 * marked: until a choice is saved, the primary calendar is the choice.
 * Needs only `calendar.calendarlist.readonly`
 * (https://developers.google.com/calendar/api/v3/reference/calendarList/list).
 */
import type { CalendarChoice } from '../api/views.js';

/** At most this many pages are read (250 calendars each): a calendar list is never that long. */
const MAX_PAGES = 4;

export function listCalendarChoices(chosenIds: readonly string[] | null): CalendarChoice[] {
  const choices: CalendarChoice[] = [];
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = Calendar!.CalendarList!.list({ maxResults: 250, ...(pageToken ? { pageToken } : {}) });
    for (const item of list.items ?? []) {
      if (!item.id) continue;
      const primary = item.primary === true;
      choices.push({
        id: item.id,
        name: item.summaryOverride || item.summary || item.id,
        primary,
        chosen: chosenIds === null ? primary : chosenIds.includes(item.id),
      });
    }
    pageToken = list.nextPageToken ?? undefined;
    if (!pageToken) break;
  }
  return choices;
}
