/**
 * TrackerSink over the Sheets API v4: per pass one read (`spreadsheets.get`
 * of the Interviews sheet with grid data and the spreadsheet's time zone)
 * and one write (`spreadsheets.batchUpdate`, typed cells of the one cell
 * model: literal text, numbers, serial dates with their formats), whatever
 * the number of events. The write returns the sheet as it stands after it,
 * which is checked for rows or columns the person moved meanwhile (see
 * sheets-verify.ts); only then does a pass cost a third request.
 * Applications and Contacts ride along in both (the TrackerLinks port, see
 * sheets-links.ts): more ranges in the read, more appendCells in the write.
 */
import type { sheets_v4 } from '@googleapis/sheets';
import { NextRoundError, isNextRoundError } from '../../shared/errors.js';
import { columnLetter, mapHeaders, type HeaderMap } from '../../shared/schema/header-map.js';
import { INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import type { RowCells, RowOp, TrackerLinkOps, TrackerSink, TrackerSnapshot } from '../../shared/sync/ports.js';
import { buildWriteRequests, cellText, gridOf, readCell, type Grid, type WrittenCell } from './sheets-cells.js';
import { checkPlacement } from './sheets-verify.js';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.js';
import { LINKED_SHEETS, linkAppendRequests, readLinkedTabs, type LinkedKey, type LinkedTab } from './sheets-links.js';
import type { MissingTabs } from './missing-tabs.js';

/** The two calls the sink makes; a googleapis `sheets_v4.Sheets` is one. */
export interface SheetsApi {
  spreadsheets: {
    get(params: sheets_v4.Params$Resource$Spreadsheets$Get): Promise<{ data: sheets_v4.Schema$Spreadsheet }>;
    batchUpdate(params: sheets_v4.Params$Resource$Spreadsheets$Batchupdate): Promise<{ data: sheets_v4.Schema$BatchUpdateSpreadsheetResponse }>;
  };
}

export interface GoogleSheetsSinkOptions {
  sheets: SheetsApi;
  spreadsheetId: string;
  /** Tab name (found by name wherever the person moved it). */
  sheetName?: string;
  retry?: RetryPolicy;
  /** Link rounds to Applications and Contacts (read and written in the same requests); default true. */
  links?: boolean;
  /** Linked tabs known missing from earlier sinks over this spreadsheet (not asked for again while remembered). */
  missingTabs?: MissingTabs;
}

interface ReadState {
  sheetId: number;
  grid: Grid;
  map: HeaderMap;
  tabs: Partial<Record<LinkedKey, LinkedTab>>;
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
const READ_FIELDS =
  'properties.timeZone,sheets(properties(sheetId,title),data(startRow,rowData(values(userEnteredValue,userEnteredFormat.numberFormat,formattedValue))))';
const COLUMN_BY_KEY = new Map(INTERVIEWS.columns.map((column) => [column.key, column]));

/**
 * A TrackerSink over the Interviews sheet of one spreadsheet. Keep one per
 * spreadsheet across passes: a write whose response was lost is checked at
 * the next read of the same sink.
 */
export function createGoogleSheetsSink(options: GoogleSheetsSinkOptions): TrackerSink {
  const sheetName = options.sheetName ?? INTERVIEWS.name;
  const policy = options.retry ?? DEFAULT_RETRY;
  const where = `spreadsheet ${options.spreadsheetId}, sheet "${sheetName}"`;
  const reads = new WeakMap<TrackerSnapshot, ReadState>();
  // Linked tabs found missing are not asked for again by this sink, nor by later ones sharing `missingTabs`
  // (each ask of a missing tab fails the whole read).
  const knownMissing = options.missingTabs?.get(options.spreadsheetId) ?? [];
  let linkKeys: LinkedKey[] = options.links === false ? [] : (['applications', 'contacts'] as const).filter((key) => !knownMissing.includes(key));

  /** The Interviews sheet of a response; throws NOT_FOUND naming it when absent. */
  function sheetOf(spreadsheet: sheets_v4.Schema$Spreadsheet | undefined): sheets_v4.Schema$Sheet {
    const sheet = spreadsheet?.sheets?.find((candidate) => candidate.properties?.title === sheetName);
    if (!sheet || typeof sheet.properties?.sheetId !== 'number') {
      throw new NextRoundError('NOT_FOUND', `The spreadsheet has no sheet named "${sheetName}"; run "Set up tracker" to add it.`, { where });
    }
    return sheet;
  }

  const batchUpdate = (requestBody: sheets_v4.Schema$BatchUpdateSpreadsheetRequest, idempotent: boolean) =>
    withRetry(
      policy,
      { what: 'Sheets spreadsheets.batchUpdate', where, idempotent },
      async () => (await options.sheets.spreadsheets.batchUpdate({ spreadsheetId: options.spreadsheetId, requestBody })).data,
    );

  /** A write whose response was lost: checked against the next read, since the person may have moved things under it too. */
  let uncertain: { state: ReadState; written: WrittenCell[]; appended: string[] } | null = null;

  return {
    async read(): Promise<TrackerSnapshot> {
      const snapshot = await readOnce();
      if (!uncertain) return snapshot;
      const { state, written, appended } = uncertain;
      uncertain = null;
      const check = checkPlacement(reads.get(snapshot)!.grid, state.grid, state.map, written, appended, state.sheetId);
      if (check.repairs.length === 0) return snapshot;
      await batchUpdate({ requests: check.repairs }, true);
      return readOnce();
    },

    async apply(ops: readonly RowOp[], snapshot: TrackerSnapshot, links?: TrackerLinkOps): Promise<void> {
      const state = reads.get(snapshot);
      if (!state) throw new NextRoundError('INVALID_INPUT', "apply() needs a snapshot returned by this sink's read().", { where });
      const linkRequests = links ? linkAppendRequests(links, state.tabs) : [];
      if (ops.length === 0 && linkRequests.length === 0) return;
      const { requests, written } = buildWriteRequests(ops, state.map, state.sheetId);
      requests.push(...linkRequests);
      const appended = ops.filter((op) => op.kind === 'append').map((op) => op.eventId);
      // The write answers with the header row and the Event ID column as they stand after it: enough to check every
      // written cell while nothing moved; only when a header moved is the whole sheet read again.
      const idLetter = columnLetter(state.map.indexByKey.eventId!);
      const responseRanges = [`${quote(sheetName)}!1:1`, `${quote(sheetName)}!${idLetter}:${idLetter}`];
      let response: sheets_v4.Schema$BatchUpdateSpreadsheetResponse;
      try {
        response = await batchUpdate({ requests, includeSpreadsheetInResponse: true, responseRanges, responseIncludeGridData: true }, false);
      } catch (error) {
        if (isNextRoundError(error, 'WRITE_UNCERTAIN')) uncertain = { state, written, appended };
        throw error;
      }
      let after = gridOf(sheetOf(response.updatedSpreadsheet).data ?? undefined);
      let check = checkPlacement(after, state.grid, state.map, written, appended, state.sheetId);
      if (!check.headersSame) {
        after = (await fetchGrid()).grid;
        check = checkPlacement(after, state.grid, state.map, written, appended, state.sheetId);
      }
      if (check.repairs.length > 0) await batchUpdate({ requests: check.repairs }, true);
      if (check.moved) {
        throw new NextRoundError('CONFLICT', `Rows or columns of "${sheetName}" moved while syncing; misplaced cells were put back and the pass reads again.`, {
          where,
        });
      }
    },
  };

  /** One spreadsheets.get: the Interviews grid (and the linked tabs'), its sheet id and the spreadsheet's time zone. */
  async function fetchGrid(): Promise<{ sheetId: number; grid: Grid; timeZone: string; sheets: sheets_v4.Schema$Sheet[] }> {
    for (;;) {
      const ranges = [sheetName, ...linkKeys.map((key) => LINKED_SHEETS[key].name)].map(quote);
      const spreadsheet = await withRetry(
        policy,
        { what: 'Sheets spreadsheets.get', where, idempotent: true },
        async () => (await options.sheets.spreadsheets.get({ spreadsheetId: options.spreadsheetId, ranges, includeGridData: true, fields: READ_FIELDS })).data,
      ).catch((error: unknown) => {
        // Sheets answers a range on a missing tab with 400 "Unable to parse range: <range>".
        if (!isNextRoundError(error, 'INVALID_INPUT') || !error.message.includes('Unable to parse range')) throw error;
        // Against every linked tab, not just those still asked for: a concurrent read may have dropped it already.
        const missing = (Object.keys(LINKED_SHEETS) as LinkedKey[]).filter((key) => error.message.includes(LINKED_SHEETS[key].name));
        if (missing.length === 0) throw sheetOf(undefined);
        linkKeys = linkKeys.filter((key) => !missing.includes(key));
        options.missingTabs?.remember(
          options.spreadsheetId,
          (Object.keys(LINKED_SHEETS) as LinkedKey[]).filter((key) => !linkKeys.includes(key)),
        );
        return null;
      });
      if (!spreadsheet) continue;
      const sheet = sheetOf(spreadsheet);
      return {
        sheetId: sheet.properties!.sheetId!,
        grid: gridOf(sheet.data ?? undefined),
        timeZone: spreadsheet.properties?.timeZone ?? 'UTC',
        sheets: spreadsheet.sheets ?? [],
      };
    }
  }

  async function readOnce(): Promise<TrackerSnapshot> {
    const { sheetId, grid, timeZone, sheets } = await fetchGrid();
    const linked = options.links === false ? null : readLinkedTabs(sheets, linkKeys);
    const headers = (grid[0] ?? []).map((cell) => cellText(cell));
    const map = mapHeaders(INTERVIEWS, headers);
    const rows = grid.slice(1).map((line) => {
      const cells: RowCells = {};
      for (const [key, column] of Object.entries(map.indexByKey)) cells[key] = readCell(COLUMN_BY_KEY.get(key)!, line[column]);
      return cells;
    });
    const snapshot: TrackerSnapshot = { headers, rows, timeZone, ...(linked ? { links: linked.links } : {}) };
    reads.set(snapshot, { sheetId, grid, map, tabs: linked?.tabs ?? {} });
    return snapshot;
  }
}
