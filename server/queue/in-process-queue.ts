/**
 * The in-process work queue (one machine, `npm start`): per calendar at most
 * one job waiting and one running; a burst within `coalesceMs` becomes one
 * run; failures retry with jittered backoff. Not durable across restarts:
 * the periodic incremental pass catches up after one.
 */
import type { SyncStore } from '../store/types.js';
import { backoffDelayMs, isRetryable, type BackoffOptions } from './retry-policy.js';
import { runSyncJob } from './run-job.js';
import type { JobFailureListener, SyncHandler, SyncJob, WorkQueue } from './types.js';

export interface InProcessQueueOptions {
  store: SyncStore;
  coalesceMs: number;
  spacingMs: number;
  maxAttempts?: number;
  backoff?: BackoffOptions;
  /** Runs across all calendars at once. */
  concurrency?: number;
  random?: () => number;
  onFailure?: JobFailureListener;
}

interface Slot {
  waiting: SyncJob | null;
  running: boolean;
  timer: NodeJS.Timeout | null;
  attempt: number;
}

export class InProcessQueue implements WorkQueue {
  readonly #options: InProcessQueueOptions;
  readonly #slots = new Map<string, Slot>();
  readonly #ready: string[] = [];
  readonly #idleWaiters: Array<() => void> = [];
  #handler: SyncHandler | null = null;
  #active = 0;
  #stopped = false;

  constructor(options: InProcessQueueOptions) {
    this.#options = options;
  }

  async enqueue(job: SyncJob): Promise<'queued' | 'coalesced'> {
    const slot = this.#slots.get(job.calendarKey) ?? { waiting: null, running: false, timer: null, attempt: 0 };
    this.#slots.set(job.calendarKey, slot);
    if (slot.waiting) return 'coalesced';
    slot.waiting = job;
    if (!slot.running) this.#arm(job.calendarKey, slot, this.#options.coalesceMs);
    return 'queued';
  }

  async start(handler: SyncHandler): Promise<void> {
    this.#handler = handler;
    this.#pump();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const slot of this.#slots.values()) if (slot.timer) clearTimeout(slot.timer);
    await this.drained();
  }

  /** Resolves when nothing runs and (unless stopped) nothing waits. */
  drained(): Promise<void> {
    return new Promise((resolve) => {
      this.#idleWaiters.push(resolve);
      this.#notifyIdle();
    });
  }

  #arm(key: string, slot: Slot, delayMs: number): void {
    if (slot.timer || this.#stopped) return;
    slot.timer = setTimeout(() => {
      slot.timer = null;
      this.#ready.push(key);
      this.#pump();
    }, delayMs);
  }

  #pump(): void {
    const limit = this.#options.concurrency ?? 4;
    while (this.#handler && !this.#stopped && this.#active < limit && this.#ready.length > 0) {
      const key = this.#ready.shift()!;
      const slot = this.#slots.get(key);
      if (!slot?.waiting || slot.running) continue;
      void this.#run(key, slot, this.#handler);
    }
  }

  async #run(key: string, slot: Slot, handler: SyncHandler): Promise<void> {
    const job = slot.waiting!;
    slot.waiting = null;
    slot.running = true;
    this.#active++;
    const { store, spacingMs } = this.#options;
    try {
      await runSyncJob(job, { store, handler, spacingMs });
      slot.attempt = 0;
    } catch (error) {
      slot.attempt++;
      if (isRetryable(error) && slot.attempt < (this.#options.maxAttempts ?? 5)) {
        // A job that arrived meanwhile already covers this one; otherwise retry it.
        slot.waiting ??= job;
        slot.running = false;
        this.#active--;
        this.#arm(key, slot, backoffDelayMs(slot.attempt, this.#options.backoff ?? { baseMs: 1000, capMs: 60_000 }, this.#options.random));
        this.#pump();
        return;
      }
      slot.attempt = 0;
      this.#options.onFailure?.(job, error);
    }
    slot.running = false;
    this.#active--;
    if (slot.waiting) this.#arm(key, slot, this.#options.coalesceMs);
    else if (!slot.timer) this.#slots.delete(key);
    this.#pump();
    this.#notifyIdle();
  }

  #notifyIdle(): void {
    const busy = this.#active > 0 || (!this.#stopped && [...this.#slots.values()].some((slot) => slot.waiting || slot.timer));
    if (busy) return;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }
}
