/**
 * `nextround import` into a tracker holding features NextRound does not
 * own: only the Applications and Stage history sheets' parts and the shared
 * strings change; every other part keeps its bytes, in zip order, and what
 * the Applications sheet holds outside its rows is kept, its AutoFilter
 * grown over the new row.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../server/cli/main.js';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { changedParts, editPackage, partsOf, partText } from './package-parts.js';

const APPLICATIONS_PART = 'xl/worksheets/sheet1.xml';
const STAGE_HISTORY_PART = 'xl/worksheets/sheet5.xml';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const SPARKLINES = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Interviews!S2:S50</xm:f><xm:sqref>K1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
const SHEET_PROTECTION = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" autoFilter="0" sort="0"/>';
const AUTO_FILTER = (last: number) => `<autoFilter ref="A1:W${last}"/>`;
const COMMENT_PART = 'xl/threadedComments/threadedComment1.xml';
const COMMENT =
  '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="E2" dT="2026-03-01T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-0000000000A1}"><text>Ask about the team size</text></threadedComment></ThreadedComments>';

/** A synced tracker with one application imported, then a sparkline, protection, a filter, a comment and workbook protection added by hand. */
async function trackerWithFeatures(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'nr-kept-import-'));
  const path = join(dir, 'tracker.xlsx');
  const sink = new XlsxSink({ path, timeZone: 'UTC' });
  await sink.apply([{ kind: 'append', eventId: 'e1', cells: { title: 'Phone screen', company: 'Acme', start: '2026-03-09 14:30' } }], await sink.read());
  await importCsv(path, 'Company,Role,Status,Date Applied\nAcme,Dev,Applied,2026-03-01\n');
  await editPackage(path, async (read, write) => {
    const applications = (await read(APPLICATIONS_PART))
      .replace('</sheetData>', `</sheetData>${SHEET_PROTECTION}${AUTO_FILTER(2)}`)
      .replace('</worksheet>', `${SPARKLINES}</worksheet>`);
    write(APPLICATIONS_PART, applications);
    write('xl/workbook.xml', (await read('xl/workbook.xml')).replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection lockStructure="1" lockWindows="1"/>'));
    write(
      '[Content_Types].xml',
      (await read('[Content_Types].xml')).replace(
        '</Types>',
        `<Override PartName="/${COMMENT_PART}" ContentType="application/vnd.ms-excel.threadedcomments+xml"/></Types>`,
      ),
    );
    write(COMMENT_PART, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${COMMENT}`);
  });
  return path;
}

async function importCsv(out: string, csv: string): Promise<string> {
  const file = join(dirname(out), `import-${Date.now()}.csv`);
  writeFileSync(file, csv);
  let stderr = '';
  const code = await runCli(
    ['import', file, '--out', out, '--tz', 'UTC'],
    { stdout: () => undefined, stderr: (t) => (stderr += t) },
    new Date('2026-12-01T09:00:00Z'),
    {},
  );
  if (code !== 0) throw new Error(stderr);
  return file;
}

describe('an import into a tracker holding features NextRound does not own', () => {
  it('changes only the Applications and Stage history sheets and the shared strings, every other part byte for byte and in zip order', async () => {
    const path = await trackerWithFeatures();
    const before = await partsOf(path);
    await importCsv(path, 'Company,Role,Status,Date Applied\nGlobex,Designer,Interviewing,2026-04-02\n');
    const after = await partsOf(path);
    expect([changedParts(before, after), [...after.keys()]]).toEqual([
      [APPLICATIONS_PART, STAGE_HISTORY_PART, 'xl/sharedStrings.xml'].sort(),
      [...before.keys()],
    ]);
  });

  it('keeps the protection and sparklines of the Applications sheet verbatim and grows its AutoFilter over the new row', async () => {
    const path = await trackerWithFeatures();
    await importCsv(path, 'Company,Role,Status,Date Applied\nGlobex,Designer,Interviewing,2026-04-02\n');
    const xml = await partText(path, APPLICATIONS_PART);
    expect([SHEET_PROTECTION, SPARKLINES, AUTO_FILTER(3)].map((part) => xml.includes(part))).toEqual([true, true, true]);
  });
});
