/** .ics feeds in the built add-on: fetched through the UrlFetchApp fake, read with shared/ics, written with the Google calendars' rows. */
import { describe, expect, it } from 'vitest';
import { importHarness, interview } from './import-harness.js';
import { calendar as ics } from '../../server/ics/fixtures.js';

const FEED = 'https://outlook.office365.com/owa/calendar/abc/reachcalendar.ics';

const meeting = (uid: string, start: string, title: string) => [`UID:${uid}`, `DTSTART:${start}`, 'DURATION:PT1H', `SUMMARY:${title}`];

function withFeed(body: string | Uint8Array, status = 200) {
  const h = importHarness();
  const google = h.calendar.add('me@example.com', 'Me');
  google.put(interview('g1', '2026-03-05T10:00:00Z'));
  h.addon.setCalendarImport({ enabled: true });
  h.urlFetch.serve(FEED, { status, body });
  h.addon.addCalendarFeed({ url: FEED.replace('https://', 'webcal://') });
  return { h, google };
}

describe('a calendar feed', () => {
  it('is fetched as https (webcal read as https) and its interviews imported beside the Google ones', async () => {
    const { h } = withFeed(ics(meeting('o1', '20260306T090000Z', 'Interview with Globex'), meeting('o2', '20260306T120000Z', 'Lunch')));
    const pass = await h.sync();
    expect(pass).toMatchObject({ added: 2, errors: [] });
    expect(h.column('eventId').sort()).toEqual(['g1', 'o1']);
    expect(h.urlFetch.requests.map((request) => [request.url, request.params.muteHttpExceptions])).toEqual([[FEED, true]]);
  });

  it('costs no Spreadsheet call more than a pass without feeds (the sheet zone comes from the pass’s one read)', async () => {
    const plain = importHarness();
    plain.calendar.add('me@example.com', 'Me').put(interview('g1', '2026-03-05T10:00:00Z'));
    plain.addon.setCalendarImport({ enabled: true });
    plain.log.reset();
    await plain.sync();
    const { h } = withFeed(ics(meeting('o1', '20260306T090000Z', 'Interview with Globex')));
    h.log.reset();
    await h.sync();
    expect(h.log.spreadsheetCalls()).toBe(plain.log.spreadsheetCalls());
    expect(h.log.count('UrlFetchApp.fetch')).toBe(1);
  });

  it('marks an event dropped from the feed cancelled on a later pass, and adds nothing twice', async () => {
    const { h } = withFeed(ics(meeting('o1', '20260306T090000Z', 'Interview with Globex'), meeting('o3', '20260307T090000Z', 'Phone screen Initech')));
    await h.sync();
    h.urlFetch.serve(FEED, { body: ics(meeting('o1', '20260306T090000Z', 'Interview with Globex')) });
    h.clock.ms += 60_000;
    expect(await h.sync()).toMatchObject({ added: 0, cancelled: 1 });
    expect(h.column('calendarStatus')[h.column('eventId').indexOf('o3')]).toBe('cancelled');
    expect(h.column('eventId')).toHaveLength(3);
  });

  it('that is not an .ics is named, and the Google calendar still imports', async () => {
    const { h } = withFeed('<!doctype html><title>Sign in</title>');
    const pass = await h.sync();
    expect(pass.added).toBe(1);
    expect(pass.errors).toEqual([expect.stringMatching(/^Feed "outlook\.office365\.com\/…\/reachcalendar\.ics" is not an \.ics calendar/)]);
  });

  it('that answers an HTTP error is named and tried again next time', async () => {
    const { h } = withFeed('gone', 404);
    const pass = await h.sync();
    expect(pass.added).toBe(1);
    expect(pass.errors).toEqual([expect.stringContaining('answered HTTP 404')]);
  });

  it('larger than 5 MB is not parsed and is named', async () => {
    const body = new TextEncoder().encode(ics(meeting('o1', '20260306T090000Z', 'Interview with Globex')) + 'X'.repeat(5 * 1024 * 1024));
    const { h } = withFeed(body);
    const pass = await h.sync();
    expect(pass.errors).toEqual([expect.stringContaining('is larger than 5 MB')]);
    expect(h.column('eventId')).toEqual(['g1']);
  });

  it('with an unreadable event names it and imports the rest', async () => {
    const { h } = withFeed(ics(['UID:bad', 'DTSTART:2026-03-06 nine', 'SUMMARY:Interview broken'], meeting('o1', '20260306T090000Z', 'Interview with Globex')));
    const pass = await h.sync();
    expect(pass.errors).toEqual([expect.stringMatching(/event "bad" was left out/)]);
    expect(h.column('eventId').sort()).toEqual(['g1', 'o1']);
  });

  it('with a contrived RRULE returns within a bounded time, names the series and imports the rest', async () => {
    const storms = [
      ['UID:storm', 'DTSTART:19700101T000000Z', 'RRULE:FREQ=SECONDLY', 'SUMMARY:Interview storm'],
      ['UID:minutes', 'DTSTART:19000101T000000Z', 'RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Interview never'],
    ];
    const { h } = withFeed(ics(...storms, meeting('o1', '20260306T090000Z', 'Interview with Globex')));
    const started = performance.now();
    const pass = await h.sync();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pass.errors.join('\n')).toMatch(/event "storm" was left out/);
    expect(h.column('eventId')).toEqual(expect.arrayContaining(['g1', 'o1']));
  });

  it('with each of the issue’s contrived RRULEs returns within a bounded time, names every one, and imports the rest', async () => {
    const zone = ['BEGIN:VTIMEZONE', 'TZID:Storm', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100'];
    const contrived = [
      ['UID:feb30', 'DTSTART:20260101T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'SUMMARY:Interview on Feb 30'],
      ['UID:huge-interval', 'DTSTART:20260101T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;INTERVAL=99999999999', 'SUMMARY:Interview every eon'],
      ['UID:stormy', 'DTSTART;TZID=Storm:20260305T090000', 'DURATION:PT1H', 'SUMMARY:Interview in a storming zone'],
    ];
    const body = ics(...contrived, meeting('o1', '20260306T090000Z', 'Interview with Globex')).replace(
      'BEGIN:VEVENT',
      `${[...zone, 'RRULE:FREQ=SECONDLY', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n')}\r\nBEGIN:VEVENT`,
    );
    const { h } = withFeed(body);
    const started = performance.now();
    const pass = await h.sync();
    // Bounded by the work budgets (shared/ics/work-budget.ts): well within a pass's 20 s even on a loaded machine; unbounded, it never returns.
    expect(performance.now() - started).toBeLessThan(20_000);
    for (const uid of ['feb30', 'huge-interval', 'stormy']) expect(pass.errors.join('\n')).toContain(`event "${uid}" was left out`);
    expect(h.column('eventId').sort()).toEqual(['g1', 'o1']);
  });

  it('address must be https or webcal, and at most three are kept', () => {
    const h = importHarness();
    h.calendar.add('me@example.com', 'Me');
    const at = (n: number) => `https://outlook.live.com/owa/calendar/me/${n}.ics`;
    expect(() => h.addon.addCalendarFeed({ url: 'http://outlook.live.com/owa/calendar/a.ics' })).toThrow(/starting with https:\/\/ or webcal:\/\//);
    expect(() => h.addon.addCalendarFeed({ url: 'file:///etc/passwd' })).toThrow(/https:\/\//);
    for (const n of [1, 2, 3]) h.addon.addCalendarFeed({ url: at(n) });
    expect(() => h.addon.addCalendarFeed({ url: at(4) })).toThrow(/At most 3/);
    expect(h.addon.removeCalendarFeed({ url: at(2) }).feeds.map((feed) => feed.url)).toEqual([at(1), at(3)]);
  });

  it('on a site the published add-on may not fetch is refused with what to paste instead, and nothing is saved', () => {
    const h = importHarness();
    h.calendar.add('me@example.com', 'Me');
    expect(() => h.addon.addCalendarFeed({ url: 'https://cal.example/me.ics' })).toThrow(
      'The add-on can’t fetch pages from cal.example: Google lets a published add-on fetch only the sites it lists. Paste the address of a calendar published from Google Calendar, Outlook, iCloud, Proton Calendar, Fastmail or Yahoo.',
    );
    expect(h.addon.loadCalendarImport().feeds).toEqual([]);
    expect(h.urlFetch.requests).toEqual([]);
  });

  it('saved before the allow list changed is named and not fetched, and the rest imports', async () => {
    const h = importHarness();
    h.calendar.add('me@example.com', 'Me').put(interview('g1', '2026-03-05T10:00:00Z'));
    h.addon.setCalendarImport({ enabled: true });
    h.documentProperties.setProperty('nextround.calendarFeeds', JSON.stringify([{ url: 'https://old.example/me.ics', name: 'old.example/…/me.ics' }]));
    const pass = await h.sync();
    expect(pass).toMatchObject({ added: 1 });
    expect(pass.errors).toEqual([expect.stringMatching(/^Feed "old\.example\/…\/me\.ics" was not fetched\. The add-on can’t fetch pages from old\.example/)]);
    expect(h.urlFetch.requests).toEqual([]);
  });
});
