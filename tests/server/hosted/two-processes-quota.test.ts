/**
 * The must-show of the shared budget: two service processes on one
 * PostgreSQL, more demand than the project's Sheets quota, and a fake Google
 * enforcing that quota (scaled down 5x to 60 reads and 60 writes per minute
 * per project, 30 per user: 70 passes need more than its minute).
 */
import { afterAll, afterEach, expect, it } from 'vitest';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault } from '../../../server/crypto/token-vault.js';
import { openStore } from '../../../server/store/open-store.js';
import { deriveCalendarKey } from '../../../server/store/types.js';
import { startFakeGoogle } from '../../fake-google/server.js';
import { createFakeOAuth } from '../../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { sheetIds } from '../google/harness.js';
import { dropSchemas, uniqueSchemaName } from '../store/pg-schema.js';
import { busiestWindow } from './quota-budget-contract.js';
import { addTrackerSheets, CLIENT_ID, CLIENT_SECRET, interviewEvent, TOKEN_KEYS, waitFor } from './hosted-fixture.js';
import { startServiceProcess } from './service-process.js';

const schemas: string[] = [];
const cleanups: Array<() => Promise<unknown>> = [];
const PER_MINUTE = 60;

await describeWithPostgres('two hosted processes sharing one quota budget on PostgreSQL', () => {
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });
  afterAll(() => dropSchemas(schemas));

  it('drain more work than the project quota allows with 0 quota errors, 0 lost or duplicate rows, and requests within the budget', async () => {
    const fake = await startFakeGoogle();
    const quota = fake.google.enforceSheetsQuotas({ readsPerProject: PER_MINUTE, readsPerUser: 30, writesPerProject: PER_MINUTE, writesPerUser: 30 });
    const oauth = createFakeOAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: 'http://127.0.0.1:1/oauth/callback' });
    // Quotas count per person: the fake knows whose each access token is.
    const counted = new Set<string | undefined>();
    fake.google.people = {
      get: (token) => {
        const sub = oauth.grants.accessTokenInfo(token)?.sub;
        counted.add(sub);
        return sub;
      },
    };
    const oauthServer = await serveOnLoopback(oauth.app);
    const schema = uniqueSchemaName('nr_quota2');
    schemas.push(schema, `${schema}_queue`);
    const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
    cleanups.push(
      () => store.close(),
      () => oauthServer.close(),
      () => fake.close(),
    );
    const vault = createTokenVault(store, parseKeyring(TOKEN_KEYS, 'TOKEN_KEYS'));

    // 35 people with 2 calendars each, every calendar with 2 interviews: 70 passes of a read and a write, over 60 s of quota.
    const users = Array.from({ length: 35 }, (_, i) => `user-${String(i).padStart(2, '0')}`);
    for (const user of users) {
      await vault.saveRefreshToken(user, new Secret(oauth.grants.grant(user, [])));
      await store.saveConnection({ userId: user, spreadsheetId: `sheet-${user}`, status: 'connected', scopes: '', updatedAt: Date.now() });
      addTrackerSheets(fake.google.spreadsheet(`sheet-${user}`, 'UTC'));
      for (const name of ['a', 'b']) {
        const calendarId = `cal-${user}-${name}`;
        await store.saveCalendar({ key: deriveCalendarKey(user, calendarId), userId: user, calendarId, enabled: true });
        for (const n of [1, 2]) fake.google.calendar(calendarId).put(interviewEvent(`ev-${calendarId}-${n}`, `Phone screen ${n} - Acme`));
      }
    }
    const env = {
      PUBLIC_URL: 'http://127.0.0.1:1',
      GOOGLE_CLIENT_ID: CLIENT_ID,
      GOOGLE_CLIENT_SECRET: CLIENT_SECRET,
      GOOGLE_ADDON_CLIENT_ID: oauth.addonClientId,
      TOKEN_KEYS,
      GOOGLE_TOKEN_URL: `${oauthServer.url}/token`,
      GOOGLE_REVOKE_URL: `${oauthServer.url}/revoke`,
      GOOGLE_API_ROOT_URL: fake.url,
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      PUSH_ENABLED: 'false',
      SYNC_PASS_INTERVAL_S: '5',
      WORKER_CONCURRENCY: '8',
      SHEETS_PROJECT_READS_PER_MINUTE: String(PER_MINUTE),
      SHEETS_PROJECT_WRITES_PER_MINUTE: String(PER_MINUTE),
      SHEETS_USER_READS_PER_MINUTE: '30',
      SHEETS_USER_WRITES_PER_MINUTE: '30',
    };
    const began = Date.now();
    const services = [await startServiceProcess('a', env), await startServiceProcess('b', env)];
    cleanups.push(...services.map((service) => () => service.terminate()));

    const done = () => users.every((user) => sheetIds(fake.google.spreadsheets.get(`sheet-${user}`)!).length >= 4);
    await waitFor(done, 150_000, 'every tracker filled');
    const seconds = (Date.now() - began) / 1000;

    // Every Sheets request was counted against its person (the token's sub), none against a bare token.
    expect([...counted].sort()).toEqual(users);
    expect(quota.refused).toEqual([]);
    expect(fake.google.requests('sheets').filter((request) => request.status === 429)).toEqual([]);
    for (const user of users) {
      const ids = sheetIds(fake.google.spreadsheets.get(`sheet-${user}`)!);
      expect(ids.sort()).toEqual(['a', 'b'].flatMap((name) => [1, 2].map((n) => `ev-cal-${user}-${name}-${n}`)).sort());
    }
    // Demand (70 writes at once) exceeded the minute's 60; the writes went no faster than the budget.
    const writes = quota.times('write');
    expect(writes.length).toBeGreaterThanOrEqual(70);
    for (const times of [writes, quota.times('read')]) {
      expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(PER_MINUTE);
      expect(busiestWindow(times, 10_000)).toBeLessThanOrEqual(PER_MINUTE / 6 + 1);
    }
    expect(seconds).toBeGreaterThan(60);
    expect(services.every((service) => service.logs.some((line) => line.event === 'sync.finished'))).toBe(true);
    expect(services.flatMap((service) => service.logs).filter((line) => line.event === 'sync.failed')).toEqual([]);
  }, 200_000);
});
