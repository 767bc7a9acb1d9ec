/**
 * The .xlsx TrackerSink: the local twin of the Sheets API sink. One read
 * opens the package and reads the Interviews sheet's part (and, for linking
 * rounds to applications and contacts, those two sheets' parts); one apply
 * splices every op into those parts and saves the file atomically. Only
 * the parts written change (with the styles, tables and filter ranges they
 * need): every other part of the workbook (charts, pivots, comments,
 * protection, validations, properties) keeps its bytes. Rows are found
 * through the snapshot (by id, wherever the person sorted them), columns
 * by header.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { NextRoundError, isNextRoundError } from '../../shared/errors.js';
import { APPLICATIONS, CONTACTS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { SheetSpec } from '../../shared/schema/types.js';
import type { RowOp, SheetRows as LinkSheetRows, TrackerLinkOps, TrackerSink, TrackerSnapshot } from '../../shared/sync/ports.js';
import { cannotWrite, replaceAtomically } from './atomic-write.js';
import { checkUnchangedSince, stampOf } from './file-stamp.js';
import { type OwnedSheets, openOwnedSheets } from './owned-sheets.js';
import type { SheetRowEdit } from './parts/sheet-part-edit.js';

export interface XlsxSinkOptions {
  path: string;
  /** The zone Start/End wall times are shown in. */
  timeZone: string;
  /** Runs between serialising the workbook and the change check before the rename (tests put an editor's save here). */
  afterSerialise?: () => Promise<void>;
}

interface Loaded {
  tracker: OwnedSheets;
  snapshot: TrackerSnapshot;
  /** Worksheet row number of each snapshot row. */
  rowNumbers: number[];
  /** The file's identity, times and size at read: a save in Excel since then means the ops are stale. */
  stamp: string | undefined;
}

export class XlsxSink implements TrackerSink {
  private loaded: Loaded | undefined;

  constructor(private readonly options: XlsxSinkOptions) {}

  async read(): Promise<TrackerSnapshot> {
    const path = this.options.path;
    const stamp = await stampOf(path);
    const bytes =
      stamp === undefined
        ? undefined
        : await readFile(path).catch((error: unknown) => {
            throw new NextRoundError('INVALID_INPUT', `${path} is not a readable .xlsx workbook (${(error as Error).message}).`, { where: path, cause: error });
          });
    const tracker = await openOwnedSheets(bytes, path);
    const { headers, rows, rowNumbers } = await tracker.read(INTERVIEWS);
    const links = { applications: await linkRows(tracker, APPLICATIONS), contacts: await linkRows(tracker, CONTACTS) };
    const snapshot: TrackerSnapshot = { headers, rows, timeZone: this.options.timeZone, links };
    this.loaded = { tracker, snapshot, rowNumbers, stamp };
    return snapshot;
  }

  async apply(ops: readonly RowOp[], snapshot: TrackerSnapshot, links?: TrackerLinkOps): Promise<void> {
    const path = this.options.path;
    const loaded = this.loaded;
    if (!loaded || loaded.snapshot !== snapshot) {
      throw new NextRoundError('CONFLICT', `Ops for ${path} were planned on a snapshot this sink did not read last.`, { where: path });
    }
    this.loaded = undefined;
    const { tracker } = loaded;
    const newLinks = (links?.applications.length ?? 0) + (links?.contacts.length ?? 0);
    if (ops.length === 0 && newLinks === 0 && !tracker.created) return;
    const updates: SheetRowEdit[] = [];
    for (const op of ops) {
      if (op.kind !== 'update') continue;
      const rowNumber = loaded.rowNumbers[op.row];
      if (rowNumber === undefined) {
        throw new NextRoundError('CONFLICT', `An update names data row ${op.row}, which the snapshot of ${path} lacks.`, {
          where: `${path}!${INTERVIEWS.name}`,
        });
      }
      updates.push({ rowNumber, cells: op.cells });
    }
    // Appends go below the last used row, each with every schema cell typed and formatted (blank ones too), as the Sheets sink does.
    const appends = ops.flatMap((op) => (op.kind === 'append' ? [{ ...op.cells, [INTERVIEWS.idKey]: op.eventId }] : []));
    await tracker.editRows(INTERVIEWS, updates, appends);
    // Upserted by id: a retried write after an uncertain one replaces its rows, never doubles them.
    if (links?.applications.length && snapshot.links?.applications) await tracker.upsert(APPLICATIONS, links.applications);
    if (links?.contacts.length && snapshot.links?.contacts) await tracker.upsert(CONTACTS, links.contacts);
    try {
      const bytes = await tracker.bytes();
      await replaceAtomically(
        path,
        (temp) => writeFile(temp, bytes),
        () => this.checkUnchanged(loaded.stamp),
      );
    } catch (error) {
      throw cannotWrite(path, error);
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
    const path = this.options.path;
    await checkUnchangedSince(path, stamp, {
      changed: `${path} changed while it was being synced; it will be read again.`,
      opened: (editor) =>
        `${path} was opened in ${editor.program} during the pass (lock file ${editor.file}); nothing was written. Save and close it, and NextRound syncs on its next pass.`,
    });
  }
}

/**
 * A linked sheet as the engine reads it (its headers and each row's cells under them); null when the
 * workbook lacks it or its headers are not readable: the rounds still sync, the report says what was not linked.
 */
async function linkRows(tracker: OwnedSheets, spec: SheetSpec): Promise<LinkSheetRows | null> {
  try {
    const { headers, map, rows } = await tracker.read(spec);
    const keyAt = new Map(Object.entries(map.indexByKey).map(([key, index]) => [index, key]));
    return { headers, rows: rows.map((cells) => headers.map((_, index) => cells[keyAt.get(index) ?? ''] ?? '')) };
  } catch (error) {
    if (isNextRoundError(error, 'INVALID_INPUT') || isNextRoundError(error, 'HEADER_MISSING') || isNextRoundError(error, 'HEADER_DUPLICATE')) return null;
    throw error;
  }
}
