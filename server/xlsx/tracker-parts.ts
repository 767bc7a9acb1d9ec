/**
 * The steps every part-level writer of a tracker shares (the .xlsx sink for
 * Interviews, owned-sheets.ts for the other NextRound sheets): open the
 * package with its shared strings and styles, read one sheet's rows as
 * text by its schema, write one sheet's edits with its ranges grown, and
 * save once with the strings and styles written after every sheet.
 */
import { readCellText } from '../../shared/cells/read-cell.js';
import { xmlSafeText } from '../../shared/cells/xml-safe-text.js';
import { NextRoundError } from '../../shared/errors.js';
import { type HeaderMap, mapHeaders, readRow } from '../../shared/schema/header-map.js';
import type { ColumnSpec, SheetSpec } from '../../shared/schema/types.js';
import type { RowCells } from '../../shared/sync/ports.js';
import { growPackageRanges, growSheetAutoFilter } from './parts/ranges.js';
import { readSharedStrings, type SharedStrings } from './parts/shared-strings.js';
import type { CellContext, SheetPart, SheetRow } from './parts/sheet-part-read.js';
import { readStyles, type StylesPart } from './parts/styles-part.js';
import { openXlsxPackage, relationshipTargets, relsPartOf, type SheetEntry, type XlsxPackage } from './parts/xlsx-package.js';

/** An opened package and what its cells refer to. */
export interface TrackerPackage {
  readonly pkg: XlsxPackage;
  readonly styles: StylesPart;
  readonly strings: SharedStrings;
  /** Where the styles live (written only when a style was added). */
  readonly stylesPart: string;
  readonly context: CellContext;
}

export async function openTrackerPackage(bytes: Uint8Array): Promise<TrackerPackage> {
  const pkg = await openXlsxPackage(bytes);
  const parts = relationshipTargets((await pkg.read(relsPartOf('xl/workbook.xml'))) ?? '', 'xl/workbook.xml', /\/(styles|sharedStrings)$/);
  const partOf = (type: string) => [...parts.values()].find((part) => part.toLowerCase().endsWith(`${type.toLowerCase()}.xml`));
  const stylesPart = partOf('styles') ?? 'xl/styles.xml';
  const styles = readStyles(await pkg.read(stylesPart));
  const sharedStrings = partOf('sharedStrings');
  const strings = readSharedStrings(sharedStrings && (await pkg.read(sharedStrings)), sharedStrings);
  return { pkg, styles, strings, stylesPart, context: { strings: strings.texts, styles } };
}

/** One sheet's data rows as text, keyed by column, with the worksheet row number of each. */
export interface SheetRows {
  readonly headers: string[];
  readonly map: HeaderMap;
  /** Data rows, blank ones left out. */
  readonly rows: RowCells[];
  /** Worksheet row number (1-based) of each of `rows`. */
  readonly rowNumbers: number[];
}

const TEXT: Pick<ColumnSpec, 'type'> = { type: 'text' };

/**
 * Reads `part` as rows of `spec`, each cell as its column's type says (dates as the sheet's text, ids as text).
 *
 * @throws NextRoundError HEADER_MISSING / HEADER_DUPLICATE from the header row, its message starting with `path`.
 */
export function readSheetRows(part: SheetPart, spec: SheetSpec, path: string): SheetRows {
  const headerRow = part.rows.find((row) => row.number === 1);
  const headers = textsOf(headerRow, headerRow ? Math.max(0, ...headerRow.cells.map((cell) => cell.column + 1)) : 0, []);
  const map = withWhere(path, () => mapHeaders(spec, headers));
  const columnsAt: (ColumnSpec | undefined)[] = [];
  for (const [key, index] of Object.entries(map.indexByKey)) columnsAt[index] = spec.columns.find((column) => column.key === key);
  const rows: RowCells[] = [];
  const rowNumbers: number[] = [];
  for (const row of part.rows) {
    if (row.number === 1) continue;
    const values = textsOf(row, map.width, columnsAt);
    if (values.every((value) => value === '')) continue;
    rows.push(readRow(map, values) as Record<string, string>);
    rowNumbers.push(row.number);
  }
  return { headers, map, rows, rowNumbers };
}

/** Writes a sheet part's edited text into the package, its ranges grown from row `lastRow` (its last used row before the edits) to `newLast`. */
export async function writeGrownSheet(opened: TrackerPackage, sheet: SheetEntry, xml: string, lastRow: number, newLast: number): Promise<void> {
  let text = xml;
  if (newLast > lastRow) {
    text = growSheetAutoFilter(text, lastRow, newLast);
    await growPackageRanges(opened.pkg, sheet, lastRow, newLast);
  }
  // A part an older writer left with characters XML forbids is made valid as it is rewritten.
  opened.pkg.write(sheet.part, xmlSafeText(text));
}

/** The package's bytes, the styles and shared strings written once, after every sheet's edits. */
export async function savePackage(opened: TrackerPackage): Promise<Buffer> {
  const newStyles = opened.styles.changed();
  if (newStyles !== undefined) opened.pkg.write(opened.stylesPart, newStyles);
  await opened.strings.saveTo(opened.pkg);
  return opened.pkg.save();
}

/** A row's cells as text (`width` of them), each read as its schema column says (`columnsAt`, 0-based; none for headers and the person's columns). */
function textsOf(row: SheetRow | undefined, width: number, columnsAt: readonly (ColumnSpec | undefined)[]): string[] {
  const values = Array.from({ length: width }, () => '');
  for (const cell of row?.cells ?? []) {
    if (cell.column < width) values[cell.column] = readCellText(columnsAt[cell.column] ?? TEXT, cell.raw);
  }
  return values;
}

function withWhere<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof NextRoundError) {
      throw new NextRoundError(error.code, `${path}: ${error.message}`, { where: `${path}!${error.where ?? ''}`, cause: error });
    }
    throw error;
  }
}
