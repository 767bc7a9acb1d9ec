import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../shared/import/decode-csv-bytes.js';
import { parseCsv, sniffSeparator } from '../../../shared/import/parse-csv.js';

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));

describe('reading a CSV file', () => {
  it('reads UTF-8 without and with a byte-order mark', () => {
    expect(decodeCsvBytes(utf8('Company\nCafé Zürich'), 'f.csv')).toEqual({ text: 'Company\nCafé Zürich', encoding: 'UTF-8' });
    expect(decodeCsvBytes([0xef, 0xbb, 0xbf, ...utf8('Company\nCafé')], 'f.csv')).toEqual({ text: 'Company\nCafé', encoding: 'UTF-8 with BOM' });
  });

  it("reads Windows-1252 (Excel's plain CSV) when the bytes are not UTF-8, signed bytes as Apps Script gives them", () => {
    // "Café €5" in Windows-1252: é = 0xE9, € = 0x80; as Java's signed bytes.
    const bytes = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35].map((b) => (b > 127 ? b - 256 : b));
    expect(decodeCsvBytes(bytes, 'f.csv')).toEqual({ text: 'Café €5', encoding: 'Windows-1252' });
  });

  it('refuses a workbook or binary file, saying what it looks like', () => {
    expect(() => decodeCsvBytes([0x50, 0x4b, 0x03, 0x04, 1, 2], 'jobs.csv')).toThrow(
      'jobs.csv is not a CSV file: it looks like an Excel or OpenDocument workbook (.xlsx, .ods): save it as CSV first.',
    );
    expect(() => decodeCsvBytes([0x41, 0, 0x42], 'jobs.csv')).toThrow('jobs.csv is not a CSV file: it looks like binary data, not text.');
  });

  it.each([
    ['comma', 'Company,Role\nAcme,"Engineer, Backend"', ','],
    ['semicolon', 'Company;Role\nAcme;"Engineer; Backend"', ';'],
    ['tab', 'Company\tRole\nAcme\tEngineer', '\t'],
  ] as const)('sniffs the %s separator from the header line', (_name, text, separator) => {
    expect(sniffSeparator(text)).toBe(separator);
    expect(parseCsv(text, 'f.csv').headers).toEqual(['Company', 'Role']);
  });

  it('keeps quoted line breaks and doubled quotes inside a field, and the line each record starts on', () => {
    const table = parseCsv('Company,Notes\r\nAcme,"line one\r\nline ""two"""\r\n\r\nGlobex,plain\n', 'f.csv');
    expect(table.rows).toEqual([
      { line: 2, cells: ['Acme', 'line one\r\nline "two"'] },
      { line: 5, cells: ['Globex', 'plain'] },
    ]);
  });

  it('names the line of a quote that never closes', () => {
    expect(() => parseCsv('Company,Notes\nAcme,ok\nGlobex,"never closed\nmore', 'f.csv')).toThrow(
      'f.csv, line 3: a quote (") opens a field that never closes; check that line.',
    );
  });

  it('refuses an empty file with words', () => {
    expect(() => parseCsv('\n\n', 'f.csv')).toThrow('f.csv is empty: it needs a header line naming its columns.');
  });
});
