/**
 * The pictures of the README and docs/, made from the seeded preview (one
 * believable search, no security fixtures) at the sidebar's real 300 px:
 * every primary destination and both hubs from the same build and the same
 * data, so the same navigation and figures show in each. Saved under
 * tests/artifacts/ on every run; copied to docs/ with
 * NEXTROUND_UPDATE_DOCS=1 (so a test run leaves the committed tree alone):
 *
 *   NEXTROUND_UPDATE_DOCS=1 npx vitest run tests/scripts/readme-screenshots.chromium.test.ts
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { repoRoot } from '../support/load-bundle.js';
import { DESTINATIONS } from '../../appsscript/sidebar/nav/pages.js';
import { saveScreenshot, useBrowser } from '../support/sidebar-harness.js';
import { startPreview, type RunningPreview } from '../../scripts/preview-server.js';

// A fixed afternoon, so the pictures do not change from run to run.
const NOW = new Date('2026-12-01T14:00:00Z');
let preview: RunningPreview;
/** The pictures this file took, by name. */
const taken = new Set<string>();

beforeAll(async () => {
  preview = await startPreview({ port: 0, now: NOW });
  preview.loaded.addon.saveMyName({ myName: 'Alex Morgan' });
});
afterAll(() => preview?.close());

/** Saves the artifact and, on request, the README's copy in docs/. */
async function picture(page: Page, name: string): Promise<void> {
  // No markup, script or security fixture anywhere in what the picture shows.
  // (The page's own content root, not <body>, whose text includes the inlined script.)
  expect(await page.locator('#app, #board').first().textContent()).not.toMatch(/<img|onerror|<script|javascript:/i);
  const shot = await saveScreenshot(page, name);
  taken.add(name);
  if (process.env.NEXTROUND_UPDATE_DOCS === '1') {
    mkdirSync(join(repoRoot, 'docs'), { recursive: true });
    copyFileSync(shot, join(repoRoot, 'docs', `${name}.png`));
  }
}

describeWithChromium('the README pictures', () => {
  const browser = useBrowser();

  it('shows each primary destination of the seeded preview at 300 px', async () => {
    const page = await browser().newPage({ viewport: { width: 300, height: 640 } });
    await page.goto(`${preview.url}sidebar`);
    await page.locator('#total').waitFor();
    await picture(page, 'sidebar-home');

    await page.click('#tab-applications');
    await page.locator('#jobs-active').waitFor();
    await picture(page, 'sidebar-jobs');

    // The application hub of a job with rounds behind it and one just ended.
    await page.click('#application-list [data-key="app-lumen"]');
    await page.locator('#hub-description').waitFor();
    await picture(page, 'sidebar-application-hub');

    await page.click('#tab-interviews');
    await page.locator('#interview-list li').first().waitFor();
    await picture(page, 'sidebar-interviews');

    // The interview hub of that round: prepare, debrief and its two thank-yous.
    await page.click('#interview-list [data-key="nr-lumen-3"]');
    await page.locator('#hub-thanks').waitFor();
    await expect.poll(() => page.getByText(/^Loading…$/).count()).toBe(0);
    await picture(page, 'sidebar-interview-hub');

    await page.click('#tab-due');
    await page.locator('#due-items li').first().waitFor();
    await picture(page, 'sidebar-due');

    await page.locator('#due-items li[data-due-id^="thank-you|nr-lumen-3|"] .due-open').first().click();
    await expect.poll(() => page.locator('.draft-card.ready').count()).toBe(2);
    await picture(page, 'sidebar-drafts');

    await page.click('#tab-insights');
    await page.locator('#chart-funnel').waitFor();
    await picture(page, 'sidebar-insights');
    await page.close();
  });

  it('pictures every primary destination and both hubs', () => {
    const expected = [...DESTINATIONS.map((destination) => `sidebar-${destination.label.toLowerCase()}`), 'sidebar-application-hub', 'sidebar-interview-hub'];
    expect(expected.filter((name) => !taken.has(name))).toEqual([]);
  });

  it('shows the board at its dialog size', async () => {
    const page = await browser().newPage({ viewport: { width: 1200, height: 720 } });
    await page.goto(`${preview.url}board`);
    await page.locator('button.card').first().waitFor();
    await picture(page, 'board');
    await page.close();
  });
});
