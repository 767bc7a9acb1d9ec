/**
 * The hosted service as production wires it: the add-on's identity token
 * verified against GOOGLE_ADDON_CLIENT_ID with keys from the (fake) certs
 * URL, and a 401 in the middle of a pass answered with one refresh.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sheetIds } from '../google/harness.js';
import { CLIENT_ID, interviewEvent, startHostedFixture, waitFor, type HostedFixture } from './hosted-fixture.js';

const SHEET = 'sheet-alice-0123456789abcdef';
let fixture: HostedFixture | null = null;

afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

async function callWithToken(f: HostedFixture, token: string, path = '/api/status'): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${f.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ spreadsheetId: SHEET }),
  });
  return { status: response.status, json: await response.json() };
}

describe('the hosted service with real identity tokens', () => {
  it("accepts the add-on's identity token, whose audience is the Apps Script project's client id", async () => {
    fixture = await startHostedFixture({ realIdentity: true });
    const alice = fixture.oauth.account('alice@example.com');
    expect(await callWithToken(fixture, fixture.oauth.identityToken(alice))).toEqual({
      status: 200,
      json: { status: 'not_connected', thisSpreadsheet: false, calendars: [] },
    });
  });

  it('refuses a token issued for the web client with 401, names the setting, and logs the audience it got', async () => {
    fixture = await startHostedFixture({ realIdentity: true });
    const alice = fixture.oauth.account('alice@example.com');
    const answer = await callWithToken(fixture, fixture.oauth.identityToken(alice, { aud: CLIENT_ID }));
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ error: expect.stringContaining('GOOGLE_ADDON_CLIENT_ID') });
    expect(fixture.logs.find((line) => line.event === 'identity.wrong_audience')).toMatchObject({ level: 'warn', got: CLIENT_ID });
  });

  it('starts Connect for the verified add-on user with their sub as login_hint', async () => {
    fixture = await startHostedFixture({ realIdentity: true });
    const alice = fixture.oauth.account('alice@example.com');
    const started = await callWithToken(fixture, fixture.oauth.identityToken(alice), '/oauth/start');
    expect(started.status).toBe(200);
    expect(new URL((started.json as { url: string }).url).searchParams.get('login_hint')).toBe(alice.sub);
  });
});

describe('an access token refused in the middle of a pass', () => {
  it('gets one fresh token and the pass finishes, instead of ending in "reconnect"', async () => {
    fixture = await startHostedFixture();
    await fixture.service.start();
    const f = fixture;
    const key = await f.connect('alice', SHEET, 'work');
    await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.finished'), 10_000, 'the first sync');
    expect(f.oauth.tokenRequests.refresh_token).toBe(1);

    // Google's answer to an access token that died early (https://developers.google.com/identity/protocols/oauth2/web-server#offline).
    f.fake.google.faults.add({ kind: 'status', status: 401, reason: 'authError' }, { when: (request) => request.api === 'calendar' });
    f.fake.google.calendar('work').put(interviewEvent('ev-401', 'Phone screen - Acme'));
    await f.service.queue.enqueue({ calendarKey: key, userId: 'alice', reason: 'manual' });
    await waitFor(() => sheetIds(f.fake.google.spreadsheets.get(SHEET)!).includes('ev-401'), 10_000, 'the event after the 401');

    expect(f.oauth.tokenRequests.refresh_token).toBe(2);
    expect(f.logs.filter((line) => line.event === 'sync.failed')).toEqual([]);
    expect((await f.service.store.getConnection('alice'))?.status).toBe('connected');
  });

  it('gives up after the one repeat when Google refuses the fresh token too', async () => {
    fixture = await startHostedFixture();
    await fixture.service.start();
    const f = fixture;
    const key = await f.connect('alice', SHEET, 'work');
    await f.service.store.saveCalendar({ key, userId: 'alice', calendarId: 'work', enabled: true });
    f.fake.google.faults.add({ kind: 'status', status: 401, reason: 'authError' }, { times: 2, when: (request) => request.api === 'calendar' });
    await f.service.queue.enqueue({ calendarKey: key, userId: 'alice', reason: 'manual' });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.failed'), 10_000, 'the failed pass');
    expect(f.logs.find((line) => line.event === 'sync.failed')).toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(f.oauth.tokenRequests.refresh_token).toBe(2);
  });
});
