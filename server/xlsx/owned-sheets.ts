/**
 * Any NextRound-owned sheet of a local .xlsx tracker (Applications, Stage
 * history, Contacts, Interviews), read and written by its schema at the
 * part level, as the .xlsx sink writes Interviews: rows are read as text
 * with the sheet's header map, rows are upserted by id or appended, and one
 * save writes only the edited sheets' parts (plus the shared strings and
 * styles, once, after every sheet, and the tables and filter ranges that
 * grow over new rows). Every other part of the workbook keeps its bytes.
 *
 * `editOwnedSheets` is the whole transaction: the tracker lock, no open
 * editor, read, edit, and an atomic save that is refused when the file
 * changed since the read.
 *
 * @example
 * // Link an interview to its application, adding the application and the interviewer when missing:
 * const added = await editOwnedSheets('tracker.xlsx', async (tracker) => {
 *   const { rows } = await tracker.read(APPLICATIONS); // [{ id: 'app-7', company: 'Acme', role: 'Engineer', … }]
 *   const known = rows.find((row) => row.company === 'Acme');
 *   if (!known) await tracker.append(APPLICATIONS, [{ id: 'app-8', company: 'Acme', role: 'Engineer', stage: 'Interviewing' }]);
 *   await tracker.upsert(CONTACTS, [{ id: 'con-1', name: 'Ada Lovelace', company: 'Acme' }]); // updates con-1 or appends it
 *   await tracker.upsert(INTERVIEWS, [{ eventId: 'e1', applicationId: known?.id ?? 'app-8' }]);
 *   return !known;
 * }); // one atomic save; nothing is written when the callback throws or writes no row
 */
import { readFile, writeFile } from 'node:fs/promises';
import { NextRoundError } from '../../shared/errors.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import type { RowCells } from '../../shared/sync/ports.js';
import { cannotWrite, replaceAtomically } from './atomic-write.js';
import { checkUnchangedSince, stampOf } from './file-stamp.js';
import { findInterviewsSheet } from './interviews-part.js';
import { editSheetPart, lastUsedRow, type SheetRowEdit, upsertById } from './parts/sheet-part-edit.js';
import { readSheetPart, type SheetPart } from './parts/sheet-part-read.js';
import type { SheetEntry } from './parts/xlsx-package.js';
import { trackerLock, type TrackerLockOptions } from './tracker-lock.js';
import { openTrackerPackage, readSheetRows, type SheetRows, savePackage, type TrackerPackage, writeGrownSheet } from './tracker-parts.js';
import { newWorkbookBytes } from './workbook-layout.js';

export type { SheetRows } from './tracker-parts.js';

/** The owned sheets of one opened tracker; nothing reaches the file until it is saved. */
export interface OwnedSheets {
  readonly path: string;
  /** The file did not exist: this is a new tracker (laid out as the sink lays one out), written on save. */
  readonly created: boolean;
  /** Whether any row was written since opening. */
  readonly changed: boolean;
  /** The sheet's data rows as text (edits made so far included), with its header map and row numbers. */
  read(spec: SheetSpec): Promise<SheetRows>;
  /** Rows (column key → text) whose id (`spec.idKey`) is in the sheet get the cells given; the others are appended, in order. */
  upsert(spec: SheetSpec, rows: readonly RowCells[]): Promise<void>;
  /** Rows appended below the sheet's last used row, in order, whatever their ids. */
  append(spec: SheetSpec, rows: readonly RowCells[]): Promise<void>;
  /**
   * Cells written at worksheet row numbers (as `read` gave them), for a sink that found its rows itself,
   * and `appends` below the last used row: one edit of the part.
   */
  editRows(spec: SheetSpec, edits: readonly SheetRowEdit[], appends?: readonly RowCells[]): Promise<void>;
  /** The whole package's bytes with every edit in it. */
  bytes(): Promise<Buffer>;
}

/**
 * One sheet as edited so far: its part's text, parsed again only when read or edited again (a pass edits
 * once, so a large sheet is parsed once), its rows as text while unedited, its last used row now and at
 * open (where ranges grow from).
 */
interface OpenSheet {
  readonly sheet: SheetEntry;
  xml: string;
  parsed: SheetPart | undefined;
  rows: SheetRows | undefined;
  last: number;
  readonly lastAtOpen: number;
  edited: boolean;
}

/**
 * Opens `bytes` (undefined: a new tracker) as owned sheets; `path` is for messages.
 *
 * @throws NextRoundError INVALID_INPUT when the bytes are not an .xlsx workbook, or (on first use) a sheet is missing.
 */
export async function openOwnedSheets(bytes: Uint8Array | undefined, path: string): Promise<OwnedSheets> {
  const opened = await withReadableWorkbook(path, async () => openTrackerPackage(bytes ?? (await newWorkbookBytes(path))));
  const sheets = new Map<SheetSpec, OpenSheet>();
  let changed = false;
  const sheetOf = async (spec: SheetSpec): Promise<OpenSheet> => {
    const known = sheets.get(spec);
    if (known) return known;
    const { sheet, xml } = await findSheet(opened, spec, path);
    const part = await withReadableWorkbook(path, async () => readSheetPart(xml, opened.context));
    const last = lastUsedRow(part);
    const open: OpenSheet = { sheet, xml, parsed: part, rows: undefined, last, lastAtOpen: last, edited: false };
    sheets.set(spec, open);
    return open;
  };
  const partOf = (open: OpenSheet): SheetPart => {
    open.parsed ??= readSheetPart(open.xml, opened.context);
    return open.parsed;
  };
  const rowsOf = (open: OpenSheet, spec: SheetSpec): SheetRows => {
    open.rows ??= readSheetRows(partOf(open), spec, path);
    return open.rows;
  };
  const edit = async (spec: SheetSpec, plan: (part: SheetPart, rows: SheetRows) => SheetRowEdit[]) => {
    const open = await sheetOf(spec);
    const part = partOf(open);
    const current = rowsOf(open, spec);
    // A new row gets every schema cell typed and formatted (blank ones too), as the sinks do.
    const blank = Object.fromEntries(spec.columns.map((column) => [column.key, '']));
    const edits = plan(part, current).map((e) => (e.rowNumber > open.last ? { ...e, cells: { ...blank, ...e.cells } } : e));
    if (edits.length === 0) return;
    open.xml = editSheetPart(part, current.map, edits, opened.styles, opened.strings);
    open.last = Math.max(open.last, ...edits.map((e) => e.rowNumber));
    [open.parsed, open.rows, open.edited, changed] = [undefined, undefined, true, true];
  };
  const below = (part: SheetPart, rows: readonly RowCells[]) => {
    const last = lastUsedRow(part);
    return rows.map((cells, index) => ({ rowNumber: last + 1 + index, cells }));
  };
  return {
    path,
    created: bytes === undefined,
    get changed() {
      return changed;
    },
    read: async (spec) => rowsOf(await sheetOf(spec), spec),
    upsert: (spec, rows) => edit(spec, (part, current) => upsertById(part, current.map, rows)),
    append: (spec, rows) => edit(spec, (part) => below(part, rows)),
    editRows: (spec, edits, appends = []) => edit(spec, (part) => [...edits, ...below(part, appends)]),
    async bytes() {
      for (const open of sheets.values()) {
        if (open.edited) await writeGrownSheet(opened, open.sheet, open.xml, open.lastAtOpen, open.last);
      }
      return savePackage(opened);
    },
  };
}

export interface EditOwnedSheetsOptions {
  /** How long to wait for another pass or an open editor (trackerLock's options). */
  lock?: TrackerLockOptions;
  /** Runs between serialising and the change check before the rename (tests put an editor's save here). */
  afterSerialise?: () => Promise<void>;
}

/**
 * Opens the tracker at `path` (a new one when there is no file) under the tracker lock, once no
 * spreadsheet program has it open; runs `edit`; and, when it wrote a row, saves atomically. A throw
 * from `edit` leaves the file (or its absence) as it was.
 *
 * @throws NextRoundError UNAVAILABLE (another pass, an open editor), CONFLICT (the file changed meanwhile; nothing written).
 */
export function editOwnedSheets<T>(path: string, edit: (tracker: OwnedSheets) => Promise<T>, options: EditOwnedSheetsOptions = {}): Promise<T> {
  // A skipped command is not run again by itself: its messages say to run it again.
  return trackerLock(path, { retry: 'person', ...options.lock })(path, async () => {
    const stamp = await stampOf(path);
    const bytes = stamp === undefined ? undefined : await readFile(path).catch((error: unknown) => Promise.reject(cannotWrite(path, error)));
    const tracker = await openOwnedSheets(bytes, path);
    const result = await edit(tracker);
    if (!tracker.changed) return result;
    const saved = await tracker.bytes();
    await replaceAtomically(
      path,
      (temp) => writeFile(temp, saved),
      async () => {
        await options.afterSerialise?.();
        await checkUnchangedSince(path, stamp, {
          changed: `${path} changed while NextRound was writing it, so nothing was written; run the command again.`,
          opened: (editor) =>
            `${path} was opened in ${editor.program} meanwhile (lock file ${editor.file}); nothing was written. Save and close it, then run the command again.`,
        });
      },
    ).catch((error: unknown) => Promise.reject(cannotWrite(path, error)));
    return result;
  });
}

/** The sheet of `spec`: Interviews by its Event ID column (as the sink finds it), any other by its tab name. */
async function findSheet(opened: TrackerPackage, spec: SheetSpec, path: string): Promise<{ sheet: SheetEntry; xml: string }> {
  if (spec === INTERVIEWS) return findInterviewsSheet(opened, path);
  const sheet =
    opened.pkg.sheets.find((entry) => entry.name === spec.name) ?? opened.pkg.sheets.find((entry) => entry.name.toLowerCase() === spec.name.toLowerCase());
  const xml = sheet && (await opened.pkg.read(sheet.part));
  if (!sheet || xml === undefined) {
    throw new NextRoundError(
      'INVALID_INPUT',
      `${path} has no "${spec.name}" sheet; add a sheet named "${spec.name}" with its header row (or write into a new file to get a whole tracker).`,
      { where: `${path}!${spec.name}` },
    );
  }
  return { sheet, xml };
}

async function withReadableWorkbook<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NextRoundError) throw error;
    throw new NextRoundError('INVALID_INPUT', `${path} is not a readable .xlsx workbook (${(error as Error).message}).`, { where: path, cause: error });
  }
}
