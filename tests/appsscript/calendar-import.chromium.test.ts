/** The add-on's own calendar import on the Calendar page, in headless Chromium over the built bundle and the Calendar advanced-service fake. */
import { expect, it } from 'vitest';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle } from '../support/load-bundle.js';
import { useBrowser, openSidebar, openFromHome } from '../support/sidebar-harness.js';

const XSS = '<img src=x onerror="document.title=\'pwned\'">';

describeWithChromium('calendar import on the Calendar page', () => {
  const browser = useBrowser();

  it('turns import on with the main calendar chosen, syncs, and shows the report with every name as text', async () => {
    const loaded = loadBundle({ now: new Date('2026-03-02T08:30:00Z') });
    loaded.addon.setUpTracker();
    const calendar = loaded.calendar.add('me@example.com', XSS);
    calendar.put({ id: 'a', summary: 'Interview with Acme', start: { dateTime: '2026-03-05T10:00:00Z' }, end: { dateTime: '2026-03-05T11:00:00Z' } });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.locator('#import-toggle').waitFor();
    await page.click('#import-toggle');
    await page.locator('#import-sync').waitFor();
    expect(await page.locator('#import-calendars input').isChecked()).toBe(true);
    await page.click('#import-sync');
    await page.locator('#import-last', { hasText: '1 added' }).waitFor();
    expect(await page.locator('#import-last').textContent()).toBe('Last import 2026-03-02 08:30 UTC: 1 added, 0 updated, 0 cancelled.');
    expect(await page.locator('#calendar-import img').count()).toBe(0);
    expect(await page.locator('#import-calendars label').textContent()).toBe(` ${XSS} (main)`);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('says why events were skipped, folded under one line that opens by keyboard, every title as text', async () => {
    const loaded = loadBundle({ now: new Date('2026-03-02T08:30:00Z') });
    loaded.addon.setUpTracker();
    const calendar = loaded.calendar.add('me@example.com', 'Me');
    const at = (day: number) => ({ start: { dateTime: `2026-03-0${day}T10:00:00Z` }, end: { dateTime: `2026-03-0${day}T11:00:00Z` } });
    calendar.put({ id: 'a', summary: 'Interview with Acme', ...at(5) });
    calendar.put({ id: 'b', summary: `Standup ${XSS}`, ...at(4) });
    calendar.put({ id: 'c', summary: 'Lunch', ...at(6) });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.locator('#import-toggle').waitFor();
    await page.click('#import-toggle');
    await page.locator('#import-sync').waitFor();
    await page.click('#import-sync');
    await page.locator('#import-skipped summary').waitFor();
    expect(await page.locator('#import-skipped summary').textContent()).toBe('Skipped 2 events: why');
    expect(await page.locator('#import-skipped li').first().isVisible()).toBe(false);
    await page.focus('#import-skipped summary');
    await page.keyboard.press('Enter');
    await page.locator('#import-skipped li').first().waitFor({ state: 'visible' });
    expect(await page.locator('#import-skipped li').allTextContents()).toEqual([
      `2 × no interview word in the title, no hiring tool, recruiter or employer among the attendeese.g. "Standup ${XSS}", "Lunch"`,
    ]);
    expect(await page.locator('#calendar-import img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('runs the whole flow: on, pick calendars, rows appear, a maybe-interview imported and one ignored, a feed added, Sync now, off', async () => {
    const loaded = loadBundle({ now: new Date('2026-03-02T08:30:00Z') });
    loaded.addon.setUpTracker();
    const me = loaded.calendar.add('me@example.com', 'Me');
    const work = loaded.calendar.add('work@example.com', 'Work');
    const attendees = [{ email: 'me@example.com', self: true }, { email: 'pat@acme.example' }];
    me.put({ id: 'a', summary: 'Interview with Acme', start: { dateTime: '2026-03-05T10:00:00Z' }, end: { dateTime: '2026-03-05T11:00:00Z' } });
    work.put({ id: 'w', summary: 'Phone screen Globex', start: { dateTime: '2026-03-06T10:00:00Z' }, end: { dateTime: '2026-03-06T11:00:00Z' } });
    work.put({ id: 'm1', summary: 'Chat with Pat', attendees, start: { dateTime: '2026-03-07T10:00:00Z' }, end: { dateTime: '2026-03-07T10:30:00Z' } });
    work.put({ id: 'm2', summary: 'Coffee chat with Sam', attendees, start: { dateTime: '2026-03-08T10:00:00Z' }, end: { dateTime: '2026-03-08T10:30:00Z' } });
    const ids = () => {
      const [header, ...rows] = loaded.spreadsheet.getSheetByName('Interviews')!.peekValues();
      const column = (header as string[]).indexOf('Event ID');
      return rows.map((row) => row[column]).sort();
    };
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.click('#import-toggle');
    await page.getByLabel('Work').check();
    await page.click('#import-save');
    await page.locator('#import-message', { hasText: 'Calendars saved.' }).waitFor();
    await page.click('#import-sync');
    await page.locator('#import-last', { hasText: '2 added' }).waitFor();
    expect(ids()).toEqual(['a', 'w']);
    expect(await page.locator('#import-flagged li').count()).toBe(2);

    await page.getByRole('button', { name: 'Import "Chat with Pat" and every event with this title' }).click();
    await page.locator('#import-last', { hasText: '1 added' }).waitFor();
    expect(ids()).toEqual(['a', 'm1', 'w']);
    await page.getByRole('button', { name: 'Ignore "Coffee chat with Sam" and every event with this title' }).press('Enter');
    await page.locator('#import-flagged').waitFor({ state: 'detached' });
    expect(await page.locator('#import-rules').textContent()).toBe(
      'Titles you answered for — always imported: "Chat with Pat"; always left out: "Coffee chat with Sam".',
    );

    work.put({ id: 'w2', summary: 'Onsite interview Initech', start: { dateTime: '2026-03-09T10:00:00Z' }, end: { dateTime: '2026-03-09T15:00:00Z' } });
    const feed = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:ics1',
      'DTSTART:20260310T090000Z',
      'DURATION:PT1H',
      'SUMMARY:Interview with Umbrella',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    loaded.urlFetch.serve('https://p52-caldav.icloud.com/published/2/me.ics', { body: feed.join('\r\n') });
    await page.getByLabel('Other calendar (Outlook, iCloud, Proton): paste its .ics address').fill('webcal://p52-caldav.icloud.com/published/2/me.ics');
    await page.keyboard.press('Enter');
    await page.locator('#import-feed-list', { hasText: 'p52-caldav.icloud.com/…/me.ics' }).waitFor();
    await page.click('#import-sync');
    await page.locator('#import-last', { hasText: '2 added, 0 updated' }).waitFor();
    expect(ids()).toEqual(['a', 'ics1', 'm1', 'w', 'w2']);

    const cursors = () => [...loaded.documentProperties.store.keys()].filter((key) => /^nextround\.(calendarCursor|feedMarks)\./.test(key));
    expect(cursors().length).toBeGreaterThan(0);
    await page.click('#import-toggle');
    await page.locator('#import-toggle', { hasText: 'Import from my Google calendars' }).waitFor();
    expect(loaded.addon.loadCalendarImport().enabled).toBe(false);
    // Off forgets every calendar's cursor and feed's marks. There is no import trigger to remove: the add-on does
    // without the hourly trigger (docs/scopes.md), and the fake ScriptApp has no trigger methods to call.
    expect(cursors()).toEqual([]);
    await page.close();
  });

  it('imports when the sidebar opens if the last pass is older than a few minutes, and the new rows show in the lists', async () => {
    const loaded = loadBundle({ now: new Date('2026-03-02T08:30:00Z') });
    loaded.addon.setUpTracker();
    const me = loaded.calendar.add('me@example.com', 'Me');
    loaded.addon.setCalendarImport({ enabled: true });
    const stale = { finishedAt: '2026-03-02T08:00:00.000Z', added: 0, updated: 0, cancelled: 0, flagged: [], moreFlagged: 0, errors: [], continues: [] };
    const state = JSON.parse(loaded.documentProperties.store.get('nextround.calendarImport')!);
    loaded.documentProperties.store.set('nextround.calendarImport', JSON.stringify({ ...state, lastPass: stale }));
    me.put({ id: 'a', summary: 'Interview with Acme', start: { dateTime: '2026-03-05T10:00:00Z' }, end: { dateTime: '2026-03-05T11:00:00Z' } });
    const { page, calls } = await openSidebar(browser(), loaded, { viaShowSidebar: true });
    await page.click('#tab-interviews');
    await page.getByText('Interview with Acme').first().waitFor();
    expect(loaded.addon.loadCalendarImport().lastPass).toMatchObject({ added: 1, finishedAt: '2026-03-02T08:30:00.000Z' });
    expect(calls.map((call) => call.name)).toEqual(['loadTracker', 'syncCalendarsNow', 'loadTracker']);
    await page.close();
  });
});
