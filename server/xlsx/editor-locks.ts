/**
 * The lock files spreadsheet programs leave beside a workbook they have
 * open. While one is there the person may save their in-memory copy at any
 * moment, so a pass waits for it to go and otherwise skips, writing nothing.
 */
import { access } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface EditorLock {
  /** The lock file found. */
  file: string;
  /** Who leaves such a file, in the person's words. */
  program: string;
}

/**
 * The lock files that mean `path` is open, with the program that writes each.
 * - LibreOffice: `.~lock.<name>#` in the same folder
 *   (https://Gist.github.com/uccmen/8429902: "rm .~lock.lockedFile.csv#").
 * - Excel (and LibreOffice, which writes the MSO owner file too for Office
 *   formats since 6.3: https://www.mail-archive.com/libreoffice@lists.freedesktop.org/msg235026.html):
 *   the "owner file" `~$` + the name, "~$ overwriting the first two characters"
 *   of longer names (https://fleexlab.blogspot.com/2017/03/what-office-files-are-actually-used-for.html;
 *   Microsoft: https://support.microsoft.com/en-us/topic/description-of-how-word-creates-temporary-files-66b112fb-d2c0-8f40-a0be-70a367cc4c85).
 *   Which names get the prefix and which the replacement is not documented, so both are checked.
 */
export function editorLockCandidates(path: string): EditorLock[] {
  const folder = dirname(path);
  const name = basename(path);
  const excel = 'Excel (or another program using Office lock files)';
  const candidates = [
    { file: join(folder, `.~lock.${name}#`), program: 'LibreOffice' },
    { file: join(folder, `~$${name}`), program: excel },
  ];
  if (name.length > 2) candidates.push({ file: join(folder, `~$${name.slice(2)}`), program: excel });
  return candidates;
}

/** The first editor lock present beside `path`, if any. */
export async function findEditorLock(path: string): Promise<EditorLock | undefined> {
  for (const candidate of editorLockCandidates(path)) {
    const present = await access(candidate.file).then(
      () => true,
      () => false,
    );
    if (present) return candidate;
  }
  return undefined;
}
