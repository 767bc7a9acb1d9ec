/** Test helpers over an .xlsx package's parts: read them all (uncompressed bytes, in zip order), edit some by hand. */
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';

/** Every entry's uncompressed bytes, in the zip's order. */
export async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) parts.set(name, await zip.files[name]!.async('nodebuffer'));
  return parts;
}

/** The names of the parts whose bytes differ (or that one side lacks). */
export function changedParts(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) || !after.has(name)).sort();
}

export async function partText(path: string, part: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file(part)!.async('string');
}

/** Rewrites the package with `edit` applied to the parts' texts (a part set to a string is added or replaced). */
export async function editPackage(path: string, edit: (read: (part: string) => Promise<string>, write: (part: string, text: string) => void) => Promise<void>) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  await edit(
    (part) => zip.file(part)!.async('string'),
    (part, text) => void zip.file(part, text),
  );
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** One pass as the engine makes it: the row of `updateId` gets a new title, and one row is appended. */
export async function syncOnePass(path: string, updateId: string, appendId: string): Promise<void> {
  const sink = new XlsxSink({ path, timeZone: 'UTC' });
  const snapshot = await sink.read();
  const row = snapshot.rows.findIndex((cells) => cells.eventId === updateId);
  if (row < 0) throw new Error(`no row ${updateId}`);
  await sink.apply(
    [
      { kind: 'update', eventId: updateId, row, cells: { title: 'Phone screen (moved)' } },
      { kind: 'append', eventId: appendId, cells: { title: 'Onsite', start: '2026-04-02 09:00', end: '2026-04-02 12:00', calendarStatus: 'confirmed' } },
    ],
    snapshot,
  );
}
