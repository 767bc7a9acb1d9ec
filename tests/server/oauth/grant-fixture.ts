/**
 * The tracker-grant step for tests, end to end on loopback: the fake OAuth
 * server, the OAuth routes with the grant step after the callback, the fake
 * Google (drive.file enforced) and the Picker stand-in. Access tokens the
 * service gets from the flow are made known to the fake Google as the
 * person's (what Google knows about its own tokens).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault } from '../../../server/crypto/token-vault.js';
import { deriveTicketKey } from '../../../server/oauth/grant-ticket.js';
import { createIdTokenVerifier } from '../../../server/oauth/google-id-token.js';
import { createOAuthFlow, type OAuthFlow } from '../../../server/oauth/oauth-flow.js';
import { createOAuthRoutes, type IdentifyCaller } from '../../../server/oauth/oauth-routes.js';
import { SERVICE_SCOPES } from '../../../server/oauth/scopes.js';
import { createSheetGrant } from '../../../server/oauth/sheet-grant.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { createPickerStandIn } from '../../fake-google/picker-stand-in.js';
import { startFakeGoogle, type RunningFakeGoogle } from '../../fake-google/server.js';
import { createFakeOAuth, type FakeOAuth } from '../../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';

export const SHEET = '1TrackerSheetAbCdEfGhIjKlMnOpQrStUv';
export const API_KEY = 'AIzaSyStandInKey0123456789abcdefghij';
/** The person's Google account at the fake OAuth server: its `sub` is the service's user id. */
export const USER_EMAIL = 'person@example.com';

/** The person's user id (their account's `sub`), set when a fixture starts. */
export let USER = '';

export interface GrantFixture {
  url: string;
  fake: RunningFakeGoogle;
  oauth: FakeOAuth;
  store: SyncStore;
  /** The flow whose access tokens the fake Google knows. */
  flow: OAuthFlow;
  /** Access tokens the service obtained, in order. */
  issued: string[];
  scriptUrl: string;
  /** The consent URL for `USER` and `spreadsheetId`, as the add-on gets it from POST /oauth/start. */
  consentUrl(spreadsheetId?: string): Promise<string>;
  close(): Promise<void>;
}

// The add-on's identity proof, reduced to a header (the real check has its own tests).
const identify: IdentifyCaller = async (request) => {
  const body = (await request.json().catch(() => null)) as { spreadsheetId?: string } | null;
  const user = request.headers.get('x-test-user');
  return user && body?.spreadsheetId ? { userId: user, spreadsheetId: body.spreadsheetId, email: null } : { refused: 'no x-test-user header' };
};

export interface GrantFixtureOptions {
  /** The project number the service builds its Picker with (default: the fake's own). */
  projectNumber?: string;
  /** False: GOOGLE_PROJECT_NUMBER and GOOGLE_PICKER_API_KEY are not set. */
  pickerConfigured?: boolean;
}

export async function startGrantFixture(options: GrantFixtureOptions = {}): Promise<GrantFixture> {
  const fake = await startFakeGoogle();
  fake.google.spreadsheet(SHEET, 'UTC').addSheet('Interviews', [INTERVIEWS.columns.map((column) => column.header)]);
  const standIn = await serveOnLoopback(createPickerStandIn(fake.google));
  let target: Hono | null = null;
  const front = await serveOnLoopback(new Hono().all('*', (c) => (target ? target.fetch(c.req.raw) : c.text('starting', 503))));
  const oauth = createFakeOAuth({ clientId: 'client-1', clientSecret: 'secret-1', redirectUri: `${front.url}/oauth/callback` });
  const person = oauth.account(USER_EMAIL);
  oauth.signedIn = [person];
  USER = person.sub;
  const oauthServer = await serveOnLoopback(oauth.app);
  const dir = mkdtempSync(join(tmpdir(), 'nr-grant-'));
  const store = await openStore({ dataDir: dir });
  const vault = createTokenVault(store, parseKeyring(`1:${randomBytes(32).toString('base64')}`, 'TOKEN_KEYS'));
  const inner = createOAuthFlow({
    store,
    vault,
    statusAfterConsent: 'needs_sheet_access',
    idTokens: createIdTokenVerifier({ certsUrl: `${oauthServer.url}/oauth2/v1/certs` }),
    config: {
      clientId: 'client-1',
      clientSecret: new Secret('secret-1'),
      authUrl: `${oauthServer.url}/authorize`,
      tokenUrl: `${oauthServer.url}/token`,
      revokeUrl: `${oauthServer.url}/revoke`,
      redirectUri: `${front.url}/oauth/callback`,
    },
  });
  const issued: string[] = [];
  const flow: OAuthFlow = {
    ...inner,
    async refreshAccessToken(userId) {
      const token = await inner.refreshAccessToken(userId);
      fake.google.driveFile.admit(token.accessToken.reveal(), userId, [...SERVICE_SCOPES]);
      issued.push(token.accessToken.reveal());
      return token;
    },
  };
  const scriptUrl = `${standIn.url}/js/api.js`;
  const grant = createSheetGrant({
    store,
    accessTokenFor: (userId) => flow.refreshAccessToken(userId),
    ticketKey: deriveTicketKey(randomBytes(32)),
    picker:
      options.pickerConfigured === false
        ? { scriptUrl }
        : { projectNumber: options.projectNumber ?? fake.google.driveFile.projectNumber, apiKey: API_KEY, scriptUrl },
    rootUrl: fake.url,
  });
  const app = new Hono();
  app.route('/', createOAuthRoutes({ flow, identify, afterConsent: grant.afterConsent }));
  app.route('/', grant.routes);
  target = app;
  return {
    url: front.url,
    fake,
    oauth,
    store,
    flow,
    issued,
    scriptUrl,
    async consentUrl(spreadsheetId = SHEET) {
      const response = await fetch(`${front.url}/oauth/start`, { method: 'POST', headers: { 'x-test-user': USER }, body: JSON.stringify({ spreadsheetId }) });
      return ((await response.json()) as { url: string }).url;
    },
    async close() {
      await store.close();
      await Promise.all([fake.close(), standIn.close(), front.close(), oauthServer.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
