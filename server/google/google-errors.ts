/**
 * Reads what went wrong in a googleapis (gaxios) failure, and translates it
 * into NextRoundError at the adapter edge, keeping the original as `cause`.
 */
import { NextRoundError, type ErrorCode } from '../../shared/errors.js';

/** What a failed Google request tells us, read structurally (googleapis nests its own gaxios copy). */
export interface GoogleFailure {
  /** HTTP status, or null when no answer came (reset, timeout, refused). */
  status: number | null;
  /** `error.errors[0].reason` of Google's envelope (rateLimitExceeded, fullSyncRequired, ...). */
  reason: string;
  message: string;
  /** Retry-After in ms, when the answer carried one. */
  retryAfterMs: number | null;
  /** Node/undici error code of a dropped connection (ECONNRESET, ETIMEDOUT, ...). */
  networkCode: string | null;
}

type Loose = { [key: string]: unknown } | undefined;
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/** Retry-After as seconds or an HTTP date, in ms from `nowMs`. */
export function parseRetryAfter(value: unknown, nowMs: number): number | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function headerOf(headers: unknown, name: string): unknown {
  if (headers && typeof (headers as { get?: unknown }).get === 'function') return (headers as { get(n: string): unknown }).get(name);
  return field(headers, name) ?? field(headers, name.toLowerCase());
}

/** Reads status, reason, message, Retry-After and network code off any googleapis failure. */
export function readFailure(error: unknown, nowMs = Date.now()): GoogleFailure {
  const response = field(error, 'response') as Loose;
  const status = typeof field(response, 'status') === 'number' ? (field(response, 'status') as number) : null;
  const envelope = field(field(response, 'data'), 'error');
  const first = (field(envelope, 'errors') as unknown[] | undefined)?.[0];
  const code = field(error, 'code');
  // OAuth token endpoint errors are `{ error: 'invalid_grant', error_description }`, not the API envelope.
  const oauthReason = typeof envelope === 'string' ? envelope : undefined;
  return {
    status,
    reason: String(oauthReason ?? field(first, 'reason') ?? field(envelope, 'status') ?? ''),
    message: String(field(envelope, 'message') ?? field(field(response, 'data'), 'error_description') ?? field(error, 'message') ?? error),
    retryAfterMs: parseRetryAfter(headerOf(field(response, 'headers'), 'retry-after'), nowMs),
    networkCode: status === null && typeof code === 'string' ? code : status === null ? 'NETWORK' : null,
  };
}

/**
 * Calendar's 403 usage-limit reasons (https://developers.google.com/calendar/api/guides/errors:
 * rateLimitExceeded, userRateLimitExceeded, quotaExceeded "Calendar usage limits exceeded") and
 * Sheets v4's 429 status (https://developers.google.com/sheets/api/limits): wait and retry, never "reconnect".
 */
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded', 'RESOURCE_EXHAUSTED']);

/** 429, and 403 with a rate-limit reason: Google did not process the request. */
export const isRateLimit = (f: GoogleFailure) => f.status === 429 || (f.status === 403 && RATE_REASONS.has(f.reason));

/** The project's code for a failure. */
export function codeFor(f: GoogleFailure): ErrorCode {
  if (isRateLimit(f)) return 'RATE_LIMITED';
  // Revoked, expired or over-issued refresh token: terminal, the person must reconnect (GOOGLE.md).
  if (f.reason === 'invalid_grant') return 'AUTH_REQUIRED';
  if (f.status === null || f.status >= 500) return 'UNAVAILABLE';
  if (f.status === 401) return 'AUTH_REQUIRED';
  if (f.status === 403) return 'AUTH_REQUIRED';
  if (f.status === 404) return 'NOT_FOUND';
  if (f.status === 409) return 'CONFLICT';
  return 'INVALID_INPUT';
}

/** A NextRoundError naming the call and its target, with Google's words and the original error as cause. */
export function translateGoogleError(error: unknown, what: string, where: string): NextRoundError {
  if (error instanceof NextRoundError) return error;
  const failure = readFailure(error);
  const answer = failure.status === null ? `no answer (${failure.networkCode})` : `${failure.status}${failure.reason ? ` ${failure.reason}` : ''}`;
  return new NextRoundError(codeFor(failure), `${what} failed: ${answer}: ${failure.message}`, { where, cause: error });
}
