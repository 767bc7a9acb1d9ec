/**
 * The callback stores nothing unless the account that consented is the
 * add-on's user and every box stayed ticked. Runs the real flow against the
 * fake OAuth server with several accounts in the browser.
 */
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
import { createOAuthFlow, type OAuthFlow } from '../../../server/oauth/oauth-flow.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { createFakeOAuth, type FakeAccount } from '../../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';

const REDIRECT = 'https://sync.example.com/oauth/callback';
const dir = mkdtempSync(join(tmpdir(), 'nextround-consent-'));
const fake = createFakeOAuth({ clientId: 'client-1', clientSecret: 'secret-1', redirectUri: REDIRECT });
const impostor = createFakeOAuth({ clientId: 'client-1', clientSecret: 'secret-1', redirectUri: REDIRECT });
let server: { url: string; close: () => Promise<void> };
let impostorServer: { url: string; close: () => Promise<void> };
let store: SyncStore;
let vault: TokenVault;
let run = 0;
let alice: FakeAccount;
let bob: FakeAccount;

beforeAll(async () => {
  [server, impostorServer] = await Promise.all([serveOnLoopback(fake.app), serveOnLoopback(impostor.app)]);
});
afterAll(async () => {
  await Promise.all([server.close(), impostorServer.close()]);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  run++;
  alice = fake.account(`alice-${run}@example.com`);
  bob = fake.account(`bob-${run}@example.com`);
  fake.signedIn = [alice];
  fake.picks = null;
  fake.unticked = [];
  store = await openStore({ dataDir: join(dir, `run-${run}`) });
  vault = createTokenVault(store, parseKeyring(`1:${randomBytes(32).toString('base64')}`, 'TOKEN_KEYS'));
});
afterEach(() => store.close());

/** The flow, verifying id_tokens with the keys published at `certsServer` (the fake's own unless told otherwise). */
function flowVerifyingWith(certsServer = server): OAuthFlow {
  return createOAuthFlow({
    store,
    vault,
    idTokens: createIdTokenVerifier({ certsUrl: `${certsServer.url}/oauth2/v1/certs` }),
    config: {
      clientId: 'client-1',
      clientSecret: new Secret('secret-1'),
      authUrl: `${server.url}/authorize`,
      tokenUrl: `${server.url}/token`,
      revokeUrl: `${server.url}/revoke`,
      redirectUri: REDIRECT,
    },
  });
}

/** Start (as the add-on user `who`), the person's browser at Google, then the callback. */
async function connectAs(who: FakeAccount, flow = flowVerifyingWith()): Promise<unknown> {
  const consent = await fetch(await flow.startAuthorization({ userId: who.sub, spreadsheetId: 'sheet-1' }), { redirect: 'manual' });
  const back = new URL(consent.headers.get('location')!);
  return flow.completeAuthorization({ state: back.searchParams.get('state')!, code: back.searchParams.get('code')! });
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isNextRoundError(error, 'AUTH_REQUIRED')) return error.message;
    throw error;
  }
  throw new Error('expected the consent to be refused');
}

async function expectNothingStored(...accounts: FakeAccount[]): Promise<void> {
  for (const account of accounts) expect([await store.getSealedToken(account.sub), await store.getConnection(account.sub)]).toEqual([null, null]);
}

describe('binding the consent to the add-on user', () => {
  it("connects the add-on user's own account when the browser's default account is another one (login_hint picks it)", async () => {
    fake.signedIn = [bob, alice];
    await connectAs(alice);
    const stored = (await vault.readRefreshToken(alice.sub))!.reveal();
    expect(fake.grants.refreshTokens.get(stored)?.sub).toBe(alice.sub);
  });

  it('refuses a consent given by another account, naming it, and stores nothing for either', async () => {
    fake.signedIn = [alice, bob];
    fake.picks = bob;
    expect(await refusalOf(connectAs(alice))).toBe(
      `You gave access as ${bob.email}, but this tracker is open as a different Google account. Nothing was connected: press Connect calendar again and choose the account this spreadsheet is open with on Google's page.`,
    );
    await expectNothingStored(alice, bob);
  });

  it("refuses an id_token that Google's published keys do not verify, storing nothing", async () => {
    expect(await refusalOf(connectAs(alice, flowVerifyingWith(impostorServer)))).toBe(
      "Google's answer about which account gave access is not signed by Google (forged or altered), so nothing was connected. Press Connect calendar again.",
    );
    await expectNothingStored(alice);
  });
});

describe('granular consent', () => {
  it.each([
    [
      ['https://www.googleapis.com/auth/calendar.calendarlist.readonly'],
      `"See the list of Google calendars you're subscribed to" was left unticked`,
      'tick it',
    ],
    [['https://www.googleapis.com/auth/calendar.events.readonly'], '"View events on all your calendars" was left unticked', 'tick it'],
    [
      ['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/calendar.events.readonly'],
      '"View events on all your calendars" and "See, edit, create, and delete only the specific Google Drive files you use with this app" were left unticked',
      'tick them',
    ],
  ])("refuses a consent with %j unticked, naming the boxes in the consent screen's words, and stores nothing", async (unticked, what, action) => {
    fake.unticked = unticked;
    expect(await refusalOf(connectAs(alice))).toBe(
      `NextRound needs every box on Google's page; ${what}. Nothing was connected: press Connect calendar again and ${action}.`,
    );
    await expectNothingStored(alice);
  });

  it('keeps the earlier connection untouched when a reconnect leaves a box unticked', async () => {
    await connectAs(alice);
    const sealed = await store.getSealedToken(alice.sub);
    const connection = await store.getConnection(alice.sub);
    fake.unticked = ['https://www.googleapis.com/auth/drive.file'];
    await refusalOf(connectAs(alice));
    expect([await store.getSealedToken(alice.sub), await store.getConnection(alice.sub)]).toEqual([sealed, connection]);
  });
});
