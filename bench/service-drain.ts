/**
 * The drain bench: `users` people, each with one calendar and one tracker,
 * make `changes` changes each; every change is a push job. The hosted
 * service (SQLite, in-process queue, default pacing of 50 writes/min/user)
 * syncs them against the fake Google, which enforces Google's 60 writes per
 * minute per user. Measures the time until every tracker holds every event.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseServiceConfig } from '../server/config/service-config.js';
import { parseKeyring } from '../server/crypto/keyring.js';
import { Secret } from '../server/crypto/secret.js';
import { createTokenVault } from '../server/crypto/token-vault.js';
import { parseHostedConfig } from '../server/hosted/hosted-config.js';
import { createHostedService } from '../server/hosted/hosted-service.js';
import { createJsonLog } from '../server/hosted/json-log.js';
import { deriveCalendarKey } from '../server/store/types.js';
import { INTERVIEWS } from '../shared/schema/tracker-schema.js';
import { startFakeGoogle } from '../tests/fake-google/server.js';
import { GOOGLE_SHEETS_QUOTAS } from '../tests/fake-google/sheets-quota.js';
import { createFakeOAuth } from '../tests/fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../tests/fake-oauth/serve.js';
import { benchEnv } from './service-webhook.js';

export interface DrainResult {
  users: number;
  changes: number;
  seconds: number;
  syncs: number;
  /** 429s the fake answered (absorbed by retries) and RATE_LIMITED failures that reached the person. */
  throttled: number;
  quotaErrors: number;
  unsynced: number;
}

const HEADERS = INTERVIEWS.columns.map((column) => column.header);
const DAY = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

export async function runDrain(users: number, changes: number): Promise<DrainResult> {
  const fake = await startFakeGoogle();
  fake.google.enforceSheetsQuotas(GOOGLE_SHEETS_QUOTAS);
  const oauth = createFakeOAuth({ clientId: 'bench-client.apps.googleusercontent.com', clientSecret: 'bench-secret', redirectUri: 'http://127.0.0.1:8787/oauth/callback' });
  const oauthServer = await serveOnLoopback(oauth.app);
  const dataDir = mkdtempSync(join(tmpdir(), 'nr-drain-'));
  const env = benchEnv(dataDir, { GOOGLE_TOKEN_URL: `${oauthServer.url}/token`, GOOGLE_API_ROOT_URL: fake.url, WORKER_CONCURRENCY: '8', PUSH_ENABLED: 'false' });
  const failures: string[] = [];
  const log = createJsonLog('warn', (line) => {
    const entry = JSON.parse(line) as { event: string; code?: string };
    if (entry.event === 'sync.failed' || entry.event === 'sync.gave_up') failures.push(entry.code ?? entry.event);
  });
  const service = await createHostedService({ config: parseServiceConfig(env), hosted: parseHostedConfig(env), log });
  const vault = createTokenVault(service.store, parseKeyring(env.TOKEN_KEYS!, 'TOKEN_KEYS'));
  const people = Array.from({ length: users }, (_, i) => `user-${i}`);
  for (const user of people) {
    oauth.refreshTokens.set(`1//${user}`, { user, revoked: false });
    await vault.saveRefreshToken(user, new Secret(`1//${user}`));
    await service.store.saveConnection({ userId: user, spreadsheetId: `sheet-${user}`, status: 'connected', scopes: '', updatedAt: 0 });
    await service.store.saveCalendar({ key: deriveCalendarKey(user, 'primary'), userId: user, calendarId: `cal-${user}`, enabled: true });
    fake.google.spreadsheet(`sheet-${user}`, 'UTC').addSheet('Interviews', [HEADERS]);
    fake.google.calendar(`cal-${user}`);
  }
  await service.start();
  const began = performance.now();
  for (let change = 0; change < changes; change++) {
    for (const user of people) {
      fake.google.calendar(`cal-${user}`).put({ id: `ev-${change}-${randomBytes(3).toString('hex')}`, summary: `Phone screen ${change} - Acme`, start: { dateTime: `${DAY}T09:00:00Z` }, end: { dateTime: `${DAY}T10:00:00Z` } });
      await service.queue.enqueue({ calendarKey: deriveCalendarKey(user, 'primary'), userId: user, reason: 'push' });
    }
  }
  const rowsOf = (user: string) => fake.google.spreadsheets.get(`sheet-${user}`)!.readValues({ title: 'Interviews', rowStart: 1, rowEnd: null, colStart: 0, colEnd: null }).length;
  const deadline = Date.now() + 300_000;
  while (people.some((user) => rowsOf(user) < changes) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const seconds = (performance.now() - began) / 1000;
  const result: DrainResult = {
    users,
    changes,
    seconds,
    syncs: fake.google.requests('sheets').filter((r) => r.method === 'GET').length,
    throttled: fake.google.requests('sheets').filter((r) => r.status === 429).length,
    quotaErrors: failures.filter((code) => code === 'RATE_LIMITED').length,
    unsynced: people.filter((user) => rowsOf(user) < changes).length,
  };
  await service.stop();
  await oauthServer.close();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
  return result;
}
