import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureServerBundle, LOCAL_BUNDLE } from '../../scripts/server-bundle.js';
import { CHROMIUM_PATH, describeWithChromium } from '../../support/capabilities.js';
import { freePort, waitForOutput } from './spawn-service.js';

describeWithChromium('npm start (the real process, example calendar, temp working dir)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'nr-start-'));
  let child: ChildProcess;
  let output = '';
  let port: number;
  let browser: Browser;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    port = await freePort();
    ensureServerBundle();
    // What `npm start` runs once prestart has built the bundle: node dist/server/main.mjs (from the repo, in a fresh directory).
    child = spawn(process.execPath, [LOCAL_BUNDLE], {
      cwd,
      // A fixed window: the example calendar's dates (Dec 2026 – Jan 2027) count the same whenever this runs.
      env: {
        ...process.env,
        PORT: String(port),
        NEXTROUND_TZ: 'America/New_York',
        NEXTROUND_CONFIG: '',
        NEXTROUND_FROM: '2026-06-01',
        NEXTROUND_TO: '2027-06-01',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    await waitForOutput(() => output, /listening on/, 30_000);
    await waitForOutput(() => output, /pass 1 /, 30_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (child.exitCode === null) {
      // SIGTERM, not SIGKILL: the service closes its state store on the way out.
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  });

  it('prints the first sync of the example calendar', () => {
    expect(output).toMatch(/pass 1 \S+: found 41, added 7, updated 0, cancelled 1, unchanged 0, skipped 33 -> \S+nextround-tracker\.xlsx \(next in 300 s\)/);
  });

  it('answers GET /healthz with 200', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect([response.status, await response.json()]).toEqual([200, { ok: true }]);
  });

  it('shows the source and the counts of the last pass on the status page in Chromium', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const counts = await page.$$eval('#counts td', (cells) => cells.map((cell) => [cell.getAttribute('data-count'), cell.textContent]));
    expect(counts).toEqual([
      ['found', '41'],
      ['added', '7'],
      ['updated', '0'],
      ['cancelled', '1'],
      ['unchanged', '0'],
      ['skipped', '33'],
    ]);
    expect(await page.textContent('#sources')).toContain('examples/job-search.ics');
    await page.close();
  });

  it('keeps its state and tracker in the working directory, with no temp file left', () => {
    expect([existsSync(join(cwd, '.nextround/state.db')), readdirSync(cwd).sort()]).toEqual([true, ['.nextround', 'nextround-tracker.xlsx']]);
  });

  it('stops on SIGINT with exit code 0', async () => {
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped cleanly');
  });
});
