import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isNextRoundError } from '../../../shared/errors.js';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault, type TokenVault } from '../../../server/crypto/token-vault.js';
import { createIdTokenVerifier } from '../../../server/oauth/google-id-token.js';
import { createOAuthFlow, type OAuthFlow, type OAuthFlowDeps } from '../../../server/oauth/oauth-flow.js';
import { SERVICE_SCOPES } from '../../../server/oauth/scopes.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { createFakeOAuth, type FakeAccount, type FakeOAuth } from '../../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';

const REDIRECT = 'https://sync.example.com/oauth/callback';
const dir = mkdtempSync(join(tmpdir(), 'nextround-oauth-'));
// Near real time: google-auth-library checks id_token times against the machine's clock.
let clock = Date.now();
let fake: FakeOAuth;
let server: { url: string; close: () => Promise<void> };
let store: SyncStore;
let vault: TokenVault;
let flow: OAuthFlow;
let run = 0;
let person: FakeAccount;
let who: { userId: string; spreadsheetId: string };
const GRANTED = ['openid', 'https://www.googleapis.com/auth/userinfo.email', ...SERVICE_SCOPES].join(' ');

beforeAll(async () => {
  fake = createFakeOAuth({ clientId: 'client-1', clientSecret: 'secret-1', redirectUri: REDIRECT, now: () => clock });
  server = await serveOnLoopback(fake.app);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
function flowWith(overrides: Partial<OAuthFlowDeps> = {}): OAuthFlow {
  return createOAuthFlow({
    store,
    vault,
    now: () => clock,
    idTokens: createIdTokenVerifier({ certsUrl: `${server.url}/oauth2/v1/certs` }),
    config: {
      clientId: 'client-1',
      clientSecret: new Secret('secret-1'),
      authUrl: `${server.url}/authorize`,
      tokenUrl: `${server.url}/token`,
      revokeUrl: `${server.url}/revoke`,
      redirectUri: REDIRECT,
    },
    ...overrides,
  });
}

beforeEach(async () => {
  for (const key of Object.keys(fake.tokenRequests)) delete fake.tokenRequests[key];
  clock = Date.now();
  fake.unticked = [];
  fake.picks = null;
  person = fake.account(`person-${++run}@example.com`);
  fake.signedIn = [person];
  who = { userId: person.sub, spreadsheetId: 'sheet-a' };
  store = await openStore({ dataDir: join(dir, `run-${run}`) });
  vault = createTokenVault(store, parseKeyring(`1:${randomBytes(32).toString('base64')}`, 'TOKEN_KEYS'));
  flow = flowWith();
});
afterEach(() => store.close());

/** The person's browser: opens the consent URL and returns the callback's query. */
async function consent(url: string): Promise<{ code: string; state: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get('location')!);
  return { code: back.searchParams.get('code')!, state: back.searchParams.get('state')! };
}

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isNextRoundError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a rejection');
}

async function expectNothingStored(userId: string = who.userId): Promise<void> {
  expect([await store.getSealedToken(userId), await store.getConnection(userId)]).toEqual([null, null]);
}

describe('the OAuth flow against the fake authorization server', () => {
  it('connects on the happy path: S256, offline, login_hint, openid and narrow scopes, sealed refresh token, working refresh', async () => {
    const url = new URL(await flow.startAuthorization(who));
    const q = Object.fromEntries(url.searchParams);
    expect(Object.keys(q).sort()).toEqual([
      'access_type',
      'client_id',
      'code_challenge',
      'code_challenge_method',
      'login_hint',
      'prompt',
      'redirect_uri',
      'response_type',
      'scope',
      'state',
    ]);
    expect(q).toMatchObject({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: REDIRECT,
      access_type: 'offline',
      prompt: 'consent',
      code_challenge_method: 'S256',
      login_hint: person.sub,
    });
    expect(q.scope).toBe(['openid', 'email', ...SERVICE_SCOPES].join(' '));
    expect(q.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const result = await flow.completeAuthorization(await consent(url.toString()));
    expect(result).toEqual({ userId: person.sub, spreadsheetId: 'sheet-a', newRefreshToken: true });
    expect(await store.getConnection(person.sub)).toEqual({
      userId: person.sub,
      spreadsheetId: 'sheet-a',
      status: 'connected',
      scopes: GRANTED,
      updatedAt: clock,
    });
    const stored = (await vault.readRefreshToken(person.sub))!.reveal();
    expect(fake.grants.refreshTokens.get(stored)?.sub).toBe(person.sub);
    expect(await store.getSealedToken(person.sub)).not.toContain(stored);
    const access = await flow.refreshAccessToken(person.sub);
    expect(access.accessToken.reveal()).toMatch(/^ya29\./);
    expect(access.expiresAt).toBe(clock + 3_599_000);
  });

  it.each([
    ['missing', undefined, 'The callback has no state; start Connect again from the sidebar.'],
    ['foreign', randomBytes(32).toString('base64url'), 'The callback state is unknown or already used; start Connect again from the sidebar.'],
  ])('rejects a %s state before calling the token endpoint, storing nothing', async (_label, state, message) => {
    const { code } = await consent(await flow.startAuthorization(who));
    expect(await errorOf(flow.completeAuthorization({ state, code }))).toEqual({ code: 'INVALID_INPUT', message });
    expect(fake.tokenRequests).toEqual({});
    await expectNothingStored();
  });

  it('rejects a replayed state after its one use', async () => {
    const callback = await consent(await flow.startAuthorization(who));
    await flow.completeAuthorization(callback);
    expect(await errorOf(flow.completeAuthorization(callback))).toEqual({
      code: 'INVALID_INPUT',
      message: 'The callback state is unknown or already used; start Connect again from the sidebar.',
    });
    expect(fake.tokenRequests).toEqual({ authorization_code: 1 });
  });

  it('rejects an expired state, storing nothing', async () => {
    const callback = await consent(await flow.startAuthorization(who));
    clock += 600_000;
    expect(await errorOf(flow.completeAuthorization(callback))).toEqual({
      code: 'INVALID_INPUT',
      message: 'The callback state has expired; start Connect again from the sidebar.',
    });
    expect(fake.tokenRequests).toEqual({});
    await expectNothingStored();
  });

  it('rejects a code redeemed with the wrong PKCE verifier (a code injected into another session)', async () => {
    const victim = await consent(await flow.startAuthorization(who));
    const mallory = fake.account(`mallory-${run}@example.com`);
    fake.signedIn = [mallory];
    const attacker = await consent(await flow.startAuthorization({ userId: mallory.sub, spreadsheetId: 'sheet-m' }));
    expect(await errorOf(flow.completeAuthorization({ state: attacker.state, code: victim.code }))).toEqual({
      code: 'AUTH_REQUIRED',
      message: 'Google refused the authorization code (invalid_grant): it was used, expired or its PKCE verifier does not match.',
    });
    await expectNothingStored(mallory.sub);
    await expectNothingStored(person.sub);
  });

  it('rejects a replayed code and keeps the token already stored', async () => {
    const first = await consent(await flow.startAuthorization(who));
    await flow.completeAuthorization(first);
    const sealed = await store.getSealedToken(person.sub);
    const second = await consent(await flow.startAuthorization(who));
    const replay = await errorOf(flow.completeAuthorization({ state: second.state, code: first.code }));
    expect(replay.code).toBe('AUTH_REQUIRED');
    expect(await store.getSealedToken(person.sub)).toBe(sealed);
  });

  it('keeps the stored refresh token when a re-consent brings none', async () => {
    await flow.completeAuthorization(await consent(await flow.startAuthorization(who)));
    const before = (await vault.readRefreshToken(person.sub))!.reveal();
    const again = new URL(await flow.startAuthorization({ ...who, spreadsheetId: 'sheet-b' }));
    expect(again.searchParams.has('prompt')).toBe(false);
    const result = await flow.completeAuthorization(await consent(again.toString()));
    expect(result).toEqual({ userId: person.sub, spreadsheetId: 'sheet-b', newRefreshToken: false });
    expect((await vault.readRefreshToken(person.sub))!.reveal()).toBe(before);
    expect((await store.getConnection(person.sub))?.spreadsheetId).toBe('sheet-b');
  });

  it('marks the connection as needing reconnect on invalid_grant after exactly one attempt, and stops its channels', async () => {
    await flow.completeAuthorization(await consent(await flow.startAuthorization(who)));
    await store.saveChannel({
      channelId: 'ch-a',
      resourceId: 'r',
      tokenHash: 'h',
      userId: person.sub,
      calendarKey: 'cal_a',
      expiresAt: clock + 1e9,
      stoppedAt: null,
      lastMessage: 0,
    });
    fake.revokeAllOf(person);
    expect(await errorOf(flow.refreshAccessToken(person.sub))).toEqual({
      code: 'AUTH_REQUIRED',
      message: 'Google no longer accepts the calendar access you gave (it was removed, expired or your password changed); press Connect calendar again.',
    });
    expect(fake.tokenRequests.refresh_token).toBe(1);
    expect((await store.getConnection(person.sub))?.status).toBe('needs_reconnect');
    expect((await store.findChannel('ch-a'))?.stoppedAt).toBe(clock);
    const reconnect = new URL(await flow.startAuthorization(who));
    expect(reconnect.searchParams.get('prompt')).toBe('consent');
  });

  it('refuses a callback carrying error=access_denied, storing nothing', async () => {
    const { state } = await consent(await flow.startAuthorization(who));
    expect(await errorOf(flow.completeAuthorization({ state, error: 'access_denied' }))).toEqual({
      code: 'AUTH_REQUIRED',
      message: 'Google did not grant access (access_denied); nothing was connected.',
    });
    await expectNothingStored();
  });

  it('revokes at Google, forgets the token and stops channels on disconnect, reporting the revocation', async () => {
    await flow.completeAuthorization(await consent(await flow.startAuthorization(who)));
    const token = (await vault.readRefreshToken(person.sub))!.reveal();
    expect(await flow.disconnect(person.sub)).toEqual({ revoke: 'revoked' });
    expect(fake.grants.refreshTokens.get(token)?.revoked).toBe(true);
    expect(await store.getSealedToken(person.sub)).toBeNull();
    expect((await store.getConnection(person.sub))?.status).toBe('disconnected');
    expect(await flow.disconnect(person.sub)).toEqual({ revoke: 'no_token' });
  });

  it('reports a grant the person already removed at Google as already invalid, and still forgets it', async () => {
    await flow.completeAuthorization(await consent(await flow.startAuthorization(who)));
    fake.revokeAllOf(person);
    expect(await flow.disconnect(person.sub)).toEqual({ revoke: 'already_invalid' });
    expect(await store.getSealedToken(person.sub)).toBeNull();
  });
});
