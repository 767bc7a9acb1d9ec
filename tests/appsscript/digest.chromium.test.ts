/** The digest settings (on the Due settings page) and "Gone quiet" (on Due) in the real sidebar: axe-clean at 300 px, by keyboard, the DST-skipped hour named. */
import { expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { describeWithChromium } from '../support/capabilities.js';
import { openFromHome, openSidebar, useBrowser } from '../support/sidebar-harness.js';
import { APPLICATIONS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-12-01T09:00:00Z');

describeWithChromium('the digest settings and the going-quiet section of Due', () => {
  const browser = useBrowser();

  it('turns the digest on at 02:00 by keyboard, names the spring-forward day, and marks a quiet application Ghosted', async () => {
    const workbook = openDraftsWorkbook({ now: NOW });
    workbook.addRow(APPLICATIONS, { id: 'a1', company: 'Initech', role: 'Analyst', stage: 'Applied', appliedOn: new Date('2026-09-01T00:00:00Z') });
    const { page } = await openSidebar(browser(), workbook);
    await page.click('#tab-due');
    await page.locator('#quiet-items li').first().waitFor();
    expect(await page.locator('#quiet-items li').first().textContent()).toContain('Initech — Analyst91 days without news (since 2026-09-01)');

    expect(await seriousViolations(page, '#going-quiet')).toEqual([]);
    await openFromHome(page, 'due-settings');
    await page.locator('#digest-enabled').waitFor();
    expect(await seriousViolations(page, '#digest-settings')).toEqual([]);
    await page.focus('#digest-enabled');
    await page.keyboard.press('Space');
    await page.selectOption('#digest-hour', '2');
    await page.focus('#save-digest');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#digest-status').textContent()).toContain('On: every morning at 02:00 (Europe/Berlin)');
    expect(await page.locator('#digest-skipped-hour').textContent()).toBe(
      '02:00 does not exist in Europe/Berlin on 2027-03-28 (it comes at 03:00 instead): the clocks skip that hour.',
    );
    expect(workbook.triggers.list.map((trigger) => trigger.atHour)).toEqual([2]);

    await page.click('#tab-due');
    await page.locator('#quiet-items button').waitFor();
    await page.focus('#quiet-items button');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#quiet-items [role="status"]').first().textContent())
      .toBe('Ghosted, recorded in Stage history. A reply you paste later brings it back.');
    expect(workbook.rowById(APPLICATIONS, 'id', 'a1').stage).toBe('Ghosted');
    expect(await seriousViolations(page, '#going-quiet')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });
});
