/**
 * Finds a tracker's Interviews sheet by what it holds (its Event ID
 * column), whatever the tab is called; OwnedSheets and the new-workbook
 * layout use it.
 */
import { NextRoundError } from '../../shared/errors.js';
import { normalizeHeader } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { readSheetPart } from './parts/sheet-part-read.js';
import type { SheetEntry } from './parts/xlsx-package.js';
import type { TrackerPackage } from './tracker-parts.js';

const ID_HEADER = normalizeHeader(INTERVIEWS.columns.find((column) => column.key === INTERVIEWS.idKey)!.header);

/**
 * The Interviews sheet of an opened package (found by its Event ID column, whatever the tab is called) and its part's text.
 *
 * @throws NextRoundError HEADER_DUPLICATE when two sheets have an Event ID column (which one to sync would be a guess),
 *   INVALID_INPUT when the workbook has no Interviews sheet.
 */
export async function findInterviewsSheet({ pkg, context }: TrackerPackage, path: string): Promise<{ sheet: SheetEntry; xml: string }> {
  const candidates: { sheet: SheetEntry; xml: string }[] = [];
  let named: { sheet: SheetEntry; xml: string } | undefined;
  for (const sheet of pkg.sheets) {
    const xml = await pkg.read(sheet.part);
    if (xml === undefined || !/<(\w+:)?sheetData\b/.test(xml)) continue;
    const header = readSheetPart(xml, context, 1).rows.find((row) => row.number === 1);
    if (header?.cells.some((cell) => cell.raw.kind === 'text' && normalizeHeader(cell.raw.text) === ID_HEADER)) candidates.push({ sheet, xml });
    if (sheet.name === INTERVIEWS.name) named = { sheet, xml };
  }
  if (candidates.length > 1) {
    const names = candidates.map(({ sheet }) => `"${sheet.name}"`).join(' and ');
    throw new NextRoundError(
      'HEADER_DUPLICATE',
      `${path} has two Interviews sheets, ${names}, each with an Event ID column; NextRound syncs into one, so rename the Event ID header of the other (or move that sheet to another workbook).`,
      { where: `${path}!${candidates.map(({ sheet }) => sheet.name).join(',')}` },
    );
  }
  const found = candidates[0] ?? named;
  if (!found) {
    throw new NextRoundError(
      'INVALID_INPUT',
      `${path} has no Interviews sheet (no sheet with an Event ID column); sync into a new file to get a tracker, or copy its Interviews sheet into this workbook.`,
      { where: path },
    );
  }
  return found;
}
