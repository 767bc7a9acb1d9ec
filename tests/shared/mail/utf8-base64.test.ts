import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64, encodeBase64Lines, encodeBase64Url, encodeUtf8 } from '../../../shared/mail/utf8-base64.js';
import { encodeWords, formatTextHeader } from '../../../shared/mail/header-value.js';
import { decodeWords } from './mime-reader.js';

describe('encodeUtf8 and encodeBase64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['é', 'w6k='],
    ['€', '4oKs'],
    ['🚀', '8J+agA=='],
    ['\ud800x', '77+9eA=='],
  ])('encodes %j as %j', (text, base64) => {
    expect(encodeBase64(encodeUtf8(text))).toBe(base64);
  });

  it('agrees with Node for every string, in both alphabets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const bytes = encodeUtf8(text);
        expect(Buffer.from(bytes)).toEqual(Buffer.from(text, 'utf8'));
        expect(encodeBase64(bytes)).toBe(Buffer.from(text, 'utf8').toString('base64'));
        expect(encodeBase64Url(bytes).replace(/=+$/, '')).toBe(Buffer.from(text, 'utf8').toString('base64url'));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts body base64 into lines of 76', () => {
    const lines = encodeBase64Lines('x'.repeat(200)).split('\r\n');
    expect(lines.map((line) => line.length)).toEqual([76, 76, 76, 40]);
  });
});

describe('RFC 2047 words', () => {
  it('never splits a character across words and never exceeds 76 per line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a header refuses, removed from the input
        const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
        const header = formatTextHeader('Subject', printable);
        for (const line of header.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
        expect(decodeWords(header.slice('Subject: '.length).replace(/\r\n /g, ' '))).toBe(printable);
      }),
      { numRuns: 1500 },
    );
  });

  it('encodes a word exactly', () => {
    expect(encodeWords('Café', 9)).toBe('=?UTF-8?B?Q2Fmw6k=?=');
  });

  it('encodes a long ASCII subject too rather than writing a line over 76', () => {
    const subject = 'a'.repeat(70);
    expect(formatTextHeader('Subject', subject)).toBe(
      `Subject: =?UTF-8?B?${Buffer.from('a'.repeat(39)).toString('base64')}?=\r\n =?UTF-8?B?${Buffer.from('a'.repeat(31)).toString('base64')}?=`,
    );
  });
});
