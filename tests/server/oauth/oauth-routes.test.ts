import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault } from '../../../server/crypto/token-vault.js';
import { createIdTokenVerifier } from '../../../server/oauth/google-id-token.js';
import { createOAuthFlow } from '../../../server/oauth/oauth-flow.js';
import { createOAuthRoutes, type IdentifyCaller } from '../../../server/oauth/oauth-routes.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { createFakeOAuth } from '../../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';

const REDIRECT = 'https://sync.example.com/oauth/callback';
const dir = mkdtempSync(join(tmpdir(), 'nextround-oauth-routes-'));
const fake = createFakeOAuth({ clientId: 'client-1', clientSecret: 'secret-1', redirectUri: REDIRECT });
const alice = fake.account('alice@example.com');
fake.signedIn = [alice];
let server: { url: string; close: () => Promise<void> };
let store: SyncStore;
let app: ReturnType<typeof createOAuthRoutes>;

// The add-on's identity proof, reduced to a header for these route tests (identify-addon.test.ts checks the real one).
const identify: IdentifyCaller = async (request) =>
  request.headers.get('x-test-identity') === 'alice'
    ? { userId: alice.sub, spreadsheetId: 'sheet-alice', email: null }
    : { refused: 'The request carries no add-on sign-in token.' };

beforeAll(async () => {
  server = await serveOnLoopback(fake.app);
  store = await openStore({ dataDir: dir });
  const vault = createTokenVault(store, parseKeyring(`1:${randomBytes(32).toString('base64')}`, 'TOKEN_KEYS'));
  const flow = createOAuthFlow({
    store,
    vault,
    idTokens: createIdTokenVerifier({ certsUrl: `${server.url}/oauth2/v1/certs` }),
    config: {
      clientId: 'client-1',
      clientSecret: new Secret('secret-1'),
      authUrl: `${server.url}/authorize`,
      tokenUrl: `${server.url}/token`,
      revokeUrl: `${server.url}/revoke`,
      redirectUri: REDIRECT,
    },
  });
  app = createOAuthRoutes({ flow, identify });
});
afterAll(async () => {
  await store.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the OAuth routes', () => {
  it('refuses to start for a caller whose identity is not verified', async () => {
    const response = await app.request('/oauth/start', { method: 'POST' });
    expect([response.status, await response.json()]).toEqual([401, { error: 'The request carries no add-on sign-in token.' }]);
  });

  it('connects through start, consent and callback, then refuses the replayed callback', async () => {
    const start = await app.request('/oauth/start', { method: 'POST', headers: { 'x-test-identity': 'alice' } });
    const { url } = z.object({ url: z.string() }).parse(await start.json());
    const consent = await fetch(url, { redirect: 'manual' });
    const back = new URL(consent.headers.get('location')!);
    const callback = await app.request(`/oauth/callback${back.search}`);
    expect([callback.status, await callback.text()]).toEqual([200, 'Calendar connected. You can close this tab and return to your tracker.']);
    expect((await store.getConnection(alice.sub))?.status).toBe('connected');
    const replay = await app.request(`/oauth/callback${back.search}`);
    expect([replay.status, await replay.text()]).toEqual([400, 'The callback state is unknown or already used; start Connect again from the sidebar.']);
  });

  it('does not echo attacker-controlled input in the callback answer', async () => {
    const response = await app.request('/oauth/callback?state=<script>alert(1)</script>&code=x');
    expect([response.status, response.headers.get('content-type')]).toEqual([400, 'text/plain; charset=UTF-8']);
    expect(await response.text()).not.toContain('<script>');
  });
});
