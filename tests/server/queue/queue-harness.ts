/**
 * A handler that records what the queue does: how many runs of each
 * calendar overlap (must never exceed 1), when each run started, and the
 * highest enqueue sequence each run covered (so "no lost events" is checkable).
 */
import type { JobContext, SyncJob } from '../../../server/queue/types.js';

export interface RunRecord {
  calendarKey: string;
  fence: number;
  startedAt: number;
  /** Enqueue sequence number of the newest notice seen before this run started. */
  coversSeq: number;
}

export class SyncRecorder {
  readonly runs: RunRecord[] = [];
  readonly #active = new Map<string, number>();
  readonly #lastEnqueued = new Map<string, number>();
  maxOverlap = 0;
  #seq = 0;

  /** Call right before enqueueing a notice for `key`. */
  noteEnqueue(key: string): void {
    this.#lastEnqueued.set(key, ++this.#seq);
  }

  handler(workMs: () => number) {
    return async (job: SyncJob, context: JobContext): Promise<void> => {
      const active = (this.#active.get(job.calendarKey) ?? 0) + 1;
      this.#active.set(job.calendarKey, active);
      this.maxOverlap = Math.max(this.maxOverlap, active);
      this.runs.push({ calendarKey: job.calendarKey, fence: context.fence, startedAt: Date.now(), coversSeq: this.#lastEnqueued.get(job.calendarKey) ?? 0 });
      await new Promise((resolve) => setTimeout(resolve, workMs()));
      this.#active.set(job.calendarKey, (this.#active.get(job.calendarKey) ?? 1) - 1);
    };
  }

  /** Calendars whose newest notice no run started after. */
  uncovered(): string[] {
    return [...this.#lastEnqueued].filter(([key, seq]) => !this.runs.some((run) => run.calendarKey === key && run.coversSeq >= seq)).map(([key]) => key);
  }
}
