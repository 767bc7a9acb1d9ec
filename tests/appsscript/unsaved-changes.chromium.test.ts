/**
 * A person's typing is never dropped without asking (DESIGN.md's first
 * invariant): Escape, the Back button, a tab or a link leaving a page with
 * unsaved typing ask first (the browser's own confirm); keeping the page
 * keeps the typed values and puts focus back in the field. A page with
 * nothing typed, or whose typing was saved, leaves at once.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { openFromHome, openSidebar, useBrowser } from '../support/sidebar-harness.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { NAV_WORDS } from '../../appsscript/sidebar/words.js';

const NOW = new Date('2026-03-02T08:30:00Z');

function seeded(): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: 12, interviews: 8, now: NOW });
  return loaded;
}

/** Every question the page asked, answered by `answers` in turn (leave = accept); none left means "keep editing". */
function questions(page: Page): { asked: string[]; answers: boolean[] } {
  const state = { asked: [] as string[], answers: [] as boolean[] };
  page.on('dialog', (dialog) => {
    state.asked.push(dialog.message());
    void (state.answers.shift() ? dialog.accept() : dialog.dismiss());
  });
  return state;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const selectedTab = (page: Page) => page.locator('[role=tab][aria-selected=true]').getAttribute('id');

async function newApplication(page: Page): Promise<void> {
  await page.click('#tab-applications');
  await page.click('#add-application');
  await page.locator('#application-form').waitFor();
}

describeWithChromium('leaving a page with unsaved typing', () => {
  const browser = useBrowser();

  it('asks before Escape leaves a half-filled job form; keeping it keeps the typing and the focus, leaving goes back to Jobs', async () => {
    const { page } = await openSidebar(browser(), seeded());
    const dialog = questions(page);
    await newApplication(page);
    await page.fill('#f-company', 'Vandelay');
    await page.keyboard.press('Escape');
    expect(dialog.asked).toEqual([NAV_WORDS.leaveUnsaved]);
    expect(await page.inputValue('#f-company')).toBe('Vandelay');
    expect(await activeId(page)).toBe('f-company');
    dialog.answers.push(true);
    await page.keyboard.press('Escape');
    expect(dialog.asked).toHaveLength(2);
    expect(await page.locator('#application-form').count()).toBe(0);
    expect(await page.locator('#application-list').count()).toBe(1);
    expect(await selectedTab(page)).toBe('tab-applications');
    await page.close();
  });

  it('asks before the Back button or a tab leaves the form, and focus goes back to the field typed in', async () => {
    const { page } = await openSidebar(browser(), seeded());
    const dialog = questions(page);
    await newApplication(page);
    await page.fill('#f-role', 'Analyst');
    await page.click('#back');
    expect(dialog.asked).toEqual([NAV_WORDS.leaveUnsaved]);
    expect(await page.inputValue('#f-role')).toBe('Analyst');
    expect(await activeId(page)).toBe('f-role');
    await page.click('#tab-interviews');
    expect(dialog.asked).toHaveLength(2);
    expect(await page.inputValue('#f-role')).toBe('Analyst');
    expect(await activeId(page)).toBe('f-role');
    dialog.answers.push(true);
    await page.click('#tab-interviews');
    expect(await selectedTab(page)).toBe('tab-interviews');
    expect(await page.locator('#application-form').count()).toBe(0);
    await page.close();
  });

  it('leaves a page with nothing typed, or typing taken back, without asking', async () => {
    const { page } = await openSidebar(browser(), seeded());
    const dialog = questions(page);
    await newApplication(page);
    await page.keyboard.press('Escape');
    expect(await page.locator('#application-list').count()).toBe(1);
    await page.click('#add-application');
    await page.fill('#f-company', 'Vandelay');
    await page.fill('#f-company', '');
    await page.click('#back');
    expect(await page.locator('#application-list').count()).toBe(1);
    // The list's search box is not a form: what is typed there is kept across pages by the router.
    await page.fill('#search', 'Initech');
    await page.click('#tab-home');
    expect(await selectedTab(page)).toBe('tab-home');
    expect(dialog.asked).toEqual([]);
    await page.close();
  });

  it('does not ask once the typing is saved: a new job, a debrief, a checklist', async () => {
    const { page } = await openSidebar(browser(), seeded());
    const dialog = questions(page);
    await newApplication(page);
    await page.fill('#f-company', 'Vandelay');
    await page.fill('#f-role', 'Analyst');
    await page.click('#application-form-save');
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Saved.');
    await page.click('#tab-home');

    await openFromHome(page, 'reflect');
    await page.locator('#awaiting button.row').first().click();
    await page.fill('#d-wentWell', 'Clear story');
    await page.click('#debrief-save');
    await expect.poll(() => page.locator('#reflect-status').textContent()).toMatch(/^Debrief saved for /);

    await openFromHome(page, 'prepare');
    await page.locator('#prepare button.row').first().click();
    await page.fill('#prep-assessment', 'Case study');
    await page.click('#prep-save');
    await expect.poll(() => page.locator('#prepare').textContent()).toContain('Checklist saved.');
    await page.keyboard.press('Escape');
    expect(await page.locator('#prep-assessment').count()).toBe(0);
    expect(dialog.asked).toEqual([]);
    await page.close();
  });

  it('closes an open template editor on Escape first, then asks before leaving the typing in it', async () => {
    const { page } = await openSidebar(browser(), seeded());
    const dialog = questions(page);
    await page.click('#tab-interviews');
    await page.click('#interview-list [data-key="evt-seed3"]');
    await page.click('#hub-thank-you');
    await page.locator('#template-editor summary').click();
    await expect.poll(() => page.inputValue('#template-name')).not.toBe('');
    await page.fill('#template-subject', 'Thanks for today');
    await page.keyboard.press('Escape');
    expect(await page.locator('#template-editor').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(dialog.asked).toEqual([]);
    await page.keyboard.press('Escape');
    expect(dialog.asked).toEqual([NAV_WORDS.leaveUnsaved]);
    // Keeping the page opens the editor again with focus in the field typed in.
    expect(await activeId(page)).toBe('template-subject');
    expect(await page.inputValue('#template-subject')).toBe('Thanks for today');
    await page.close();
  });

  it('does not redraw the form over the typing when the calendar import on opening finishes, and the next page shows its rows', async () => {
    const loaded = loadBundle({ now: NOW });
    loaded.addon.setUpTracker();
    const me = loaded.calendar.add('me@example.com', 'Me');
    loaded.addon.setCalendarImport({ enabled: true });
    me.put({ id: 'a', summary: 'Interview with Acme', start: { dateTime: '2026-03-05T10:00:00Z' }, end: { dateTime: '2026-03-05T11:00:00Z' } });
    // loadTracker, then the import (answering late, after the person has started typing), then loadTracker again.
    const { page, calls } = await openSidebar(browser(), loaded, { viaShowSidebar: true, delays: [0, 1_000, 0] });
    const dialog = questions(page);
    await newApplication(page);
    await page.fill('#f-company', 'Vandelay');
    await expect.poll(() => calls.map((call) => call.name)).toEqual(['loadTracker', 'syncCalendarsNow', 'loadTracker']);
    // Nothing on screen changes when the reload is held back: give its answer time to arrive.
    await page.waitForTimeout(300);
    expect(await page.inputValue('#f-company')).toBe('Vandelay');
    dialog.answers.push(true);
    await page.click('#tab-interviews');
    expect(dialog.asked).toEqual([NAV_WORDS.leaveUnsaved]);
    await page.getByText('Interview with Acme').first().waitFor();
    await page.close();
  });
});
