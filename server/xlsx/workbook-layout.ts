/**
 * Lays out a new tracker workbook from the schema in shared/ (the same
 * sheets, headers, hidden id columns and frozen header row as "Set up
 * tracker" makes in Google Sheets), and adds missing sheets to an old one.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { TRACKER_SHEETS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';

/** Adds every tracker sheet the workbook lacks; sheets that exist are left exactly as they are. */
export function ensureTrackerSheets(workbook: Workbook): void {
  for (const spec of TRACKER_SHEETS) {
    if (!workbook.getWorksheet(spec.name)) addSheet(workbook, spec);
  }
}

function addSheet(workbook: Workbook, spec: SheetSpec): Worksheet {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((column) => ({
    header: column.header,
    key: column.key,
    // Schema widths are pixels (Sheets); Excel counts characters of about 7 px.
    width: Math.max(8, Math.round((column.width ?? 100) / 7)),
    hidden: column.hidden ?? false,
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
