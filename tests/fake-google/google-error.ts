/**
 * Google's JSON error envelopes. Calendar v3 answers
 * `{ error: { code, message, errors: [{ domain, reason, message }] } }`
 * (https://developers.google.com/calendar/api/guides/errors); Sheets v4
 * answers a google.rpc.Status, `{ error: { code, message, status } }`, with
 * no `errors[]` list (https://cloud.google.com/apis/design/errors#http_mapping).
 */

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  410: 'GONE',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'BAD_GATEWAY',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export type GoogleApi = 'calendar' | 'sheets';

export interface GoogleErrorBody {
  error: { code: number; message: string; status?: string; errors?: { domain: string; reason: string; message: string }[] };
}

/** The body of an error answer of `api` with this status, reason (Calendar only) and message. */
export function googleError(code: number, reason: string, message: string, api: GoogleApi = 'calendar'): GoogleErrorBody {
  if (api === 'sheets') return { error: { code, message, status: STATUS_NAMES[code] ?? 'UNKNOWN' } };
  return { error: { code, message, errors: [{ domain: 'global', reason, message }] } };
}

/**
 * A rate-limit fault as each API sends it: Calendar refuses with 403 and a
 * reason (https://developers.google.com/calendar/api/guides/errors) or 429;
 * Sheets v4 only ever with 429 RESOURCE_EXHAUSTED (https://developers.google.com/sheets/api/limits).
 */
export function servedFault(api: GoogleApi, fault: { status: number; reason: string }): { status: number } {
  const rateLimit403 = fault.status === 403 && /rateLimitExceeded$/i.test(fault.reason);
  return { status: api === 'sheets' && rateLimit403 ? 429 : fault.status };
}

/** Thrown inside the fake's handlers; the app turns it into the envelope. */
export class FakeHttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
