/**
 * Google's JSON error envelope, as both APIs answer it: `{ error: { code,
 * message, status, errors: [{ domain, reason, message }] } }`. googleapis
 * reads `reason` from it, and so does our retry policy.
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

export interface GoogleErrorBody {
  error: { code: number; message: string; status: string; errors: { domain: string; reason: string; message: string }[] };
}

/** The body of an error answer with this status, reason and message. */
export function googleError(code: number, reason: string, message: string): GoogleErrorBody {
  return { error: { code, message, status: STATUS_NAMES[code] ?? 'UNKNOWN', errors: [{ domain: 'global', reason, message }] } };
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
