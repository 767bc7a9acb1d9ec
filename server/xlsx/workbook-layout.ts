/**
 * Lays out a new tracker workbook from the schema in shared/ (the same
 * sheets, headers, hidden id columns and frozen header row as "Set up
 * tracker" makes in Google Sheets), adds missing sheets to an old one, and
 * finds the Interviews sheet by what it holds (its Event ID column), not by
 * its tab name, so a person who renames the tab keeps one tracker.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { NextRoundError } from '../../shared/errors.js';
import { normalizeHeader } from '../../shared/schema/header-map.js';
import { INTERVIEWS, TRACKER_SHEETS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';

const ID_HEADER = normalizeHeader(INTERVIEWS.columns.find((column) => column.key === INTERVIEWS.idKey)!.header);

/**
 * Adds every tracker sheet the workbook lacks (sheets that exist are left
 * exactly as they are) and returns the Interviews sheet: the one sheet whose
 * header row has an Event ID column, whatever its tab is called; else the
 * sheet named Interviews.
 *
 * @throws NextRoundError HEADER_DUPLICATE when two sheets have an Event ID column (which one to sync would be a guess).
 */
export function ensureTrackerSheets(workbook: Workbook, path: string): Worksheet {
  const interviews = findInterviewsSheet(workbook, path);
  for (const spec of TRACKER_SHEETS) {
    if (spec === INTERVIEWS ? !interviews : !workbook.getWorksheet(spec.name)) addSheet(workbook, spec);
  }
  return interviews ?? workbook.getWorksheet(INTERVIEWS.name)!;
}

function findInterviewsSheet(workbook: Workbook, path: string): Worksheet | undefined {
  const candidates = workbook.worksheets.filter((sheet) => (sheet.getRow(1).values as unknown[]).some((cell) => normalizeHeader(cellText(cell)) === ID_HEADER));
  if (candidates.length > 1) {
    const names = candidates.map((sheet) => `"${sheet.name}"`).join(' and ');
    throw new NextRoundError(
      'HEADER_DUPLICATE',
      `${path} has two Interviews sheets, ${names}, each with an Event ID column; NextRound syncs into one, so rename the Event ID header of the other (or move that sheet to another workbook).`,
      { where: `${path}!${candidates.map((sheet) => sheet.name).join(',')}` },
    );
  }
  return candidates[0] ?? workbook.getWorksheet(INTERVIEWS.name);
}

/** A header cell's text: a plain string, or the runs of a rich-text header. */
function cellText(cell: unknown): string {
  if (cell && typeof cell === 'object' && 'richText' in cell) return (cell as { richText: { text: string }[] }).richText.map((run) => run.text).join('');
  return typeof cell === 'string' ? cell : '';
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

/**
 * A new tracker laid out by exceljs (all the tracker sheets, headers, hidden
 * id columns), as bytes to edit like any other. exceljs is loaded only here:
 * a pass over an existing tracker never needs it (nor its ~25 MB of modules).
 */
export async function newWorkbookBytes(path: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  ensureTrackerSheets(workbook, path);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
