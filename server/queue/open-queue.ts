/**
 * Picks the queue adapter the way openStore picks the store: pg-boss when a
 * database URL is configured (several instances), in-process otherwise.
 */
import type { SyncStore } from '../store/types.js';
import { InProcessQueue } from './in-process-queue.js';
import { PgBossQueue } from './pg-boss-queue.js';
import { spacingMsFor } from './retry-policy.js';
import type { JobFailureListener, WorkQueue } from './types.js';

export interface QueueOptions {
  store: SyncStore;
  databaseUrl?: string | undefined;
  /** The store's schema; pg-boss gets `<schema>_queue` beside it. */
  schema?: string | undefined;
  coalesceMs: number;
  writesPerMinute: number;
  onFailure?: JobFailureListener;
}

/** @example const queue = openQueue({ store, databaseUrl, coalesceMs: 2000, writesPerMinute: 50 }); */
export function openQueue(options: QueueOptions): WorkQueue {
  const spacingMs = spacingMsFor(options.writesPerMinute);
  if (!options.databaseUrl) {
    return new InProcessQueue({ store: options.store, coalesceMs: options.coalesceMs, spacingMs, onFailure: options.onFailure });
  }
  return new PgBossQueue({
    connectionString: options.databaseUrl,
    schema: `${options.schema ?? 'nextround'}_queue`,
    store: options.store,
    coalesceSeconds: Math.max(1, Math.ceil(options.coalesceMs / 1000)),
    spacingMs,
    onFailure: options.onFailure,
  });
}
