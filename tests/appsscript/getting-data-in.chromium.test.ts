/** Adding a job from a link and importing a CSV, in the real sidebar (headless Chromium) over the bundle in a vm: by keyboard, axe-clean, 300 px. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle } from '../support/load-bundle.js';
import { openFromHome, openSidebar, useBrowser } from '../support/sidebar-harness.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const LINK = 'https://boards.greenhouse.io/acmerobotics/jobs/4001';

function tracker() {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  return loaded;
}

describeWithChromium('getting data in, in the sidebar', () => {
  const browser = useBrowser();

  it('adds a job from its link (fake fetch) by keyboard, and a round of it starts from the requirements checklist', async () => {
    const loaded = tracker();
    const html = readFileSync(new URL('../shared/jobs/fixtures/greenhouse.html', import.meta.url), 'utf8');
    loaded.urlFetch.serve(LINK, { body: html, headers: { 'Content-Type': 'text/html' } });
    const { page } = await openSidebar(browser(), loaded);
    // Jobs holds the ways in: Add a job, from a link, Import, Board.
    await page.click('#tab-applications');
    await page.focus('#open-add-job');
    await page.keyboard.press('Enter');
    await page.locator('#add-job-url').waitFor();
    expect(await page.locator('.trail li').allTextContents()).toEqual(['Jobs', 'Add a job from a link']);
    expect(await seriousViolations(page, '#app')).toEqual([]);
    await page.focus('#add-job-url');
    await page.keyboard.type(LINK);
    await page.keyboard.press('Enter');
    await page.locator('#add-job-confirm').waitFor();
    expect(await page.inputValue('#add-job-company')).toBe('Acme Robotics');
    expect(await page.locator('#add-job-requirements li').allTextContents()).toEqual([
      '5+ years of Go or Java (must have)',
      'Experience with PostgreSQL (must have)',
      'Kubernetes (nice to have)',
    ]);
    expect(await seriousViolations(page, '#add-job')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.focus('#add-job-confirm');
    await page.keyboard.press('Enter');
    await page.locator('#notice').waitFor();
    expect(await page.textContent('#notice')).toBe('Added Acme Robotics · Senior Backend Engineer with 3 requirements to prepare.');

    // A round of that application (entered in the sheet's way, through the API) opens on the posting's checklist.
    const applicationId = loaded.addon.loadTracker().applications[0]!.id;
    const round = loaded.addon.saveInterview({
      company: 'Acme Robotics',
      role: 'Senior Backend Engineer',
      round: 'Technical',
      start: '2026-12-08 10:00',
      end: '2026-12-08 11:00',
      applicationId,
    });
    if (round.kind !== 'saved') throw new Error('round not saved');
    await page.close();
    const { page: reopened } = await openSidebar(browser(), loaded);
    await openFromHome(reopened, 'prepare');
    await reopened.click(`[data-interview-id="${round.record.eventId}"]`);
    await reopened.locator('#prep-requirements li').first().waitFor();
    const requirements = await reopened
      .locator('#prep-requirements input.text')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(requirements).toEqual(['5+ years of Go or Java', 'Experience with PostgreSQL', '(nice to have) Kubernetes']);
    expect(await reopened.textContent('#prep-progress')).toBe('0/3 ready');
    await reopened.close();
  });

  it('shows a hostile posting as text: no markup from the page reaches the sidebar', async () => {
    const loaded = tracker();
    const hostile =
      '<script type="application/ld+json">{"@type":"JobPosting","title":"<img src=x onerror=alert(1)>Dev","hiringOrganization":"&lt;b&gt;Evil&lt;/b&gt;","description":"<p>Hi</p><h3>Requirements</h3><ul><li>&lt;script&gt;alert(2)&lt;/script&gt;</li></ul>"}</script>';
    loaded.urlFetch.serve(LINK, { body: hostile, headers: { 'Content-Type': 'text/html' } });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'add-job');
    await page.fill('#add-job-url', LINK);
    await page.click('#add-job-read');
    await page.locator('#add-job-confirm').waitFor();
    expect(await page.locator('#add-job-preview img, #add-job-preview script, #add-job-preview b').count()).toBe(0);
    expect(await page.inputValue('#add-job-company')).toBe('<b>Evil</b>');
    expect(await page.locator('#add-job-requirements li').allTextContents()).toEqual(['<script>alert(2)</script> (must have)']);
    await page.close();
  });

  it('imports a CSV with one column remapped by hand', async () => {
    const loaded = tracker();
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    await page.click('#open-import');
    await page.locator('#import-file').waitFor();
    expect(await page.locator('#page-title').textContent()).toBe('Import a tracker');
    expect(await seriousViolations(page, '#import-tracker')).toEqual([]);
    const csv = 'Company,Job Title,Status,Where\nHooli,Data Analyst,Applied,Zurich\nSoylent,Analyst,Interview,Paris\n';
    await page.setInputFiles('#import-file', { name: 'teal.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('#import-counts').waitFor();
    expect(await page.textContent('#import-counts')).toBe(
      'teal.csv (UTF-8, comma-separated). 2 rows: 2 new, 0 already in the tracker, 0 repeated in the file; 2 stages without a date get no history row.',
    );
    expect(await page.inputValue('#import-map-3')).toBe('');
    await page.focus('#import-map-3');
    await page.selectOption('#import-map-3', 'location');
    await page.waitForFunction(() => (document.getElementById('import-map-3') as HTMLSelectElement | null)?.value === 'location');
    expect(await seriousViolations(page, '#import-tracker')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.focus('#import-run');
    await page.keyboard.press('Enter');
    await page.locator('#notice').waitFor();
    expect(await page.textContent('#notice')).toBe('Imported 2 applications and 0 stage history rows.');
    const applications = loaded.addon.loadTracker().applications;
    expect(applications.map((a) => [a.company, a.stage])).toEqual([
      ['Hooli', 'Applied'],
      ['Soylent', 'Interviewing'],
    ]);
    await page.close();
  });
});
