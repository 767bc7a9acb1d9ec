/**
 * The drain bench: `users` people, each with one calendar and one tracker,
 * every calendar holding `changes` new interviews; then the hosted service
 * (SQLite, in-process queue, the shared quota budget) starts and is asked
 * to sync every calendar at once, against the fake Google enforcing the
 * same Sheets quotas per project and per user (Google's, times `scale`).
 * Measures the time until every tracker holds every event, the writes the
 * fake admitted, and the 429s it answered.
 */
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
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../shared/schema/types.js';
import { startFakeGoogle } from '../tests/fake-google/server.js';
import { GOOGLE_SHEETS_QUOTAS } from '../tests/fake-google/sheets-quota.js';
import { createFakeOAuth } from '../tests/fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../tests/fake-oauth/serve.js';
import { benchEnv } from './service-webhook.js';

export interface DrainResult {
  users: number;
  changes: number;
  seconds: number;
  /** Sheets writes per minute of the project budget (and the fake's quota). */
  writesPerMinute: number;
  /** Writes the fake admitted. */
  writes: number;
  /** 429s the fake answered, and RATE_LIMITED failures that reached a person. */
  throttled: number;
  quotaErrors: number;
  unsynced: number;
}

const HEADERS = INTERVIEWS.columns.map((column) => column.header);
const headersOf = (spec: SheetSpec) => spec.columns.map((column) => column.header);
const DAY = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

export async function runDrain(users: number, changes: number, scale = 1): Promise<DrainResult> {
  const fake = await startFakeGoogle();
  const quotas = Object.fromEntries(
    Object.entries(GOOGLE_SHEETS_QUOTAS).map(([name, limit]) => [name, Math.round(limit * scale)]),
  ) as unknown as typeof GOOGLE_SHEETS_QUOTAS;
  const counter = fake.google.enforceSheetsQuotas(quotas);
  const oauth = createFakeOAuth({
    clientId: 'bench-client.apps.googleusercontent.com',
    clientSecret: 'bench-secret',
    redirectUri: 'http://127.0.0.1:8787/oauth/callback',
  });
  fake.google.people = { get: (token) => oauth.grants.accessTokenInfo(token)?.sub };
  const oauthServer = await serveOnLoopback(oauth.app);
  const dataDir = mkdtempSync(join(tmpdir(), 'nr-drain-'));
  const env = benchEnv(dataDir, {
    GOOGLE_TOKEN_URL: `${oauthServer.url}/token`,
    GOOGLE_API_ROOT_URL: fake.url,
    WORKER_CONCURRENCY: '8',
    PUSH_ENABLED: 'false',
    SHEETS_PROJECT_READS_PER_MINUTE: String(quotas.readsPerProject),
    SHEETS_PROJECT_WRITES_PER_MINUTE: String(quotas.writesPerProject),
    SHEETS_USER_READS_PER_MINUTE: String(quotas.readsPerUser),
    SHEETS_USER_WRITES_PER_MINUTE: String(quotas.writesPerUser),
  });
  const failures: string[] = [];
  const log = createJsonLog('warn', (line) => {
    const entry = JSON.parse(line) as { event: string; code?: string };
    if (entry.event === 'sync.failed' || entry.event === 'sync.gave_up') failures.push(entry.code ?? entry.event);
  });
  const service = await createHostedService({ config: parseServiceConfig(env), hosted: parseHostedConfig(env), log });
  const vault = createTokenVault(service.store, parseKeyring(env.TOKEN_KEYS!, 'TOKEN_KEYS'));
  const people = Array.from({ length: users }, (_, i) => `user-${i}`);
  for (const user of people) {
    await vault.saveRefreshToken(user, new Secret(oauth.grants.grant(user, [])));
    await service.store.saveConnection({ userId: user, spreadsheetId: `sheet-${user}`, status: 'connected', scopes: '', updatedAt: 0 });
    await service.store.saveCalendar({ key: deriveCalendarKey(user, 'primary'), userId: user, calendarId: `cal-${user}`, enabled: true });
    // A tracker as set-up makes it: rounds are linked to Applications and Contacts in the same read and write.
    const spreadsheet = fake.google.spreadsheet(`sheet-${user}`, 'UTC');
    spreadsheet.addSheet('Interviews', [HEADERS]);
    spreadsheet.addSheet(APPLICATIONS.name, [headersOf(APPLICATIONS)]);
    spreadsheet.addSheet(CONTACTS.name, [headersOf(CONTACTS)]);
    const calendar = fake.google.calendar(`cal-${user}`);
    for (let change = 0; change < changes; change++) {
      calendar.put({
        id: `ev-${change}`,
        summary: `Phone screen ${change} - Acme`,
        start: { dateTime: `${DAY}T09:00:00Z` },
        end: { dateTime: `${DAY}T10:00:00Z` },
      });
    }
  }
  await service.start();
  const began = performance.now();
  for (const user of people) await service.queue.enqueue({ calendarKey: deriveCalendarKey(user, 'primary'), userId: user, reason: 'push' });
  const rowsOf = (user: string) =>
    fake.google.spreadsheets.get(`sheet-${user}`)!.readValues({ title: 'Interviews', rowStart: 1, rowEnd: null, colStart: 0, colEnd: null }).length;
  const deadline = Date.now() + 900_000;
  while (people.some((user) => rowsOf(user) < changes) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const seconds = (performance.now() - began) / 1000;
  const result: DrainResult = {
    users,
    changes,
    seconds,
    writesPerMinute: quotas.writesPerProject,
    writes: counter.times('write').length,
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
