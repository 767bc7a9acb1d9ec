import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { createIdTokenVerifier } from '../../../server/oauth/google-id-token.js';
import { createAddonIdentifier } from '../../../server/oauth/identify-addon.js';
import type { IdentifyCaller } from '../../../server/oauth/oauth-routes.js';
import { createFakeOAuth } from '../../fake-oauth/fake-oauth-server.js';
import { signJwt } from '../../fake-oauth/fake-signing-key.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';

const WEB_CLIENT = 'client-1.apps.googleusercontent.com';
const fake = createFakeOAuth({ clientId: WEB_CLIENT, clientSecret: 's', redirectUri: 'https://sync.example.com/oauth/callback' });
const alice = fake.account('alice@example.com');
const SHEET = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const wrongAudiences: Array<string | undefined> = [];
let server: { url: string; close: () => Promise<void> };
let identify: IdentifyCaller;

beforeAll(async () => {
  server = await serveOnLoopback(fake.app);
  const verifier = createIdTokenVerifier({ certsUrl: `${server.url}/oauth2/v1/certs` });
  identify = createAddonIdentifier({ audience: fake.addonClientId, verifier, onWrongAudience: (aud) => wrongAudiences.push(aud) });
});
afterAll(() => server.close());

const requestWith = (token: string | null, body: unknown = { spreadsheetId: SHEET }) =>
  new Request('https://sync.example.com/oauth/start', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });

const now = Math.floor(Date.now() / 1000);
const forgedKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

describe('createAddonIdentifier', () => {
  it("identifies the add-on user by the subject of a token issued for the add-on's own client id, binding the spreadsheet", async () => {
    expect(await identify(requestWith(fake.identityToken(alice)))).toEqual({ userId: alice.sub, spreadsheetId: SHEET, email: null });
  });

  it('reads the email when the add-on asked for userinfo.email', async () => {
    expect(await identify(requestWith(fake.identityToken(alice, { email: alice.email, email_verified: true })))).toMatchObject({ email: 'alice@example.com' });
  });

  it("refuses a token issued for the service's web client, naming the setting to fix, and tells the operator which audience came", async () => {
    expect(await identify(requestWith(fake.identityToken(alice, { aud: WEB_CLIENT })))).toEqual({
      refused:
        "The sync service does not accept this add-on's sign-in: it was issued for another app. Whoever runs the service must set GOOGLE_ADDON_CLIENT_ID to this add-on's client id.",
    });
    expect(wrongAudiences.at(-1)).toBe(WEB_CLIENT);
  });

  it.each([
    ['no token', () => requestWith(null), 'The request carries no add-on sign-in token.'],
    [
      'an expired token',
      () => requestWith(fake.identityToken(alice, { iat: now - 7200, exp: now - 3600 })),
      "The add-on's sign-in token has expired; close and reopen the sidebar.",
    ],
    [
      'another issuer',
      () => requestWith(fake.identityToken(alice, { iss: 'https://evil.example.com' })),
      "The add-on's sign-in token was not issued by Google.",
    ],
    [
      'a token signed by a key Google never published',
      () =>
        requestWith(
          signJwt({ iss: 'https://accounts.google.com', aud: fake.addonClientId, sub: alice.sub, iat: now, exp: now + 3600 }, forgedKey, 'unknown-kid'),
        ),
      "The add-on's sign-in token is not signed by Google (forged or altered).",
    ],
    [
      'a payload altered after signing',
      () => {
        const [header, , signature] = fake.identityToken(alice).split('.');
        const forged = Buffer.from(
          JSON.stringify({ iss: 'https://accounts.google.com', aud: fake.addonClientId, sub: 'mallory', iat: now, exp: now + 3600 }),
        ).toString('base64url');
        return requestWith(`${header}.${forged}.${signature}`);
      },
      "The add-on's sign-in token is not signed by Google (forged or altered).",
    ],
    [
      'a malformed spreadsheet id',
      () => requestWith(fake.identityToken(alice), { spreadsheetId: '../../etc' }),
      'The request does not name a valid spreadsheet.',
    ],
    ['no body', () => requestWith(fake.identityToken(alice), null), 'The request does not name a valid spreadsheet.'],
  ])('refuses %s with a message naming what is wrong', async (_label, build, refused) => {
    expect(await identify(build())).toEqual({ refused });
  });

  it('answers "try again" (UNAVAILABLE), not "forged", when Google\'s keys cannot be fetched', async () => {
    const offline = createAddonIdentifier({
      audience: fake.addonClientId,
      verifier: createIdTokenVerifier({ certsUrl: 'http://127.0.0.1:9/oauth2/v1/certs' }),
    });
    const failure = await offline(requestWith(fake.identityToken(alice))).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isNextRoundError(failure, 'UNAVAILABLE') && failure.message).toBe("Google's signing keys cannot be fetched; try again in a minute.");
  });
});
