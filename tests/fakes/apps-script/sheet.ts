/**
 * A fake sheet: a grid of cells with Sheets' dimensions (1000 × 26 when
 * inserted), frozen rows, column widths and hidden columns, conditional
 * format rules, and what a person does to it (insert rows and columns,
 * sort). Inserted rows and columns take the formatting of their neighbour,
 * as in Sheets. Conditional format ranges are not shifted by inserts.
 */
import type { CallLog } from './call-log.js';
import { cloneCell, emptyCell, formattedLike, isBlank, type Cell, type CellValue } from './cell.js';
import { FakeRange, type CellSource } from './range.js';
import type { FakeConditionalFormatRule } from './rules.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ReadMethods = 'getName' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'getFrozenRows' | 'isColumnHiddenByUser' | 'getColumnWidth';

interface ColumnMeta {
  width: number;
  hidden: boolean;
}

export class FakeSheet implements Pick<Sheet, ReadMethods>, CellSource {
  private grid: Cell[][];
  private columns: ColumnMeta[];
  private frozenRows = 0;
  /** Bench baseline switch, see CellSource. */
  cellByCell = false;
  private rules: FakeConditionalFormatRule[] = [];

  constructor(
    public name: string,
    private readonly log: CallLog,
    rows = 1000,
    columns = 26,
    readonly timeZone = 'Europe/Berlin',
  ) {
    this.grid = Array.from({ length: rows }, () => Array.from({ length: columns }, emptyCell));
    this.columns = Array.from({ length: columns }, () => ({ width: 100, hidden: false }));
  }

  getName(): string {
    this.log.record('Sheet.getName');
    return this.name;
  }
  /** A stable number per sheet, as Google's gid (the `#gid=` of a sheet's address): derived from the name here. */
  getSheetId(): number {
    this.log.record('Sheet.getSheetId');
    let hash = 0;
    for (const char of this.name) hash = (hash * 31 + char.charCodeAt(0)) % 2_000_000_000;
    return hash;
  }
  getMaxRows(): number {
    this.log.record('Sheet.getMaxRows');
    return this.grid.length;
  }
  getMaxColumns(): number {
    this.log.record('Sheet.getMaxColumns');
    return this.columns.length;
  }
  getLastRow(): number {
    this.log.record('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.log.record('Sheet.getLastColumn');
    return this.lastColumn();
  }
  getFrozenRows(): number {
    this.log.record('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setFrozenRows(rows: number): this {
    this.log.record('Sheet.setFrozenRows');
    this.frozenRows = rows;
    return this;
  }
  getColumnWidth(column: number): number {
    this.log.record('Sheet.getColumnWidth');
    return this.meta(column).width;
  }
  setColumnWidth(column: number, width: number): this {
    this.log.record('Sheet.setColumnWidth');
    this.meta(column).width = width;
    return this;
  }
  hideColumns(column: number, count = 1): void {
    this.log.record('Sheet.hideColumns');
    for (let c = column; c < column + count; c++) this.meta(c).hidden = true;
  }
  isColumnHiddenByUser(column: number): boolean {
    this.log.record('Sheet.isColumnHiddenByUser');
    return this.meta(column).hidden;
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.log.record('Sheet.getConditionalFormatRules');
    return [...this.rules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.log.record('Sheet.setConditionalFormatRules');
    this.rules = [...rules];
  }

  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    this.log.record('Sheet.getRange');
    if (![row, column, numRows, numColumns].every(Number.isInteger) || numRows < 1 || numColumns < 1 || row < 1 || column < 1) {
      throw new Error(
        `Exception: The parameters (${row},${column},${numRows},${numColumns}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    if (row + numRows - 1 > this.grid.length || column + numColumns - 1 > this.columns.length) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, this.log, row, column, numRows, numColumns);
  }
  getDataRange(): FakeRange {
    this.log.record('Sheet.getDataRange');
    return new FakeRange(this, this.log, 1, 1, Math.max(this.lastRow(), 1), Math.max(this.lastColumn(), 1));
  }

  insertRowsAfter(after: number, count: number): this {
    this.log.record('Sheet.insertRowsAfter');
    return this.insertRows(after, count, after);
  }
  insertRowsBefore(before: number, count: number): this {
    this.log.record('Sheet.insertRowsBefore');
    return this.insertRows(before - 1, count, before);
  }
  insertColumnsAfter(after: number, count: number): this {
    this.log.record('Sheet.insertColumnsAfter');
    return this.insertColumns(after, count, after);
  }
  insertColumnsBefore(before: number, count: number): this {
    this.log.record('Sheet.insertColumnsBefore');
    return this.insertColumns(before - 1, count, before);
  }
  deleteRow(row: number): this {
    this.log.record('Sheet.deleteRow');
    this.grid.splice(row - 1, 1);
    return this;
  }

  /** Sorts the rows below the frozen ones by one column, as a person does from the menu. */
  sort(column: number, ascending = true): this {
    this.log.record('Sheet.sort');
    const head = this.grid.slice(0, this.frozenRows);
    const body = this.grid.slice(this.frozenRows, this.lastRow());
    const tail = this.grid.slice(this.lastRow());
    const key = (line: Cell[]) => sortKey(line[column - 1]?.value ?? '');
    body.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (ascending ? 1 : -1));
    this.grid = [...head, ...body, ...tail];
    return this;
  }

  /** The cell at 1-based coordinates (the range's access path; not counted). */
  cellAt(row: number, column: number): Cell {
    const cell = this.grid[row - 1]?.[column - 1];
    if (!cell) throw new Error(`Exception: cell ${row},${column} is outside sheet "${this.name}".`);
    return cell;
  }

  /** A deep copy of every cell and setting: what tests compare byte for byte. */
  dump(): { cells: Cell[][]; columns: ColumnMeta[]; frozenRows: number; rules: string[] } {
    return {
      cells: this.grid.map((line) => line.map(cloneCell)),
      columns: this.columns.map((meta) => ({ ...meta })),
      frozenRows: this.frozenRows,
      rules: this.rules.map((rule) => `${rule.ranges.join(',')} ${describeCondition(rule)} ${rule.background}`),
    };
  }

  /** Dimensions without counting (for test helpers). */
  size(): { rows: number; columns: number } {
    return { rows: this.grid.length, columns: this.columns.length };
  }

  /** Row values as getValues would return them, without counting (for assertions). */
  peekValues(): CellValue[][] {
    return this.grid.slice(0, this.lastRow()).map((line) => line.slice(0, this.lastColumn()).map((cell) => cell.value));
  }

  private lastRow(): number {
    for (let r = this.grid.length; r > 0; r--) if (this.grid[r - 1]!.some((cell) => !isBlank(cell))) return r;
    return 0;
  }
  private lastColumn(): number {
    let last = 0;
    for (const line of this.grid) for (let c = line.length; c > last; c--) if (!isBlank(line[c - 1])) last = c;
    return last;
  }
  private meta(column: number): ColumnMeta {
    const meta = this.columns[column - 1];
    if (!meta) throw new Error(`Exception: column ${column} is outside sheet "${this.name}".`);
    return meta;
  }
  private insertRows(at: number, count: number, likeRow: number): this {
    const model = this.grid[likeRow - 1] ?? this.grid[at - 1] ?? this.columns.map(emptyCell);
    const fresh = Array.from({ length: count }, () => model.map(formattedLike));
    this.grid.splice(at, 0, ...fresh);
    return this;
  }
  private insertColumns(at: number, count: number, likeColumn: number): this {
    for (const line of this.grid) {
      const model = line[likeColumn - 1] ?? emptyCell();
      line.splice(at, 0, ...Array.from({ length: count }, () => formattedLike(model)));
    }
    this.columns.splice(at, 0, ...Array.from({ length: count }, () => ({ width: 100, hidden: false })));
    return this;
  }
}

function describeCondition(rule: FakeConditionalFormatRule): string {
  if (rule.criteriaType === null) return 'colour scale';
  return rule.criteriaType === 'TEXT_CONTAINS' ? `text contains "${rule.formula}"` : String(rule.formula);
}

function sortKey(value: CellValue): string | number {
  if (value instanceof Date) return value.getTime();
  return typeof value === 'number' ? value : String(value).toLowerCase();
}
