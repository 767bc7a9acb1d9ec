/**
 * The one error type of NextRound. Vendor errors are translated into it at
 * the adapter edge, keeping the original as `cause`; messages name what is
 * wrong and where, so a person can fix it without reading a stack trace.
 */
export type ErrorCode =
  | 'HEADER_MISSING'
  | 'HEADER_DUPLICATE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TEMPLATE_INVALID'
  | 'MAIL_INVALID'
  | 'ICS_INVALID'
  | 'FETCH_REFUSED'
  | 'CONFIG_INVALID'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'AUTH_REQUIRED'
  | 'SYNC_ABORTED'
  /** A sealed secret failed authentication: swapped, altered, or its key is gone. */
  | 'DECRYPT_FAILED'
  /** A write whose outcome is unknown (committed or not): re-read before trying again. */
  | 'WRITE_UNCERTAIN'
  | 'INTERNAL';

export class NextRoundError extends Error {
  override readonly name = 'NextRoundError';
  readonly code: ErrorCode;
  /** Where the problem is: a sheet and header, a form field, a file and line. */
  readonly where: string | undefined;

  constructor(code: ErrorCode, message: string, options: { where?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.where = options.where;
  }
}

/** True for a NextRoundError, optionally of one code. */
export function isNextRoundError(error: unknown, code?: ErrorCode): error is NextRoundError {
  return error instanceof NextRoundError && (code === undefined || error.code === code);
}
