/**
 * What every adapter does around one sync: wait for the user's write slot
 * (shared pacing), take a new fence for the calendar, run the handler.
 */
import type { FencedCursorStore, PacingStore } from '../store/types.js';
import type { SyncHandler, SyncJob } from './types.js';

export interface RunJobDeps {
  store: PacingStore & Pick<FencedCursorStore, 'acquireFence'>;
  handler: SyncHandler;
  spacingMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs one job; throws what the handler throws. */
export async function runSyncJob(job: SyncJob, deps: RunJobDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  // Spacing 0: requests are paced one by one elsewhere (the hosted service's quota budget).
  if (deps.spacingMs > 0) {
    const slot = await deps.store.reserveWriteSlot(job.userId, now(), deps.spacingMs);
    const wait = slot - now();
    if (wait > 0) await (deps.sleep ?? sleepFor)(wait);
  }
  const fence = await deps.store.acquireFence(job.calendarKey);
  await deps.handler(job, { fence });
}
