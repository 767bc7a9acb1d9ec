/**
 * The work queue on PostgreSQL with pg-boss 10, for several instances:
 * debounced sends per calendar (singletonKey + next-slot) coalesce bursts
 * without losing the last notice, an advisory lock per calendar keeps runs
 * apart across instances, pg-boss retries with jittered backoff, and
 * terminal errors complete the job instead of looping.
 */
import PgBoss from 'pg-boss';
import type { SyncStore } from '../store/types.js';
import { createCalendarLocks, type CalendarLocks } from './calendar-lock.js';
import { isRetryable } from './retry-policy.js';
import { runSyncJob } from './run-job.js';
import { SyncJob, type JobFailureListener, type SyncHandler, type WorkQueue } from './types.js';

export interface PgBossQueueOptions {
  connectionString: string;
  /** pg-boss's own schema (tests: one per run). */
  schema: string;
  store: SyncStore;
  coalesceSeconds: number;
  spacingMs: number;
  concurrency?: number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A run longer than this is presumed stalled and retried elsewhere (the fence stops its late save). */
  expireInSeconds?: number;
  pollingIntervalSeconds?: number;
  onFailure?: JobFailureListener;
}

export const SYNC_QUEUE = 'calendar-sync';

export class PgBossQueue implements WorkQueue {
  readonly #options: PgBossQueueOptions;
  readonly #boss: PgBoss;
  #locks: CalendarLocks | null = null;
  #starting: Promise<void> | null = null;

  constructor(options: PgBossQueueOptions) {
    this.#options = options;
    this.#boss = new PgBoss({ connectionString: options.connectionString, schema: options.schema, schedule: false, max: 4 });
    // pg-boss reports background trouble as events; an unheard 'error' would end the process.
    this.#boss.on('error', () => undefined);
  }

  #ensureStarted(): Promise<void> {
    this.#starting ??= this.#startBoss();
    return this.#starting;
  }

  async #startBoss(): Promise<void> {
    await this.#boss.start();
    const options = {
      name: SYNC_QUEUE,
      policy: 'standard' as const,
      retryLimit: this.#options.retryLimit ?? 5,
      retryDelay: this.#options.retryDelaySeconds ?? 2,
      retryBackoff: true,
      expireInSeconds: this.#options.expireInSeconds ?? 900,
    };
    // Instances starting together can deadlock creating the queue's partition: the loser retries.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#boss.createQueue(SYNC_QUEUE, options);
        return;
      } catch (error) {
        if (await this.#boss.getQueue(SYNC_QUEUE)) return;
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  }

  async enqueue(job: SyncJob): Promise<'queued' | 'coalesced'> {
    await this.#ensureStarted();
    const id = await this.#boss.sendDebounced(SYNC_QUEUE, { ...job }, {}, Math.max(1, this.#options.coalesceSeconds), job.calendarKey);
    return id === null ? 'coalesced' : 'queued';
  }

  async start(handler: SyncHandler): Promise<void> {
    await this.#ensureStarted();
    const concurrency = this.#options.concurrency ?? 4;
    this.#locks = createCalendarLocks({
      connectionString: this.#options.connectionString,
      size: concurrency + 1,
      waitMs: 60_000,
      applicationName: `nextround-lock-${this.#options.schema}`,
    });
    const locks = this.#locks;
    const { store, spacingMs } = this.#options;
    for (let i = 0; i < concurrency; i++) {
      const work = { batchSize: 1, pollingIntervalSeconds: this.#options.pollingIntervalSeconds ?? 0.5, includeMetadata: true as const };
      await this.#boss.work<unknown>(SYNC_QUEUE, work, async (jobs) => {
        for (const job of jobs) {
          const data = SyncJob.safeParse(job.data);
          if (!data.success) {
            this.#options.onFailure?.({ calendarKey: 'unknown', userId: 'unknown', reason: 'push' }, data.error);
            continue;
          }
          try {
            await locks.withLock(data.data.calendarKey, () => runSyncJob(data.data, { store, handler, spacingMs }));
          } catch (error) {
            if (!isRetryable(error)) {
              this.#options.onFailure?.(data.data, error);
              continue;
            }
            // pg-boss retries it; on the last attempt, say so once.
            if (job.retryCount >= job.retryLimit) this.#options.onFailure?.(data.data, error);
            throw error;
          }
        }
      });
    }
  }

  async stop(): Promise<void> {
    if (this.#starting) await this.#boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await this.#locks?.close();
    this.#locks = null;
  }
}
