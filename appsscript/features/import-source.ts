/**
 * Where an import reads: a CSV file's bytes (base64 from the sidebar, at
 * most MAX_CSV_BYTES; decoded and parsed by shared/import) or another sheet
 * of this spreadsheet (one getDisplayValues: the text the person sees, so
 * dates read as they are shown).
 */
import { NextRoundError } from '../../shared/errors.js';
import { decodeCsvBytes } from '../../shared/import/decode-csv-bytes.js';
import { parseCsv, type CsvTable } from '../../shared/import/parse-csv.js';
import { TRACKER_SHEETS } from '../../shared/schema/tracker-schema.js';
import type { ImportInput } from '../api/inputs.js';

/**
 * 5 MB: Google documents no size limit for google.script.run arguments
 * (https://developers.google.com/apps-script/guides/html/communication lists
 * only the legal types), so the bound is ours: thousands of applications
 * fit, and the base64 text (4/3 of it) stays a few megabytes.
 */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

const SEPARATOR_NAMES = { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated' } as const;

export function readImportSource(
  source: ImportInput['source'],
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): { name: string; format: string; table: CsvTable } {
  if ('csvBase64' in source) {
    let bytes: number[];
    try {
      bytes = Utilities.base64Decode(source.csvBase64);
    } catch {
      throw new NextRoundError('INVALID_INPUT', `${source.fileName} could not be read; choose the file again.`, { where: source.fileName });
    }
    if (bytes.length > MAX_CSV_BYTES) {
      throw new NextRoundError('INVALID_INPUT', `${source.fileName} is larger than 5 MB; split it into smaller files.`, { where: source.fileName });
    }
    const { text, encoding } = decodeCsvBytes(bytes, source.fileName);
    const table = parseCsv(text, source.fileName);
    return { name: source.fileName, format: `${encoding}, ${SEPARATOR_NAMES[table.separator]}`, table };
  }
  if (TRACKER_SHEETS.some((spec) => spec.name === source.sheetName)) {
    throw new NextRoundError('INVALID_INPUT', `"${source.sheetName}" is one of the tracker's own sheets; choose the sheet you imported from.`, {
      where: source.sheetName,
    });
  }
  const sheet = spreadsheet.getSheetByName(source.sheetName);
  if (!sheet) throw new NextRoundError('NOT_FOUND', `There is no sheet named "${source.sheetName}" any more.`, { where: source.sheetName });
  const [header = [], ...rows] = sheet.getDataRange().getDisplayValues();
  if (header.every((cell) => cell.trim() === '')) {
    throw new NextRoundError('INVALID_INPUT', `Sheet "${source.sheetName}" is empty: its first row should name its columns.`, { where: source.sheetName });
  }
  return {
    name: `Sheet "${source.sheetName}"`,
    format: '',
    table: {
      separator: ',',
      headers: header.map((cell) => cell.trim()),
      rows: rows.map((cells, index) => ({ line: index + 2, cells })).filter((row) => row.cells.some((cell) => cell.trim() !== '')),
    },
  };
}
