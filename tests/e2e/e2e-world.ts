/**
 * The end-to-end world, every part a real process or a real browser:
 * fake Google and fake OAuth (fakes-process.ts), the hosted service
 * (server/hosted/main.ts on SQLite), the built add-on in node:vm whose
 * UrlFetchApp makes blocking HTTP calls to the service, and one Chromium
 * context holding both the sidebar page and the tabs the person opens at
 * Google. In that context https://accounts.google.com is answered by the
 * fake OAuth server (the service keeps its production GOOGLE_AUTH_URL);
 * the service's public https address is answered by its loopback server,
 * as a TLS front would (Google pushes only to https, and Chromium lets no
 * public https page load from a loopback address), and so are the https
 * origins the fakes stand in for; anything else is refused and recorded in
 * `blocked`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { freePort, startServiceProcess, type ServiceProcess } from '../server/hosted/service-process.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { openFromHome, openSidebar } from '../support/sidebar-harness.js';
import { startFakesProcess, type FakesProcess } from './fakes-client.js';
import { createSyncFetcher, type SyncFetcher } from './sync-fetch.js';
import { createUrlFetchApp } from './url-fetch-app.js';

/** What NEXTROUND_SERVICE_URL holds: the service's public https address (TLS ends in front of the process). */
export const SERVICE_PUBLIC_URL = 'https://sync.nextround.test';
export const INTERVIEW_HEADERS = INTERVIEWS.columns.map((column) => column.header);
const CLIENT_ID = 'e2e-web.apps.googleusercontent.com';
const GOOGLE_AUTH_ORIGIN = 'https://accounts.google.com';
/** The Calendar page's line for a connection whose tracker Google does not let NextRound reach. */
export const NEEDS_SHEET_ACCESS =
  'Needs access to the sheet: Google does not let NextRound open or write this tracker. Click "Connect calendar" and choose the tracker in the file picker (if you can only view it, ask its owner for edit access).';

export interface E2eWorld {
  fakes: FakesProcess;
  service: ServiceProcess;
  fetcher: SyncFetcher;
  /** Requests the browser tried to make outside the world. */
  blocked: string[];
  close(): Promise<void>;
}

export async function startE2eWorld(extraEnv: Record<string, string> = {}): Promise<E2eWorld> {
  const port = await freePort();
  const clientSecret = randomBytes(12).toString('hex');
  const fakes = await startFakesProcess({
    redirectUri: `${SERVICE_PUBLIC_URL}/oauth/callback`,
    clientId: CLIENT_ID,
    clientSecret,
    publicUrl: SERVICE_PUBLIC_URL,
    serviceUrl: `http://127.0.0.1:${port}`,
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'nr-e2e-'));
  const service = await startServiceProcess('service', {
    PORT: String(port),
    PUBLIC_URL: SERVICE_PUBLIC_URL,
    NEXTROUND_DATA_DIR: dataDir,
    GOOGLE_CLIENT_ID: CLIENT_ID,
    GOOGLE_CLIENT_SECRET: clientSecret,
    GOOGLE_ADDON_CLIENT_ID: fakes.addonClientId,
    GOOGLE_OAUTH_CERTS_URL: `${fakes.oauth}/oauth2/v1/certs`,
    GOOGLE_TOKEN_URL: `${fakes.oauth}/token`,
    GOOGLE_REVOKE_URL: `${fakes.oauth}/revoke`,
    GOOGLE_API_ROOT_URL: fakes.google,
    TOKEN_KEYS: `1:${randomBytes(32).toString('base64')}`,
    SYNC_COALESCE_MS: '50',
    ...fakes.serviceEnv,
    ...extraEnv,
  }).catch(async (error: unknown) => {
    await fakes.terminate();
    throw error;
  });
  const fetcher = createSyncFetcher();
  return {
    fakes,
    service,
    fetcher,
    blocked: [],
    async close() {
      await service.terminate();
      await fakes.terminate();
      await fetcher.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface OpenTracker {
  loaded: LoadedAddon;
  page: Page;
  context: BrowserContext;
  /** The add-on's calls to the service, as "POST /api/status". */
  serviceCalls: string[];
}

/** The tracker `spreadsheetId` open as `email`: the built bundle set up in the vm, its sidebar in Chromium, its sheet in fake Google. */
export async function openTracker(world: E2eWorld, browser: Browser, email: string, spreadsheetId: string): Promise<OpenTracker> {
  const loaded = loadBundle();
  loaded.addon.setUpTracker();
  Object.assign(loaded.spreadsheet, { getId: () => spreadsheetId });
  const identityToken = await world.fakes.identityToken(email);
  const serviceCalls: string[] = [];
  const context = loaded.context;
  context.PropertiesService = {
    ...(context.PropertiesService as object),
    getScriptProperties: () => ({ getProperty: (key: string) => (key === 'NEXTROUND_SERVICE_URL' ? SERVICE_PUBLIC_URL : null) }),
  };
  context.ScriptApp = { ...(context.ScriptApp as object), getIdentityToken: () => identityToken };
  context.UrlFetchApp = createUrlFetchApp(world.fetcher, { [SERVICE_PUBLIC_URL]: world.service.url }, serviceCalls);
  // The same spreadsheet as Sheets v4 sees it: the Interviews sheet setUpTracker made, headers only.
  await world.fakes.spreadsheet(spreadsheetId, [{ title: INTERVIEWS.name, rows: [INTERVIEW_HEADERS] }]);

  const { page } = await openSidebar(browser, loaded);
  await routeGoogleToFakes(page.context(), world);
  return { loaded, page, context: page.context(), serviceCalls };
}

/** Google's sign-in origin answered by the fake OAuth server; the service's and the fakes' https origins by their loopback servers; the rest is refused. */
async function routeGoogleToFakes(context: BrowserContext, world: E2eWorld): Promise<void> {
  const fronts: Record<string, string> = { ...world.fakes.browserFronts, [SERVICE_PUBLIC_URL]: world.service.url };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const served = fronts[url.origin];
    if (served) {
      const response = await route.fetch({ url: `${served}${url.pathname}${url.search}`, maxRedirects: 0 });
      return route.fulfill({ response });
    }
    if (url.origin === GOOGLE_AUTH_ORIGIN && url.pathname === '/o/oauth2/v2/auth') {
      const response = await route.fetch({ url: `${world.fakes.oauth}/authorize${url.search}`, maxRedirects: 0 });
      return route.fulfill({ response });
    }
    world.blocked.push(url.href);
    return route.abort();
  });
}

/**
 * The person's Connect: Home › More › Calendar, "Connect calendar", then the link
 * to Google, which opens a tab; Google's pages (chooser, consent) lead back
 * to the service's callback. Returns that tab once its page has loaded.
 */
export async function connectThroughGoogle(tracker: OpenTracker): Promise<Page> {
  const { page } = tracker;
  await openFromHome(page, 'connect');
  await page.locator('#connect-start').click();
  const link = page.locator('#connect-signin-link');
  await link.waitFor();
  const [google] = await Promise.all([tracker.context.waitForEvent('page'), link.click()]);
  await google.waitForURL((url) => url.pathname === '/oauth/callback');
  await google.waitForLoadState('load');
  return google;
}

/** Presses Refresh on the Calendar page and returns the status line the service's fresh answer shows. */
export async function refreshedStatus(page: Page): Promise<string> {
  // The person comes back to the tracker's tab (a background tab's animation frames are throttled, which slows every action).
  await page.bringToFront();
  // The old line goes first, so the one read is the one drawn from the new answer.
  await page.evaluate(() => document.querySelector('#connect-status')?.remove());
  await page.click('#connect-refresh');
  await page.locator('#connect-status').waitFor();
  return (await page.locator('#connect-status').textContent()) ?? '';
}

/**
 * On the service's Picker page (the callback's answer while the tracker is
 * not granted): the person selects the one file the Picker offers; returns
 * the files offered and what the page says once the service has checked.
 */
export async function pickTheTracker(google: Page): Promise<{ offered: string[]; message: string }> {
  await google.locator('#stand-in-picker').waitFor();
  const offered = await google.locator('.stand-in-file').allTextContents();
  await google.click('#stand-in-select');
  await google.locator('body[data-connected]').waitFor();
  return { offered, message: (await google.locator('#picker-message').textContent()) ?? '' };
}
