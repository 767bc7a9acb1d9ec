/// <reference types="google-apps-script" />
/**
 * The add-on's costs, measured on the built bundle in a vm over the counting
 * fakes: Spreadsheet calls and wall time of the sidebar's first load and of
 * set-up, next to a naive loop that reads (or formats) one cell at a time,
 * and the size of the pushed files next to a plain esbuild bundle.
 */
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { figure, medianMs, type BenchSuite, type Figure } from './figure.js';
import { bundleDir, loadBundle, repoRoot, type LoadedAddon } from '../tests/support/load-bundle.js';
import { seedTracker } from '../tests/fakes/apps-script/seed-tracker.js';
import type { FakeSheet } from '../tests/fakes/apps-script/index.js';
import { TRACKER_SHEETS } from '../shared/schema/tracker-schema.js';
import { numberFormatOf } from '../shared/cells/cell-kind.js';

const NOW = new Date('2026-03-02T08:30:00Z');
const ROWS = [10, 1000, 10_000];
const RUNS = 5;

function seeded(rows: number): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: rows, interviews: rows, now: NOW });
  loaded.log.reset();
  return loaded;
}

/** The same load with every sheet read the naive way: one getRange(r, c).getValue() per cell. */
function naiveLoad(loaded: LoadedAddon): void {
  for (const sheet of loaded.spreadsheet.sheets) sheet.cellByCell = true;
  try {
    loaded.addon.loadTracker();
  } finally {
    for (const sheet of loaded.spreadsheet.sheets) sheet.cellByCell = false;
  }
}

/** Set-up written cell by cell: each header, each data cell's format, each dropdown. */
function naiveSetup(loaded: LoadedAddon): void {
  for (const spec of TRACKER_SHEETS) {
    const sheet: FakeSheet = loaded.spreadsheet.insertSheet(spec.name);
    spec.columns.forEach((column, index) => {
      sheet.getRange(1, index + 1).setValue(column.header);
      for (let r = 2; r <= sheet.getMaxRows(); r++) sheet.getRange(r, index + 1).setNumberFormat(numberFormatOf(column));
    });
    sheet.setFrozenRows(1);
  }
}

/** Set-up run again the naive way: every cell of every tracker sheet re-checked and re-formatted one at a time. */
function naiveRerun(loaded: LoadedAddon): void {
  for (const spec of TRACKER_SHEETS) {
    const sheet = loaded.spreadsheet.getSheetByName(spec.name)!;
    spec.columns.forEach((column, index) => {
      if (sheet.getRange(1, index + 1).getValue() !== column.header) sheet.getRange(1, index + 1).setValue(column.header);
      for (let r = 2; r <= sheet.getMaxRows(); r++) sheet.getRange(r, index + 1).setNumberFormat(numberFormatOf(column));
    });
  }
}

async function sizeOfPlainBuild(entry: string): Promise<number> {
  const result = await build({ entryPoints: [join(repoRoot, entry)], bundle: true, write: false, format: 'iife', logLevel: 'silent' });
  return result.outputFiles[0]!.contents.byteLength;
}

export const run: BenchSuite = async () => {
  const figures: Figure[] = [];
  for (const rows of ROWS) {
    const loaded = seeded(rows);
    loaded.addon.loadTracker();
    const calls = loaded.log.spreadsheetCalls();
    loaded.log.reset();
    naiveLoad(loaded);
    const naiveCalls = loaded.log.spreadsheetCalls();
    figures.push(figure(`addon.sidebar_load_calls.${rows}`, calls, 'calls', '≤ 3 reads, flat', naiveCalls));
    const ms = await medianMs(RUNS, () => loaded.addon.loadTracker());
    const naiveMs = await medianMs(RUNS, () => naiveLoad(loaded));
    figures.push(figure(`addon.sidebar_load_ms.${rows}`, ms, 'ms', 'linear in rows (in-memory fake: no per-call latency)', naiveMs));
  }

  for (const rows of ROWS) {
    const loaded = seeded(rows);
    loaded.addon.setUpTracker();
    const calls = loaded.log.spreadsheetCalls();
    loaded.log.reset();
    naiveRerun(loaded);
    figures.push(figure(`addon.setup_calls.rerun_${rows}`, calls, 'calls', 'constant: re-run on a set-up tracker', loaded.log.spreadsheetCalls()));
    const ms = await medianMs(RUNS, () => loaded.addon.setUpTracker());
    const naiveMs = await medianMs(3, () => naiveRerun(loaded));
    figures.push(figure(`addon.setup_ms.rerun_${rows}`, ms, 'ms', 'flat (in-memory fake: no per-call latency)', naiveMs));
  }

  const fresh = loadBundle({ now: NOW });
  fresh.addon.setUpTracker();
  const setupCalls = fresh.log.spreadsheetCalls();
  const naive = loadBundle({ now: NOW });
  naiveSetup(naive);
  figures.push(figure('addon.setup_calls', setupCalls, 'calls', 'constant (per column, never per row)', naive.log.spreadsheetCalls()));

  const kb = (bytes: number) => bytes / 1024;
  const code = statSync(join(bundleDir, 'Code.js')).size;
  figures.push(
    figure(
      'addon.bundle_kb',
      kb(code),
      'KB',
      '≤ 460 (tests/appsscript/bundle-size.test.ts); baseline: plain esbuild of the same entry',
      kb(await sizeOfPlainBuild('appsscript/index.ts')),
    ),
  );
  const html = readFileSync(join(bundleDir, 'sidebar.html')).byteLength;
  const css = statSync(join(repoRoot, 'appsscript', 'sidebar', 'sidebar.css')).size;
  figures.push(
    figure(
      'addon.sidebar_html_kb',
      kb(html),
      'KB',
      '≤ 80, one self-contained file, no zod; baseline: plain esbuild + the CSS',
      kb((await sizeOfPlainBuild('appsscript/sidebar/main.ts')) + css),
    ),
  );
  // The rarer pages, fetched once the first time one opens (appsscript/sidebar/nav/on-demand.ts).
  const screens = statSync(join(bundleDir, 'screens.html')).size;
  figures.push(
    figure(
      'addon.screens_html_kb',
      kb(screens),
      'KB',
      '≤ 48, fetched on first use only; baseline: plain esbuild',
      kb(await sizeOfPlainBuild('appsscript/sidebar/screens/main.ts')),
    ),
  );
  return figures;
};
