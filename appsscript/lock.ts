/** Read-modify-write under the document lock, flushed before release (GOOGLE.md). */
import { NextRoundError } from '../shared/errors.js';

/** Runs `work` holding the document lock; waits at most 20 s for it. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new NextRoundError('UNAVAILABLE', 'No document lock: open NextRound from a spreadsheet.');
  try {
    lock.waitLock(20_000);
  } catch (cause) {
    throw new NextRoundError('UNAVAILABLE', 'Another NextRound action is still running; try again in a moment.', { cause });
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
