/**
 * The hosted service wires the tracker grant after the OAuth callback:
 * consent leaves the connection waiting for the sheet, and the callback
 * answers the Picker page built from GOOGLE_PROJECT_NUMBER,
 * GOOGLE_PICKER_API_KEY and GOOGLE_PICKER_SCRIPT_URL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRIVE_FILE_SCOPE } from '../../fake-google/drive-file-access.js';
import { startHostedFixture, type HostedFixture } from './hosted-fixture.js';

const SHEET = '1HostedTrackerAbCdEfGhIjKlMn';
let f: HostedFixture;
/** The person: the fake OAuth account the browser is signed in with (its `sub` is the service's user id). */
let alice: string;
beforeEach(async () => {
  f = await startHostedFixture({
    env: {
      GOOGLE_PROJECT_NUMBER: '123456789012',
      GOOGLE_PICKER_API_KEY: 'AIzaSyHostedKey0123456789abcdefgh',
      GOOGLE_PICKER_SCRIPT_URL: 'http://127.0.0.1:9/js/api.js',
    },
  });
  f.fake.google.spreadsheet(SHEET, 'UTC').addSheet('Interviews', [['Event ID']]);
  // Every token of the fake OAuth server holds drive.file only, and the person granted nothing yet.
  alice = f.oauth.account('alice@example.com').sub;
  f.oauth.signedIn = [f.oauth.account('alice@example.com')];
  f.fake.google.driveFile.resolveToken = () => ({ person: alice, scopes: [DRIVE_FILE_SCOPE] });
});
afterEach(async () => f.close());

async function consent(): Promise<Response> {
  const start = await fetch(`${f.url}/oauth/start`, { method: 'POST', headers: { 'x-test-user': alice }, body: JSON.stringify({ spreadsheetId: SHEET }) });
  const authorize = await fetch(((await start.json()) as { url: string }).url, { redirect: 'manual' });
  // Google sends the browser back to the public (https) callback address, served on loopback in tests.
  return fetch(f.viaFront(authorize.headers.get('location')!));
}

describe('the hosted service after consent', () => {
  it('answers the Picker page for the configured project and leaves the connection waiting for the sheet', async () => {
    const page = await consent();
    const data = JSON.parse(/id="grant-data">([^<]*)</.exec(await page.text())![1]!) as Record<string, string>;
    expect(data).toMatchObject({ spreadsheetId: SHEET, appId: '123456789012', developerKey: 'AIzaSyHostedKey0123456789abcdefgh', verifyUrl: 'picker/verify' });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self' http://127.0.0.1:9 https://apis.google.com");
    expect((await f.service.store.getConnection(alice))?.status).toBe('needs_sheet_access');
    expect(await f.api(alice, '/api/calendars', { spreadsheetId: SHEET })).toEqual({
      status: 409,
      json: { error: 'NextRound needs access to the sheet: click "Connect calendar" and choose the tracker in the file picker.' },
    });
    const script = await fetch(`${f.url}/oauth/picker.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
  });

  it('connects straight away when the sheet is already granted to the app', async () => {
    f.fake.google.driveFile.grant(alice, SHEET);
    const page = await consent();
    expect([page.status, await page.text()]).toEqual([200, `Calendar connected to "${SHEET}". You can close this tab and return to your tracker.`]);
    expect((await f.service.store.getConnection(alice))?.status).toBe('connected');
  });
});
