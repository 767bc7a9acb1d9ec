/**
 * The .xlsx TrackerSink: the local twin of the Sheets API sink. One read
 * loads the workbook; one apply writes every op and saves the file
 * atomically. Rows are found through the snapshot (by id, wherever the
 * person sorted them), columns by header; the person's cells, extra columns
 * and row order are kept because only the listed cells are touched.
 */
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { NextRoundError } from '../../shared/errors.js';
import { mapHeaders, readRow } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { ColumnSpec } from '../../shared/schema/types.js';
import type { RowCells, RowOp, TrackerLinkOps, TrackerSink, TrackerSnapshot } from '../../shared/sync/ports.js';
import { cannotWrite, replaceAtomically } from './atomic-write.js';
import { findEditorLock } from './editor-locks.js';
import { fromCellValue, toCellWrite } from './cell-values.js';
import { ensureTrackerSheets } from './workbook-layout.js';
import { planSheetAppends, readLinkedSheets, writeSheetAppends } from './link-sheets.js';
import { isForbiddenCharacterError, repairXmlParts } from './xml-repair.js';

export interface XlsxSinkOptions {
  path: string;
  /** The zone Start/End wall times are shown in. */
  timeZone: string;
  /** Runs between serialising the workbook and the change check before the rename (tests put an editor's save here). */
  afterSerialise?: () => Promise<void>;
}

interface Loaded {
  workbook: ExcelJS.Workbook;
  /** The Interviews sheet, whatever its tab is called. */
  sheet: ExcelJS.Worksheet;
  snapshot: TrackerSnapshot;
  /** Worksheet row number of each snapshot row. */
  rowNumbers: number[];
  created: boolean;
  /** The file's identity, times and size at read: a save in Excel since then means the ops are stale. */
  stamp: string | undefined;
}

// The inode too: an editor that saves by rename (as NextRound does) makes a new file, whatever its times.
const stampOf = (path: string) =>
  stat(path).then(
    (s) => `${s.ino}:${s.mtimeMs}:${s.ctimeMs}:${s.size}`,
    () => undefined,
  );

const COLUMN_BY_KEY = new Map(INTERVIEWS.columns.map((column) => [column.key, column]));
const BLANK_ROW: Readonly<Record<string, string>> = Object.fromEntries(INTERVIEWS.columns.map((column) => [column.key, '']));

export class XlsxSink implements TrackerSink {
  private loaded: Loaded | undefined;

  constructor(private readonly options: XlsxSinkOptions) {}

  async read(): Promise<TrackerSnapshot> {
    let workbook = new ExcelJS.Workbook();
    const stamp = await stampOf(this.options.path);
    const exists = stamp !== undefined;
    if (exists) {
      try {
        const bytes = await readFile(this.options.path);
        refuseUnkeptParts(bytes, this.options.path);
        workbook = await loadWorkbook(bytes);
      } catch (error) {
        if (error instanceof NextRoundError) throw error;
        throw new NextRoundError('INVALID_INPUT', `${this.options.path} is not a readable .xlsx workbook (${(error as Error).message}).`, {
          where: this.options.path,
          cause: error,
        });
      }
    }
    const sheet = ensureTrackerSheets(workbook, this.options.path);
    const headers = readValues(sheet.getRow(1), sheet.getRow(1).cellCount, []);
    const map = withWhere(this.options.path, () => mapHeaders(INTERVIEWS, headers));
    const columnsAt: (ColumnSpec | undefined)[] = [];
    for (const [key, index] of Object.entries(map.indexByKey)) columnsAt[index] = COLUMN_BY_KEY.get(key);
    const rows: RowCells[] = [];
    const rowNumbers: number[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber === 1) return;
      const values = readValues(row, map.width, columnsAt);
      if (values.every((value) => value === '')) return;
      const record = readRow(map, values) as Record<string, string>;
      rows.push(record);
      rowNumbers.push(rowNumber);
    });
    // TrackerLinks: Applications and Contacts from the same loaded workbook (see link-sheets.ts).
    const snapshot: TrackerSnapshot = { headers, rows, timeZone: this.options.timeZone, links: readLinkedSheets(workbook) };
    this.loaded = { workbook, sheet, snapshot, rowNumbers, created: !exists, stamp };
    return snapshot;
  }

  async apply(ops: readonly RowOp[], snapshot: TrackerSnapshot, links?: TrackerLinkOps): Promise<void> {
    const loaded = this.loaded;
    if (!loaded || loaded.snapshot !== snapshot) {
      throw new NextRoundError('CONFLICT', `Ops for ${this.options.path} were planned on a snapshot this sink did not read last.`, {
        where: this.options.path,
      });
    }
    this.loaded = undefined;
    const appends = links && snapshot.links ? planSheetAppends(links, snapshot.links) : [];
    if (ops.length === 0 && appends.length === 0 && !loaded.created) return;
    const sheet = loaded.sheet;
    const map = mapHeaders(INTERVIEWS, snapshot.headers);
    let nextRow = Math.max(sheet.actualRowCount > 0 ? lastUsedRow(sheet) : 1, 1) + 1;
    for (const op of ops) {
      const rowNumber = op.kind === 'append' ? nextRow++ : loaded.rowNumbers[op.row];
      if (rowNumber === undefined) {
        const row = op.kind === 'update' ? op.row : -1;
        throw new NextRoundError('CONFLICT', `An update names data row ${row}, which the snapshot of ${this.options.path} lacks.`, {
          where: `${this.options.path}!${sheet.name}`,
        });
      }
      // A new row gets every schema cell typed and formatted (blank ones too), as the Sheets sink does.
      const cells = op.kind === 'append' ? { ...BLANK_ROW, ...op.cells, [INTERVIEWS.idKey]: op.eventId } : op.cells;
      const row = sheet.getRow(rowNumber);
      for (const [key, text] of Object.entries(cells)) {
        const index = map.indexByKey[key];
        if (index === undefined) continue; // a column the person removed: nothing to write
        const cell = row.getCell(index + 1);
        const write = toCellWrite(COLUMN_BY_KEY.get(key), text);
        cell.value = write.value;
        cell.numFmt = write.numFmt;
      }
    }
    writeSheetAppends(loaded.workbook, appends);
    // Deflate level 1: most of the size win at a fraction of the default level's time.
    const options = { zip: { compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions;
    try {
      await replaceAtomically(
        this.options.path,
        (temp) => loaded.workbook.xlsx.writeFile(temp, options),
        () => this.checkUnchanged(loaded.stamp),
      );
    } catch (error) {
      throw cannotWrite(this.options.path, error);
    }
  }

  /**
   * Someone saved the workbook (Excel, another program) after our read: renaming now would drop
   * their change. Checked after serialising, the slow part, so the window left is a stat and a
   * rename; CONFLICT makes runSync read and plan again. An editor that opened the file meanwhile
   * may save its copy any moment: the pass is skipped.
   */
  private async checkUnchanged(stamp: string | undefined): Promise<void> {
    await this.options.afterSerialise?.();
    if ((await stampOf(this.options.path)) !== stamp) {
      throw new NextRoundError('CONFLICT', `${this.options.path} changed while it was being synced; it will be read again.`, {
        where: this.options.path,
      });
    }
    const editor = await findEditorLock(this.options.path);
    if (editor) {
      throw new NextRoundError(
        'UNAVAILABLE',
        `${this.options.path} was opened in ${editor.program} during the pass (lock file ${editor.file}); nothing was written. Save and close it, and NextRound syncs on its next pass.`,
        { where: editor.file },
      );
    }
  }
}

/** Loads the bytes; a workbook holding characters XML forbids is repaired and loaded again. */
async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  // exceljs declares its own Buffer type; node's Buffer is what it reads at run time.
  type Loadable = Parameters<ExcelJS.Xlsx['load']>[0];
  try {
    return await new ExcelJS.Workbook().xlsx.load(bytes as unknown as Loadable);
  } catch (error) {
    if (!isForbiddenCharacterError(error)) throw error;
    return new ExcelJS.Workbook().xlsx.load((await repairXmlParts(bytes)) as unknown as Loadable);
  }
}

/** A row's cells as text, each read as its schema column says (`columnsAt`, 0-based; none for headers and the person's columns). */
function readValues(row: ExcelJS.Row, width: number, columnsAt: readonly (ColumnSpec | undefined)[]): string[] {
  // row.values is sparse and 1-based; reading it does not create cells the way getCell does.
  const raw = row.values as ExcelJS.CellValue[];
  const values: string[] = [];
  for (let column = 1; column <= width; column++) {
    const value = raw[column];
    const numFmt = typeof value === 'number' || value instanceof Date ? row.getCell(column).numFmt : undefined;
    values.push(fromCellValue(value, numFmt, columnsAt[column - 1]));
  }
  return values;
}

function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  let last = 1;
  sheet.eachRow({ includeEmpty: false }, (_row, rowNumber) => {
    last = rowNumber;
  });
  return last;
}

// Parts exceljs drops when it saves a workbook. Zip entry names are stored uncompressed, so a byte
// search finds them. Saving would silently delete the person's charts: refuse instead.
const UNKEPT_PARTS: readonly [string, string][] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/slicers/', 'slicers'],
];

function refuseUnkeptParts(bytes: Buffer, path: string): void {
  const found = UNKEPT_PARTS.filter(([prefix]) => bytes.includes(prefix)).map(([, name]) => name);
  if (found.length > 0) {
    throw new NextRoundError(
      'INVALID_INPUT',
      `${path} contains ${found.join(' and ')}, which the .xlsx writer cannot keep; move them to another workbook (or sync into a new tracker).`,
      { where: path },
    );
  }
}

function withWhere<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof NextRoundError) {
      throw new NextRoundError(error.code, `${path}: ${error.message}`, { where: `${path}!${error.where ?? ''}`, cause: error });
    }
    throw error;
  }
}
