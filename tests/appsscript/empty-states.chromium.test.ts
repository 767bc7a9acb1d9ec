/**
 * First weeks of a search (issue 15): on a tracker set up but still empty,
 * each page says what fills it and what to do next, never speaking of a
 * search nobody made or of work done that never happened.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle } from '../support/load-bundle.js';
import { openFromHome, openSidebar, useBrowser } from '../support/sidebar-harness.js';

const NOW = new Date('2026-03-02T08:30:00Z');

/** The visible text of the open page once nothing is loading any more. */
async function pageText(page: Page): Promise<string> {
  await page.locator('#panel').waitFor();
  await expect.poll(() => page.getByText(/^(Loading…|Looking back…)$/).count(), { timeout: 10_000 }).toBe(0);
  return ((await page.locator('#panel').textContent()) ?? '').replace(/\s+/g, ' ');
}

describeWithChromium('the empty tracker', () => {
  const browser = useBrowser();

  it('says on Jobs, Interviews, Debriefs and Insights what fills them, with no talk of matches or of work done', async () => {
    const loaded = loadBundle({ now: NOW });
    loaded.addon.setUpTracker();
    const { page } = await openSidebar(browser(), loaded);
    const texts: Record<string, string> = {};
    for (const tab of ['applications', 'interviews', 'insights']) {
      await page.click(`#tab-${tab}`);
      texts[tab] = await pageText(page);
    }
    await openFromHome(page, 'reflect');
    texts.reflect = await pageText(page);
    expect(texts.applications).toContain('No jobs yet.');
    expect(texts.interviews).toContain('No interview rounds yet.');
    expect(texts.reflect).toContain('No interview has ended yet.');
    expect(texts.insights).toContain('Nothing to look back on yet.');
    expect(await page.locator('svg.chart').count()).toBe(0);
    for (const [where, text] of Object.entries(texts)) {
      expect(text, where).not.toMatch(/\bmatch(es)?\b|Every recent interview|max 1/);
    }
    await page.close();
  });
});
