/**
 * Import an existing tracker, from a CSV file the sidebar read (its bytes
 * as base64) or from another sheet of this spreadsheet. The preview and the
 * import run the same plan (shared/import); the import writes only a plan
 * without problems or unknown stage values, all of it or nothing: one block
 * on Applications and one on Stage history (4 Spreadsheet writes whatever
 * the row count, plus one insertRowsAfter per sheet that must grow).
 */
import type { AddonApi } from '../api/contract.js';
import { ImportInput } from '../api/inputs.js';
import type { ImportPreview } from '../api/views.js';
import { NextRoundError } from '../../shared/errors.js';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS } from '../../shared/import/column-synonyms.js';
import { checkMapping, proposeMapping } from '../../shared/import/map-columns.js';
import { planImport, type ImportPlan, type ImportRows } from '../../shared/import/plan-import.js';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { APPLICATIONS, TRACKER_SHEETS } from '../../shared/schema/tracker-schema.js';
import { STAGES } from '../../shared/stages/index.js';
import { withDocumentLock } from '../lock.js';
import { openTracker, type Tracker } from '../open-tracker.js';
import { parseInput } from '../parse-input.js';
import { appendRows } from '../sheets/append-rows.js';
import { readImportSource } from './import-source.js';

/** Sheets of this spreadsheet that are not the tracker's own. */
export const listImportSheets: AddonApi['listImportSheets'] = () => {
  const own = new Set(TRACKER_SHEETS.map((spec) => spec.name));
  return {
    sheets: SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => sheet.getName())
      .filter((name) => !own.has(name)),
  };
};

/** The import as it would run; writes nothing. */
export const previewImport: AddonApi['previewImport'] = (input: unknown) => {
  const parsed = parseInput(ImportInput, input, 'previewImport');
  return prepare(parsed, openTracker(), false).preview;
};

/** Imports every row or none; a plan that still needs the person answers its preview. */
export const runImport: AddonApi['runImport'] = (input: unknown) => {
  const parsed = parseInput(ImportInput, input, 'runImport');
  return withDocumentLock(() => {
    const tracker = openTracker();
    const { preview, plan } = prepare(parsed, tracker, true);
    if (!preview.ready) return { kind: 'not-imported', preview };
    // Both sheets are read before the first write, so a missing one stops the import with nothing written.
    const history = tracker.read(STAGE_HISTORY);
    const applications = tracker.read(APPLICATIONS);
    appendRows(applications.sheet, applications.map, applications.height + 1, plan.applications, tracker.codec);
    appendRows(history.sheet, history.map, history.height + 1, plan.history, tracker.codec);
    return { kind: 'imported', applications: plan.applications.length, history: plan.history.length };
  });
};

function prepare(parsed: ImportInput, tracker: Tracker, importing: boolean): { preview: ImportPreview; plan: ImportPlan } {
  const source = readImportSource(parsed.source, tracker.spreadsheet);
  const mapping = parsed.mapping ? checkMapping(parsed.mapping, source.table.headers, importing) : proposeMapping(source.table.headers);
  const table = tracker.read(APPLICATIONS);
  const used = mapping.filter((field) => field !== null && field !== 'stageDate');
  const absent = table.map.missing.filter((column) => (used as string[]).includes(column.key));
  if (absent.length) {
    throw new NextRoundError(
      'NOT_FOUND',
      `The Applications sheet has no ${absent.map((column) => `"${column.header}"`).join(', ')} column yet. Run "Set up tracker" (it adds what is missing), or leave those columns out of the import.`,
      { where: 'Applications' },
    );
  }
  const existing = table.rows.map((row) => ({ company: row.cells.company ?? '', role: row.cells.role ?? '', link: row.cells.link ?? '' }));
  const plan = planImport(source.table, existing, {
    mapping,
    stageValues: parsed.stageValues ?? {},
    dayOrder: parsed.dayOrder,
    timeZone: tracker.codec.timeZone,
    today: tracker.codec.toWall(new Date(), false),
    idPrefix: Utilities.getUuid().slice(0, 8),
  });
  const hasCompanyAndRole = mapping.includes('company') && mapping.includes('role');
  const preview: ImportPreview = {
    sourceName: source.name,
    format: source.format,
    headers: [...source.table.headers],
    mapping,
    fields: IMPORT_FIELDS.map((key) => ({ key, label: IMPORT_FIELD_LABELS[key] })),
    sample: sampleOf(source.table),
    counts: plan.counts,
    unknownStages: plan.unknownStages,
    stages: [...STAGES],
    problems: hasCompanyAndRole ? plan.problems : [{ line: 1, column: '', message: 'Choose the columns that hold the Company and the Role.' }],
    problemCount: hasCompanyAndRole ? plan.problemCount : 1,
    dayOrder: plan.dayOrder,
    ready: hasCompanyAndRole && plan.problemCount === 0 && plan.unknownStages.length === 0 && plan.applications.length > 0,
  };
  return { preview, plan };
}

function sampleOf(table: ImportRows): string[][] {
  return table.rows.slice(0, 3).map((row) => row.cells.map((cell) => cell.slice(0, 80)));
}
