/**
 * Text every writer can store: characters XML 1.0 does not allow
 * (https://www.w3.org/TR/xml/#charsets: C0 controls other than tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF) become U+FFFD. An .xlsx is XML, and
 * one such character in a title makes the whole workbook unreadable
 * (exceljs/saxes: "disallowed character"; Excel: "unreadable content").
 * The Sheets writers send JSON, which carries them, but they go through the
 * same cell model so a row reads the same whichever writer wrote it, and a
 * Sheet downloaded as .xlsx stays readable.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what is matched.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** U+FFFD, the Unicode replacement character. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** `text` with every character XML 1.0 forbids replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, REPLACEMENT_CHARACTER);
}
