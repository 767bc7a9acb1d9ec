/**
 * End to end across real processes: a tracker connected through the Picker
 * whose drive.file grant is later taken back at Google. The next sync gets
 * 404 for the file (https://developers.google.com/workspace/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid)
 * and the Calendar page says the tracker needs access to the sheet, not a reconnect.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { interviewEvent } from '../server/hosted/hosted-fixture.js';
import { describeWithChromium } from '../support/capabilities.js';
import { useBrowser } from '../support/sidebar-harness.js';
import { connectThroughGoogle, NEEDS_SHEET_ACCESS, openTracker, pickTheTracker, refreshedStatus, startE2eWorld, type E2eWorld } from './e2e-world.js';

const SHEET = 'sheet-erin-0123456789';
let world: E2eWorld;

describeWithChromium('a tracker whose file grant is lost after connecting, across real processes', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    world = await startE2eWorld();
  });
  afterAll(() => world?.close());

  it('says on the Calendar page that the tracker needs access to the sheet, and writes nothing more into it', async () => {
    await world.fakes.browser({ signedIn: ['erin@example.com'], picks: null, unticked: [] });
    await world.fakes.calendar('erin-work', [interviewEvent('ev-first', 'Phone screen - Initech')]);
    const tracker = await openTracker(world, browser(), 'erin@example.com', SHEET);
    expect((await pickTheTracker(await connectThroughGoogle(tracker))).message).toMatch(/^Calendar connected to /);
    expect(await refreshedStatus(tracker.page)).toBe('Connected');
    await tracker.page.click('#connect-pick');
    await tracker.page.locator('#connect-picker input[value="erin-work"]').check();
    await tracker.page.click('#connect-save');
    const rows = async () => (await world.fakes.readSpreadsheet(SHEET))!.sheets.find((sheet) => sheet.title === 'Interviews')!.rows.length;
    await expect.poll(rows, { timeout: 20_000 }).toBe(2);

    await world.fakes.revokeFileGrant('erin@example.com', SHEET);
    // A new interview: Google pushes the change, the service syncs, and Sheets no longer shows it the file.
    await world.fakes.calendar('erin-work', [interviewEvent('ev-second', 'Onsite - Initech')]);
    await expect.poll(() => refreshedStatus(tracker.page), { timeout: 20_000, interval: 500 }).toBe(NEEDS_SHEET_ACCESS);
    expect(await tracker.page.locator('#connect-start').textContent()).toBe('Connect calendar');
    expect(await rows()).toBe(2);
    expect(world.blocked).toEqual([]);
  });
});
