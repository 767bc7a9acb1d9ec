/**
 * What a writer compares before renaming its new bytes over the tracker:
 * the file's identity, times and size at read. A save in Excel (or another
 * program) since then means the rows it planned on are stale. The inode is
 * part of it: an editor that saves by rename (as NextRound does) makes a new
 * file, whatever its times.
 */
import { stat } from 'node:fs/promises';

/** The stamp of `path`, undefined when there is no file. */
export const stampOf = (path: string): Promise<string | undefined> =>
  stat(path).then(
    (s) => `${s.ino}:${s.mtimeMs}:${s.ctimeMs}:${s.size}`,
    () => undefined,
  );
