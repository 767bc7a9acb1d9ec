/**
 * Header values for a raw RFC 2822 message: refused when they could inject a
 * header (CR, LF or any other control character), and RFC 2047-encoded
 * (UTF-8, "B") when they are not plain ASCII or would make a line longer
 * than 76 characters.
 */
import { NextRoundError } from '../errors.js';
import { encodeBase64, encodeUtf8 } from './utf8-base64.js';

/** C0 controls (CR, LF, tab, NUL...), DEL, C1 controls, and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point (header injection)
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const MAX_LINE = 76;
/** `=?UTF-8?B?` + `?=` around the encoded text. */
const WORD_OVERHEAD = 12;

/**
 * @throws NextRoundError MAIL_INVALID naming the header when the value holds
 *   a control character (a CR/LF could start a `Bcc:` header of its own).
 */
export function assertHeaderSafe(header: string, value: string): void {
  const found = CONTROL.exec(value);
  if (found) {
    const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new NextRoundError('MAIL_INVALID', `The ${header} would contain a line break or control character (U+${code}); remove it and try again.`, {
      where: header,
    });
  }
}

/** True when the text can go into a header as is. */
export function isPlainAscii(text: string): boolean {
  return /^[\u0020-\u007e]*$/.test(text) && !text.includes('=?');
}

/**
 * Encodes text as RFC 2047 encoded-words, folded so that no line exceeds 76
 * characters, given how much of the first line is already used. Words break
 * only between characters, never inside a UTF-8 sequence.
 *
 * @example encodeWords('Café', 9) === '=?UTF-8?B?Q2Fmw6k=?='
 */
export function encodeWords(text: string, firstLineUsed: number): string {
  const words: string[] = [];
  let width = MAX_LINE - firstLineUsed;
  let chunk: number[] = [];
  for (const char of Array.from(text)) {
    const bytes = encodeUtf8(char);
    if (chunk.length > 0 && chunk.length + bytes.length > bytesFor(width)) {
      words.push(`=?UTF-8?B?${encodeBase64(chunk)}?=`);
      chunk = [];
      width = MAX_LINE - 1;
    }
    chunk.push(...bytes);
  }
  words.push(`=?UTF-8?B?${encodeBase64(chunk)}?=`);
  return words.join('\r\n ');
}

/** One `Name: value` header, plain when it fits, encoded otherwise. */
export function formatTextHeader(header: string, value: string): string {
  assertHeaderSafe(header, value);
  const prefix = `${header}: `;
  if (isPlainAscii(value) && prefix.length + value.length <= MAX_LINE) return prefix + value;
  return prefix + encodeWords(value, prefix.length);
}

function bytesFor(width: number): number {
  return Math.floor((width - WORD_OVERHEAD) / 4) * 3;
}
