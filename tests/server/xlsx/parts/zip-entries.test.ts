import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inflateEntry, readZip, writeZip } from '../../../../server/xlsx/parts/zip-entries.js';

/** A package as another program writes it: jszip here, with data descriptors after each entry when `streamFiles` (as streaming writers do). */
async function packageOf(streamFiles: boolean): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/worksheets/sheet1.xml', '<worksheet>ünïcode</worksheet>'.repeat(50));
  zip.file('xl/media/image1.png', Buffer.from([137, 80, 78, 71, 0, 1, 2, 3]), { compression: 'STORE' });
  zip.file('docProps/custom.xml', '<Properties/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles, comment: 'made elsewhere' });
}

describe('writeZip', () => {
  it.each([false, true])('copies every entry it does not replace byte for byte, stored form and place included (data descriptors: %s)', async (streamFiles) => {
    const original = readZip(await packageOf(streamFiles));
    const saved = writeZip(original.entries, new Map([['xl/worksheets/sheet1.xml', Buffer.from('<worksheet>new</worksheet>')]]), original.comment);
    const again = readZip(saved);
    const kept = (entries: typeof again.entries) =>
      entries.filter((entry) => entry.name !== 'xl/worksheets/sheet1.xml').map((entry) => [entry.name, entry.local.toString('hex')]);
    expect([again.entries.map((entry) => entry.name), kept(again.entries), again.comment.toString()]).toEqual([
      original.entries.map((entry) => entry.name),
      kept(original.entries),
      'made elsewhere',
    ]);
  });

  it('writes a zip another reader opens, with the replaced part, the kept ones and an added one at the end', async () => {
    const original = readZip(await packageOf(true));
    const saved = writeZip(
      original.entries,
      new Map([
        ['xl/worksheets/sheet1.xml', Buffer.from('<worksheet>é</worksheet>')],
        ['xl/sharedStrings.xml', Buffer.from('<sst/>')],
      ]),
      original.comment,
    );
    const zip = await JSZip.loadAsync(saved, { checkCRC32: true });
    // jszip made folder entries too (xl/, …): kept like any other, left out here.
    const files = Object.keys(zip.files).filter((name) => !name.endsWith('/'));
    const parts = await Promise.all(files.map(async (name) => [name, await zip.files[name]!.async('string')]));
    expect(parts.map(([name]) => name)).toEqual([
      '[Content_Types].xml',
      'xl/worksheets/sheet1.xml',
      'xl/media/image1.png',
      'docProps/custom.xml',
      'xl/sharedStrings.xml',
    ]);
    expect(Object.fromEntries(parts)['xl/worksheets/sheet1.xml']).toBe('<worksheet>é</worksheet>');
    expect(inflateEntry(readZip(saved).entries.find((entry) => entry.name === 'docProps/custom.xml')!).toString()).toBe('<Properties/>');
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => readZip(Buffer.from('not a workbook'))).toThrow('it is not a zip package');
  });
});
