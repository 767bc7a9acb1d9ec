/**
 * Upserts rows of any NextRound-owned sheet (Interviews; Applications and
 * Contacts next) in its worksheet part: cells are typed by the sheet's
 * schema through the one cell model (shared/cells), found by header, and
 * spliced into the part; everything else in the part stays verbatim.
 */
import { readCellText } from '../../../shared/cells/read-cell.js';
import { typeCell } from '../../../shared/cells/typed-cell.js';
import type { HeaderMap } from '../../../shared/schema/header-map.js';
import type { ColumnSpec } from '../../../shared/schema/types.js';
import type { RowCells } from '../../../shared/sync/ports.js';
import type { CellContent, CellWrite } from './row-splice.js';
import { spliceRows } from './row-splice.js';
import type { SharedStrings } from './shared-strings.js';
import type { SheetPart } from './sheet-part-read.js';
import type { StylesPart } from './styles-part.js';

// Excel's limit per cell; a longer string makes a workbook Excel refuses to open.
const MAX_CELL_CHARS = 32_767;

/** Cells (by column key) to write into one sheet row (1-based; a number past the last row appends). */
export interface SheetRowEdit {
  readonly rowNumber: number;
  readonly cells: RowCells;
}

/**
 * The part's text with every edit in place. Keys the header map does not
 * know (a column the person removed) are skipped. Each cell keeps its style
 * when that shows the column's format, else gets one that does.
 *
 * @example editSheetPart(part, mapHeaders(INTERVIEWS, headers), [{ rowNumber: 7, cells: { title: 'Onsite' } }], styles, strings)
 */
export function editSheetPart(part: SheetPart, map: HeaderMap, edits: readonly SheetRowEdit[], styles: StylesPart, strings: SharedStrings): string {
  const columns = new Map<string, ColumnSpec>(map.sheet.columns.map((column) => [column.key, column]));
  const edited = new Set(edits.map((edit) => edit.rowNumber));
  const styleAt = new Map<number, Map<number, number | undefined>>();
  for (const row of part.rows) if (edited.has(row.number)) styleAt.set(row.number, new Map(row.cells.map((cell) => [cell.column, cell.style])));
  const writes = new Map<number, CellWrite[]>();
  for (const edit of edits) {
    const cells = writes.get(edit.rowNumber) ?? [];
    for (const [key, text] of Object.entries(edit.cells)) {
      const column = map.indexByKey[key];
      if (column === undefined) continue;
      const typed = typeCell(columns.get(key) ?? { type: 'text' }, text);
      const style = styles.styleFor(typed.format, styleAt.get(edit.rowNumber)?.get(column));
      const at = cells.findIndex((cell) => cell.column === column);
      const write = { column, content: contentOf(typed.value, strings), style };
      if (at >= 0) cells[at] = write;
      else cells.push(write);
    }
    writes.set(edit.rowNumber, cells);
  }
  return spliceRows(part, writes);
}

function contentOf(value: ReturnType<typeof typeCell>['value'], strings: SharedStrings): CellContent {
  if (value.kind === 'date') return { kind: 'number', number: value.serial };
  if (value.kind === 'text') return { kind: 'shared', index: strings.indexOf(value.text.slice(0, MAX_CELL_CHARS)) };
  return value;
}

/** The last row that holds any value (1 for a sheet with only its header row). */
export function lastUsedRow(part: SheetPart): number {
  for (let index = part.rows.length - 1; index >= 0; index--) {
    const row = part.rows[index]!;
    if (row.cells.some((cell) => cell.raw.kind !== 'blank')) return row.number;
  }
  return 1;
}

/**
 * Edits that upsert `rows` by the sheet's id column (`map.sheet.idKey`): a
 * row whose id is already in the part gets the listed cells; any other is
 * appended below the last used row, in order.
 *
 * @example upsertById(part, mapHeaders(CONTACTS, headers), [{ id: 'c-1', name: 'Ada' }])
 */
export function upsertById(part: SheetPart, map: HeaderMap, rows: readonly RowCells[]): SheetRowEdit[] {
  const idColumn = map.indexByKey[map.sheet.idKey];
  if (idColumn === undefined) throw new Error(`the sheet "${map.sheet.name}" has no id column`);
  const rowOfId = new Map<string, number>();
  for (const row of part.rows) {
    const cell = row.cells.find((candidate) => candidate.column === idColumn);
    const id = cell ? readCellText({ type: 'id' }, cell.raw) : '';
    if (id !== '' && row.number > 1 && !rowOfId.has(id)) rowOfId.set(id, row.number);
  }
  let next = lastUsedRow(part) + 1;
  return rows.map((cells) => {
    const id = cells[map.sheet.idKey] ?? '';
    const existing = id === '' ? undefined : rowOfId.get(id);
    const rowNumber = existing ?? next++;
    if (existing === undefined && id !== '') rowOfId.set(id, rowNumber);
    return { rowNumber, cells };
  });
}
