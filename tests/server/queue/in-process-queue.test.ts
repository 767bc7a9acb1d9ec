import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NextRoundError } from '../../../shared/errors.js';
import { InProcessQueue } from '../../../server/queue/in-process-queue.js';
import type { SyncJob } from '../../../server/queue/types.js';
import { fenceCursorStore } from '../../../server/store/cursor-store.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { SyncRecorder } from './queue-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'nextround-queue-'));
let store: SyncStore;
let queues: InProcessQueue[] = [];
let run = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  store = await openStore({ dataDir: join(dir, `run-${++run}`) });
});
afterEach(async () => {
  await Promise.all(queues.map((queue) => queue.stop()));
  queues = [];
  await store.close();
});

const jobOf = (calendar: number, user = calendar % 7): SyncJob => ({ calendarKey: `cal_${calendar}`, userId: `user-${user}`, reason: 'push' });
function queueOf(options: Partial<ConstructorParameters<typeof InProcessQueue>[0]> = {}): InProcessQueue {
  const queue = new InProcessQueue({ store, coalesceMs: 5, spacingMs: 0, ...options });
  queues.push(queue);
  return queue;
}

describe('the in-process queue', () => {
  it('never runs two syncs of one calendar at once and covers every notice (2,000 shuffled notices, 20 calendars)', async () => {
    const recorder = new SyncRecorder();
    const queue = queueOf({ concurrency: 6 });
    await queue.start(recorder.handler(() => 1 + Math.floor(Math.random() * 4)));
    for (let i = 0; i < 2000; i++) {
      const calendar = Math.floor(Math.random() * 20);
      recorder.noteEnqueue(`cal_${calendar}`);
      await queue.enqueue(jobOf(calendar));
      if (i % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await queue.drained();
    expect(recorder.maxOverlap).toBe(1);
    expect(recorder.uncovered()).toEqual([]);
    expect(new Set(recorder.runs.map((r) => r.calendarKey)).size).toBe(20);
    expect(recorder.runs.length).toBeLessThan(2000);
  });

  it('coalesces a burst for one calendar into one run', async () => {
    const recorder = new SyncRecorder();
    const queue = queueOf({ coalesceMs: 50 });
    await queue.start(recorder.handler(() => 1));
    const outcomes = [];
    for (let i = 0; i < 100; i++) outcomes.push(await queue.enqueue(jobOf(1)));
    await queue.drained();
    expect([outcomes.filter((o) => o === 'queued').length, outcomes.filter((o) => o === 'coalesced').length]).toEqual([1, 99]);
    expect(recorder.runs.map((r) => [r.calendarKey, r.fence])).toEqual([['cal_1', 1]]);
  });

  it('retries a transient failure with growing backoff, then succeeds', async () => {
    const starts: number[] = [];
    const queue = queueOf({ backoff: { baseMs: 20, capMs: 1000 }, random: () => 0.999 });
    await queue.start(async () => {
      starts.push(Date.now());
      if (starts.length < 3) throw new NextRoundError('UNAVAILABLE', 'Sheets answered 503');
    });
    await queue.enqueue(jobOf(1));
    await queue.drained();
    expect(starts).toHaveLength(3);
    // Backoffs of floor(0.999 × 40) = 39 and floor(0.999 × 80) = 79 ms; Node's timers keep a millisecond clock
    // read once per loop turn, so a wait measured with Date.now() may come out one millisecond short.
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(39 - 1);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(79 - 1);
  });

  it.each([
    ['AUTH_REQUIRED', 'invalid_grant'],
    ['CONFLICT', 'a newer sync holds the calendar'],
    ['HEADER_MISSING', 'Interviews has no Event ID column'],
  ] as const)('does not retry %s: one attempt, reported once', async (code, message) => {
    const failures: string[] = [];
    let attempts = 0;
    const queue = queueOf({ onFailure: (job, error) => failures.push(`${job.calendarKey}: ${error instanceof Error ? error.message : String(error)}`) });
    await queue.start(async () => {
      attempts++;
      throw new NextRoundError(code, message);
    });
    await queue.enqueue(jobOf(3));
    await queue.drained();
    expect([attempts, failures]).toEqual([1, [`cal_3: ${message}`]]);
  });

  it('gives up after the last attempt and reports it', async () => {
    const failures: SyncJob[] = [];
    let attempts = 0;
    const queue = queueOf({ maxAttempts: 4, backoff: { baseMs: 1, capMs: 5 }, onFailure: (job) => failures.push(job) });
    await queue.start(async () => {
      attempts++;
      throw new Error('socket hang up');
    });
    await queue.enqueue(jobOf(2));
    await queue.drained();
    expect([attempts, failures]).toEqual([4, [jobOf(2)]]);
  });

  it("paces one user's syncs by the write spacing while another user runs unpaced", async () => {
    const starts = new Map<string, number[]>();
    const queue = queueOf({ spacingMs: 100, concurrency: 8 });
    await queue.start(async (job) => {
      starts.set(job.userId, [...(starts.get(job.userId) ?? []), Date.now()]);
    });
    const enqueuedAt = Date.now();
    for (let calendar = 0; calendar < 4; calendar++) await queue.enqueue(jobOf(calendar, 1));
    await queue.enqueue(jobOf(9, 2));
    await queue.drained();
    // The k-th sync of a user may start no sooner than k spacings after the first reservation.
    const paced = [...starts.get('user-1')!].sort((a, b) => a - b);
    expect(paced.map((t, k) => t - enqueuedAt >= k * 100)).toEqual([true, true, true, true]);
    // The other user's sync did not queue behind user-1's pacing.
    expect(starts.get('user-2')![0]!).toBeLessThan(paced[1]!);
  });

  it('finishes the running sync before stop resolves, and starts nothing after', async () => {
    const events: string[] = [];
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const queue = queueOf({ coalesceMs: 200 });
    await queue.start(async (job) => {
      events.push(`start ${job.calendarKey}`);
      started();
      await new Promise((resolve) => setTimeout(resolve, 100));
      events.push(`end ${job.calendarKey}`);
    });
    await queue.enqueue(jobOf(1));
    await running;
    await queue.enqueue(jobOf(2));
    await queue.stop();
    events.push('stopped');
    await queue.enqueue(jobOf(3));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toEqual(['start cal_1', 'end cal_1', 'stopped']);
  });

  it("rejects a stalled worker's late cursor save once another instance synced the calendar", async () => {
    let release!: () => void;
    const stalled = new Promise<void>((resolve) => (release = resolve));
    const failures: unknown[] = [];
    const first = queueOf({ onFailure: (_job, error) => failures.push(error) });
    const second = queueOf();
    await first.start(async (job, { fence }) => {
      await stalled;
      await fenceCursorStore(store, job.calendarKey, fence).set(job.calendarKey, 'old-cursor');
    });
    await second.start(async (job, { fence }) => fenceCursorStore(store, job.calendarKey, fence).set(job.calendarKey, 'new-cursor'));
    await first.enqueue(jobOf(5));
    await new Promise((resolve) => setTimeout(resolve, 30));
    await second.enqueue(jobOf(5));
    await second.drained();
    release();
    await first.drained();
    expect(await store.getCursor('cal_5')).toBe('new-cursor');
    expect(failures).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });
});
