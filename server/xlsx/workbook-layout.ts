/**
 * Lays out a new tracker workbook from the schema in shared/ (what "Set up
 * tracker" makes in Google Sheets: see new-sheet-style.ts), adds missing
 * sheets to an old one, opens a new workbook on Applications, and
 * finds the Interviews sheet by what it holds (its Event ID column), not by
 * its tab name, so a person who renames the tab keeps one tracker.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { NextRoundError } from '../../shared/errors.js';
import { normalizeHeader } from '../../shared/schema/header-map.js';
import { APPLICATIONS, INTERVIEWS, TRACKER_SHEETS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import { styleNewSheet } from './new-sheet-style.js';

/**
 * The sheet a new workbook opens on: Applications, the pipeline (one row per
 * company and role, its stage and next action), which imports now fill, and
 * the first tab, as in a set-up Google Sheet; each application's rounds are
 * on Interviews.
 */
export const OPENING_SHEET = APPLICATIONS;

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
  const isNew = workbook.worksheets.length === 0;
  for (const spec of TRACKER_SHEETS) {
    if (spec === INTERVIEWS ? !interviews : !workbook.getWorksheet(spec.name)) addSheet(workbook, spec);
  }
  if (isNew) {
    const opening = workbook.worksheets.findIndex((sheet) => sheet.name === OPENING_SHEET.name);
    workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: opening, visibility: 'visible' }];
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
  const sheet = workbook.addWorksheet(spec.name);
  styleNewSheet(sheet, spec);
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
