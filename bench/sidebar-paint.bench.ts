/**
 * The sidebar's first paint at 1,000 applications and 1,000 interview
 * rounds: Chromium over the built sidebar.html, timed inside the page from
 * navigation start until the first google.script.run answer has been
 * rendered and the next frame drawn, next to the same page over an empty
 * tracker. The wait does not name a panel (Pipeline or Home, whichever
 * comes first): a hook around the shim marks the frame after the first
 * answer's handler and its promise chain have run. It also counts the
 * round trips the page made by then: the first screen is one call.
 */
import { figure, type BenchSuite, type Figure } from './figure.js';
import { loadBundle, type LoadedAddon } from '../tests/support/load-bundle.js';
import { seedTracker } from '../tests/fakes/apps-script/seed-tracker.js';
import { hasChromium } from '../tests/support/capabilities.js';
import { launchBrowser, openSidebar } from '../tests/support/sidebar-harness.js';
import type { Browser, Page } from 'playwright-core';

const NOW = new Date('2026-03-02T08:30:00Z');
const ROWS = 1000;
const RUNS = 5;

/**
 * Page script, after the shim: wraps google.script.run so every call is
 * counted and the first success handler is followed by a frame. The
 * handler runs in a task; the sidebar's promise chain renders in the
 * microtasks after it, so the next animation frame comes after the render,
 * and a task queued from that frame runs once the frame is painted.
 */
const FIRST_PAINT_HOOK = `(() => {
  const real = window.google.script.run;
  window.__paintCalls = 0;
  const marked = () => {
    if (window.__firstAnswer) return;
    window.__firstAnswer = true;
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('nextround-first-paint');
      window.__firstPaint = { ms: performance.now(), calls: window.__paintCalls, elements: document.getElementById('app').querySelectorAll('*').length };
    }, 0));
  };
  const wrap = (runner) => new Proxy({}, {
    get(_target, name) {
      if (name === 'withSuccessHandler') return (handler) => wrap(runner.withSuccessHandler((value) => { handler(value); marked(); }));
      if (name === 'withFailureHandler') return (handler) => wrap(runner.withFailureHandler(handler));
      if (name === 'withUserObject') return (object) => wrap(runner.withUserObject(object));
      return (...args) => { window.__paintCalls++; return runner[name](...args); };
    },
  });
  window.google.script.run = wrap(real);
})();`;

interface FirstPaint {
  ms: number;
  calls: number;
  elements: number;
}

function tracker(rows: number): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  if (rows > 0) seedTracker(loaded.spreadsheet, { applications: rows, interviews: rows, now: NOW });
  loaded.log.reset();
  return loaded;
}

/** The median first paint of `RUNS` fresh pages, and the most round trips any of them made by then. */
async function firstPaint(browser: Browser, rows: number): Promise<{ ms: number; calls: number }> {
  const loaded = tracker(rows);
  const paints: FirstPaint[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { page } = await openSidebar(browser, loaded, { initScript: FIRST_PAINT_HOOK });
    // Page functions as strings: this file compiles without the DOM library.
    await page.waitForFunction('window.__firstPaint !== undefined');
    const paint = (await page.evaluate('window.__firstPaint')) as FirstPaint;
    if (paint.elements === 0) throw new Error(`sidebar-paint: the first answer at ${rows} rows drew nothing in #app.`);
    paints.push(paint);
    await page.close();
  }
  const times = paints.map((paint) => paint.ms).sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, calls: Math.max(...paints.map((paint) => paint.calls)) };
}

/**
 * Insights is fetched on first use (screens.html, nav/on-demand.ts): the median time from
 * the click to its summary drawn, first open (fetch + run + loadInsights) against a later
 * open of the same page (loadInsights only), measured from the test side around the clicks.
 */
async function insightsOpen(browser: Browser, rows: number): Promise<{ first: number; later: number }> {
  const loaded = tracker(rows);
  const first: number[] = [];
  const later: number[] = [];
  const open = async (page: Page) => {
    const started = performance.now();
    await page.click('#tab-insights');
    await page.locator('#insights-summary').waitFor();
    return performance.now() - started;
  };
  for (let i = 0; i < RUNS; i++) {
    const { page } = await openSidebar(browser, loaded);
    await page.locator('#tab-home[aria-selected=true]').waitFor();
    first.push(await open(page));
    await page.click('#tab-home');
    later.push(await open(page));
    await page.close();
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { first: median(first), later: median(later) };
}

export const run: BenchSuite = async () => {
  if (!hasChromium()) return [];
  const browser = await launchBrowser();
  try {
    const empty = await firstPaint(browser, 0);
    const full = await firstPaint(browser, ROWS);
    const insights = await insightsOpen(browser, ROWS);
    return [
      figure(
        `addon.sidebar_first_paint_ms.${ROWS}`,
        full.ms,
        'ms',
        '< 1000 (Chromium, page load to the first answer drawn; baseline: empty tracker)',
        empty.ms,
      ),
      figure(`addon.sidebar_first_paint_round_trips.${ROWS}`, full.calls, 'calls', '1 (one google.script.run call for the first screen)', empty.calls),
      figure(
        `addon.insights_first_open_ms.${ROWS}`,
        insights.first,
        'ms',
        'reported: first open fetches screens.html (one more call); baseline: a later open',
        insights.later,
      ),
    ] satisfies Figure[];
  } finally {
    await browser.close();
  }
};
