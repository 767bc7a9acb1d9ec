/**
 * Fake Google (Calendar, Sheets, push) and the fake OAuth server as one
 * real process (`node --import tsx tests/e2e/fakes-process.ts`), so they
 * answer while the test process is blocked in a synchronous UrlFetchApp
 * call. A third loopback port serves a control API for the test: set the
 * browser's accounts and the person's choices on Google's pages, mint
 * identity tokens, create calendars and spreadsheets, read a spreadsheet,
 * take back a drive.file grant. The Picker stand-in is served on a fourth.
 * Prints one JSON line `{ event: 'fakes.listening', google, oauth, control, addonClientId, browserFronts, serviceEnv }`:
 * `browserFronts` maps the https origins of further fakes the browser loads pages or scripts from to their loopback servers,
 * `serviceEnv` the settings the service needs to use them.
 * Config from the environment: E2E_REDIRECT_URI, E2E_CLIENT_ID, E2E_CLIENT_SECRET,
 * E2E_PUBLIC_URL (the service's https address) and E2E_SERVICE_URL (its
 * loopback server, where push notices for that address are delivered).
 */
import { Hono } from 'hono';
import { createPickerStandIn } from '../fake-google/picker-stand-in.js';
import { startFakeGoogle } from '../fake-google/server.js';
import { createFakeOAuth } from '../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../fake-oauth/serve.js';

const required = (name: string) =>
  process.env[name] ??
  (() => {
    throw new Error(`${name} is not set`);
  })();

const fake = await startFakeGoogle();
const oauth = createFakeOAuth({ clientId: required('E2E_CLIENT_ID'), clientSecret: required('E2E_CLIENT_SECRET'), redirectUri: required('E2E_REDIRECT_URI') });
const oauthServer = await serveOnLoopback(oauth.app);
// Google pushes only to https: notices for the service's public address reach its loopback server, as through a TLS front.
fake.google.channels.route(required('E2E_PUBLIC_URL'), required('E2E_SERVICE_URL'));

const control = new Hono();
/** The accounts signed in to the browser, the one the person clicks in the chooser (null: the hinted one), the boxes they untick. */
control.post('/browser', async (c) => {
  const body = (await c.req.json()) as { signedIn: string[]; picks: string | null; unticked: string[] };
  oauth.signedIn = body.signedIn.map((email) => oauth.account(email));
  oauth.picks = body.picks === null ? null : oauth.account(body.picks);
  oauth.unticked = body.unticked;
  return c.json({ accounts: oauth.signedIn });
});
control.get('/identity-token', (c) => c.json({ token: oauth.identityToken(oauth.account(c.req.query('email') ?? '')) }));
control.post('/calendar', async (c) => {
  const body = (await c.req.json()) as { id: string; events: Array<Record<string, unknown> & { id: string }> };
  const calendar = fake.google.calendar(body.id);
  for (const event of body.events) calendar.put(event);
  return c.json({ ok: true });
});
control.post('/spreadsheet', async (c) => {
  const body = (await c.req.json()) as { id: string; timeZone: string; sheets: Array<{ title: string; rows: string[][] }> };
  const book = fake.google.spreadsheet(body.id, body.timeZone);
  for (const sheet of body.sheets) book.addSheet(sheet.title, sheet.rows);
  return c.json({ ok: true });
});
control.get('/spreadsheet/:id', (c) => {
  const book = fake.google.spreadsheets.get(c.req.param('id'));
  return book ? c.json({ timeZone: book.timeZone, sheets: book.sheets }) : c.json({ error: 'no such spreadsheet' }, 404);
});
/** The person removed the app's access to the file (the drive.file grant is gone). */
control.post('/drive-file/revoke', async (c) => {
  const body = (await c.req.json()) as { email: string; fileId: string };
  fake.google.driveFile.revoke(oauth.account(body.email).sub, body.fileId);
  return c.json({ ok: true });
});
control.get('/requests', (c) =>
  c.json({ google: fake.google.log.map(({ api, method, path, status }) => ({ api, method, path, status })), token: oauth.tokenRequests }),
);
const controlServer = await serveOnLoopback(control);
// Google knows its own tokens: drive.file is enforced for every access token the fake OAuth server issued.
fake.google.driveFile.resolveToken = (token) => {
  const info = oauth.grants.accessTokenInfo(token);
  return info ? { person: info.sub, scopes: info.scopes } : null;
};
// The Picker the service's page loads, at Google's own https://apis.google.com/js/api.js (the browser's requests
// there reach the stand-in; Chromium would not let the https page load it from a loopback address).
const standIn = await serveOnLoopback(createPickerStandIn(fake.google));
const PICKER_ORIGIN = 'https://apis.google.com';
const browserFronts = { [PICKER_ORIGIN]: standIn.url };
const serviceEnv = {
  GOOGLE_PICKER_SCRIPT_URL: `${PICKER_ORIGIN}/js/api.js`,
  GOOGLE_PROJECT_NUMBER: fake.google.driveFile.projectNumber,
  GOOGLE_PICKER_API_KEY: 'AIzaSyE2eStandInKey0123456789abcdefgh',
};

process.stdout.write(
  `${JSON.stringify({ event: 'fakes.listening', google: fake.url, oauth: oauthServer.url, control: controlServer.url, addonClientId: oauth.addonClientId, browserFronts, serviceEnv })}\n`,
);

const stop = () => {
  void Promise.all([controlServer.close(), standIn.close(), oauthServer.close(), fake.close()]).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
