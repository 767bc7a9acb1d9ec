/**
 * Features a person (or Excel) put in the tracker that NextRound does not
 * own, made as hand-written package parts the way Excel stores them: after
 * a pass that updates a row and appends one, every part but the Interviews
 * sheet and the shared strings keeps its bytes (uncompressed contents; the
 * zip re-deflates only what changed), in the same zip order, and what the
 * Interviews sheet holds outside its rows is kept verbatim.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxSink } from '../../../server/xlsx/xlsx-sink.js';
import { changedParts, editPackage, partsOf, partText, syncOnePass } from './package-parts.js';

const INTERVIEWS_PART = 'xl/worksheets/sheet2.xml';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

// Excel 2010+ keeps a list validation whose source is another sheet in the sheet's extLst (MS-XLSX 2.6.x, x14:dataValidations).
const CROSS_SHEET_VALIDATION = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Applications!$B$2:$B$50</xm:f></x14:formula1><xm:sqref>F2:F1000</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`;
const SPARKLINES = `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Interviews!S2:S50</xm:f><xm:sqref>K1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
const SHEET_PROTECTION = '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" autoFilter="0" sort="0"/>';
const AUTO_FILTER = (last: number) =>
  `<autoFilter ref="A1:X${last}"><filterColumn colId="5"><filters><filter val="Acme"/></filters></filterColumn><sortState ref="A2:X${last}"><sortCondition descending="1" ref="B2:B${last}"/></sortState></autoFilter>`;
// A dynamic-array formula (Excel 365): the cell points at xl/metadata.xml through cm="1".
const DYNAMIC_ARRAY = '<c r="X2" cm="1"><f t="array" ref="X2:X3">SORT(Applications!B2:B3)</f><v>0</v></c>';
const PARTS: Record<string, [string, string]> = {
  'xl/metadata.xml': [
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml',
    `<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
  ],
  'xl/threadedComments/threadedComment1.xml': [
    'application/vnd.ms-excel.threadedcomments+xml',
    '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="E2" dT="2026-03-01T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-0000000000A1}"><text>Ask about the team size</text></threadedComment></ThreadedComments>',
  ],
  'xl/persons/person.xml': [
    'application/vnd.ms-excel.person+xml',
    '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Ada" id="{00000000-0000-0000-0000-000000000001}" userId="ada@example.com" providerId="AD"/></personList>',
  ],
  // Custom document properties, here a sensitivity label as Microsoft Purview writes it.
  'docProps/custom.xml': [
    'application/vnd.openxmlformats-officedocument.custom-properties+xml',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0000_Enabled"><vt:lpwstr>true</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="MSIP_Label_0000_Name"><vt:lpwstr>Confidential</vt:lpwstr></property></Properties>',
  ],
  // A chart part outside xl/charts/ (the path is the package's choice; only the relationships say what it is).
  'xl/graphics/pipeline.xml': [
    'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
  ],
};

/** A tracker with one synced row (e1), then every feature above added by hand. */
async function trackerWithFeatures(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'nr-kept-')), 'tracker.xlsx');
  const sink = new XlsxSink({ path, timeZone: 'UTC' });
  await sink.apply([{ kind: 'append', eventId: 'e1', cells: { title: 'Phone screen', company: 'Acme', start: '2026-03-09 14:30' } }], await sink.read());
  await editPackage(path, async (read, write) => {
    const interviews = (await read(INTERVIEWS_PART))
      .replace(/(<row r="1"[^>]*>[\s\S]*?)<\/row>/, '$1<c r="X1" t="inlineStr"><is><t>My formula</t></is></c></row>')
      .replace(/(<row r="2"[^>]*>[\s\S]*?)<\/row>/, `$1${DYNAMIC_ARRAY}</row>`)
      .replace('</sheetData>', `</sheetData>${SHEET_PROTECTION}${AUTO_FILTER(2)}`)
      .replace('</worksheet>', `${CROSS_SHEET_VALIDATION}</worksheet>`);
    write(INTERVIEWS_PART, interviews);
    write('xl/worksheets/sheet1.xml', (await read('xl/worksheets/sheet1.xml')).replace('</worksheet>', `${SPARKLINES}</worksheet>`));
    write('xl/workbook.xml', (await read('xl/workbook.xml')).replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection lockStructure="1" lockWindows="1"/>'));
    const overrides = Object.entries(PARTS).map(([part, [type]]) => `<Override PartName="/${part}" ContentType="${type}"/>`);
    write('[Content_Types].xml', (await read('[Content_Types].xml')).replace('</Types>', `${overrides.join('')}</Types>`));
    for (const [part, [, text]] of Object.entries(PARTS)) write(part, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
  });
  return path;
}

describe('a pass on a tracker holding features NextRound does not own', () => {
  it('changes only the Interviews sheet and the shared strings, every other part byte for byte and in zip order', async () => {
    const path = await trackerWithFeatures();
    const before = await partsOf(path);
    await syncOnePass(path, 'e1', 'e2');
    const after = await partsOf(path);
    expect([changedParts(before, after), [...after.keys()]]).toEqual([['xl/sharedStrings.xml', INTERVIEWS_PART], [...before.keys()]]);
  });

  it('keeps sheet protection, the cross-sheet validation and a dynamic array in a row it updated verbatim, and grows the AutoFilter and its sort over the new row', async () => {
    const path = await trackerWithFeatures();
    await syncOnePass(path, 'e1', 'e2');
    const xml = await partText(path, INTERVIEWS_PART);
    const kept = [SHEET_PROTECTION, CROSS_SHEET_VALIDATION, DYNAMIC_ARRAY, AUTO_FILTER(3)].map((part) => xml.includes(part));
    const rows = (await new XlsxSink({ path, timeZone: 'UTC' }).read()).rows.map((row) => [row.eventId, row.title, row.company]);
    expect([kept, rows]).toEqual([
      [true, true, true, true],
      [
        ['e1', 'Phone screen (moved)', 'Acme'],
        ['e2', 'Onsite', ''],
      ],
    ]);
  });
});
