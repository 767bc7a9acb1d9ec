/**
 * A CSV file's bytes as text. Spreadsheet programs write UTF-8 (often with
 * a byte-order mark: Excel's "CSV UTF-8") or, on Windows, Windows-1252
 * (Excel's plain "CSV"). Bytes that are not valid UTF-8 are read as
 * Windows-1252, where every byte means a character; a file that is no text
 * at all (a workbook, an image) is refused with words.
 */
import { NextRoundError } from '../errors.js';
import { decodeUtf8 } from '../ics/unfold.js';

export type CsvEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'Windows-1252';

// Windows-1252's 0x80–0x9F (the rest of the byte range is Latin-1, the same code points); 0 = undefined byte.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** The text of `bytes` (signed or unsigned) and the encoding it was read in. */
export function decodeCsvBytes(bytes: ArrayLike<number>, where: string): { text: string; encoding: CsvEncoding } {
  const data = Uint8Array.from(bytes as ArrayLike<number>, (b) => b & 0xff);
  refuseBinary(data, where);
  return decodeTextBytes(data);
}

/** Text bytes (a CSV, a web page) without the binary check: UTF-8 when valid, else Windows-1252. */
export function decodeTextBytes(bytes: ArrayLike<number>): { text: string; encoding: CsvEncoding } {
  const data = bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes as ArrayLike<number>, (b) => b & 0xff);
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { text: decodeUtf8(data.subarray(3)), encoding: 'UTF-8 with BOM' };
  if (isUtf8(data)) return { text: decodeUtf8(data), encoding: 'UTF-8' };
  let text = '';
  for (let i = 0; i < data.length; i += 8192) {
    const chunk = Array.from(data.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || 0xfffd : b));
    text += String.fromCharCode(...chunk);
  }
  return { text, encoding: 'Windows-1252' };
}

function isUtf8(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; ) {
    const b = data[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) if (((data[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    i += need + 1;
  }
  return true;
}

const SIGNATURES: readonly [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'an Excel or OpenDocument workbook (.xlsx, .ods): save it as CSV first'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel workbook (.xls): save it as CSV first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF'],
  [[0xff, 0xfe], 'UTF-16 text: save it as "CSV UTF-8" instead'],
  [[0xfe, 0xff], 'UTF-16 text: save it as "CSV UTF-8" instead'],
];

function refuseBinary(data: Uint8Array, where: string): void {
  const known = SIGNATURES.find(([signature]) => signature.every((byte, i) => data[i] === byte));
  const nul = data.subarray(0, 4096).includes(0);
  if (known || nul) {
    throw new NextRoundError('INVALID_INPUT', `${where} is not a CSV file: it looks like ${known ? known[1] : 'binary data, not text'}.`, { where });
  }
}
