/** The add-on's own calendar import in the Calendar tab, in headless Chromium over the built bundle and the Calendar advanced-service fake. */
import { expect, it } from 'vitest';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle } from '../support/load-bundle.js';
import { useBrowser, openSidebar } from '../support/sidebar-harness.js';

const XSS = '<img src=x onerror="document.title=\'pwned\'">';

describeWithChromium('calendar import in the Calendar tab', () => {
  const browser = useBrowser();

  it('turns import on with the main calendar chosen, syncs, and shows the report with every name as text', async () => {
    const loaded = loadBundle({ now: new Date('2026-03-02T08:30:00Z') });
    loaded.addon.setUpTracker();
    const calendar = loaded.calendar.add('me@example.com', XSS);
    calendar.put({ id: 'a', summary: 'Interview with Acme', start: { dateTime: '2026-03-05T10:00:00Z' }, end: { dateTime: '2026-03-05T11:00:00Z' } });
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-connect');
    await page.locator('#import-toggle').waitFor();
    await page.click('#import-toggle');
    await page.locator('#import-sync').waitFor();
    expect(await page.locator('#import-calendars input').isChecked()).toBe(true);
    await page.click('#import-sync');
    await page.locator('#import-last', { hasText: '1 added' }).waitFor();
    expect(await page.locator('#import-last').textContent()).toBe('Last import 2026-03-02 08:30 UTC: 1 added, 0 updated, 0 cancelled.');
    expect(await page.locator('#calendar-import img').count()).toBe(0);
    expect(await page.locator('#import-calendars label').textContent()).toBe(` ${XSS} (main)`);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });
});
