/** The Due panel in headless Chromium over the built bundle: grouped, decided by keyboard alone, remembered, axe-clean. */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { seriousViolations } from '../support/axe.js';
import { useBrowser, openSidebar } from '../support/sidebar-harness.js';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const HOUR = 3_600_000;

function workbook() {
  const wb = openDraftsWorkbook({ now: NOW });
  wb.addRow(INTERVIEWS, {
    eventId: 'evt-onsite',
    start: new Date(NOW.getTime() - 31 * HOUR),
    end: new Date(NOW.getTime() - 30 * HOUR),
    title: 'Onsite',
    company: 'Acme',
    role: 'Engineer',
    round: 'Onsite',
    interviewers: 'Ana Pérez <ana@acme.com>, Bo Li <bo@acme.com>',
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
  });
  wb.addRow(APPLICATIONS, {
    id: 'app-2',
    company: 'Globex',
    role: 'Designer',
    stage: 'Screening',
    appliedOn: new Date(NOW.getTime() - 48 * HOUR),
    nextAction: 'Send portfolio',
    nextActionDue: new Date(NOW.getTime() + 72 * HOUR),
  });
  wb.log.reset();
  return wb;
}

/** Presses Tab until the focused element matches `selector` (at most 40 times). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.textContent ?? ''}`);
/** The Due tab's count (what is seen and what is heard) and the number of cards on the page. */
const badgeAndCards = (page: Page) =>
  page.evaluate(() => {
    const tab = document.getElementById('tab-due')!;
    return [
      tab.querySelector('.tab-count')?.textContent ?? 'none',
      tab.querySelector('.sr-only')?.textContent ?? 'none',
      document.querySelectorAll('#due-items li.due-card').length,
    ];
  });

describeWithChromium('the Due panel', () => {
  const browser = useBrowser();

  it('asks how to sign drafts before the cards, then groups Overdue and This week', async () => {
    const wb = workbook();
    const { page, blocked } = await openSidebar(browser(), wb);
    await page.click('#tab-due');
    await page.locator('#sign-as-name').waitFor();
    // The question comes before any card.
    expect(await page.evaluate(() => document.getElementById('sign-as')!.compareDocumentPosition(document.getElementById('due-items')!) & 4)).toBe(4);
    expect(await page.locator('#due-items h3').allTextContents()).toEqual(['Overdue (2)', 'This week (1)']);
    expect(await page.locator('#due-week .due-open').allTextContents()).toEqual(['Send portfolio']);
    await page.click('#save-sign-as');
    expect(await page.locator('#sign-as-error').textContent()).toBe('Type the name your drafts should end with.');
    await page.fill('#sign-as-name', 'Sam Doe');
    await page.click('#save-sign-as');
    await expect.poll(() => page.locator('#signed-as').textContent()).toBe('Drafts are signed “Sam Doe”. ');
    expect(JSON.parse(wb.context.PropertiesService.getDocumentProperties().getProperty('nextround.settings')!).myName).toBe('Sam Doe');
    expect(await seriousViolations(page, '#app')).toEqual([]);
    // A next action opens its application's hub, under Due's trail.
    await page.locator('#due-week .due-open').click();
    await expect.poll(() => page.locator('#page-title').textContent()).toBe('Globex — Designer');
    expect(await page.locator('.trail li').allTextContents()).toEqual(['Due', 'Globex — Designer']);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('marks an item done and snoozes another by keyboard alone, and both stay decided when the sidebar opens again', async () => {
    const wb = workbook();
    const first = await openSidebar(browser(), wb);
    const page = first.page;
    await page.locator('#tab-due').focus();
    await page.keyboard.press('Enter');
    await page.locator('#due-overdue').waitFor();
    // The tab counts the cards the page shows: two thank-yous and the next action.
    expect(await badgeAndCards(page)).toEqual(['3', ', 3 due', 3]);
    await tabTo(page, '#due-overdue li:first-child .due-done');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#due-status').textContent()).toBe('Marked done: Thank Ana Pérez. Undo');
    // Focus moves on to the next card, not to the page; the tab's count drops with the card, without a reload.
    expect(await focused(page)).toBe('Thank Bo Li');
    expect(await page.locator('#due-overdue-title').textContent()).toBe('Overdue (1)');
    expect(await badgeAndCards(page)).toEqual(['2', ', 2 due', 2]);

    await tabTo(page, '#due-overdue li:first-child .due-snooze-open');
    await page.keyboard.press('Enter');
    // Escape closes the day field and gives focus back to the card; Snooze again opens it.
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('Thank Bo Li');
    await tabTo(page, '#due-overdue li:first-child .due-snooze-open');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('2026-11-21');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#due-status').textContent()).toBe('Snoozed until 2026-11-21: Thank Bo Li. Undo');
    expect(await page.locator('#due-overdue').count()).toBe(0);
    expect(await page.locator('#due-hidden').textContent()).toBe('2 done, dismissed or snoozed.');
    expect(await badgeAndCards(page)).toEqual(['1', ', 1 due', 1]);
    expect(await seriousViolations(page, '#app')).toEqual([]);
    await page.close();

    const again = await openSidebar(browser(), wb);
    // The first load's count (loadTracker) already leaves the decided items out.
    await again.page.locator('#tab-due .tab-count').waitFor();
    expect(await badgeAndCards(again.page)).toEqual(['1', ', 1 due', 0]);
    await again.page.click('#tab-due');
    await again.page.locator('#due-hidden').waitFor();
    expect(await again.page.locator('#due-items li').count()).toBe(1);
    expect(await badgeAndCards(again.page)).toEqual(['1', ', 1 due', 1]);
    await again.page.close();
  });

  it('says what to expect when nothing is due, axe-clean', async () => {
    const wb = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
    const { page } = await openSidebar(browser(), wb);
    await page.click('#tab-due');
    await page.locator('#due-empty').waitFor();
    expect(await page.locator('#due-empty').textContent()).toBe('Nothing due this week. Thank-yous appear here when an interview ends.');
    expect(await seriousViolations(page, '#app')).toEqual([]);
    await page.close();
  });
});
