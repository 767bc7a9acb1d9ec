/**
 * A whole hosted service for tests: the fake Google (Calendar, Sheets, push)
 * and the fake OAuth server over HTTP, the service served on loopback (so
 * push notifications reach its webhook), SQLite or PostgreSQL, and helpers to
 * connect a person without the browser part of the OAuth dance.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { parseServiceConfig } from '../../../server/config/service-config.js';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault } from '../../../server/crypto/token-vault.js';
import { parseHostedConfig } from '../../../server/hosted/hosted-config.js';
import { createHostedService, type HostedService } from '../../../server/hosted/hosted-service.js';
import { createJsonLog } from '../../../server/hosted/json-log.js';
import type { IdentifyCaller } from '../../../server/oauth/oauth-routes.js';
import { SERVICE_SCOPES } from '../../../server/oauth/scopes.js';
import { deriveCalendarKey } from '../../../server/store/types.js';
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { startFakeGoogle, type RunningFakeGoogle } from '../../fake-google/server.js';
import { createFakeOAuth, type FakeOAuth } from '../../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';

export const HEADERS = INTERVIEWS.columns.map((column) => column.header);

/** A set-up tracker's synced tabs in a fake spreadsheet: Interviews, and Applications and Contacts, read and written with it. */
export function addTrackerSheets(book: { addSheet(title: string, rows: string[][]): unknown }): void {
  book.addSheet('Applications', [APPLICATIONS.columns.map((column) => column.header)]);
  book.addSheet('Interviews', [HEADERS]);
  book.addSheet('Contacts', [CONTACTS.columns.map((column) => column.header)]);
}
export const CLIENT_ID = 'client-1.apps.googleusercontent.com';
export const CLIENT_SECRET = 'client-secret-1';
export const TOKEN_KEYS = `1:${randomBytes(32).toString('base64')}`;
/** The service's public (https) address in tests; the fake Google routes its push notices to the loopback server. */
export const PUBLIC_URL = 'https://nextround.test';

/** Stands in for the identity-token check: the test names the user in a header (the real check has its own tests, and `realIdentity`). */
export const identifyByHeader: IdentifyCaller = async (request) => {
  const body = (await request.json().catch(() => null)) as { spreadsheetId?: unknown } | null;
  const userId = request.headers.get('x-test-user');
  return userId && typeof body?.spreadsheetId === 'string' ? { userId, spreadsheetId: body.spreadsheetId, email: null } : { refused: 'no x-test-user header' };
};

export interface HostedFixture {
  service: HostedService;
  fake: RunningFakeGoogle;
  oauth: FakeOAuth;
  url: string;
  logs: Array<Record<string, unknown>>;
  /** `address` on the service's public (https) origin, reached through the loopback server, as the person's browser reaches it through the TLS front. */
  viaFront(address: string): string;
  /** Stores a refresh token and a connection as if the person had consented; creates their sheet and calendar. */
  connect(userId: string, spreadsheetId: string, calendarId?: string): Promise<string>;
  /** Calls the sidebar API as `userId`. */
  api(userId: string, path: string, body: Record<string, unknown>): Promise<{ status: number; json: Record<string, unknown> }>;
  close(): Promise<void>;
}

export interface FixtureOptions {
  env?: Record<string, string>;
  databaseUrl?: string;
  schema?: string;
  now?: () => number;
  /** Verify real identity tokens (the fake's `identityToken()`), as production does, instead of the x-test-user header. */
  realIdentity?: boolean;
}

export async function startHostedFixture(options: FixtureOptions = {}): Promise<HostedFixture> {
  const fake = await startFakeGoogle();
  let target: Hono | null = null;
  const front = new Hono().all('*', (c) => (target ? target.fetch(c.req.raw) : c.text('starting', 503)));
  const served = await serveOnLoopback(front);
  // Google pushes only to https: the service's public address is https, and the fake delivers it to loopback, as a TLS front would.
  fake.google.channels.route(PUBLIC_URL, served.url);
  const oauth = createFakeOAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: `${PUBLIC_URL}/oauth/callback` });
  const oauthServer = await serveOnLoopback(oauth.app);
  const dataDir = mkdtempSync(join(tmpdir(), 'nr-hosted-'));
  const env = {
    PUBLIC_URL,
    GOOGLE_CLIENT_ID: CLIENT_ID,
    GOOGLE_CLIENT_SECRET: CLIENT_SECRET,
    GOOGLE_ADDON_CLIENT_ID: oauth.addonClientId,
    GOOGLE_OAUTH_CERTS_URL: `${oauthServer.url}/oauth2/v1/certs`,
    TOKEN_KEYS,
    NEXTROUND_DATA_DIR: dataDir,
    GOOGLE_AUTH_URL: `${oauthServer.url}/authorize`,
    GOOGLE_TOKEN_URL: `${oauthServer.url}/token`,
    GOOGLE_REVOKE_URL: `${oauthServer.url}/revoke`,
    GOOGLE_API_ROOT_URL: fake.url,
    SYNC_COALESCE_MS: '30',
    SHEETS_WRITES_PER_MINUTE: '59',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl, DATABASE_SCHEMA: options.schema ?? 'nextround' } : {}),
    ...options.env,
  };
  const logs: Array<Record<string, unknown>> = [];
  const log = createJsonLog('debug', (line) => void logs.push(JSON.parse(line) as Record<string, unknown>));
  const service = await createHostedService({
    config: parseServiceConfig(env),
    hosted: parseHostedConfig(env),
    log,
    now: options.now,
    ...(options.realIdentity ? {} : { identify: identifyByHeader }),
  });
  target = service.app;
  const vault = createTokenVault(service.store, parseKeyring(TOKEN_KEYS, 'TOKEN_KEYS'));

  return {
    service,
    fake,
    oauth,
    url: served.url,
    logs,
    viaFront(address) {
      const url = new URL(address);
      if (url.origin !== PUBLIC_URL) throw new Error(`${address} is not on the service's public address ${PUBLIC_URL}`);
      return served.url + url.pathname + url.search;
    },
    async connect(userId, spreadsheetId, calendarId = `cal-${userId}`) {
      const refreshToken = oauth.grants.grant(userId, [...SERVICE_SCOPES]);
      await vault.saveRefreshToken(userId, new Secret(refreshToken));
      await service.store.saveConnection({ userId, spreadsheetId, status: 'connected', scopes: SERVICE_SCOPES.join(' '), updatedAt: Date.now() });
      if (!fake.google.spreadsheets.has(spreadsheetId)) addTrackerSheets(fake.google.spreadsheet(spreadsheetId, 'UTC'));
      fake.google.calendar(calendarId);
      return deriveCalendarKey(userId, calendarId);
    },
    async api(userId, path, body) {
      const response = await fetch(`${served.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-test-user': userId },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
    async close() {
      await service.stop();
      await served.close();
      await oauthServer.close();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls `condition` every 20 ms until it holds. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A day 30 days from now (inside any full listing's window), as YYYY-MM-DD. */
export const SOON = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

/** An interview event as Google stores it. */
export function interviewEvent(id: string, title: string, day = SOON): { id: string; summary: string; start: { dateTime: string }; end: { dateTime: string } } {
  return { id, summary: title, start: { dateTime: `${day}T09:00:00Z` }, end: { dateTime: `${day}T10:00:00Z` } };
}
