/**
 * The board dialog in headless Chromium over the built board.html and the
 * bundle in a vm: coloured stage columns, active and closed apart; cards
 * moved by keyboard (arrows and the Move to… menu) and by drag, each move
 * written through changeStage into Stage history and announced; axe-clean
 * seeded and empty.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { seriousViolations } from '../support/axe.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { openSidebar, saveScreenshot, useBrowser } from '../support/sidebar-harness.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';

const NOW = new Date('2026-11-20T15:00:00Z');

function seeded(rows: number): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  if (rows) seedTracker(loaded.spreadsheet, { applications: rows, interviews: 0, now: NOW });
  loaded.log.reset();
  return loaded;
}
const history = (loaded: LoadedAddon) =>
  loaded.spreadsheet
    .getSheetByName('Stage history')!
    .peekValues()
    .slice(1)
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row) => row.slice(2, 6).join(' | '));
const column = (page: Page, stage: string) => page.locator(`section.column[data-stage="${stage}"]`);
const companiesIn = (page: Page, stage: string) => column(page, stage).locator('button.card .company').allTextContents();
const focusedCard = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);

describeWithChromium('the board dialog', () => {
  const browser = useBrowser();

  it('draws coloured stage columns, active before closed, and is axe-clean', async () => {
    const loaded = seeded(18);
    const { page, calls, blocked } = await openSidebar(browser(), loaded, { file: 'board' });
    await page.locator('button.card').first().waitFor();
    expect(await page.locator('#board-counts').textContent()).toBe('10 active · 8 closed');
    expect(await page.locator('[aria-labelledby="active-title"] section.column').evaluateAll((s) => s.map((e) => e.getAttribute('data-stage')))).toEqual([
      'Wishlist',
      'Applied',
      'Screening',
      'Interviewing',
      'Offer',
    ]);
    expect(await page.locator('#column-Offer-title').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(230, 244, 234)');
    expect(await seriousViolations(page, '#board')).toEqual([]);
    expect(calls.map((call) => [call.name, call.writes])).toEqual([['loadBoard', 0]]);
    expect(blocked).toEqual([]);
    await saveScreenshot(page, 'board');
    await page.close();
  });

  it('moves a card by keyboard alone: → one stage, then Enter and the Move to… menu, each recorded and announced', async () => {
    const loaded = seeded(9);
    const { page } = await openSidebar(browser(), loaded, { file: 'board' });
    await page.locator('button.card').first().waitFor();
    // Tab from the top reaches the first card (Close comes first).
    for (let i = 0; i < 10 && (await focusedCard(page)) === null; i++) await page.keyboard.press('Tab');
    expect(await focusedCard(page)).toBe('app-seed0');
    expect(await page.evaluate(() => document.activeElement!.closest('section')!.getAttribute('data-stage'))).toBe('Wishlist');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#board-status').textContent()).toBe('Acme · Backend Engineer moved to Applied.');
    expect(await focusedCard(page)).toBe('app-seed0');
    expect(await companiesIn(page, 'Applied')).toEqual(['Acme', 'Globex']);

    await page.keyboard.press('Enter');
    await page.locator('#move-menu').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Wishlist');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Offer');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#board-status').textContent()).toBe('Acme · Backend Engineer moved to Offer.');
    expect(await focusedCard(page)).toBe('app-seed0');

    // Escape closes the menu and gives the card its focus back, moving nothing.
    await page.keyboard.press('Enter');
    await page.locator('#move-menu').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#move-menu').count()).toBe(0);
    expect(await focusedCard(page)).toBe('app-seed0');

    expect(history(loaded)).toEqual(['Acme | Backend Engineer | Wishlist | Applied', 'Acme | Backend Engineer | Applied | Offer']);
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await page.close();
  });

  it('moves a card by drag and drop into a closed column', async () => {
    const loaded = seeded(9);
    const { page } = await openSidebar(browser(), loaded, { file: 'board' });
    const card = page.locator('button.card[data-id="app-seed2"]');
    await card.waitFor();
    await card.dragTo(column(page, 'Rejected'));
    await expect.poll(() => companiesIn(page, 'Rejected')).toEqual(['Wayne Enterprises', 'Initech']);
    expect(await page.locator('#board-status').textContent()).toBe('Initech · Data Analyst moved to Rejected.');
    expect(history(loaded)).toEqual(['Initech | Data Analyst | Screening | Rejected']);
    await page.close();
  });

  it('says what to do on an empty tracker, axe-clean', async () => {
    const { page } = await openSidebar(browser(), seeded(0), { file: 'board' });
    await page.locator('#board-empty').waitFor();
    expect(await page.locator('#board-counts').textContent()).toBe('0 active · 0 closed');
    expect(await seriousViolations(page, 'body')).toEqual([]);
    await page.close();
  });

  it('is opened from the sidebar by the Board button on Jobs', async () => {
    const loaded = seeded(3);
    const { page, calls } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    expect(await page.locator('#jobs-active h3').textContent()).toBe('Active (3)');
    await page.click('#open-board');
    await expect.poll(() => calls.map((call) => call.name)).toEqual(['loadTracker', 'openBoard']);
    expect(loaded.ui.dialogs).toHaveLength(1);
    await page.close();
  });

  it('shows the stage a card was moved to on the board once the sidebar has attention again, reading the tracker once per opening', async () => {
    const loaded = seeded(3);
    const { page, calls } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    const job = page.locator('#application-list [data-key="app-seed0"] .line.muted');
    expect(await job.textContent()).toMatch(/^Wishlist · /);
    const loads = () => calls.filter((call) => call.name === 'loadTracker').length;
    // Attention coming back without a board opened reads nothing.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    expect(loads()).toBe(1);

    await page.click('#open-board');
    await expect.poll(() => calls.map((call) => call.name)).toEqual(['loadTracker', 'openBoard']);
    // On the board (a dialog over the sheet, outside the sidebar), the card moves.
    loaded.addon.changeStage({ applicationId: 'app-seed0', stage: 'Offer' });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => job.textContent()).toMatch(/^Offer · /);
    expect(loads()).toBe(2);
    // One reload per opening: later attention reads nothing more.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(loads()).toBe(2);
    await page.close();
  });

  it('keeps a form opened on the way back from the board on screen when the reload arrives', async () => {
    const loaded = seeded(3);
    const { page, calls } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    await page.click('#open-board');
    await expect.poll(() => calls.map((call) => call.name)).toEqual(['loadTracker', 'openBoard']);
    // Back in the sidebar, the person's first click opens a form, before anything is typed.
    await page.click('#add-application');
    await page.locator('#f-company').waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => calls.filter((call) => call.name === 'loadTracker').length).toBe(2);
    await page.waitForTimeout(50);
    expect(await page.locator('#f-company').count()).toBe(1);
    await page.close();
  });
});
