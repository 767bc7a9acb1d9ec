/**
 * What "Set up tracker" gives a Google Sheet, for a sheet NextRound adds to
 * an .xlsx workbook (never to a sheet that exists: that one is the
 * person's): a styled, frozen header row with an autofilter, a dropdown on
 * every column the schema gives options (stage, round, source, status …,
 * from shared/ — one list; on the person's columns), date and date-time formats, readable widths with
 * long text wrapped, hidden id columns, a landscape page fitted to its
 * width, and the default templates in a new Templates sheet.
 */
import type { DataValidation, Worksheet } from 'exceljs';
import { numberFormatOf } from '../../shared/cells/cell-kind.js';
import { columnLetter } from '../../shared/schema/header-map.js';
import { TEMPLATES } from '../../shared/schema/tracker-schema.js';
import type { ColumnSpec, SheetSpec } from '../../shared/schema/types.js';
import { DEFAULT_TEMPLATES } from '../../shared/templates/default-templates.js';
import { toCellWrite } from './cell-values.js';

/**
 * Rows a dropdown covers: a new Google Sheet's 1,000 rows, as set-up gives
 * the add-on's tracker. One range per column, so the file holds one rule per
 * column; exceljs expands it cell by cell only here, once, when it lays out
 * a new workbook: passes edit the sheet parts and never parse validations.
 */
export const VALIDATED_ROWS = 1000;

// exceljs has the range form at run time (doc/data-validations.js) but leaves it out of its types.
type WithValidations = Worksheet & { dataValidations: { add(address: string, validation: DataValidation): void } };

const HEADER_FILL = 'FFE8EAED';
// Schema widths are pixels (Sheets); Excel counts characters of about 7 px.
const widthOf = (column: ColumnSpec) => Math.max(8, Math.round((column.width ?? 100) / 7));

/** Lays out a sheet NextRound just added: columns, header, dropdowns, formats, view, page. */
export function styleNewSheet(sheet: Worksheet, spec: SheetSpec): void {
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: widthOf(column),
    hidden: column.hidden ?? false,
    style: {
      numFmt: numberFormatOf(column),
      alignment: column.type === 'longtext' ? { vertical: 'top', wrapText: true } : { vertical: 'top' },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA0A6' } } };
  });
  const last = columnLetter(spec.columns.length - 1);
  sheet.autoFilter = `A1:${last}1`;
  sheet.views = [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
  spec.columns.forEach((column, index) => {
    // Only the person's columns: the calendar's and NextRound's own (calendar status, Stage history) are written for them.
    if (!column.options || column.owner !== 'person') return;
    const letter = columnLetter(index);
    (sheet as WithValidations).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.options.join(',')}"`],
      // As in Sheets (setAllowInvalid): another value is questioned, not refused.
      showErrorMessage: true,
      errorStyle: 'warning',
      error: `Choose one of: ${column.options.join(', ')}`,
      showInputMessage: true,
      prompt: `Choose one of: ${column.options.join(', ')}`,
    });
  });
  if (spec === TEMPLATES) seedTemplates(sheet);
}

/** The default templates below the header, as a new Sheet's set-up seeds them (literal text). */
function seedTemplates(sheet: Worksheet): void {
  DEFAULT_TEMPLATES.forEach((template, index) => {
    const row = sheet.getRow(index + 2);
    TEMPLATES.columns.forEach((column, position) => {
      const write = toCellWrite(column, String(template[column.key as keyof typeof template] ?? ''));
      const cell = row.getCell(position + 1);
      cell.value = write.value;
      cell.numFmt = write.numFmt;
    });
  });
}
