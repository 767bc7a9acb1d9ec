/**
 * The sidebar's navigation (issue 15): five tabs on one row at 300 px and at
 * 200 % zoom, the WAI-ARIA tabs pattern, hubs and secondary pages with a
 * trail and a way back, axe-core clean seeded and empty, and the main flows
 * by keyboard. Saves a screenshot of each destination and hub under
 * tests/artifacts/navigation-*.png (the README's pictures come from the seeded
 * preview instead: tests/scripts/readme-screenshots.chromium.test.ts).
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { openFromHome, openSidebar, saveScreenshot, useBrowser } from '../support/sidebar-harness.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { openDraftsWorkbook, recipientsOf } from './drafts-workbook.js';

const NOW = new Date('2026-03-02T08:30:00Z');
const SECONDARY = ['add-job', 'import-tracker', 'connect', 'prepare', 'reflect', 'due-settings', 'setup'];
const PRIMARY = [
  ['home', 'home'],
  ['applications', 'jobs'],
  ['interviews', 'interviews'],
  ['due', 'due'],
  ['insights', 'insights'],
] as const;

function seeded(): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications: 12, interviews: 8, now: NOW });
  loaded.log.reset();
  return loaded;
}

function empty(): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  return loaded;
}

/** Waits until no panel is still loading from the server. */
async function settled(page: Page): Promise<void> {
  await page.locator('#panel').waitFor();
  await expect.poll(() => page.getByText(/^(Loading…|Preparing previews…)$/).count(), { timeout: 10_000 }).toBe(0);
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
/** True when focus fell back to the page itself: a keyboard user's next Tab starts again from the top. */
const focusLost = (page: Page) => page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

/** Presses Tab until `selector` has focus, as a keyboard user does (never a click, never page.focus). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function expectClean(page: Page, where: string): Promise<void> {
  await settled(page);
  expect(await seriousViolations(page, '#app'), where).toEqual([]);
}

/** A past round of the seed (its debrief and thank-yous are open). */
const PAST_ROUND = 'evt-seed3';

describeWithChromium('the sidebar navigation', () => {
  const browser = useBrowser();

  it('has no serious or critical axe violations on every destination, both hubs, every secondary page and both forms, seeded', async () => {
    const { page } = await openSidebar(browser(), seeded());
    for (const [panel, name] of PRIMARY) {
      await page.click(`#tab-${panel}`);
      await expectClean(page, panel);
      await saveScreenshot(page, `navigation-${name}`);
    }
    await page.click('#tab-applications');
    await page.locator('#application-list button.row').first().click();
    await expectClean(page, 'application hub');
    await saveScreenshot(page, 'navigation-application-hub');
    await page.click('#hub-edit');
    await expectClean(page, 'application form');
    await page.click('#tab-interviews');
    await page.click(`#interview-list [data-key="${PAST_ROUND}"]`);
    await page.locator('#debrief-form').waitFor();
    await expectClean(page, 'interview hub');
    await saveScreenshot(page, 'navigation-interview-hub');
    await page.click('#hub-edit');
    await expectClean(page, 'interview form');
    for (const id of SECONDARY) {
      await openFromHome(page, id);
      await expectClean(page, id);
    }
    await page.close();
  });

  it('has no serious or critical axe violations on the welcome, every destination, every secondary page and both forms, empty', async () => {
    const { page } = await openSidebar(browser(), loadBundle({ now: NOW }));
    await page.locator('#welcome').waitFor();
    expect(await seriousViolations(page, '#app'), 'welcome').toEqual([]);
    await page.close();
    const opened = await openSidebar(browser(), empty());
    for (const [panel] of PRIMARY) {
      await opened.page.click(`#tab-${panel}`);
      await expectClean(opened.page, panel);
    }
    for (const id of SECONDARY) {
      await openFromHome(opened.page, id);
      await expectClean(opened.page, id);
    }
    await opened.page.click('#tab-applications');
    await opened.page.click('#add-application');
    await expectClean(opened.page, 'application form');
    await opened.page.click('#tab-interviews');
    await opened.page.click('#add-interview');
    await expectClean(opened.page, 'interview form');
    await opened.page.close();
  });

  it('keeps the five tabs on one row at 300 px and at 200 % zoom (150 px of layout), each named by its label', async () => {
    const { page } = await openSidebar(browser(), seeded());
    for (const width of [300, 150]) {
      await page.setViewportSize({ width, height: 700 });
      await page.locator('#tab-home').waitFor();
      const tops = await page.locator('[role=tab]').evaluateAll((tabs) => tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
      expect(tops, `at ${width} px`).toEqual(Array(5).fill(tops[0]));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `at ${width} px`).toBeLessThanOrEqual(width);
      const names = await page.locator('[role=tab]').evaluateAll((tabs) => tabs.map((tab) => tab.textContent));
      // Due counts the Due page's cards: 8 letters and 3 next actions of this week.
      expect(names).toEqual(['Home', 'Jobs', 'Interviews', 'Due11, 11 due', 'Insights']);
    }
    await page.close();
  });

  it('follows the tabs pattern: one tab in the Tab order, arrows, Home and End move and open, aria-selected follows', async () => {
    const { page } = await openSidebar(browser(), seeded());
    await page.locator('#tab-home').waitFor();
    const state = () =>
      page.locator('[role=tab]').evaluateAll((tabs) => tabs.map((tab) => `${tab.id}:${tab.getAttribute('aria-selected')}:${tab.getAttribute('tabindex')}`));
    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('tab-home');
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toBe('tab-applications');
    expect(await state()).toEqual(['tab-home:false:-1', 'tab-applications:true:0', 'tab-interviews:false:-1', 'tab-due:false:-1', 'tab-insights:false:-1']);
    expect(await page.locator('#panel').getAttribute('aria-labelledby')).toBe('tab-applications');
    await page.locator('#application-list').waitFor();
    await page.keyboard.press('End');
    expect(await activeId(page)).toBe('tab-insights');
    await page.keyboard.press('ArrowRight');
    expect(await activeId(page)).toBe('tab-home');
    await page.keyboard.press('ArrowLeft');
    expect(await activeId(page)).toBe('tab-insights');
    await page.keyboard.press('Home');
    expect(await activeId(page)).toBe('tab-home');
    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role=tablist]') === null)).toBe(true);
    await page.close();
  });

  it('opens a job, changes its stage, opens a round and writes its debrief, all by keyboard, with focus on each new heading and Escape going back', async () => {
    const loaded = seeded();
    const { page } = await openSidebar(browser(), loaded);
    await page.locator('#tab-home').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await page.locator('#application-list').waitFor();

    // A job: its hub opens with focus on its heading and a trail.
    await page.focus('#application-list [data-key="app-seed2"]');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('page-title');
    expect(await page.locator('.trail').textContent()).toBe('JobsInitech — Data Analyst');
    await page.focus('#hub-stage');
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#hub-stage').inputValue();
    await page.focus('#hub-stage-move');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#notice').textContent()).toMatch(/^Initech: \w+ → /);
    const stage = APPLICATIONS.columns.findIndex((column) => column.key === 'stage');
    const row = loaded.spreadsheet
      .getSheetByName('Applications')!
      .peekValues()
      .find((cells) => cells[0] === 'app-seed2')!;
    expect(row[stage]).toBe(chosen);
    expect(await activeId(page)).toBe('page-title');
    // The change is in the hub's Stage history, read from the sheet.
    await expect.poll(() => page.locator('#hub-history li').allTextContents()).toEqual([expect.stringMatching(new RegExp(`→ ${chosen}$`))]);

    // Escape closes the edit form, then the hub.
    await page.focus('#hub-edit');
    await page.keyboard.press('Enter');
    expect(await page.locator('h1').textContent()).toBe('Edit Initech — Data Analyst');
    await page.keyboard.press('Escape');
    expect(await page.locator('h1').textContent()).toBe('Initech — Data Analyst');
    await page.keyboard.press('Escape');
    expect(await page.locator('#tab-applications').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.page-header').count()).toBe(0);

    // A round: its hub, then a debrief written and saved without leaving it.
    await page.focus('#tab-applications');
    await page.keyboard.press('ArrowRight');
    await page.focus(`#interview-list [data-key="${PAST_ROUND}"]`);
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('page-title');
    await page.locator('#d-wentWell').waitFor();
    await page.focus('#d-wentWell');
    await page.keyboard.type('Clear story');
    await page.focus('#debrief-save');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#reflect-status').textContent()).toMatch(/^Debrief saved for /);
    expect(await page.locator('#interview-hub').count()).toBe(1);
    const wentWell = INTERVIEWS.columns.findIndex((column) => column.key === 'wentWell');
    const round = loaded.spreadsheet
      .getSheetByName('Interviews')!
      .peekValues()
      .find((cells) => cells[0] === PAST_ROUND)!;
    expect(round[wentWell]).toBe('• Clear story');
    await page.keyboard.press('Escape');
    expect(await page.locator('#tab-interviews').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('signs drafts in Due, opens a round’s thank-yous and creates them by keyboard alone, focus never dropped to the page after an action', async () => {
    const wb = openDraftsWorkbook({ now: new Date('2026-11-20T15:00:00Z') });
    wb.addRow(INTERVIEWS, {
      eventId: 'evt-onsite',
      start: new Date('2026-11-19T09:00:00Z'),
      end: new Date('2026-11-19T10:00:00Z'),
      title: 'Onsite',
      company: 'Acme',
      role: 'Backend Engineer',
      round: 'Onsite',
      interviewers: 'Ana Pérez <ana@acme.com>, Bo Li <bo@acme.com>',
      calendarStatus: 'confirmed',
    });
    const { page } = await openSidebar(browser(), wb);
    await page.locator('#tab-home').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await activeId(page)).toBe('tab-due');

    // Sign drafts: the saved line takes focus from the Save button it replaces.
    await page.locator('#sign-as-name').waitFor();
    await tabTo(page, '#sign-as-name');
    await page.keyboard.type('Sam Doe');
    await tabTo(page, '#save-sign-as');
    await page.keyboard.press('Enter');
    await page.locator('#signed-as').waitFor();
    expect(await activeId(page)).toBe('signed-as');
    // Change opens the field with focus in it; Enter saves again.
    await tabTo(page, '#change-sign-as');
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('sign-as-name');
    await page.keyboard.press('Enter');
    await page.locator('#signed-as').waitFor();
    expect(await activeId(page)).toBe('signed-as');

    // The round's thank-yous, from its due card.
    await tabTo(page, 'li[data-kind="thank-you"] .due-open');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.draft-card.ready').count()).toBe(2);
    expect(await focusLost(page)).toBe(false);
    await tabTo(page, '#create-drafts');
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('#drafts-notice').textContent()).toBe('Drafts in Gmail (not sent): 2 created, 0 already there.');
    expect(await activeId(page)).toBe('drafts-notice');
    expect(wb.gmail.drafts.map((draft) => recipientsOf(draft.message.headers.to!).join())).toEqual(['ana@acme.com', 'bo@acme.com']);
    await page.close();
  });

  it('opens an upcoming interview from Home into its hub, not its edit form', async () => {
    const { page } = await openSidebar(browser(), seeded());
    await page.locator('#upcoming button.row').first().click();
    expect(await page.locator('#interview-hub').count()).toBe(1);
    expect(await page.locator('#interview-form').count()).toBe(0);
    expect(await page.locator('#hub-thanks').textContent()).toContain('Thank-you drafts open once the round has ended.');
    await page.close();
  });

  it('warns on an interviewer without an email, and saves the name and email pairs as the Interviewers cell', async () => {
    const loaded = seeded();
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-interviews');
    await page.click('#add-interview');
    await page.fill('#f-company', 'Vandelay');
    await page.fill('#f-role', 'Analyst');
    await page.fill('#f-start', '2026-03-30T10:00');
    await page.dispatchEvent('#f-start', 'change');
    expect(await page.inputValue('#f-end')).toBe('2026-03-30T11:00');
    await page.fill('#f-interviewer-name-0', 'Ada Lovelace');
    expect(await page.locator('#f-interviewer-warning-0').textContent()).toBe('No email for Ada Lovelace: the thank-you draft will need it.');
    await page.fill('#f-interviewer-email-0', 'ada@vandelay.example');
    expect(await page.locator('#f-interviewer-warning-0').textContent()).toBe('');
    await page.click('#add-interviewer');
    expect(await activeId(page)).toBe('f-interviewer-name-1');
    await page.keyboard.type('Bo');
    await page.click('#interview-form-save');
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Saved.');
    const interviewers = INTERVIEWS.columns.findIndex((column) => column.key === 'interviewers');
    const company = INTERVIEWS.columns.findIndex((column) => column.key === 'company');
    const added = loaded.spreadsheet
      .getSheetByName('Interviews')!
      .peekValues()
      .find((cells) => cells[company] === 'Vandelay')!;
    expect(added[interviewers]).toBe('Ada Lovelace <ada@vandelay.example>, Bo');
    await page.close();
  });

  it('shows a calendar round’s own fields read-only, saying why, and a new job applied today', async () => {
    const { page } = await openSidebar(browser(), seeded());
    await page.click('#tab-applications');
    await page.click('#add-application');
    expect(await page.inputValue('#f-appliedOn')).toBe('2026-03-02');
    expect(await page.locator('label[for=f-company] .required').count()).toBe(1);
    await page.click('#tab-interviews');
    await page.click(`#interview-list [data-key="${PAST_ROUND}"]`);
    await page.click('#hub-edit');
    expect(await page.locator('#f-start').getAttribute('readonly')).toBe('');
    expect(await page.locator('#f-start-hint').textContent()).toBe('From your calendar: change it there, and the next import brings it here.');
    expect(await page.locator('#f-start').getAttribute('aria-describedby')).toBe('f-start-hint e-start');
    await page.close();
  });

  it('deletes a job only after confirming in a dialog that Escape closes, then goes back to Jobs', async () => {
    const loaded = seeded();
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    await page.click('#application-list [data-key="app-seed2"]');
    await page.click('#hub-delete');
    expect(await activeId(page)).toBe('delete-keep');
    expect(await seriousViolations(page, '#delete-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#delete-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    expect(await page.locator('h1').textContent()).toBe('Initech — Data Analyst');
    expect(await activeId(page)).toBe('hub-delete');
    await page.click('#hub-delete');
    await page.click('#delete-confirm');
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Initech — Data Analyst deleted. Edit › Undo in the sheet brings it back.');
    expect(await page.locator('#tab-applications').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#application-list [data-key="app-seed2"]').count()).toBe(0);
    const ids = loaded.spreadsheet
      .getSheetByName('Applications')!
      .peekValues()
      .map((row) => row[0]);
    expect(ids).not.toContain('app-seed2');
    await page.close();
  });

  it('says refused due settings on their own field in words, and focuses it', async () => {
    const { page } = await openSidebar(browser(), seeded());
    await openFromHome(page, 'due-settings');
    await page.locator('#due-follow-up-days').waitFor();
    await page.fill('#due-follow-up-days', '0');
    await page.click('#save-due-settings');
    expect(await page.locator('#due-follow-up-days-error').textContent()).toBe('Enter a whole number from 1 to 180.');
    expect(await activeId(page)).toBe('due-follow-up-days');
    expect(await page.locator('#due-follow-up-days').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});
