/** Which failures are worth another attempt, and how long to wait before it. */
import { isNextRoundError, type ErrorCode } from '../../shared/errors.js';

/** Retrying these cannot help: a person or an operator must act first (or a newer run owns the calendar). */
const TERMINAL: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'AUTH_REQUIRED',
  'CONFLICT',
  'DECRYPT_FAILED',
  'CONFIG_INVALID',
  'HEADER_MISSING',
  'HEADER_DUPLICATE',
  'INVALID_INPUT',
  'NOT_FOUND',
]);

/** True unless the error is a NextRoundError of a terminal code. Unknown errors are retried (bounded). */
export function isRetryable(error: unknown): boolean {
  return !(isNextRoundError(error) && TERMINAL.has(error.code));
}

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
}

/**
 * Truncated exponential backoff with full jitter: uniform in [0, min(cap, base·2^attempt)).
 * @example backoffDelayMs(2, { baseMs: 1000, capMs: 60_000 }, Math.random) // < 4000
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Spacing between a user's syncs so they stay under `perMinute` writes (one write per sync pass). */
export function spacingMsFor(perMinute: number): number {
  return Math.ceil(60_000 / perMinute);
}
