/**
 * Line unfolding (https://www.rfc-editor.org/rfc/rfc5545#section-3.1): a
 * CRLF followed by one space or tab is removed. RFC 5545 folds at 75
 * octets, so a fold may fall inside a multi-byte UTF-8 character: the fold
 * must be removed from the bytes before they are decoded, or the two halves
 * each decode to U+FFFD. Pure (no TextDecoder): Apps Script's V8 has none.
 */

/** Bytes of an .ics file → its unfolded text (UTF-8; a byte-order mark is dropped). */
export function decodeIcsBytes(bytes: ArrayLike<number>): string {
  // One byte a byte (a number[] here cost ~20x the file: a 9 MB calendar peaked ~200 MB above the parse).
  const kept = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]! & 0xff; // Apps Script's getContent() gives signed bytes
    const afterCr = byte === 0x0d && (bytes[i + 1]! & 0xff) === 0x0a ? 2 : 0;
    const newline = afterCr || (byte === 0x0a ? 1 : 0);
    const next = newline ? bytes[i + newline]! & 0xff : -1;
    if (newline && (next === 0x20 || next === 0x09)) {
      i += newline; // skip the newline and the one whitespace
      continue;
    }
    kept[length++] = byte;
  }
  return unfoldText(decodeUtf8(kept.subarray(0, length)));
}

/** Unfolds text already decoded (a fold inside a character cannot be repaired here: decode with decodeIcsBytes). */
export function unfoldText(text: string): string {
  // Not replace(/^\uFEFF/, ''): V8 copies the whole text for it even when there is no mark (measured:
  // 11 MB for an 11 MB text), and parseIcs unfolds again what decodeIcsBytes unfolded. A global
  // replace that finds nothing returns the text itself, so already-unfolded text costs no copy.
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.replace(/\r?\n[ \t]/g, '');
}

/** Strict-enough UTF-8: malformed sequences become U+FFFD, as TextDecoder does. */
export function decodeUtf8(bytes: Uint8Array): string {
  const units: number[] = [];
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let code = need === 0 ? b : need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else code = (code << 6) | (c & 0x3f);
    }
    if (ok && ((need === 2 && (code < 0x800 || (code >= 0xd800 && code < 0xe000))) || (need === 3 && (code < 0x10000 || code > 0x10ffff)))) ok = false;
    if (!ok) {
      units.push(0xfffd);
      i += 1;
    } else {
      if (code > 0xffff) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
      else units.push(code);
      i += need + 1;
    }
    if (units.length >= 8192) out += String.fromCharCode(...units.splice(0));
  }
  return out + String.fromCharCode(...units);
}
