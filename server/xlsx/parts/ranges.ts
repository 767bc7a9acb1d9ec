/**
 * Ranges that describe the sheet's data and end at its last row grow with
 * the rows appended below them, as they would had the person typed those
 * rows in: the sheet's AutoFilter, the tables (xl/tables) on the sheet, and
 * a filter range a spreadsheet program names in the workbook (LibreOffice's
 * database range, `_xlnm._FilterDatabase`). A range ending elsewhere is
 * the person's own and is left alone, as is a table with a totals row.
 */
import { relationshipTargets, relsPartOf, type SheetEntry, type XlsxPackage } from './xlsx-package.js';

/** `A1:W3` (or `$A$1:$W$3`) ending at row `from` → ending at row `to`; any other ref unchanged. */
export function growRef(ref: string, from: number, to: number): string {
  return ref.replace(/^(\$?[A-Za-z]+\$?\d+:\$?[A-Za-z]+\$?)(\d+)$/, (whole, head: string, row: string) => (Number(row) === from ? `${head}${to}` : whole));
}

const growRefAttributes = (xml: string, element: string, from: number, to: number) =>
  xml.replace(
    new RegExp(`(<(?:\\w+:)?${element}\\b[^>]*?\\sref=")([^"]*)(")`, 'g'),
    (_whole, open: string, ref: string, close: string) => `${open}${growRef(ref, from, to)}${close}`,
  );

/** The sheet part's own AutoFilter (and its sort state) grown from row `from` to row `to`. */
export function growSheetAutoFilter(sheetXml: string, from: number, to: number): string {
  return ['autoFilter', 'sortState', 'sortCondition'].reduce((xml, element) => growRefAttributes(xml, element, from, to), sheetXml);
}

/** Grows the sheet's tables and its named filter range in the package (parts left as they are when nothing ends at `from`). */
export async function growPackageRanges(pkg: XlsxPackage, sheet: SheetEntry, from: number, to: number): Promise<void> {
  const tables = relationshipTargets((await pkg.read(relsPartOf(sheet.part))) ?? '', sheet.part, /\/table$/);
  for (const part of tables.values()) {
    const xml = await pkg.read(part);
    if (xml === undefined || /totalsRowCount="[1-9]/.test(xml)) continue;
    const grown = growRefAttributes(growRefAttributes(xml, 'table', from, to), 'autoFilter', from, to);
    if (grown !== xml) pkg.write(part, grown);
  }
  const workbook = (await pkg.read('xl/workbook.xml'))!;
  const grown = workbook.replace(/(<(?:\w+:)?definedName\b[^>]*>)([^<]*)(<\/(?:\w+:)?definedName>)/g, (whole, open: string, formula: string, close: string) => {
    if (!/name="_xlnm\._FilterDatabase"/.test(open) || !new RegExp(`localSheetId="${sheet.index}"`).test(open)) return whole;
    const bang = formula.lastIndexOf('!');
    return `${open}${formula.slice(0, bang + 1)}${growRef(formula.slice(bang + 1), from, to)}${close}`;
  });
  if (grown !== workbook) pkg.write('xl/workbook.xml', grown);
}
