import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAddonIdentifier } from '../../../server/oauth/identify-addon.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const certs = async () => ({ k1: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() });
const identify = createAddonIdentifier({ audience: 'addon-client.apps.googleusercontent.com', certs });
const SHEET = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

function identityToken(claims: Record<string, unknown> = {}, privateKey = keys.privateKey, kid = 'k1'): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = part({ alg: 'RS256', kid, typ: 'JWT' });
  const payload = part({ iss: 'https://accounts.google.com', aud: 'addon-client.apps.googleusercontent.com', sub: '1234567890', email: 'alice@example.com', iat: now, exp: now + 3600, ...claims });
  return `${header}.${payload}.${sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url')}`;
}

const requestWith = (token: string | null, body: unknown = { spreadsheetId: SHEET }) =>
  new Request('https://sync.example.com/oauth/start', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });

describe('createAddonIdentifier', () => {
  it('identifies the add-on user by the verified token\'s subject and binds the spreadsheet', async () => {
    expect(await identify(requestWith(identityToken()))).toEqual({ userId: '1234567890', spreadsheetId: SHEET });
  });

  const now = Math.floor(Date.now() / 1000);
  it.each([
    ['no token', () => requestWith(null)],
    ['an expired token', () => requestWith(identityToken({ iat: now - 7200, exp: now - 3600 }))],
    ['another audience', () => requestWith(identityToken({ aud: 'someone-else.apps.googleusercontent.com' }))],
    ['another issuer', () => requestWith(identityToken({ iss: 'https://evil.example.com' }))],
    ['a token signed by another key', () => requestWith(identityToken({}, otherKeys.privateKey))],
    ['an unknown key id', () => requestWith(identityToken({}, keys.privateKey, 'k9'))],
    ['a payload altered after signing', () => {
      const [header, , signature] = identityToken().split('.');
      const forged = Buffer.from(JSON.stringify({ iss: 'https://accounts.google.com', aud: 'addon-client.apps.googleusercontent.com', sub: 'mallory', iat: now, exp: now + 3600 })).toString('base64url');
      return requestWith(`${header}.${forged}.${signature}`);
    }],
    ['a malformed spreadsheet id', () => requestWith(identityToken(), { spreadsheetId: '../../etc' })],
    ['no body', () => requestWith(identityToken(), null)],
  ])('refuses %s', async (_label, build) => {
    expect(await identify(build())).toBeNull();
  });
});
