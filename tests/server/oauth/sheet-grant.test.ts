/**
 * The grant step without a browser: the callback's verifying read, the
 * verify route's refusals, and what stays stored after each.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHEET, USER, USER_EMAIL, startGrantFixture, type GrantFixture } from './grant-fixture.js';

let f: GrantFixture;
beforeEach(async () => {
  f = await startGrantFixture();
});
afterEach(async () => f.close());

/** Consent at the fake OAuth server, then the callback; returns the callback's answer. */
async function consentAndCallback(spreadsheetId = SHEET): Promise<Response> {
  const authorize = await fetch(await f.consentUrl(spreadsheetId), { redirect: 'manual' });
  return fetch(authorize.headers.get('location')!);
}

/** The ticket of the Picker page the callback answered. */
const ticketOf = async (page: Response) => (JSON.parse(/id="grant-data">([^<]*)</.exec(await page.text())![1]!) as { ticket: string }).ticket;

const verify = async (body: unknown) => {
  const response = await fetch(`${f.url}/oauth/picker/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { connected: boolean; message: string } };
};
const status = async () => (await f.store.getConnection(USER))?.status;

describe('the tracker grant after consent', () => {
  it('connects at once, without the Picker, when the person already granted this spreadsheet', async () => {
    f.fake.google.driveFile.grant(USER, SHEET);
    const callback = await consentAndCallback();
    expect([callback.status, await callback.text()]).toEqual([200, `Calendar connected to "${SHEET}". You can close this tab and return to your tracker.`]);
    expect(await status()).toBe('connected');
  });

  it('refuses a tracker the person can only view, saying so, and does not connect', async () => {
    f.fake.google.driveFile.grant(USER, SHEET);
    f.fake.google.driveFile.onlyView(USER, SHEET);
    const callback = await consentAndCallback();
    expect(callback.status).toBe(403);
    expect(await callback.text()).toBe(
      'You can only view this spreadsheet, and NextRound writes interviews into it. Ask its owner for edit access, or use a tracker you own, then connect again.',
    );
    expect(await status()).toBe('needs_sheet_access');
  });

  it('answers the Picker page, never cached, while the spreadsheet is not granted', async () => {
    const callback = await consentAndCallback();
    expect([callback.status, callback.headers.get('content-type'), callback.headers.get('cache-control'), callback.headers.get('referrer-policy')]).toEqual([
      200,
      'text/html; charset=utf-8',
      'no-store',
      'no-referrer',
    ]);
    expect(await status()).toBe('needs_sheet_access');
  });

  it('does not connect on a verify whose ticket names another person, even after that person picked the file', async () => {
    const ticket = await ticketOf(await consentAndCallback());
    const [payload, tag] = ticket.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), u: 'someone-else' })).toString('base64url');
    f.fake.google.driveFile.grant(USER, SHEET);
    const answer = await verify({ ticket: `${forged}.${tag}`, picked: [SHEET] });
    expect(answer).toEqual({ status: 400, json: { connected: false, message: expect.stringContaining('This page no longer matches your connection') } });
    expect(await status()).toBe('needs_sheet_access');
  });

  it('says what to do when nothing or another file was picked, and stays waiting', async () => {
    const ticket = await ticketOf(await consentAndCallback());
    expect((await verify({ ticket, picked: [] })).json.message).toMatch(/^You closed the file picker without choosing your tracker/);
    expect((await verify({ ticket, picked: ['1SomeOtherSpreadsheet0000'] })).json.message).toMatch(/^That is not the tracker this sidebar belongs to/);
    expect(await status()).toBe('needs_sheet_access');
  });

  it('does not bring back a connection the person disconnected while the page was open', async () => {
    const ticket = await ticketOf(await consentAndCallback());
    await f.flow.disconnect(USER);
    f.fake.google.driveFile.grant(USER, SHEET);
    expect((await verify({ ticket, picked: [SHEET] })).status).toBe(400);
    expect(await status()).toBe('disconnected');
  });

  it('names a revoked Google grant as needing a reconnect, not as sheet access', async () => {
    const ticket = await ticketOf(await consentAndCallback());
    f.oauth.revokeAllOf(f.oauth.account(USER_EMAIL));
    f.fake.google.driveFile.grant(USER, SHEET);
    const answer = await verify({ ticket, picked: [SHEET] });
    expect(answer.status).toBe(409);
    // invalid_grant, in the person's words (identity: no codes or ids in what the sidebar shows).
    expect(answer.json.message).toBe(
      'Google no longer accepts the calendar access you gave (it was removed, expired or your password changed); press Connect calendar again.',
    );
    expect(await status()).toBe('needs_reconnect');
  });

  it('says the service is not set up for the Picker when its project number and API key are missing', async () => {
    await f.close();
    f = await startGrantFixture({ pickerConfigured: false });
    const callback = await consentAndCallback();
    expect([callback.status, await callback.text()]).toEqual([
      503,
      'The sync service is not set up for the Google file picker (GOOGLE_PROJECT_NUMBER, GOOGLE_PICKER_API_KEY); ask whoever runs it.',
    ]);
    expect(await status()).toBe('needs_sheet_access');
  });

  it('refuses a body the page never sends', async () => {
    expect((await verify({ ticket: 'x'.repeat(20), picked: 'all' })).status).toBe(400);
  });
});
