import { afterAll, afterEach, expect, it } from 'vitest';
import { Hono } from 'hono';
import { parseKeyring } from '../../../server/crypto/keyring.js';
import { Secret } from '../../../server/crypto/secret.js';
import { createTokenVault } from '../../../server/crypto/token-vault.js';
import { openStore } from '../../../server/store/open-store.js';
import { deriveCalendarKey, type SyncStore } from '../../../server/store/types.js';
import { startFakeGoogle, type RunningFakeGoogle } from '../../fake-google/server.js';
import { createFakeOAuth } from '../../fake-oauth/fake-oauth-server.js';
import { serveOnLoopback } from '../../fake-oauth/serve.js';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { sheetIds } from '../google/harness.js';
import { dropSchemas, uniqueSchemaName } from '../store/pg-schema.js';
import { addTrackerSheets, CLIENT_ID, CLIENT_SECRET, interviewEvent, PUBLIC_URL, TOKEN_KEYS, waitFor } from './hosted-fixture.js';
import { startServiceProcess, type ServiceProcess } from './service-process.js';

const schemas: string[] = [];
const retried5xx: number[] = [];
const cleanups: Array<() => Promise<unknown>> = [];

interface World {
  fake: RunningFakeGoogle;
  store: SyncStore;
  env: Record<string, string>;
  /** The load balancer's backends; it sends every notification to each of them (duplicates). */
  backends: string[];
  users: string[];
}

/** Fake Google and OAuth, a load balancer that duplicates webhooks, and `count` connected people with one calendar each. */
async function startWorld(count: number, extraEnv: Record<string, string> = {}): Promise<World> {
  const fake = await startFakeGoogle();
  const backends: string[] = [];
  let next = 0;
  const balancer = new Hono().all('*', async (c) => {
    const path = new URL(c.req.url).pathname;
    const body = c.req.method === 'GET' ? undefined : await c.req.arrayBuffer();
    const send = (base: string) => fetch(base + path, { method: c.req.method, headers: c.req.raw.headers, body });
    if (path === '/webhooks/calendar') {
      // Like Google, retry a 5xx answer with backoff (each backend is a separate delivery).
      const deliver = async (base: string) => {
        for (let attempt = 0; ; attempt++) {
          const answer = await send(base);
          if (answer.status < 500 || attempt === 4) return answer.status;
          retried5xx.push(answer.status);
          await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
        }
      };
      const statuses = await Promise.all(backends.map(deliver));
      return new Response(null, { status: Math.max(...statuses) });
    }
    return send(backends[next++ % backends.length]!);
  });
  const front = await serveOnLoopback(balancer);
  // Google pushes only to https: the fake delivers the public https address to the balancer on loopback.
  fake.google.channels.route(PUBLIC_URL, front.url);
  const oauth = createFakeOAuth({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, redirectUri: `${PUBLIC_URL}/oauth/callback` });
  const oauthServer = await serveOnLoopback(oauth.app);
  const schema = uniqueSchemaName('nr_hosted');
  schemas.push(schema, `${schema}_queue`);
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  cleanups.push(
    () => store.close(),
    () => front.close(),
    () => oauthServer.close(),
    () => fake.close(),
  );
  const vault = createTokenVault(store, parseKeyring(TOKEN_KEYS, 'TOKEN_KEYS'));
  const users = Array.from({ length: count }, (_, i) => `user-${String(i).padStart(3, '0')}`);
  for (const user of users) {
    await vault.saveRefreshToken(user, new Secret(oauth.grants.grant(user, [])));
    await store.saveConnection({ userId: user, spreadsheetId: `sheet-${user}`, status: 'connected', scopes: '', updatedAt: Date.now() });
    await store.saveCalendar({ key: deriveCalendarKey(user, `cal-${user}`), userId: user, calendarId: `cal-${user}`, enabled: true });
    addTrackerSheets(fake.google.spreadsheet(`sheet-${user}`, 'UTC'));
    fake.google.calendar(`cal-${user}`);
  }
  const env = {
    PUBLIC_URL,
    GOOGLE_CLIENT_ID: CLIENT_ID,
    GOOGLE_CLIENT_SECRET: CLIENT_SECRET,
    GOOGLE_ADDON_CLIENT_ID: oauth.addonClientId,
    TOKEN_KEYS,
    GOOGLE_TOKEN_URL: `${oauthServer.url}/token`,
    GOOGLE_REVOKE_URL: `${oauthServer.url}/revoke`,
    GOOGLE_API_ROOT_URL: fake.url,
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    SYNC_COALESCE_MS: '1000',
    SHEETS_WRITES_PER_MINUTE: '59',
    WORKER_CONCURRENCY: '8',
    ...extraEnv,
  };
  return { fake, store, env, backends, users };
}

async function startService(world: World, name: string, extraEnv: Record<string, string> = {}): Promise<ServiceProcess> {
  const service = await startServiceProcess(name, { ...world.env, ...extraEnv });
  cleanups.push(() => service.terminate());
  world.backends.push(service.url);
  return service;
}

/** Sync runs per calendar as [start, end] in epoch ms, from every process's log. */
function runsByCalendar(services: ServiceProcess[]): Map<string, Array<[number, number]>> {
  const runs = new Map<string, Array<[number, number]>>();
  for (const service of services) {
    const open = new Map<string, number>();
    for (const line of service.logs) {
      const key = String(line.calendarKey);
      if (line.event === 'sync.started') open.set(key, Date.parse(String(line.at)));
      if (line.event === 'sync.finished' || line.event === 'sync.failed') {
        runs.set(key, [...(runs.get(key) ?? []), [open.get(key)!, Date.parse(String(line.at))]]);
        open.delete(key);
      }
    }
  }
  return runs;
}

const overlaps = (intervals: Array<[number, number]>) =>
  [...intervals].sort((a, b) => a[0] - b[0]).filter((run, i, sorted) => i > 0 && run[0] < sorted[i - 1]![1]).length;

await describeWithPostgres('two hosted service processes on one PostgreSQL', () => {
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });
  afterAll(() => dropSchemas(schemas));

  it('syncs 200 calendars from 2,000 notifications (each delivered to both processes) with no overlapping runs and 0 duplicate rows', async () => {
    const world = await startWorld(200);
    const services = [await startService(world, 'a'), await startService(world, 'b')];
    // At start each process opens the channels it claims; together, one per calendar.
    await waitFor(() => [...world.fake.google.channels.channels.values()].filter((ch) => !ch.stopped).length === 200, 30_000, '200 channels');
    expect(new Set([...world.fake.google.channels.channels.values()].map((ch) => ch.calendarId)).size).toBe(200);

    const expected = new Map<string, Set<string>>();
    for (let i = 0; i < 1000; i++) {
      const user = world.users[i % 200]!;
      const id = `ev-${user}-${Math.floor(i / 200) % 3}`;
      world.fake.google.calendar(`cal-${user}`).put(interviewEvent(id, `Phone screen ${i} - Acme`));
      expected.set(user, new Set([...(expected.get(user) ?? []), id]));
      // Waves of 100 changes: Google spreads its deliveries too, and two cores serve everything here.
      if (i % 100 === 99) await world.fake.google.channels.settled();
    }
    const exists = world.fake.google.channels.sent.filter((sent) => sent.state === 'exists');
    expect([exists.length, exists.filter((sent) => sent.status === 200).length]).toEqual([1000, 1000]);

    const done = () =>
      world.users.every((user) => {
        const ids = sheetIds(world.fake.google.spreadsheets.get(`sheet-${user}`)!);
        return ids.length === expected.get(user)!.size && [...expected.get(user)!].every((id) => ids.includes(id));
      });
    await waitFor(done, 50_000, 'every calendar synced');
    const duplicates = world.users
      .map((user) => sheetIds(world.fake.google.spreadsheets.get(`sheet-${user}`)!))
      .filter((ids) => new Set(ids).size !== ids.length);
    expect(duplicates).toEqual([]);

    // A run writes the sheet before it logs `sync.finished`: wait for the last log lines to arrive.
    await waitFor(() => runsByCalendar(services).size === 200, 10_000, 'every run logged');
    const runs = runsByCalendar(services);
    expect(runs.size).toBe(200);
    expect([...runs.values()].map(overlaps).reduce((a, b) => a + b, 0)).toBe(0);
    // Both processes did share the work.
    expect(services.map((service) => service.logs.some((line) => line.event === 'sync.finished'))).toEqual([true, true]);
    expect(await Promise.all(services.map((service) => service.terminate()))).toEqual([0, 0]);
  }, 120_000);

  it('re-queues a sync cut off by SIGTERM, and the other process finishes it once', async () => {
    const world = await startWorld(1, { SHUTDOWN_TIMEOUT_S: '1' });
    const first = await startService(world, 'first');
    await waitFor(() => world.fake.google.channels.channels.size === 1, 20_000, 'the channel');
    world.fake.google.latencyMs = 1500;
    world.fake.google.calendar('cal-user-000').put(interviewEvent('ev-late', 'Phone screen - Hooli'));
    await waitFor(() => first.logs.some((line) => line.event === 'sync.started'), 20_000, 'the sync to start');
    expect(await first.terminate()).toBe(0);
    expect(first.logs.find((line) => line.event === 'shutdown.requeued')).toMatchObject({ started: true });
    world.backends.length = 0;
    world.fake.google.latencyMs = 0;
    const second = await startService(world, 'second');
    const book = world.fake.google.spreadsheets.get('sheet-user-000')!;
    await waitFor(() => second.logs.some((line) => line.event === 'sync.finished'), 30_000, 'the re-queued sync');
    expect(sheetIds(book)).toEqual(['ev-late']);
  });
});
