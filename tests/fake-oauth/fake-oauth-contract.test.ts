/**
 * What the fake OAuth server claims about Google, one test per behaviour,
 * each citing the page it follows. NextRound's own tests rely on these.
 */
import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFakeOAuth } from './fake-oauth-server.js';
import { serveOnLoopback } from './serve.js';
import { challengeOf } from '../../server/oauth/pkce.js';

const REDIRECT = 'https://sync.example.com/oauth/callback';
let clock = Date.now();
const fake = createFakeOAuth({ clientId: 'web-1', clientSecret: 's-1', redirectUri: REDIRECT, now: () => clock });
const alice = fake.account('alice@example.com');
const bob = fake.account('bob@example.com');
const CAL = 'https://www.googleapis.com/auth/calendar.events.readonly';
const LIST = 'https://www.googleapis.com/auth/calendar.calendarlist.readonly';
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveOnLoopback(fake.app);
});
afterAll(() => server.close());
beforeEach(() => {
  clock = Date.now();
  fake.signedIn = [alice];
  fake.picks = null;
  fake.unticked = [];
});

const VERIFIER = 'v'.repeat(43);
const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

/** The browser at /authorize, then the code redeemed: the token response. */
async function consent(query: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const url = new URL(`${server.url}/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: 'web-1',
    redirect_uri: REDIRECT,
    scope: `openid email ${CAL} ${LIST}`,
    code_challenge: challengeOf(VERIFIER),
    code_challenge_method: 'S256',
    access_type: 'offline',
    prompt: 'consent',
    ...query,
  }).toString();
  const code = new URL((await fetch(url, { redirect: 'manual' })).headers.get('location')!).searchParams.get('code')!;
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    code_verifier: VERIFIER,
    client_id: 'web-1',
    client_secret: 's-1',
  });
  return (await (await fetch(`${server.url}/token`, { method: 'POST', body: form })).json()) as Record<string, unknown>;
}

const tokenInfo = async (token: string) => {
  const response = await fetch(`${server.url}/tokeninfo?access_token=${encodeURIComponent(token)}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('the fake OAuth server, as Google documents it', () => {
  // https://developers.google.com/identity/openid-connect/openid-connect#authenticationuriparameters (login_hint)
  it('follows login_hint in the account chooser, and otherwise takes the account the person picks or the default one', async () => {
    fake.signedIn = [bob, alice];
    expect(claims((await consent({ login_hint: alice.sub })).id_token as string).sub).toBe(alice.sub);
    expect(claims((await consent()).id_token as string).sub).toBe(bob.sub);
    fake.picks = bob;
    expect(claims((await consent({ login_hint: alice.sub })).id_token as string).sub).toBe(bob.sub);
  });

  // https://developers.google.com/identity/openid-connect/openid-connect#validatinganidtoken and #an-id-tokens-payload
  it('signs the id_token with a key published at the certs URLs, for the web client, with email only when asked', async () => {
    const body = await consent({ login_hint: alice.sub });
    const [header, payload, signature] = (body.id_token as string).split('.');
    const { kid } = JSON.parse(Buffer.from(header!, 'base64url').toString('utf8')) as { kid: string };
    const pem = ((await (await fetch(`${server.url}/oauth2/v1/certs`)).json()) as Record<string, string>)[kid]!;
    const jwks = (await (await fetch(`${server.url}/oauth2/v3/certs`)).json()) as { keys: Array<{ kid: string }> };
    expect(jwks.keys.map((key) => key.kid)).toEqual([kid]);
    expect(verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey(pem), Buffer.from(signature!, 'base64url'))).toBe(true);
    expect(claims(body.id_token as string)).toMatchObject({
      iss: 'https://accounts.google.com',
      aud: 'web-1',
      sub: alice.sub,
      email: alice.email,
      email_verified: true,
    });
    expect(claims((await consent({ scope: `openid ${CAL}` })).id_token as string)).not.toHaveProperty('email');
    expect(await consent({ scope: CAL })).not.toHaveProperty('id_token');
  });

  // https://developers.google.com/identity/protocols/oauth2/web-server#exchange-authorization-code ("scope": the scopes granted)
  it('lists in the token response only the scopes the person left ticked, with sign-in scopes always granted and named in full', async () => {
    fake.unticked = [LIST, 'openid'];
    const body = await consent();
    expect((body.scope as string).split(' ')).toEqual(['openid', 'https://www.googleapis.com/auth/userinfo.email', CAL]);
  });

  // https://developers.google.com/identity/protocols/oauth2/web-server#exchange-authorization-code (expires_in) and
  // https://developers.google.com/identity/protocols/oauth2/web-server#callinganapi (an expired token is refused)
  it('issues access tokens that carry the granted scopes and stop working once expired', async () => {
    fake.unticked = [LIST];
    const token = (await consent()).access_token as string;
    expect(await tokenInfo(token)).toMatchObject({
      status: 200,
      body: { sub: alice.sub, scope: `openid https://www.googleapis.com/auth/userinfo.email ${CAL}` },
    });
    expect(fake.grants.accessTokenInfo(token)?.scopes).not.toContain(LIST);
    clock += 3600_000;
    expect((await tokenInfo(token)).status).toBe(400);
    expect(fake.grants.accessTokenInfo(token)).toBeNull();
  });

  // https://developers.google.com/identity/protocols/oauth2/web-server#tokenrevoke
  it('revokes the whole grant (refresh and access tokens) with 200, and answers 400 for a token already dead', async () => {
    const body = await consent();
    const revoke = (token: string) => fetch(`${server.url}/revoke`, { method: 'POST', body: new URLSearchParams({ token }) }).then((r) => r.status);
    expect(await revoke(body.refresh_token as string)).toBe(200);
    expect(fake.grants.accessTokenInfo(body.access_token as string)).toBeNull();
    expect(await revoke(body.refresh_token as string)).toBe(400);
    const refreshed = await fetch(`${server.url}/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: body.refresh_token as string, client_id: 'web-1', client_secret: 's-1' }),
    });
    expect([refreshed.status, ((await refreshed.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
  });

  // https://developers.google.com/apps-script/guides/services/cloud-run ("add the script's client ID as an allowed audience")
  it("mints add-on identity tokens for the Apps Script project's own client id, not the web client", () => {
    expect(claims(fake.identityToken(alice))).toMatchObject({ iss: 'https://accounts.google.com', aud: fake.addonClientId, sub: alice.sub });
    expect(fake.addonClientId).not.toBe('web-1');
  });
});
