/**
 * The sidebar's rarer pages load on first use (issue 15: sidebar.html within
 * the foundation's 80 KB): opening the sidebar fetches the tracker only; the
 * first rarer page fetches screens.html once, for all of them; a failed fetch
 * says so in the person's words and can be tried again.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { openFromHome, openSidebar, useBrowser } from '../support/sidebar-harness.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { ON_DEMAND_PAGES } from '../../appsscript/sidebar/nav/on-demand.js';
import { SECONDARY_PAGES } from '../../appsscript/sidebar/nav/pages.js';
import { NAV_WORDS } from '../../appsscript/sidebar/words.js';

const NOW = new Date('2026-03-02T08:30:00Z');

function seeded(): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: 12, interviews: 8, now: NOW });
  loaded.log.reset();
  return loaded;
}

const names = (calls: { name: string }[]) => calls.map((call) => call.name);
const heading = (page: Page) => page.locator('#page-title').textContent();

describeWithChromium('the sidebar pages loaded on first use', () => {
  const browser = useBrowser();

  it('fetch nothing on open, then screens.html once for every rarer page, each page showing under its own heading', async () => {
    const { page, calls, blocked } = await openSidebar(browser(), seeded());
    await page.locator('#tab-home[aria-selected=true]').waitFor();
    expect(names(calls)).toEqual(['loadTracker']);

    const secondary = SECONDARY_PAGES.filter((entry) => (ON_DEMAND_PAGES as readonly string[]).includes(entry.route.panel));
    expect(secondary.map((entry) => entry.id)).toEqual(['add-job', 'import-tracker', 'connect', 'due-settings', 'setup']);
    for (const entry of secondary) {
      await openFromHome(page, entry.id);
      await expect.poll(() => heading(page)).toBe(entry.label);
      await expect.poll(() => page.getByText('Loading…').count()).toBe(0);
      expect(await page.locator('#opening').count(), entry.id).toBe(0);
    }
    await page.click('#tab-insights');
    await page.locator('#insights-summary, #insights-empty').first().waitFor();
    expect(names(calls).filter((name) => name === 'loadScreens')).toHaveLength(1);
    expect(names(calls)[1]).toBe('loadScreens');
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('keeps focus on the Insights tab when it is chosen by keyboard before its page has arrived', async () => {
    const { page } = await openSidebar(browser(), seeded(), { delays: [0, 300] });
    await page.locator('#tab-home[aria-selected=true]').focus();
    await page.keyboard.press('End');
    await page.locator('#insights-summary, #insights-empty').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-insights');
    await page.close();
  });

  it('says in the person’s words when the pages cannot be fetched, and Try again opens the page', async () => {
    const loaded = seeded();
    const real = loaded.context.loadScreens as () => string;
    let failures = 2;
    loaded.context.loadScreens = () => {
      if (failures-- > 0) throw new Error('NetworkError: Connection failure due to HTTP 0');
      return real();
    };
    const { page, calls } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'add-job');
    const alert = page.locator('#opening [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(NAV_WORDS.openFailed);
    // A second failure: Try again by keyboard, and the new button has focus to try once more.
    await page.focus('#opening-again');
    await page.keyboard.press('Enter');
    await expect.poll(() => names(calls).filter((name) => name === 'loadScreens').length).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('opening-again');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#opening').count()).toBe(0);
    expect(await heading(page)).toBe('Add a job from a link');
    expect(names(calls).filter((name) => name === 'loadScreens')).toHaveLength(3);
    await page.close();
  });
});
