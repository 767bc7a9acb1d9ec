/**
 * Opens a tracker .xlsx for a pass: the package, the Interviews sheet's
 * part (found by what it holds, its Event ID column, whatever the tab is
 * called), the shared strings and the styles its cells refer to. Nothing
 * else in the package is read.
 */
import { NextRoundError } from '../../shared/errors.js';
import { normalizeHeader } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { readSharedStrings, type SharedStrings } from './parts/shared-strings.js';
import { type CellContext, readSheetPart, type SheetPart } from './parts/sheet-part-read.js';
import { readStyles, type StylesPart } from './parts/styles-part.js';
import { openXlsxPackage, relationshipTargets, relsPartOf, type SheetEntry, type XlsxPackage } from './parts/xlsx-package.js';

const ID_HEADER = normalizeHeader(INTERVIEWS.columns.find((column) => column.key === INTERVIEWS.idKey)!.header);

export interface OpenedTracker {
  readonly pkg: XlsxPackage;
  readonly sheet: SheetEntry;
  readonly part: SheetPart;
  readonly styles: StylesPart;
  readonly strings: SharedStrings;
  /** Where the styles live (written only when a style was added). */
  readonly stylesPart: string;
}

/**
 * @throws NextRoundError HEADER_DUPLICATE when two sheets have an Event ID column (which one to sync would be a guess),
 *   INVALID_INPUT when the workbook has no Interviews sheet.
 */
export async function openInterviewsPart(bytes: Uint8Array, path: string): Promise<OpenedTracker> {
  const pkg = await openXlsxPackage(bytes);
  const parts = relationshipTargets((await pkg.read(relsPartOf('xl/workbook.xml'))) ?? '', 'xl/workbook.xml', /\/(styles|sharedStrings)$/);
  const partOf = (type: string) => [...parts.values()].find((part) => part.toLowerCase().endsWith(`${type.toLowerCase()}.xml`));
  const stylesPart = partOf('styles') ?? 'xl/styles.xml';
  const styles = readStyles(await pkg.read(stylesPart));
  const sharedStrings = partOf('sharedStrings');
  const strings = readSharedStrings(sharedStrings && (await pkg.read(sharedStrings)), sharedStrings);
  const context: CellContext = { strings: strings.texts, styles };

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
  return { pkg, sheet: found.sheet, part: readSheetPart(found.xml, context), styles, strings, stylesPart };
}
