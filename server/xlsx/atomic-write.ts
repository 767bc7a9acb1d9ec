/**
 * Writes a file so that readers see the old bytes or the new ones, never
 * half of either, and the file stays the person's file: a symlink is written
 * through to its target (and stays a symlink), the target's permissions and
 * owner carry over to the new bytes, and a read-only file is refused rather
 * than replaced (renaming over it would succeed, since that needs only the
 * folder to be writable).
 */
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, chmod, chown, lstat, open, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NextRoundError } from '../../shared/errors.js';

/** The file a write to `path` must replace (the symlink's target), and its stats when it exists. */
async function targetOf(path: string): Promise<{ target: string; existing: Stats | undefined }> {
  const link = await lstat(path).catch(() => undefined);
  if (!link) return { target: path, existing: undefined };
  const target = link.isSymbolicLink() ? await realpath(path) : path;
  const existing = await stat(target);
  const writable =
    (existing.mode & 0o222) !== 0 &&
    (await access(target, constants.W_OK).then(
      () => true,
      () => false,
    ));
  if (!writable) {
    throw new NextRoundError('INVALID_INPUT', `${path} is read-only, so it was left as it is; make it writable (chmod u+w) to sync into it.`, {
      where: path,
    });
  }
  return { target, existing };
}

/**
 * Lets `write` fill a temp file beside the target (same file system, so the
 * rename is atomic), flushes it to disk, gives it the target's mode and
 * owner, then (after `beforeRename` agrees) renames it over the target.
 * On failure the temp file is removed and the target is untouched.
 *
 * @throws NextRoundError INVALID_INPUT when the file is read-only.
 */
export async function replaceAtomically(
  path: string,
  write: (tempPath: string) => Promise<void>,
  /** Runs last before the rename (the new bytes are on disk): throw to leave the target as it is. */
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const { target, existing } = await targetOf(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing) await keepIdentity(temp, existing);
    await beforeRename?.();
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function keepIdentity(temp: string, existing: Stats): Promise<void> {
  await chmod(temp, existing.mode & 0o7777);
  const made = await stat(temp);
  if (made.uid === existing.uid && made.gid === existing.gid) return;
  // Only root may give a file away; anyone else keeps their own ownership (the new file is theirs, as the old one was if they could write it).
  await chown(temp, existing.uid, existing.gid).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPERM') throw error;
  });
}

/** `replaceAtomically` for bytes already in memory. */
export function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  return replaceAtomically(path, (temp) => writeFile(temp, data));
}

/** A failed write to the tracker in the person's words (folder missing, permission denied). */
export function cannotWrite(path: string, error: unknown): NextRoundError {
  if (error instanceof NextRoundError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new NextRoundError('INVALID_INPUT', `Cannot write the tracker ${path}: ${why}.`, { where: path, cause: error });
}
