/**
 * The one retry policy for Google requests (googleapis' own retry is turned
 * off): truncated exponential backoff capped at 64 s, as Google asks
 * (https://developers.google.com/sheets/api/limits: "truncated exponential
 * backoff ... maximum_backoff is typically 32 or 64 seconds"), with equal
 * jitter so the waits of one request always add up to more than the
 * one-minute quota window; Retry-After honoured.
 * Retried: 429, 403 rate limits, 5xx, dropped connections. Not retried:
 * 400/401/404 and other client errors. A write that is not idempotent is
 * retried only when Google says it did not run it (rate limits); after a 5xx
 * or a dropped connection its outcome is unknown, so it fails as
 * WRITE_UNCERTAIN and the caller re-reads before writing again.
 */
import { NextRoundError } from '../../shared/errors.js';
import { isRateLimit, readFailure, translateGoogleError } from './google-errors.js';

/** How long and how often to retry; `sleep` and `random` are injectable so tests never wait. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  /** The cap of one wait (also caps a Retry-After). */
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Each wait, for logs and tests. */
  onRetry?: (info: { attempt: number; delayMs: number; status: number | null; reason: string }) => void;
}

/**
 * Production policy: 8 attempts, 1 s doubling to a 64 s cap, equal jitter, real sleep: the seven waits
 * add up to at least 63.5 s, so a request rate-limited for a whole quota minute still gets through.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 1_000,
  maxDelayMs: 64_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** Equal jitter: a uniform wait in [c/2, c] for c = min(cap, base·2^(attempt-1)); a Retry-After, when given, is the floor. */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | null): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.floor(ceiling / 2 + (policy.random() * ceiling) / 2);
  return retryAfterMs === null ? jittered : Math.min(policy.maxDelayMs, Math.max(retryAfterMs, jittered));
}

export interface CallInfo {
  /** "Calendar events.list", "Sheets spreadsheets.batchUpdate". */
  what: string;
  /** The calendar or spreadsheet, for the error's `where`. */
  where: string;
  /** Safe to send twice (reads, or writes that set absolute values). */
  idempotent: boolean;
}

/**
 * Runs `call` under the policy.
 * @throws NextRoundError translated from the last failure (RATE_LIMITED, UNAVAILABLE, AUTH_REQUIRED, ...), or WRITE_UNCERTAIN.
 */
export async function withRetry<T>(policy: RetryPolicy, info: CallInfo, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = readFailure(error);
      const transient = isRateLimit(failure) || failure.status === null || failure.status >= 500;
      if (transient && !info.idempotent && !isRateLimit(failure)) {
        throw new NextRoundError(
          'WRITE_UNCERTAIN',
          `${info.what} may or may not have been applied (${failure.status ?? failure.networkCode}); read again before writing.`,
          {
            where: info.where,
            cause: error,
          },
        );
      }
      if (!transient || attempt >= policy.maxAttempts) throw translateGoogleError(error, info.what, info.where);
      const delayMs = backoffDelay(policy, attempt, failure.retryAfterMs);
      policy.onRetry?.({ attempt, delayMs, status: failure.status, reason: failure.reason });
      await policy.sleep(delayMs);
    }
  }
}
