import pg from 'pg';
import { NextRoundError } from '../../../shared/errors.js';
import { afterAll, afterEach, expect, it } from 'vitest';
import { PgBossQueue, type PgBossQueueOptions } from '../../../server/queue/pg-boss-queue.js';
import type { SyncJob } from '../../../server/queue/types.js';
import { fenceCursorStore } from '../../../server/store/cursor-store.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { dropSchemas, uniqueSchemaName } from '../store/pg-schema.js';
import { SyncRecorder } from './queue-harness.js';

const schemas: string[] = [];
const opened: Array<{ stop: () => Promise<void> }> = [];

async function twoInstances(overrides: Partial<PgBossQueueOptions> = {}): Promise<{ stores: SyncStore[]; queues: PgBossQueue[]; bossSchema: string }> {
  const storeSchema = uniqueSchemaName('nr_qstore');
  const bossSchema = uniqueSchemaName('nr_boss');
  schemas.push(storeSchema, bossSchema);
  const stores = [
    await openStore({ databaseUrl: TEST_DATABASE_URL, schema: storeSchema }),
    await openStore({ databaseUrl: TEST_DATABASE_URL, schema: storeSchema }),
  ];
  const queues = stores.map(
    (store) =>
      new PgBossQueue({ connectionString: TEST_DATABASE_URL, schema: bossSchema, store, coalesceSeconds: 1, spacingMs: 0, concurrency: 3, ...overrides }),
  );
  opened.push(...queues, ...stores.map((store) => ({ stop: () => store.close() })));
  return { stores, queues, bossSchema };
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const jobOf = (calendar: number): SyncJob => ({ calendarKey: `cal_${calendar}`, userId: `user-${calendar % 5}`, reason: 'push' });

await describeWithPostgres('the pg-boss queue, two instances on one PostgreSQL', () => {
  afterEach(async () => {
    for (const item of opened.splice(0)) await item.stop();
  });
  afterAll(() => dropSchemas(schemas));

  it('never runs two syncs of one calendar at once and covers every notice (600 notices with duplicates, 30 calendars)', async () => {
    const { queues } = await twoInstances();
    const recorder = new SyncRecorder();
    const perInstance = [0, 0];
    const record = recorder.handler(() => 5 + Math.floor(Math.random() * 40));
    await Promise.all(
      queues.map((queue, i) =>
        queue.start(async (job, context) => {
          perInstance[i]!++;
          await record(job, context);
        }),
      ),
    );
    const outcomes = { queued: 0, coalesced: 0 };
    for (let i = 0; i < 600; i++) {
      const calendar = Math.floor(Math.random() * 30);
      recorder.noteEnqueue(`cal_${calendar}`);
      outcomes[await queues[i % 2]!.enqueue(jobOf(calendar))]++;
      if (i % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 700));
    }
    await waitFor(() => recorder.uncovered().length === 0, 30_000);
    expect(recorder.maxOverlap).toBe(1);
    expect(new Set(recorder.runs.map((run) => run.calendarKey)).size).toBe(30);
    expect(outcomes.queued + outcomes.coalesced).toBe(600);
    expect(outcomes.coalesced).toBeGreaterThan(0);
    expect(recorder.runs.length).toBeLessThan(600);
    expect(perInstance.every((count) => count > 0)).toBe(true);
  });

  it('holds a second run of a calendar until the first ends, across instances', async () => {
    const { queues } = await twoInstances();
    const recorder = new SyncRecorder();
    const record = recorder.handler(() => 1500);
    await Promise.all(queues.map((queue) => queue.start(record)));
    recorder.noteEnqueue('cal_1');
    expect(await queues[0]!.enqueue(jobOf(1))).toBe('queued');
    await waitFor(() => recorder.runs.length === 1, 10_000);
    recorder.noteEnqueue('cal_1');
    expect(await queues[1]!.enqueue(jobOf(1))).toBe('queued');
    await waitFor(() => recorder.uncovered().length === 0 && recorder.runs.length === 2, 15_000);
    expect(recorder.maxOverlap).toBe(1);
    expect(recorder.runs[1]!.startedAt - recorder.runs[0]!.startedAt).toBeGreaterThanOrEqual(1500);
    expect(recorder.runs.map((run) => run.fence)).toEqual([1, 2]);
  });

  it("paces one user's syncs across both instances by the shared write spacing", async () => {
    const { queues } = await twoInstances({ spacingMs: 400 });
    const starts: number[] = [];
    await Promise.all(queues.map((queue) => queue.start(async () => void starts.push(Date.now()))));
    const enqueuedAt = Date.now();
    for (let calendar = 0; calendar < 4; calendar++) {
      await queues[calendar % 2]!.enqueue({ calendarKey: `cal_paced_${calendar}`, userId: 'user-paced', reason: 'push' });
    }
    await waitFor(() => starts.length === 4, 15_000);
    // The k-th sync of the user may start no sooner than k spacings after the first reservation.
    expect([...starts].sort((a, b) => a - b).map((t, k) => t - enqueuedAt >= k * 400)).toEqual([true, true, true, true]);
  });

  it('retries a transient failure up to the limit and a terminal one never, reporting each once', async () => {
    const failures: string[] = [];
    const { queues } = await twoInstances({
      retryLimit: 2,
      retryDelaySeconds: 0,
      onFailure: (job, error) => failures.push(`${job.calendarKey} ${error instanceof Error ? error.message : ''}`),
    });
    const attempts = new Map<string, number>();
    await Promise.all(
      queues.map((queue) =>
        queue.start(async (job) => {
          attempts.set(job.calendarKey, (attempts.get(job.calendarKey) ?? 0) + 1);
          throw job.calendarKey === 'cal_1' ? new NextRoundError('UNAVAILABLE', 'Sheets 503') : new NextRoundError('AUTH_REQUIRED', 'invalid_grant');
        }),
      ),
    );
    await queues[0]!.enqueue(jobOf(1));
    await queues[1]!.enqueue(jobOf(2));
    await waitFor(() => failures.length === 2, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(Object.fromEntries(attempts)).toEqual({ cal_1: 3, cal_2: 1 });
    expect(failures.sort()).toEqual(['cal_1 Sheets 503', 'cal_2 invalid_grant']);
  });

  it("rejects a stalled worker's late cursor save after its lock session was lost and another instance synced", async () => {
    const { stores, queues, bossSchema } = await twoInstances({ concurrency: 1 });
    const failures: unknown[] = [];
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    let stalledStarted = false;
    const a = new PgBossQueue({
      connectionString: TEST_DATABASE_URL,
      schema: bossSchema,
      store: stores[0]!,
      coalesceSeconds: 1,
      spacingMs: 0,
      concurrency: 1,
      onFailure: (_job, error) => failures.push(error),
    });
    opened.unshift(a);
    await queues[0]!.stop();
    await a.start(async (job, { fence }) => {
      stalledStarted = true;
      await stalled;
      await fenceCursorStore(stores[0]!, job.calendarKey, fence).set(job.calendarKey, 'old-cursor');
    });
    await a.enqueue(jobOf(7));
    await waitFor(() => stalledStarted, 10_000);
    // The stalled instance loses its database session (a partition): PostgreSQL drops its lock.
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`nextround-lock-${bossSchema}`]);
    await admin.end();
    let newerSaved = false;
    await queues[1]!.start(async (job, { fence }) => {
      await fenceCursorStore(stores[1]!, job.calendarKey, fence).set(job.calendarKey, 'new-cursor');
      newerSaved = true;
    });
    await queues[1]!.enqueue(jobOf(7));
    await waitFor(() => newerSaved, 15_000);
    release();
    await waitFor(() => failures.length === 1, 10_000);
    expect(await stores[1]!.getCursor('cal_7')).toBe('new-cursor');
    expect(failures).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });
});
