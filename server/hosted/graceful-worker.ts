/**
 * The worker's handler with a graceful shutdown around it: it knows which
 * syncs run, and once shutdown begins a job it is handed goes back to the
 * queue untouched; `drain()` gives the running ones a deadline and queues
 * again those that miss it (pg-boss is durable: another instance runs them,
 * and the late run cannot save its cursor once a newer one took the fence).
 */
import type { SyncHandler, SyncJob, WorkQueue } from '../queue/types.js';
import { describeError, type Log } from './json-log.js';

export interface GracefulWorker {
  handler: SyncHandler;
  readonly stopping: boolean;
  /** Begins shutdown; resolves once running syncs finished or, after `timeoutMs`, were queued again. */
  drain(timeoutMs: number): Promise<{ finished: boolean; abandoned: number }>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** @example const worker = createGracefulWorker(sync, queue, log); await queue.start(worker.handler); */
export function createGracefulWorker(sync: SyncHandler, queue: Pick<WorkQueue, 'enqueue'>, log: Log): GracefulWorker {
  let stopping = false;
  const running = new Map<Promise<void>, SyncJob>();
  return {
    get stopping() {
      return stopping;
    },
    async handler(job, context) {
      if (stopping) {
        // Taken after shutdown began: hand it back untouched for another instance.
        await queue.enqueue(job);
        log('info', 'shutdown.requeued', { calendarKey: job.calendarKey, started: false });
        return;
      }
      const run = sync(job, context);
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      running.set(settled, job);
      try {
        await run;
      } finally {
        running.delete(settled);
      }
    },
    async drain(timeoutMs) {
      stopping = true;
      const finished = await Promise.race([Promise.all(running.keys()).then(() => true), sleep(timeoutMs).then(() => false)]);
      if (finished) return { finished, abandoned: 0 };
      const late = [...running.values()];
      for (const job of late) {
        await queue.enqueue(job).then(
          () => log('info', 'shutdown.requeued', { calendarKey: job.calendarKey, started: true }),
          (error: unknown) => log('error', 'shutdown.requeue_failed', { calendarKey: job.calendarKey, error: describeError(error) }),
        );
      }
      return { finished, abandoned: late.length };
    },
  };
}
