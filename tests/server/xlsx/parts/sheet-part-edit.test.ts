import { describe, expect, it } from 'vitest';
import { editSheetPart, upsertById } from '../../../../server/xlsx/parts/sheet-part-edit.js';
import { readSharedStrings } from '../../../../server/xlsx/parts/shared-strings.js';
import { readSheetPart } from '../../../../server/xlsx/parts/sheet-part-read.js';
import { readStyles } from '../../../../server/xlsx/parts/styles-part.js';
import { mapHeaders } from '../../../../shared/schema/header-map.js';
import { CONTACTS } from '../../../../shared/schema/tracker-schema.js';

// Style 0 General, 1 text (@, built-in 49) and bold-ish (fontId 1), 2 a date.
const STYLES = `<styleSheet xmlns="main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="49" fontId="1"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
const STRINGS =
  '<sst count="4" uniqueCount="4"><si><t>Contact ID</t></si><si><t>Name</t></si><si><r><t>Last </t></r><r><rPr><b/></rPr><t>contact</t></r></si><si><t>c-1</t><rPh><t>phonetic</t></rPh></si></sst>';
const HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';

function contacts(rows: string, prefix = '') {
  const xml = `<${prefix}worksheet><${prefix}dimension ref="A1:C2"/><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}extLst>kept</${prefix}extLst></${prefix}worksheet>`;
  const styles = readStyles(STYLES);
  const strings = readSharedStrings(STRINGS, 'xl/sharedStrings.xml');
  const part = readSheetPart(xml, { strings: strings.texts, styles });
  const headers = part.rows[0]!.cells.map((cell) => (cell.raw.kind === 'text' ? cell.raw.text : ''));
  return { part, styles, strings, map: mapHeaders(CONTACTS, headers) };
}

describe('editSheetPart', () => {
  it('upserts by the id column: the row holding the id gets its cells, a new id is appended below the last used row', () => {
    const { part, styles, strings, map } = contacts(
      `${HEADER_ROW}<row r="2" spans="1:3" ht="20"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1" t="inlineStr"><is><t>Ada</t></is></c><c r="D2" s="7"><f>1+1</f><v>2</v></c></row><row r="9" s="2" customFormat="1"/>`,
    );
    const edits = upsertById(part, map, [
      { id: 'c-2', name: 'Grace' },
      { id: 'c-1', name: '=HYPERLINK("x")', lastContact: '2026-03-08' },
    ]);
    const xml = editSheetPart(part, map, edits, styles, strings);
    expect(edits.map((edit) => edit.rowNumber)).toEqual([3, 2]);
    expect(xml).toBe(
      `<worksheet><dimension ref="A1:C3"/><sheetData>${HEADER_ROW}` +
        // The person's D2 (a formula) kept verbatim after the new C2; spans dropped (written cells may fall outside it); text cells get the text style.
        '<row r="2" ht="20"><c r="A2" s="1" t="s"><v>3</v></c><c r="B2" s="1" t="s"><v>6</v></c><c r="C2" s="2"><v>46089</v></c><c r="D2" s="7"><f>1+1</f><v>2</v></c></row>' +
        '<row r="3"><c r="A3" s="1" t="s"><v>4</v></c><c r="B3" s="1" t="s"><v>5</v></c></row>' +
        '<row r="9" s="2" customFormat="1"/></sheetData><extLst>kept</extLst></worksheet>',
    );
    expect(strings.texts.slice(4)).toEqual(['c-2', 'Grace', '=HYPERLINK("x")']);
  });

  it('fills an empty sheetData and keeps the namespace prefix the part uses', () => {
    const { styles, strings, map } = contacts(HEADER_ROW);
    const empty = readSheetPart('<x:worksheet><x:sheetData/></x:worksheet>', { strings: [], styles });
    const xml = editSheetPart(empty, map, [{ rowNumber: 2, cells: { id: 'c-9' } }], styles, strings);
    expect([empty.prefix, xml]).toEqual([
      'x:',
      '<x:worksheet><x:sheetData><x:row r="2"><x:c r="A2" s="1" t="s"><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    ]);
  });

  it('inserts a row the part lacks between the rows around it', () => {
    const { part, styles, strings, map } = contacts(`${HEADER_ROW}<row r="5"><c r="A5" t="s"><v>3</v></c></row>`);
    const xml = editSheetPart(part, map, [{ rowNumber: 3, cells: { name: 'Lin' } }], styles, strings);
    expect(xml.slice(xml.indexOf('</row>') + 6, xml.indexOf('</sheetData>'))).toBe(
      '<row r="3"><c r="B3" s="1" t="s"><v>4</v></c></row><row r="5"><c r="A5" t="s"><v>3</v></c></row>',
    );
  });

  it('adds a style for a format the workbook lacks, after its own, and says the styles part changed', () => {
    const { part, strings, map } = contacts(HEADER_ROW);
    const styles = readStyles('<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>');
    editSheetPart(part, map, [{ rowNumber: 2, cells: { id: 'c-3', lastContact: '2026-03-08' } }], styles, strings);
    expect(styles.changed()).toBe(
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/>' +
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
    );
  });
});

describe('readSheetPart', () => {
  it('reads shared strings (rich text joined, phonetic runs left out), inline strings, numbers with their format, booleans, cached formula results and escapes', () => {
    const styles = readStyles(STYLES);
    const strings = readSharedStrings(STRINGS, 'x');
    const xml =
      '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>2</v></c><c t="s"><v>3</v></c><c r="C2" t="inlineStr"><is><t xml:space="preserve"> a&amp;b_x000D_c_x005F_x0041_ </t></is></c>' +
      '<c r="D2" s="2"><v>46089</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="str"><f>A1</f><v>x</v></c><c r="G2"><f>1/0</f></c><c r="H2" t="e"><v>#DIV/0!</v></c></row></sheetData></worksheet>';
    const row = readSheetPart(xml, { strings: strings.texts, styles }).rows[0]!;
    expect(row.cells.map((cell) => [cell.column, cell.raw])).toEqual([
      [0, { kind: 'text', text: 'Last contact' }],
      [1, { kind: 'text', text: 'c-1' }],
      [2, { kind: 'text', text: ' a&b\rc_x0041_ ' }],
      [3, { kind: 'number', number: 46089, format: 'yyyy-mm-dd' }],
      [4, { kind: 'bool', bool: true }],
      [5, { kind: 'text', text: 'x' }],
      [6, { kind: 'blank' }],
      [7, { kind: 'text', text: '#DIV/0!' }],
    ]);
  });
});
