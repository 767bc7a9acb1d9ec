/**
 * One pass at a time per tracker, across NextRound processes (`nextround
 * sync` next to `npm start`), and no pass while a spreadsheet program has the
 * workbook open. The lock is a file beside the tracker, created with O_EXCL
 * and holding the owner's pid, host and start time; a lock whose process is
 * gone (a crash, a kill -9) is taken over.
 */
import { hostname } from 'node:os';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { NextRoundError } from '../../shared/errors.js';
import type { SyncLock } from '../../shared/sync/ports.js';
import { cannotWrite } from './atomic-write.js';
import { findEditorLock } from './editor-locks.js';

export interface TrackerLockOptions {
  /** How long to wait for another pass or an open editor before skipping (default 10 s). */
  waitMs?: number;
  /** How often to look again while waiting (default 200 ms). */
  pollMs?: number;
  /** Who tries again after a skip: the next pass (sync, the default), or the person (a one-off command such as import). */
  retry?: 'next-pass' | 'person';
}

/**
 * A lock file another host wrote (its pid means nothing here), or one whose pid now names another
 * process (pids are reused; no pass takes this long), is taken over after this long; one left empty
 * by a crash mid-create after EMPTY_STALE_MS.
 */
const FOREIGN_STALE_MS = 10 * 60 * 1000;
const EMPTY_STALE_MS = 5 * 1000;

export const lockFileOf = (tracker: string) => join(dirname(tracker), `.${basename(tracker)}.nextround-lock`);

/** A SyncLock for the .xlsx tracker at `tracker` (the key runSync passes is not needed: the file is the lock). */
export function trackerLock(tracker: string, options: TrackerLockOptions = {}): SyncLock {
  return async (_key, run) => {
    const deadline = Date.now() + (options.waitMs ?? 10_000);
    const pollMs = options.pollMs ?? 200;
    const lockFile = lockFileOf(tracker);
    const byHand = options.retry === 'person';
    const mine = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });
    for (;;) {
      const holder = await tryCreate(lockFile, mine).catch((error: unknown) => {
        throw cannotWrite(tracker, error);
      });
      if (holder === undefined) break;
      if (Date.now() >= deadline) {
        throw new NextRoundError(
          'UNAVAILABLE',
          byHand
            ? `Another NextRound process (${holder}) is writing ${tracker}; nothing was written. Run the command again once it is done.`
            : `Another NextRound pass (${holder}) is writing ${tracker}; this pass was skipped and nothing was written. It runs again on the next pass.`,
          { where: lockFile },
        );
      }
      await sleep(pollMs);
    }
    try {
      for (;;) {
        const editor = await findEditorLock(tracker);
        if (!editor) break;
        if (Date.now() >= deadline) {
          throw new NextRoundError(
            'UNAVAILABLE',
            byHand
              ? `${tracker} is open in ${editor.program} (lock file ${editor.file}); nothing was written. Save and close it, then run the command again.`
              : `${tracker} is open in ${editor.program} (lock file ${editor.file}); this pass was skipped and nothing was written. Save and close it, and NextRound syncs on its next pass.`,
            { where: editor.file },
          );
        }
        await sleep(pollMs);
      }
      return await run();
    } finally {
      // Only our own lock: after FOREIGN_STALE_MS another pass may have taken it over.
      if ((await readFile(lockFile, 'utf8').catch(() => undefined)) === mine) await rm(lockFile, { force: true });
    }
  };
}

/** Creates the lock file (taking over one whose owner is gone), or names who holds it. */
async function tryCreate(lockFile: string, mine: string): Promise<string | undefined> {
  try {
    const handle = await open(lockFile, 'wx');
    try {
      await handle.writeFile(mine);
    } finally {
      await handle.close();
    }
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = await readFile(lockFile, 'utf8').catch(() => '');
  const owner = await readOwner(lockFile, text);
  // Removed only if unchanged since judged: another process may have taken the stale lock over meanwhile.
  if (owner.stale && (await readFile(lockFile, 'utf8').catch(() => undefined)) === text) {
    await rm(lockFile, { force: true });
    return tryCreate(lockFile, mine);
  }
  return owner.name;
}

async function readOwner(lockFile: string, text: string): Promise<{ name: string; stale: boolean }> {
  const stats = await stat(lockFile).catch(() => undefined);
  const age = stats ? Date.now() - stats.mtimeMs : 0;
  let owner: { pid?: unknown; host?: unknown; at?: unknown } = {};
  try {
    owner = JSON.parse(text) as typeof owner;
  } catch {
    return { name: `lock file ${lockFile}`, stale: age > EMPTY_STALE_MS };
  }
  const name = `process ${String(owner.pid)} on ${String(owner.host)} since ${String(owner.at)}`;
  if (owner.host !== hostname()) return { name, stale: age > FOREIGN_STALE_MS };
  return { name, stale: typeof owner.pid !== 'number' || !isAlive(owner.pid) || age > FOREIGN_STALE_MS };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: a liveness check, nothing is sent
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
