/**
 * Counts every call the add-on makes on the fakes, by "Class.method", so
 * tests and the bench can assert call budgets (batch, don't loop).
 */

/** Calls that fetch cell contents or sheet state from the spreadsheet. */
export const READ_METHODS: ReadonlySet<string> = new Set([
  'Range.getValue',
  'Range.getValues',
  'Range.getDisplayValues',
  'Range.getFormulas',
  'Range.getNumberFormats',
  'Range.getDataValidations',
  'Range.getBackgrounds',
  'Range.getFontWeights',
  'Sheet.getLastRow',
  'Sheet.getLastColumn',
  'Sheet.getMaxRows',
  'Sheet.getMaxColumns',
  'Sheet.getFrozenRows',
  'Sheet.getConditionalFormatRules',
  'Spreadsheet.getSpreadsheetTimeZone',
  'Spreadsheet.getSheets',
]);

/** Calls that change the spreadsheet. */
export const WRITE_METHODS: ReadonlySet<string> = new Set([
  'Range.setValue',
  'Range.setValues',
  'Range.setFormula',
  'Range.setNumberFormat',
  'Range.setNumberFormats',
  'Range.setDataValidation',
  'Range.setFontWeight',
  'Range.setBackground',
  'Sheet.setFrozenRows',
  'Sheet.hideColumns',
  'Sheet.setColumnWidth',
  'Sheet.insertRowsAfter',
  'Sheet.insertRowsBefore',
  'Sheet.insertColumnsAfter',
  'Sheet.insertColumnsBefore',
  'Sheet.setConditionalFormatRules',
  'Sheet.sort',
  'Sheet.deleteRow',
  'Spreadsheet.insertSheet',
]);

export class CallLog {
  private readonly counts = new Map<string, number>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Calls of one method, e.g. count('Range.getValues'). */
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Spreadsheet calls of every kind (handles such as getSheetByName included). */
  spreadsheetCalls(): number {
    let total = 0;
    for (const [name, n] of this.counts) if (/^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(name)) total += n;
    return total;
  }

  reads(): number {
    return this.sum(READ_METHODS);
  }

  writes(): number {
    return this.sum(WRITE_METHODS);
  }

  /** Every count, for failure messages. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }

  private sum(names: ReadonlySet<string>): number {
    let total = 0;
    for (const [name, n] of this.counts) if (names.has(name)) total += n;
    return total;
  }
}
