/**
 * The real sidebar (dist/appsscript/sidebar.html) in headless Chromium, with
 * a google.script.run shim that calls the bundle's functions in its vm
 * context. Like Apps Script it answers asynchronously, only JSON-safe values
 * cross (a Date fails), and answers may arrive out of order when asked:
 * `delays` holds how long each successive call waits before answering.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_PATH } from './capabilities.js';
import { bundleDir, repoRoot, type LoadedAddon } from './load-bundle.js';
import { answerScriptRun, SCRIPT_RUN_SHIM, type ServerCall } from './script-run.js';
import { leaksAmong } from './message-leaks.js';

export { toWire, type ServerCall } from './script-run.js';

export const SIDEBAR_URL = 'https://sidebar.nextround.test/';
/**
 * Every screenshot a test takes (gitignored). The README's and docs/'s
 * pictures are among them: tests/scripts/readme-screenshots.chromium.test.ts
 * takes them from the seeded preview and copies them to docs/ when run with
 * NEXTROUND_UPDATE_DOCS=1.
 */
export const ARTIFACTS_DIR = join(repoRoot, 'tests', 'artifacts');

// Every error, alert and notice the sidebar showed in this test file: the message catalogue's scan.
const shown = new Set<string>();
const SHOWN_SELECTOR = '.banner, .field-error, .field-warning, [role=alert], [role=status]';
// Reports each message element's text once it settles (a MutationObserver over the whole page).
const SHOWN_SHIM = `new MutationObserver(() => {
  for (const node of document.querySelectorAll(${JSON.stringify(SHOWN_SELECTOR)})) {
    const text = (node.textContent || '').trim();
    if (text && node.__shown !== text) { node.__shown = text; window.__nextroundShown(text); }
  }
}).observe(document, { childList: true, subtree: true, characterData: true });`;

/** The messages shown so far in this file's sidebars. */
export function shownMessages(): string[] {
  return [...shown];
}

export interface OpenSidebar {
  page: Page;
  calls: ServerCall[];
  /** Requests the page tried to make beyond the sidebar itself (should be none). */
  blocked: string[];
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * One Chromium per describe block: launched before its tests, closed after.
 * Returns a getter, since the browser exists only once beforeAll has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    // Every message the tests made the sidebar show is fit for a person (issue 15: words, not codes).
    const leaks = leaksAmong(shown);
    if (leaks.length) throw new Error(`The sidebar showed internal words:\n${leaks.join('\n')}`);
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is not launched yet (call it inside a describe block).');
    return browser;
  };
}

export interface OpenOptions {
  /** Per-call answer delays in ms, in call order. */
  delays?: number[];
  /** Serve what showSidebar() puts in the sidebar (its appended markers included) instead of the built file. */
  viaShowSidebar?: boolean;
  /** Which built page to serve: the sidebar (300 px wide) or the board dialog (its dialog size). */
  file?: 'sidebar' | 'board';
  viewport?: { width: number; height: number };
  /** Page script run after the google.script.run shim is installed, before the page's own (e.g. a bench's timing hooks). */
  initScript?: string;
}

/** Opens a fresh page on the built sidebar, wired to `loaded`'s vm. */
export async function openSidebar(browser: Browser, loaded: LoadedAddon, options: OpenOptions = {}): Promise<OpenSidebar> {
  const page = await browser.newPage({ viewport: options.viewport ?? (options.file === 'board' ? { width: 1200, height: 720 } : { width: 300, height: 900 }) });
  const calls: ServerCall[] = [];
  const blocked: string[] = [];
  if (options.viaShowSidebar) loaded.addon.showSidebar();
  const html = options.viaShowSidebar ? loaded.ui.sidebars.at(-1)!.getContent() : readFileSync(join(bundleDir, `${options.file ?? 'sidebar'}.html`), 'utf8');

  await page.exposeFunction('__nextroundCall', (name: string, argsJson: string) => answerScriptRun(loaded, calls, name, argsJson));
  await page.exposeFunction('__nextroundShown', (text: string) => void shown.add(text));
  await page.addInitScript({ content: `document.addEventListener('DOMContentLoaded', () => { ${SHOWN_SHIM} });` });
  await page.addInitScript({ content: `window.__nextroundDelays = ${JSON.stringify(options.delays ?? [])};\n${SCRIPT_RUN_SHIM}\n${options.initScript ?? ''}` });
  await page.route('**/*', (route) => {
    if (route.request().url() === SIDEBAR_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto(SIDEBAR_URL);
  return { page, calls, blocked };
}

/** Saves a screenshot under tests/artifacts/ (kept by CI as a test artifact). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Opens a secondary page from Home's "More" list (`#go-<id>`), as a person does. */
export async function openFromHome(page: Page, id: string): Promise<void> {
  await page.click('#tab-home');
  await page.click(`#go-${id}`);
}
