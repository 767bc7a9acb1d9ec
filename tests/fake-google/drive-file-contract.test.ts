/**
 * The fake's drive.file rule, as Google documents it:
 * - a drive.file token reaches only files the app created or the person picked in the app's Picker
 *   (https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-scopes,
 *   https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid);
 * - a file the caller cannot reach answers 404 notFound; a write without edit permission 403
 *   (https://developers.google.com/workspace/drive/api/guides/handle-errors);
 * - Sheets v4 errors are a google.rpc.Status `{ error: { code, message, status } }`
 *   (https://cloud.google.com/apis/design/errors#http_mapping).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGoogleClients, fixedTokenAuth } from '../../server/google/clients.js';
import { DRIVE_FILE_SCOPE } from './drive-file-access.js';
import { startFakeGoogle, type RunningFakeGoogle } from './server.js';

let fake: RunningFakeGoogle;
const SHEET = '1TrackerSpreadsheetId0123456789';
const sheetsAs = (token: string) => createGoogleClients({ auth: fixedTokenAuth(token), rootUrl: fake.url, timeoutMs: 2_000 }).sheets;
const answer = (promise: Promise<{ status: number }>) =>
  promise.then(
    (ok) => ({ status: ok.status, body: null as unknown }),
    (error: { response: { status: number; data: unknown } }) => ({ status: error.response.status, body: error.response.data }),
  );
const read = (token: string) => answer(sheetsAs(token).spreadsheets.get({ spreadsheetId: SHEET }));
const write = (token: string) =>
  answer(
    sheetsAs(token).spreadsheets.values.update({ spreadsheetId: SHEET, range: 'Interviews!A2', valueInputOption: 'RAW', requestBody: { values: [['x']] } }),
  );
const driveFile = async (token: string) => {
  const response = await fetch(`${fake.url}drive/v3/files/${SHEET}?fields=id%2Ccapabilities%2FcanEdit`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as unknown };
};

beforeAll(async () => {
  fake = await startFakeGoogle();
});
afterAll(async () => fake.close());
beforeEach(() => {
  fake.google.spreadsheets.clear();
  fake.google.driveFile.clear();
  fake.google.spreadsheet(SHEET).addSheet('Interviews', [['Event ID', 'Title']]);
  fake.google.driveFile.admit('alice-token', 'alice', [DRIVE_FILE_SCOPE]);
  fake.google.driveFile.admit('bob-token', 'bob', [DRIVE_FILE_SCOPE]);
  fake.google.driveFile.admit('wide-token', 'carol', ['https://www.googleapis.com/auth/spreadsheets']);
});

describe('fake Google under drive.file', () => {
  it('answers 404 NOT_FOUND with a google.rpc.Status body for a spreadsheet the person never granted the app', async () => {
    expect(await read('alice-token')).toEqual({ status: 404, body: { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } } });
    expect((await write('alice-token')).status).toBe(404);
  });

  it('serves the spreadsheet once the person granted it, and only to that person', async () => {
    fake.google.driveFile.grant('alice', SHEET);
    expect([(await read('alice-token')).status, (await write('alice-token')).status]).toEqual([200, 200]);
    expect((await read('bob-token')).status).toBe(404);
  });

  it('needs no grant for the spreadsheets scope, which reaches every sheet the person can open', async () => {
    expect((await read('wide-token')).status).toBe(200);
  });

  it('refuses a write by a person who may only view the granted file with 403 PERMISSION_DENIED, and still serves the read', async () => {
    fake.google.driveFile.grant('alice', SHEET);
    fake.google.driveFile.onlyView('alice', SHEET);
    expect(await write('alice-token')).toEqual({
      status: 403,
      body: { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } },
    });
    expect((await read('alice-token')).status).toBe(200);
  });

  it('answers 404 again once the grant is revoked', async () => {
    fake.google.driveFile.grant('alice', SHEET);
    fake.google.driveFile.revoke('alice', SHEET);
    expect((await read('alice-token')).status).toBe(404);
  });

  it('answers an unknown token with 401 UNAUTHENTICATED once tokens are enforced', async () => {
    expect(await read('stolen')).toMatchObject({ status: 401, body: { error: { code: 401, status: 'UNAUTHENTICATED' } } });
  });

  it('answers Drive files.get with notFound for an ungranted file and canEdit per permission for a granted one', async () => {
    expect(await driveFile('alice-token')).toEqual({
      status: 404,
      body: {
        error: { code: 404, message: `File not found: ${SHEET}.`, errors: [{ domain: 'global', reason: 'notFound', message: `File not found: ${SHEET}.` }] },
      },
    });
    fake.google.driveFile.grant('alice', SHEET);
    expect(await driveFile('alice-token')).toMatchObject({ status: 200, body: { id: SHEET, capabilities: { canEdit: true } } });
    fake.google.driveFile.onlyView('alice', SHEET);
    expect(await driveFile('alice-token')).toMatchObject({ status: 200, body: { capabilities: { canEdit: false } } });
  });
});
