/**
 * The work-queue port: sync jobs per calendar. Adapters: in-process
 * (one machine) and pg-boss on PostgreSQL (several instances). Both promise:
 * one sync per calendar at a time, bursts coalesced per calendar, retries
 * with backoff for transient errors only, per-user pacing, and a fence per
 * run so a stalled worker cannot save an old cursor.
 */
import * as z from 'zod';

/** A sync job; parsed when read back from a durable queue. */
export const SyncJob = z.object({
  calendarKey: z.string().min(1).max(200),
  userId: z.string().min(1).max(320),
  reason: z.enum(['push', 'poll', 'manual']),
});
export type SyncJob = z.infer<typeof SyncJob>;

export interface JobContext {
  /** The fence this run holds; pass it to fenceCursorStore. */
  fence: number;
}

export type SyncHandler = (job: SyncJob, context: JobContext) => Promise<void>;

/** Called when a job ends for good without success (non-retryable, or retries spent). */
export type JobFailureListener = (job: SyncJob, error: unknown) => void;

export interface WorkQueue {
  /**
   * Resolves once the job is durably queued (pg-boss: committed) or merged
   * into one already waiting for the same calendar ('coalesced').
   */
  enqueue(job: SyncJob): Promise<'queued' | 'coalesced'>;
  /** Starts working; at most one handler per calendar runs at any moment. */
  start(handler: SyncHandler): Promise<void>;
  /** Stops taking work and waits for running handlers to finish. */
  stop(): Promise<void>;
}
