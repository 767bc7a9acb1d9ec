import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'nr-xmlsafe-')), 'tracker.xlsx');
// U+FFFE, U+FFFF, C0 controls, a lone high and a lone low surrogate: none is allowed in XML 1.0.
const HOSTILE = 'Onsite\uFFFE Acme\uFFFF \u0001\u0008\u000B\u000C\u001F \uD800x\uDC00 – 🎉 tab\there';
const SAFE = 'Onsite\uFFFD Acme\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFDx\uFFFD – 🎉 tab\there';

async function append(path: string, id: string, title: string): Promise<void> {
  const sink = new XlsxSink({ path, timeZone: 'UTC' });
  await sink.apply([{ kind: 'append', eventId: id, cells: { title } }], await sink.read());
}

async function titles(path: string): Promise<string[]> {
  return (await new XlsxSink({ path, timeZone: 'UTC' }).read()).rows.map((row) => row.title!);
}

describe('XML-forbidden characters in calendar text', () => {
  it('are replaced by U+FFFD when written, and the next pass reads and writes the workbook', async () => {
    const path = tempPath();
    await append(path, 'e1', HOSTILE);
    await append(path, 'e2', 'Phone screen');
    expect(await titles(path)).toEqual([SAFE, 'Phone screen']);
  });

  it('in a workbook that already holds them raw are read as U+FFFD, and the next save is valid again', async () => {
    const path = tempPath();
    await append(path, 'e1', 'MARKER');
    // What an older writer left: the forbidden characters raw in the sheet XML.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const parts = Object.keys(zip.files).filter((name) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name));
    for (const name of parts) zip.file(name, (await zip.file(name)!.async('string')).replace('MARKER', 'Raw\uFFFE\uFFFF\u0001'));
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));

    expect(await titles(path)).toEqual(['Raw\uFFFD\uFFFD\uFFFD']);
    await append(path, 'e2', 'Phone screen');
    const saved = await JSZip.loadAsync(readFileSync(path));
    const xml = (
      await Promise.all(
        Object.keys(saved.files)
          .filter((n) => n.endsWith('.xml'))
          .map((n) => saved.file(n)!.async('string')),
      )
    ).join('');
    expect([['\uFFFE', '\uFFFF', '\u0001'].some((c) => xml.includes(c)), await titles(path)]).toEqual([false, ['Raw\uFFFD\uFFFD\uFFFD', 'Phone screen']]);
  });
});
