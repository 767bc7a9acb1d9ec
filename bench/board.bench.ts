/**
 * The board dialog at 1,000 applications: Chromium over the built
 * board.html, timed inside the page from navigation start until every card
 * is drawn (its one loadBoard call answered by the bundle in a vm, as in
 * the tests; the harness's page set-up is left out), and the
 * Spreadsheet calls of that load, next to 10 applications.
 */
import { figure, type BenchSuite, type Figure } from './figure.js';
import { loadBundle, type LoadedAddon } from '../tests/support/load-bundle.js';
import { seedTracker } from '../tests/fakes/apps-script/seed-tracker.js';
import { hasChromium } from '../tests/support/capabilities.js';
import { launchBrowser, openSidebar } from '../tests/support/sidebar-harness.js';

const NOW = new Date('2026-03-02T08:30:00Z');
const RUNS = 5;

function seeded(rows: number): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: rows, interviews: 0, now: NOW });
  loaded.log.reset();
  return loaded;
}

function loadCalls(rows: number): number {
  const loaded = seeded(rows);
  loaded.addon.loadBoard();
  return loaded.log.spreadsheetCalls();
}

export const run: BenchSuite = async () => {
  const figures: Figure[] = [figure('addon.board_load_calls.1000', loadCalls(1000), 'calls', 'flat: the same as at 10 rows', loadCalls(10))];
  if (!hasChromium()) return figures;
  const loaded = seeded(1000);
  const browser = await launchBrowser();
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const { page } = await openSidebar(browser, loaded, { file: 'board' });
      // Page functions as strings: this file compiles without the DOM library.
      await page.waitForFunction("document.querySelectorAll('button.card').length === 1000", undefined, { polling: 'raf' });
      times.push(Number(await page.evaluate('performance.now()')));
      await page.close();
    }
    times.sort((a, b) => a - b);
    figures.push(figure('addon.board_open_ms.1000', times[Math.floor(RUNS / 2)]!, 'ms', '< 1000 (Chromium, page load to 1,000 cards drawn)'));
  } finally {
    await browser.close();
  }
  return figures;
};
