import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackgroundPasses } from '../../../server/hosted/background-passes.js';
import { slicesFor } from '../../../server/hosted/interval-passes.js';
import type { SyncJob } from '../../../server/queue/types.js';
import { openStore } from '../../../server/store/open-store.js';
import { deriveCalendarKey } from '../../../server/store/types.js';

const dir = mkdtempSync(join(tmpdir(), 'nr-spread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the periodic pass spread over its interval', () => {
  it('enqueues each of 600 calendars once per interval, in slices of about equal size', async () => {
    const store = await openStore({ dataDir: dir });
    for (let i = 0; i < 600; i++) {
      const userId = `user-${i}`;
      await store.saveConnection({ userId, spreadsheetId: `sheet-${i}`, status: 'connected', scopes: '', updatedAt: 0 });
      await store.saveCalendar({ key: deriveCalendarKey(userId, 'primary'), userId, calendarId: 'primary', enabled: true });
    }
    const jobs: SyncJob[] = [];
    const passes = createBackgroundPasses({
      store,
      queue: {
        enqueue: async (job) => {
          jobs.push(job);
          return 'queued';
        },
      },
      access: {
        clientsFor: async () => {
          throw new Error('not used');
        },
        forget: () => undefined,
      },
      log: () => undefined,
      webhookAddress: 'https://example.test/webhooks/calendar',
      channelTtlMs: 60_000,
      renewAheadMs: 1_000,
      claimWindowMs: 60_000,
    });
    const count = slicesFor(900);
    const sizes: number[] = [];
    for (let index = 0; index < count; index++) sizes.push(await passes.runPeriodicPass({ index, count }));
    await store.close();
    expect(count).toBe(60);
    expect(new Set(jobs.map((job) => job.calendarKey)).size).toBe(600);
    expect(jobs).toHaveLength(600);
    // 10 per slice on average; a hash spreads them, no slice holds a burst.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(25);
  });
});
