import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isRetryable, spacingMsFor } from '../../../server/queue/retry-policy.js';
import { NextRoundError } from '../../../shared/errors.js';

describe('the retry policy', () => {
  it.each([
    [new NextRoundError('UNAVAILABLE', 'Sheets 503'), true],
    [new NextRoundError('RATE_LIMITED', '429'), true],
    [new Error('socket hang up'), true],
    [new NextRoundError('AUTH_REQUIRED', 'invalid_grant'), false],
    [new NextRoundError('CONFLICT', 'fenced out'), false],
    [new NextRoundError('DECRYPT_FAILED', 'swapped'), false],
    [new NextRoundError('HEADER_MISSING', 'no Event ID column'), false],
  ])('retries %s: %s', (error, retryable) => {
    expect(isRetryable(error)).toBe(retryable);
  });

  it.each([
    [0, 1, 1000],
    [1, 1, 2000],
    [3, 1, 8000],
    [10, 1, 60_000],
    [3, 0, 0],
    [3, 0.5, 4000],
  ])('waits at most base·2^attempt, capped (attempt %i, random %f → %i ms)', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, { baseMs: 1000, capMs: 60_000 }, () => (random === 1 ? 0.999999 : random))).toBe(
      random === 1 ? Math.floor(expected * 0.999999) : expected,
    );
  });

  it.each([
    [50, 1200],
    [59, 1017],
    [1, 60_000],
  ])('spaces %i writes per minute %i ms apart', (perMinute, spacing) => {
    expect(spacingMsFor(perMinute)).toBe(spacing);
  });
});
