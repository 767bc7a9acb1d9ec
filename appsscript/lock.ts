/** Read-modify-write under the document lock, flushed before release (GOOGLE.md). */
import { NextRoundError } from '../shared/errors.js';

/** Takes the document lock, waiting at most 20 s, or throws UNAVAILABLE in the person's words. */
function takeDocumentLock(): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock();
  if (!lock) throw new NextRoundError('UNAVAILABLE', 'No document lock: open NextRound from a spreadsheet.');
  try {
    lock.waitLock(20_000);
  } catch (cause) {
    throw new NextRoundError('UNAVAILABLE', 'Another NextRound action is still running; try again in a moment.', { cause });
  }
  return lock;
}

/** Runs `work` holding the document lock. */
export function withDocumentLock<T>(work: () => T): T {
  const lock = takeDocumentLock();
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/**
 * `withDocumentLock` for a pass of the (async) sync engine: the lock is held
 * until the pass settles. Apps Script's services are synchronous, so the
 * engine's promises settle within this execution.
 */
export async function withDocumentLockAsync<T>(work: () => Promise<T>): Promise<T> {
  const lock = takeDocumentLock();
  try {
    const result = await work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
