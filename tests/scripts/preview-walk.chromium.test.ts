/**
 * The preview walk: `npm run preview`'s server (startPreview) in Chromium,
 * every flow completed the way a person would in the seeded three-month
 * search (add an application, sign and create thank-you drafts and find
 * them in the fake Gmail Drafts, debrief, mark a due item done, move a card
 * on the board), and the empty preview's first run.
 */
import { afterEach, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { useBrowser } from '../support/sidebar-harness.js';
import { startPreview, type RunningPreview } from '../../scripts/preview-server.js';

// 15:00 in Berlin: the seeded Onsite ended at 14:00, so its thank-yous are due.
const NOW = new Date('2026-12-01T14:00:00Z');
let running: RunningPreview | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
});

async function open(page: Page, empty = false): Promise<FrameLocator> {
  running = await startPreview({ port: 0, now: NOW, empty });
  await page.goto(running.url);
  return page.frameLocator('#side');
}

const redErrors = (side: FrameLocator) => side.locator('.banner.error:visible, [role="alert"].banner').allTextContents();

describeWithChromium('the preview walk', () => {
  const browser = useBrowser();

  it('completes every flow in the seeded preview', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const side = await open(page);
    await side.locator('#total').waitFor();
    expect(await side.locator('#total').textContent()).toBe('12 applications');

    // Add an application.
    await side.locator('#tab-applications').click();
    await side.locator('#add-application').click();
    await side.locator('#f-company').fill('Vela Studios');
    await side.locator('#f-role').fill('Backend Engineer');
    await side.locator('#application-form-save').click();
    await expect.poll(() => side.locator('#notice').textContent()).toBe('Saved.');
    expect(await page.frameLocator('#pane').locator('td', { hasText: 'Vela Studios' }).count()).toBe(1);

    // Sign once, then create the Onsite's thank-yous and find them in the Gmail drafts pane.
    await side.locator('#tab-due').click();
    await side.locator('#sign-as-name').fill('Alex Morgan');
    await side.locator('#save-sign-as').click();
    await side.locator('#signed-as').waitFor();
    const onsite = side.locator('#due-items li[data-due-id^="thank-you|nr-lumen-3|"] .due-open');
    expect(await onsite.allTextContents()).toEqual(['Thank Ruth Adler', 'Thank Sam Osei']);
    await onsite.first().click();
    await expect.poll(() => side.locator('.draft-card.ready').count()).toBe(2);
    await side.locator('#create-drafts').click();
    await expect.poll(() => side.locator('#drafts-notice').textContent()).toBe('Drafts in Gmail (not sent): 2 created, 0 already there.');
    await page.click('#show-drafts');
    const drafts = page.frameLocator('#pane').locator('.draft');
    await expect.poll(() => drafts.count()).toBe(2);
    expect(await drafts.first().textContent()).toContain('"Ruth Adler" <ruth.adler@lumenhealth.example>');
    expect(await drafts.first().textContent()).toContain('Alex Morgan');
    await page.click('#show-sheet');

    // Debrief the Hiring manager round.
    await side.locator('#tab-home').click();
    await side.locator('#go-reflect').click();
    await side.locator('#awaiting [data-interview-id="nr-northwind-2"]').click();
    await side.locator('#d-wentWell').fill('Good questions about on-call');
    await side.locator('#debrief-save').click();
    await expect.poll(() => side.locator('#reflect-status').textContent()).toBe('Debrief saved for Northwind Logistics.');

    // Mark a due item done.
    await side.locator('#tab-due').click();
    const first = side.locator('#due-items li').first();
    const title = await first.locator('.due-open').textContent();
    await first.locator('.due-done').click();
    await expect.poll(() => side.locator('#due-status').textContent()).toBe(`Marked done: ${title}. Undo`);

    // Move a card on the board.
    await side.locator('#tab-applications').click();
    await side.locator('#open-board').click();
    const board = page.frameLocator('#board');
    await board.locator('button.card[data-id="app-kestrel"]').click();
    await board.locator('#move-menu button[data-stage="Interviewing"]').click();
    await expect.poll(() => board.locator('#board-status').textContent()).toBe('Kestrel Robotics · Backend Engineer moved to Interviewing.');
    await board.locator('#board-close').click();
    await expect.poll(() => page.locator('#board-overlay').isVisible()).toBe(false);
    // Back in the sidebar (a click gives it focus), Jobs shows the stage moved on the board.
    await side.locator('#search').click();
    await expect.poll(() => side.locator('#application-list [data-key="app-kestrel"] .line.muted').textContent()).toMatch(/^Interviewing · /);

    expect(await redErrors(side)).toEqual([]);
    expect(running!.gmail.drafts).toHaveLength(2);
    await page.close();
  });

  it('starts the empty preview from an empty spreadsheet, and setting it up works', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const side = await open(page, true);
    // A new Google spreadsheet has one empty Sheet1 and nothing else.
    expect(running!.loaded.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    // The welcome, not the server's missing-sheet error: one action and the three steps that start a search.
    const setUp = side.locator('#set-up');
    await setUp.waitFor();
    expect(await side.locator('#welcome h1').textContent()).toBe('Welcome to NextRound');
    expect(await setUp.textContent()).toBe('Set up my tracker');
    expect(await side.locator('#start-steps li').count()).toBe(3);
    expect(await redErrors(side)).toEqual([]);
    expect(await side.locator('#load-error').count()).toBe(0);
    await setUp.click();
    await side.locator('#total').waitFor();
    expect(await side.locator('#total').textContent()).toBe('0 applications');
    expect(await redErrors(side)).toEqual([]);
    await page.close();
  });
});
