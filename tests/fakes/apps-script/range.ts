/** A rectangle of a fake sheet. Each method counts itself and checks shapes the way Apps Script does. */
import type { CallLog } from './call-log.js';
import { readValue, writeValue, type Cell, type CellValue } from './cell.js';
import { formatDate } from './format-date.js';
import type { FakeDataValidation } from './rules.js';
import { columnLetter } from '../../../shared/schema/header-map.js';

type Range = GoogleAppsScript.Spreadsheet.Range;
type ReadMethods = 'getValues' | 'getFormulas' | 'getNumberFormats' | 'getA1Notation' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns';

/** The cells a range addresses, owned by its sheet. */
export interface CellSource {
  readonly name: string;
  /** Bench baseline: getValues reads one cell at a time (getRange + getValue per cell), as a naive script would. */
  readonly cellByCell?: boolean;
  /** The spreadsheet's zone, in which typed dates are read. */
  readonly timeZone: string;
  cellAt(row: number, column: number): Cell;
  getRange(row: number, column: number): FakeRange;
}

export class FakeRange implements Pick<Range, ReadMethods> {
  constructor(
    private readonly sheet: CellSource,
    private readonly log: CallLog,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getA1Notation(): string {
    const start = `${columnLetter(this.column - 1)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetter(this.column + this.numColumns - 2)}${this.row + this.numRows - 1}`;
  }

  getValue(): CellValue {
    this.log.record('Range.getValue');
    return readValue(this.sheet.cellAt(this.row, this.column));
  }
  getValues(): CellValue[][] {
    if (this.sheet.cellByCell) {
      return Array.from({ length: this.numRows }, (_, r) =>
        Array.from({ length: this.numColumns }, (_, c) => this.sheet.getRange(this.row + r, this.column + c).getValue()),
      );
    }
    this.log.record('Range.getValues');
    return this.map((cell) => readValue(cell));
  }
  /**
   * The values as the sheet shows them, as text
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues():
   * "takes into account date, currency and other formatting"). The fake knows
   * text, numbers in General, booleans, and days in the tracker's
   * `yyyy-mm-dd` format; other formats are not faked.
   */
  getDisplayValues(): string[][] {
    this.log.record('Range.getDisplayValues');
    return this.map((cell) => {
      const value = readValue(cell);
      if (value instanceof Date) return formatDate(value, this.sheet.timeZone, cell.format === 'yyyy-mm-dd' ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm');
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
      return String(value);
    });
  }
  getFormulas(): string[][] {
    this.log.record('Range.getFormulas');
    return this.map((cell) => cell.formula);
  }
  getNumberFormats(): string[][] {
    this.log.record('Range.getNumberFormats');
    return this.map((cell) => cell.format);
  }
  getBackgrounds(): string[][] {
    this.log.record('Range.getBackgrounds');
    return this.map((cell) => cell.background);
  }
  getFontWeights(): string[][] {
    this.log.record('Range.getFontWeights');
    return this.map((cell) => cell.fontWeight);
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    this.log.record('Range.getDataValidations');
    return this.map((cell) => cell.validation);
  }

  setValue(value: unknown): this {
    this.log.record('Range.setValue');
    this.each((cell) => writeValue(cell, value, this.sheet.timeZone));
    return this;
  }
  setValues(values: unknown[][]): this {
    this.log.record('Range.setValues');
    this.each((cell, r, c) => writeValue(cell, values[r]![c], this.sheet.timeZone), this.checkShape(values, 'data'));
    return this;
  }
  setFormula(formula: string): this {
    this.log.record('Range.setFormula');
    this.each((cell) => {
      cell.formula = formula;
      cell.value = '#FORMULA';
    });
    return this;
  }
  setNumberFormat(format: string): this {
    this.log.record('Range.setNumberFormat');
    this.each((cell) => (cell.format = format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.log.record('Range.setNumberFormats');
    this.each((cell, r, c) => (cell.format = formats[r]![c]!), this.checkShape(formats, 'number formats'));
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.log.record('Range.setDataValidation');
    this.each((cell) => (cell.validation = rule));
    return this;
  }
  setFontWeight(weight: string | null): this {
    this.log.record('Range.setFontWeight');
    this.each((cell) => (cell.fontWeight = weight ?? 'normal'));
    return this;
  }
  setBackground(color: string | null): this {
    this.log.record('Range.setBackground');
    this.each((cell) => (cell.background = color ?? '#ffffff'));
    return this;
  }

  private map<T>(read: (cell: Cell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.sheet.cellAt(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }

  private each(write: (cell: Cell, r: number, c: number) => void, _checked?: true): void {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) write(this.sheet.cellAt(this.row + r, this.column + c), r, c);
    }
  }

  /** Apps Script refuses a 2-D array whose shape differs from the range's. */
  private checkShape(values: unknown[][], what: string): true {
    if (!Array.isArray(values) || values.length !== this.numRows) {
      throw new Error(
        `Exception: The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${Array.isArray(values) ? values.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values) {
      if (!Array.isArray(line) || line.length !== this.numColumns) {
        throw new Error(
          `Exception: The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${Array.isArray(line) ? line.length : 0} but the range has ${this.numColumns}.`,
        );
      }
    }
    return true;
  }
}
