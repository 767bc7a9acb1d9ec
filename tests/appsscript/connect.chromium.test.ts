/** The Calendar page in headless Chromium over the built bundle, its service calls answered by a fake UrlFetchApp. */
import { expect, it } from 'vitest';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { useBrowser, openSidebar, openFromHome } from '../support/sidebar-harness.js';

const SHEET_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const XSS = '<img src=x onerror="document.title=\'pwned\'">';

/** The bundle wired to a service whose answers are `routes` (path → JSON); every request body is kept. */
function withService(routes: Record<string, unknown>): { loaded: LoadedAddon; bodies: Array<{ path: string; body: unknown }> } {
  const loaded = loadBundle();
  loaded.addon.setUpTracker();
  const bodies: Array<{ path: string; body: unknown }> = [];
  const context = loaded.context;
  context.PropertiesService = {
    ...(context.PropertiesService as object),
    getScriptProperties: () => ({ getProperty: (key: string) => (key === 'NEXTROUND_SERVICE_URL' ? 'https://sync.example.com' : null) }),
  };
  context.ScriptApp = { ...(context.ScriptApp as object), getIdentityToken: () => 'identity-token' };
  context.UrlFetchApp = {
    fetch: (url: string, options: { payload: string }) => {
      const path = new URL(url).pathname;
      bodies.push({ path, body: JSON.parse(options.payload) as unknown });
      return { getResponseCode: () => (path in routes ? 200 : 404), getContentText: () => JSON.stringify(routes[path] ?? { error: 'no route' }) };
    },
  };
  Object.assign(loaded.spreadsheet, { getId: () => SHEET_ID });
  return { loaded, bodies };
}

describeWithChromium('the Calendar page of the sidebar', () => {
  const browser = useBrowser();

  it('shows the connection, each calendar as text (markup in a name stays text), and saves a new choice of calendars', async () => {
    const { loaded, bodies } = withService({
      '/api/status': {
        status: 'connected',
        thisSpreadsheet: true,
        calendars: [
          { calendarId: XSS, push: true, lastSyncAt: '2026-05-01T10:00:00.000Z', lastError: null },
          { calendarId: 'primary', push: false, lastSyncAt: null, lastError: null },
        ],
      },
      '/api/calendars': {
        calendars: [
          { id: 'primary', name: 'Alice', primary: true, chosen: false },
          { id: XSS, name: XSS, primary: false, chosen: true },
        ],
      },
      '/api/calendars/select': { selected: 1, watched: 1, polled: 0 },
    });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.locator('#connect-status').waitFor();
    expect(await page.locator('#connect-status').textContent()).toBe('Connected');
    // Google calls the person's own calendar "primary": it is named for them.
    expect(await page.locator('#connect-calendars li').allTextContents()).toEqual([
      `${XSS}live updates · last sync 2026-05-01 10:00 UTC`,
      'Your main calendarchecked every few minutes · not synced yet',
    ]);
    expect(await page.locator('#connect img').count()).toBe(0);

    await page.click('#connect-pick');
    await page.locator('#connect-picker input').first().waitFor();
    await page.locator('#connect-picker input').nth(0).check();
    await page.locator('#connect-picker input').nth(1).uncheck();
    await page.click('#connect-save');
    await page.locator('#connect-message .banner.ok').waitFor();
    expect(await page.locator('#connect-message').textContent()).toBe('Importing 1 calendar.');
    expect(bodies.filter((entry) => entry.path === '/api/calendars/select').map((entry) => entry.body)).toEqual([
      { spreadsheetId: SHEET_ID, calendarIds: ['primary'] },
    ]);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it("offers Google's consent page as a link the person clicks, never as a window opened after the server call", async () => {
    const consentUrl = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=web&state=s1';
    const { loaded } = withService({ '/api/status': { status: 'not_connected', thisSpreadsheet: false, calendars: [] }, '/oauth/start': { url: consentUrl } });
    const { page } = await openSidebar(browser(), loaded);
    await page.evaluate(() => {
      const opened: unknown[] = [];
      Object.assign(window, { openedWindows: opened });
      window.open = (...args: unknown[]) => {
        opened.push(args);
        return null;
      };
    });
    await openFromHome(page, 'connect');
    await page.click('#connect-start');
    const link = page.locator('#connect-signin-link');
    await link.waitFor();
    expect([await link.getAttribute('href'), await link.getAttribute('target'), await link.textContent()]).toEqual([
      consentUrl,
      '_blank',
      'Open Google to give access',
    ]);
    expect(await page.evaluate(() => (window as unknown as { openedWindows: unknown[] }).openedWindows.length)).toBe(0);
    await page.close();
  });

  it('says when the connection needs reconnecting and offers Connect', async () => {
    const { loaded } = withService({ '/api/status': { status: 'needs_reconnect', thisSpreadsheet: true, calendars: [] } });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.locator('#connect-status').waitFor();
    expect(await page.locator('#connect-status').textContent()).toBe('Needs reconnecting: Google no longer accepts the access you gave. Connect again.');
    expect(await page.locator('#connect-start').textContent()).toBe('Connect calendar');
    expect(await page.locator('#connect-sync').count()).toBe(0);
    await page.close();
  });

  it('says when the service needs access to the sheet, not a reconnect, and offers Connect to pick it again', async () => {
    const { loaded } = withService({ '/api/status': { status: 'needs_sheet_access', thisSpreadsheet: true, calendars: [] } });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.locator('#connect-status').waitFor();
    expect(await page.locator('#connect-status').textContent()).toBe(
      'Needs access to the sheet: Google does not let NextRound open or write this tracker. Click "Connect calendar" and choose the tracker in the file picker (if you can only view it, ask its owner for edit access).',
    );
    expect(await page.locator('#connect-start').textContent()).toBe('Connect calendar');
    expect(await page.locator('#connect-sync').count()).toBe(0);
    await page.close();
  });
});
