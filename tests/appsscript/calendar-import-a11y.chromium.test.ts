/** The Calendar page's screens added this round (add-on import, maybe-interviews, feeds) pass axe-core at 300 px, and work by keyboard. */
import { expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle } from '../support/load-bundle.js';
import { openSidebar, useBrowser, openFromHome } from '../support/sidebar-harness.js';

describeWithChromium('the Calendar page for screen readers and keyboards', () => {
  const browser = useBrowser();

  it('has no serious or critical axe violations in the import section, empty and with a report and maybe-interviews', async () => {
    const loaded = loadBundle({ now: new Date('2026-03-02T08:30:00Z') });
    loaded.addon.setUpTracker();
    const me = loaded.calendar.add('me@example.com', 'Me');
    const attendees = [{ email: 'me@example.com', self: true }, { email: 'pat@acme.example' }];
    me.put({ id: 'a', summary: 'Interview with Acme', start: { dateTime: '2026-03-05T10:00:00Z' }, end: { dateTime: '2026-03-05T11:00:00Z' } });
    me.put({ id: 'm1', summary: 'Chat with Pat', attendees, start: { dateTime: '2026-03-07T10:00:00Z' }, end: { dateTime: '2026-03-07T10:30:00Z' } });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.locator('#import-toggle').waitFor();
    expect(await seriousViolations(page, '#calendar-import')).toEqual([]);

    // By keyboard alone: turn import on, then sync.
    await page.focus('#import-toggle');
    await page.keyboard.press('Enter');
    await page.locator('#import-sync').waitFor();
    await page.focus('#import-sync');
    await page.keyboard.press('Enter');
    await page.locator('#import-flagged li').first().waitFor();
    expect(await seriousViolations(page, '#calendar-import')).toEqual([]);
    // Nothing wider than the sidebar's 300 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  it('reports a button without a name, so its silence above means something', async () => {
    const loaded = loadBundle({ now: new Date('2026-03-02T08:30:00Z') });
    loaded.addon.setUpTracker();
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'connect');
    await page.locator('#import-toggle').waitFor();
    await page.evaluate(() => document.getElementById('calendar-import')!.append(document.createElement('button')));
    expect(await seriousViolations(page, '#calendar-import')).toEqual(['button-name: #calendar-import > button']);
    await page.close();
  });
});
