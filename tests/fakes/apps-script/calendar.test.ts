/**
 * The Calendar advanced service fake is a claim about Google: each
 * behaviour here follows the page it cites. The data model is the server
 * fake's (tests/fake-google/fake-calendar.ts, with its own contract test);
 * these check what the advanced service adds: how calls are made and fail.
 */
import { describe, expect, it } from 'vitest';
import { CallLog } from './call-log.js';
import { FakeCalendarService } from './calendar.js';

function service() {
  const fake = new FakeCalendarService(new CallLog());
  const calendar = fake.add('me@example.com', 'Me');
  calendar.put({ id: 'a', summary: 'Interview', start: { dateTime: '2026-03-05T10:00:00Z' }, end: { dateTime: '2026-03-05T11:00:00Z' } });
  return { fake, calendar, Events: fake.service.Events, CalendarList: fake.service.CalendarList };
}

describe('the Calendar advanced service fake', () => {
  // https://developers.google.com/calendar/api/v3/reference/events/list: syncToken "cannot be used together with" iCalUID, orderBy, q, timeMin, timeMax, updatedMin…
  it('rejects timeMin (and the other filters) together with a syncToken, as events.list does', () => {
    const { Events } = service();
    const { nextSyncToken } = Events.list('me@example.com', { singleEvents: true, showDeleted: true });
    expect(() => Events.list('me@example.com', { singleEvents: true, showDeleted: true, syncToken: nextSyncToken, timeMin: '2026-01-01T00:00:00Z' })).toThrow(
      /API call to calendar\.events\.list failed with error: .*timeMin.*syncToken/,
    );
  });

  // https://developers.google.com/calendar/api/guides/sync: an expired token answers 410; the client must run a full sync.
  // https://developers.google.com/apps-script/advanced/calendar (sample "Synchronizing events"): the advanced service throws, and the message says a full sync is required.
  it('throws "Sync token is no longer valid, a full sync is required." for an expired token', () => {
    const { Events, calendar } = service();
    const { nextSyncToken } = Events.list('me@example.com', { singleEvents: true, showDeleted: true });
    calendar.expireSyncTokens();
    expect(() => Events.list('me@example.com', { singleEvents: true, showDeleted: true, syncToken: nextSyncToken })).toThrow(
      /Sync token is no longer valid, a full sync is required\./,
    );
  });

  // https://developers.google.com/calendar/api/guides/sync: "nextSyncToken ... is present only on the last page"; pages may be empty.
  it('pages with nextPageToken, empty pages included, and gives the sync token only on the last page', () => {
    const { Events, calendar } = service();
    calendar.emptyPages = true;
    const first = Events.list('me@example.com', { singleEvents: true, showDeleted: true });
    expect(first).toMatchObject({ items: [] });
    expect(first.nextSyncToken).toBeUndefined();
    const last = Events.list('me@example.com', { singleEvents: true, showDeleted: true, pageToken: first.nextPageToken });
    expect(last.items?.map((item) => item.id)).toEqual(['a']);
    expect(last.nextSyncToken).toEqual(expect.any(String));
  });

  // https://developers.google.com/calendar/api/v3/reference/events/list: a calendar the caller cannot see answers 404 Not Found.
  it('answers a calendar the person can no longer read with a thrown "Not Found", and leaves it out of the calendar list', () => {
    const { fake, Events, CalendarList } = service();
    fake.calendars.get('me@example.com')!.unreadable = true;
    expect(() => Events.list('me@example.com', {})).toThrow(/failed with error: Not Found/);
    expect(CalendarList.list({}).items).toEqual([]);
  });

  // https://developers.google.com/calendar/api/v3/reference/calendarList/list: entries carry id, summary and primary (only on the primary calendar).
  it('lists the person’s calendars with the primary one marked, and "primary" names it in events.list', () => {
    const { fake, Events, CalendarList } = service();
    fake.add('team@example.com', 'Team');
    expect(CalendarList.list({}).items?.map(({ id, summary, primary }) => ({ id, summary, primary }))).toEqual([
      { id: 'me@example.com', summary: 'Me', primary: true },
      { id: 'team@example.com', summary: 'Team', primary: undefined },
    ]);
    expect(Events.list('primary', {}).items?.map((item) => item.id)).toEqual(['a']);
  });
});
