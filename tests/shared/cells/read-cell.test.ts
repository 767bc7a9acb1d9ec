import { describe, expect, it } from 'vitest';
import { readCellText, type RawCell } from '../../../shared/cells/read-cell.js';
import { typeCell } from '../../../shared/cells/typed-cell.js';
import { serialToWall, wallToSerial } from '../../../shared/cells/serial.js';
import { literalInput } from '../../../shared/cells/literal-text.js';

const DATE = { type: 'date' } as const;
const DATETIME = { type: 'datetime' } as const;
const NUMBER = { type: 'number' } as const;
const TEXT = { type: 'text' } as const;

describe('serial days', () => {
  // Google's own examples: "January 1st 1900 at noon would be 2.5 ... February 1st 1900 at 3pm would be 33.625"
  // (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
  it.each([
    ['1900-01-01 12:00', 2.5],
    ['1900-02-01 15:00', 33.625],
    ['2026-03-08', 46089],
    ['2026-03-08 14:30', 46089 + 14.5 / 24],
  ])('%s is serial %d and back', (wall, serial) => {
    expect(wallToSerial(wall)).toBeCloseTo(serial, 10);
    expect(serialToWall(serial, wall.length > 10)).toBe(wall);
  });
});

describe('typeCell', () => {
  it.each([
    [DATETIME, '2026-03-08 14:30', { value: { kind: 'date', serial: wallToSerial('2026-03-08 14:30'), wall: '2026-03-08 14:30' }, format: 'yyyy-mm-dd hh:mm' }],
    [DATETIME, '2026-03-08', { value: { kind: 'date', serial: 46089, wall: '2026-03-08' }, format: 'yyyy-mm-dd' }],
    [DATE, '2026-03-08', { value: { kind: 'date', serial: 46089, wall: '2026-03-08' }, format: 'yyyy-mm-dd' }],
    [NUMBER, '4', { value: { kind: 'number', number: 4 }, format: '0.##' }],
    [NUMBER, '', { value: { kind: 'blank' }, format: '0.##' }],
    [NUMBER, 'four', { value: { kind: 'text', text: 'four' }, format: '@' }],
    [DATE, 'next friday', { value: { kind: 'text', text: 'next friday' }, format: '@' }],
    [TEXT, '=1+1', { value: { kind: 'text', text: '=1+1' }, format: '@' }],
  ])('types %j %j', (column, text, typed) => {
    expect(typeCell(column, text)).toEqual(typed);
  });
});

describe('readCellText', () => {
  it.each<[object, RawCell, string]>([
    [DATETIME, { kind: 'number', number: 46089.5, format: 'yyyy-mm-dd hh:mm' }, '2026-03-08 12:00'],
    [DATETIME, { kind: 'number', number: 46089, format: 'yyyy-mm-dd hh:mm' }, '2026-03-08 00:00'],
    [DATETIME, { kind: 'number', number: 46089, format: 'yyyy-mm-dd' }, '2026-03-08'],
    [DATETIME, { kind: 'number', number: 46089 }, '2026-03-08'],
    // The person chose a format without the time: the time is still read, so nothing is rewritten.
    [DATETIME, { kind: 'number', number: 46089.5, format: 'd mmm yyyy' }, '2026-03-08 12:00'],
    [DATE, { kind: 'number', number: 46089.75 }, '2026-03-08'],
    // Typed by hand as text: read.
    [DATETIME, { kind: 'text', text: '2026-03-08 14:30' }, '2026-03-08 14:30'],
    [DATETIME, { kind: 'text', text: ' 2026-03-08T14:30:59 ' }, '2026-03-08 14:30'],
    [DATE, { kind: 'text', text: '2026-03-08 14:30' }, '2026-03-08'],
    [NUMBER, { kind: 'text', text: ' 4 ' }, '4'],
    [NUMBER, { kind: 'number', number: 3.5 }, '3.5'],
    // Not readable: kept as written, for "Cells to check".
    [DATETIME, { kind: 'text', text: 'next friday' }, 'next friday'],
    [DATE, { kind: 'text', text: '2026-02-30' }, '2026-02-30'],
    [NUMBER, { kind: 'text', text: 'four' }, 'four'],
    [TEXT, { kind: 'number', number: 12 }, '12'],
    [TEXT, { kind: 'bool', bool: true }, 'TRUE'],
    [TEXT, { kind: 'blank' }, ''],
  ])('reads a %j cell %j as %j', (column, raw, text) => {
    expect(readCellText(column as { type: 'text' }, raw)).toBe(text);
  });
});

describe('literalInput', () => {
  it('puts one apostrophe before text for any format but plain text, which takes input as typed', () => {
    expect([literalInput('=1', 'General'), literalInput("'q", 'yyyy-mm-dd'), literalInput('=1', '@'), literalInput('', 'General')]).toEqual([
      "'=1",
      "''q",
      '=1',
      '',
    ]);
  });
});
