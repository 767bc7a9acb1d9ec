import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InProcessQueue } from '../../../server/queue/in-process-queue.js';
import { openQueue } from '../../../server/queue/open-queue.js';
import { PgBossQueue } from '../../../server/queue/pg-boss-queue.js';
import { backoffDelayMs, isRetryable, spacingMsFor } from '../../../server/queue/retry-policy.js';
import { openStore } from '../../../server/store/open-store.js';
import { NextRoundError } from '../../../shared/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'nextround-open-queue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openQueue', () => {
  it('runs in-process without a database URL and on pg-boss with one', async () => {
    const store = await openStore({ dataDir: dir });
    const local = openQueue({ store, coalesceMs: 2000, writesPerMinute: 50 });
    const scaled = openQueue({ store, databaseUrl: 'postgres://db.invalid/x', coalesceMs: 2000, writesPerMinute: 50 });
    expect([local instanceof InProcessQueue, scaled instanceof PgBossQueue]).toEqual([true, true]);
    await local.stop();
    await scaled.stop();
    await store.close();
  });
});

describe('the retry policy', () => {
  it.each([
    [new NextRoundError('UNAVAILABLE', 'Sheets 503'), true],
    [new NextRoundError('RATE_LIMITED', '429'), true],
    [new Error('socket hang up'), true],
    [new NextRoundError('AUTH_REQUIRED', 'invalid_grant'), false],
    [new NextRoundError('CONFLICT', 'fenced out'), false],
    [new NextRoundError('DECRYPT_FAILED', 'swapped'), false],
    [new NextRoundError('HEADER_MISSING', 'no Event ID column'), false],
  ])('retries %s: %s', (error, retryable) => {
    expect(isRetryable(error)).toBe(retryable);
  });

  it.each([
    [0, 1, 1000],
    [1, 1, 2000],
    [3, 1, 8000],
    [10, 1, 60_000],
    [3, 0, 0],
    [3, 0.5, 4000],
  ])('waits at most base·2^attempt, capped (attempt %i, random %f → %i ms)', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, { baseMs: 1000, capMs: 60_000 }, () => (random === 1 ? 0.999999 : random))).toBe(random === 1 ? Math.floor(expected * 0.999999) : expected);
  });

  it.each([
    [50, 1200],
    [59, 1017],
    [1, 60_000],
  ])('spaces %i writes per minute %i ms apart', (perMinute, spacing) => {
    expect(spacingMsFor(perMinute)).toBe(spacing);
  });
});
