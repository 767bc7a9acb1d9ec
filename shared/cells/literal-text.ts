/**
 * Text stays text, whatever it looks like (`=IMPORTXML(…)`, `+1`, `@x`,
 * a tab or CR first, `0012`, `2026-03-08`), and whatever the cell's number
 * format. Each writer has a documented way that does not rest on the format:
 *
 * - Sheets API: `ExtendedValue.stringValue` is a string, never parsed
 *   (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue).
 * - .xlsx: a string cell (`t="s"`/inline string) holds text; only `<f>` is a formula.
 * - SpreadsheetApp: `Range.setValues` reads a string as if typed ("If it
 *   begins with '=' it is interpreted as a formula",
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object));
 *   a leading apostrophe marks typed input as text and is not part of the
 *   value ("Leading single quotes are not included. For example, if the user
 *   typed '123 into the UI, this would be represented as a stringValue of
 *   "123"", ExtendedValue.stringValue above), while a plain-text cell ('@')
 *   keeps input as typed ("@: If the cell has text input, insert the raw
 *   text here", https://developers.google.com/sheets/api/guides/formats),
 *   an apostrophe included. So a text is given as the literal input for the
 *   format the cell has when setValues runs: as it is in a plain-text cell,
 *   behind one apostrophe in any other. Either way the cell holds exactly
 *   the text; neither relies on the cell being plain text.
 */
import { PLAIN_TEXT_FORMAT } from './cell-kind.js';

/** Text a spreadsheet would otherwise read as a formula or a signed number. */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * The string `Range.setValues` must be given so that a cell of number
 * format `format` holds exactly `text`, as text: with one apostrophe in
 * front, except in a plain-text cell, which keeps input as typed.
 */
export function literalInput(text: string, format: string): string {
  return text === '' || format === PLAIN_TEXT_FORMAT ? text : `'${text}`;
}
