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

export const SIDEBAR_URL = 'https://sidebar.nextround.test/';
export const ARTIFACTS_DIR = join(repoRoot, 'tests', 'artifacts');

export interface ServerCall {
  name: string;
  args: unknown[];
  /** Spreadsheet reads and writes this call made. */
  reads: number;
  writes: number;
  error: string | null;
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
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is not launched yet (call it inside a describe block).');
    return browser;
  };
}

/** Apps Script's rule for google.script.run values: primitives, arrays, plain objects; no Date. */
export function toWire(value: unknown, path = 'result'): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (value === undefined) return null;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(`google.script.run cannot pass a Date (${path}); use an ISO or wall-time string.`);
  }
  if (Array.isArray(value)) return value.map((item, i) => toWire(item, `${path}[${i}]`));
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toWire(v, `${path}.${k}`)]));
  }
  throw new Error(`google.script.run cannot pass a ${typeof value} (${path}).`);
}

const SHIM = `(() => {
  let calls = 0;
  const runner = (success, failure) => new Proxy({}, {
    get(_target, name) {
      if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
      if (name === 'withFailureHandler') return (handler) => runner(success, handler);
      if (name === 'withUserObject') return () => runner(success, failure);
      return (...args) => {
        const delay = (window.__nextroundDelays || [])[calls++] || 0;
        window.__nextroundCall(String(name), JSON.stringify(args)).then(
          (json) => setTimeout(() => success && success(JSON.parse(json)), delay),
          (error) => setTimeout(() => failure && failure(new Error(String(error && error.message || error).replace(/^Error: /, ''))), delay),
        );
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

export interface OpenOptions {
  /** Per-call answer delays in ms, in call order. */
  delays?: number[];
}

/** Opens a fresh page on the built sidebar, wired to `loaded`'s vm. */
export async function openSidebar(browser: Browser, loaded: LoadedAddon, options: OpenOptions = {}): Promise<OpenSidebar> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const calls: ServerCall[] = [];
  const blocked: string[] = [];
  const html = readFileSync(join(bundleDir, 'sidebar.html'), 'utf8');

  await page.exposeFunction('__nextroundCall', (name: string, argsJson: string) => {
    const args: unknown[] = JSON.parse(argsJson);
    const fn: unknown = loaded.context[name];
    const reads = loaded.log.reads();
    const writes = loaded.log.writes();
    const call: ServerCall = { name, args, reads: 0, writes: 0, error: null };
    calls.push(call);
    try {
      if (name.endsWith('_') || typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      const result: unknown = fn(...args);
      return JSON.stringify(toWire(result));
    } catch (error) {
      // Errors from the vm come from another realm: pass their message on, as Apps Script does.
      call.error = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
      throw new Error(call.error);
    } finally {
      call.reads = loaded.log.reads() - reads;
      call.writes = loaded.log.writes() - writes;
    }
  });
  await page.addInitScript({ content: `window.__nextroundDelays = ${JSON.stringify(options.delays ?? [])};\n${SHIM}` });
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
