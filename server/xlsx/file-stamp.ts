/**
 * What a writer compares before renaming its new bytes over the tracker:
 * the file's identity, times and size at read. A save in Excel (or another
 * program) since then means the rows it planned on are stale. The inode is
 * part of it: an editor that saves by rename (as NextRound does) makes a new
 * file, whatever its times.
 */
import { stat } from 'node:fs/promises';
import { NextRoundError } from '../../shared/errors.js';
import { type EditorLock, findEditorLock } from './editor-locks.js';

/** The stamp of `path`, undefined when there is no file. */
export const stampOf = (path: string): Promise<string | undefined> =>
  stat(path).then(
    (s) => `${s.ino}:${s.mtimeMs}:${s.ctimeMs}:${s.size}`,
    () => undefined,
  );

/** What the person reads when the check fails, in the writer's words (a pass runs again by itself; a command does not). */
export interface UnchangedWords {
  readonly changed: string;
  readonly opened: (editor: EditorLock) => string;
}

/**
 * Run last before the rename: someone saved the workbook (Excel, another program) since the read
 * whose stamp is `stamp` (renaming now would drop their change: CONFLICT), or an editor opened it
 * meanwhile and may save its copy any moment (UNAVAILABLE). Either way nothing is written.
 */
export async function checkUnchangedSince(path: string, stamp: string | undefined, words: UnchangedWords): Promise<void> {
  if ((await stampOf(path)) !== stamp) throw new NextRoundError('CONFLICT', words.changed, { where: path });
  const editor = await findEditorLock(path);
  if (editor) throw new NextRoundError('UNAVAILABLE', words.opened(editor), { where: editor.file });
}
