import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeIcsBytes, parseIcs, unfoldText } from '../../../shared/ics/index.js';
import { sha256Hex } from '../../../shared/ics/sha256.js';
import { calendar, wideWindow } from './ics-text.js';

const bytesOf = (text: string) => [...Buffer.from(text, 'utf8')];
const summaryOf = (text: string) => parseIcs(text, { window: wideWindow, defaultTimeZone: 'UTC', where: 'x.ics' }).occurrences[0]?.event.summary;

/** A calendar whose SUMMARY is folded between the two bytes of "é" (0xC3 0xA9), as a 75-octet folder may. */
function foldedInsideACharacter(): number[] {
  const bytes = bytesOf(calendar(['UID:u', 'SUMMARY:Entretien café', 'DTSTART:20060101T090000Z']));
  const at = bytes.indexOf(0xa9);
  return [...bytes.slice(0, at), 0x0d, 0x0a, 0x20, ...bytes.slice(at)];
}

describe('unfolding', () => {
  it('joins a multi-byte character split across a folded line', () => {
    expect(summaryOf(decodeIcsBytes(foldedInsideACharacter()))).toBe('Entretien café');
  });

  it('garbles it when the bytes are decoded before unfolding (why the bytes are unfolded)', () => {
    expect(summaryOf(Buffer.from(foldedInsideACharacter()).toString('utf8'))).toBe('Entretien caf\uFFFD\uFFFD');
  });

  it("reads Apps Script's signed bytes (getContent) the same", () => {
    expect(decodeIcsBytes(Int8Array.from(foldedInsideACharacter().map((b) => (b > 127 ? b - 256 : b))))).toBe(decodeIcsBytes(foldedInsideACharacter()));
  });

  it('reads a folded BEGIN:VCALENDAR', () => {
    const text = calendar(['UID:u', 'SUMMARY:Onsite', 'DTSTART:20060101T090000Z']).replace('BEGIN:VCALENDAR', 'BEGIN:VCAL\r\n ENDAR');
    expect(summaryOf(text)).toBe('Onsite');
  });

  it('decodes any text like Buffer does', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).map((t) => t.replace(/\r?\n[ \t]/g, '').replace(/^\uFEFF/, ''));
    fc.assert(
      fc.property(text, (t) => {
        expect(decodeIcsBytes(bytesOf(t))).toBe(t);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('sha256Hex', () => {
  it('equals node:crypto on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('drops a byte-order mark only at the start of the text', () => {
    expect(unfoldText('\uFEFFBEGIN:VCALENDAR\r\nSUMMARY:a\uFEFFb\r\n c')).toBe('BEGIN:VCALENDAR\r\nSUMMARY:a\uFEFFbc');
  });
});
