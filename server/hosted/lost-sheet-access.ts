/**
 * Whether a failed sync lost the drive.file grant of its tracker: Google
 * answered 404 (the file is invisible to the app) or 403 that is not a rate
 * limit (the person lost access) for the spreadsheet itself. Then the
 * connection needs the sheet granted again, not a reconnect: the refresh
 * token is fine (https://developers.google.com/workspace/drive/api/guides/handle-errors).
 */
import { isNextRoundError } from '../../shared/errors.js';
import { isRateLimit, readFailure } from '../google/google-errors.js';

export function isLostSheetAccess(error: unknown, spreadsheetId: string): boolean {
  if (!isNextRoundError(error) || !error.where?.startsWith(`spreadsheet ${spreadsheetId}`) || error.cause === undefined) return false;
  const failure = readFailure(error.cause);
  return failure.status === 404 || (failure.status === 403 && !isRateLimit(failure));
}
