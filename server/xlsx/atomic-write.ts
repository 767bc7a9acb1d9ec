/** Writes a file so that readers see the old bytes or the new ones, never half of either. */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Lets `write` fill a temp file beside `path` (same file system, so the
 * rename is atomic), flushes it to disk, then renames it over `path`. On
 * failure the temp file is removed and `path` is untouched.
 */
export async function replaceAtomically(path: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temp);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** `replaceAtomically` for bytes already in memory. */
export function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  return replaceAtomically(path, (temp) => writeFile(temp, data));
}
