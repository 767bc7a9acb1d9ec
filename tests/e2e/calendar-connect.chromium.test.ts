/**
 * End to end across real processes: the built add-on's Calendar page in
 * Chromium → the hosted service (its own process, SQLite) → Google's
 * sign-in pages (the fake OAuth server, two accounts signed in to the
 * browser) → the service's callback → the Picker (stand-in) granting the
 * tracker under drive.file → fake Google → rows in the tracker.
 * The refusals: the wrong account chosen, a box left unticked.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium } from '../support/capabilities.js';
import { useBrowser } from '../support/sidebar-harness.js';
import { interviewEvent } from '../server/hosted/hosted-fixture.js';
import {
  connectThroughGoogle,
  INTERVIEW_HEADERS,
  NEEDS_SHEET_ACCESS,
  openTracker,
  pickTheTracker,
  refreshedStatus,
  startE2eWorld,
  type E2eWorld,
} from './e2e-world.js';

const DRIVE_FILE_BOX = 'See, edit, create, and delete only the specific Google Drive files you use with this app';
let world: E2eWorld;

describeWithChromium('Connect calendar from the sidebar to rows in the tracker, across real processes', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    world = await startE2eWorld();
  });
  afterAll(() => world?.close());

  it('connects the account the tracker is open with (not the browser default), has the tracker picked, and imports the chosen calendar into the sheet', async () => {
    await world.fakes.browser({ signedIn: ['bob@example.com', 'alice@example.com'], picks: null, unticked: [] });
    await world.fakes.calendar('alice-work', [interviewEvent('ev-acme', 'Phone screen - Acme'), interviewEvent('ev-hooli', 'Onsite - Hooli')]);
    const tracker = await openTracker(world, browser(), 'alice@example.com', 'sheet-alice-0123456789');

    const google = await connectThroughGoogle(tracker);
    // Consent alone does not connect: drive.file reaches the tracker only once it is picked.
    expect(await refreshedStatus(tracker.page)).toBe(NEEDS_SHEET_ACCESS);
    expect(await pickTheTracker(google)).toEqual({
      offered: ['sheet-alice-0123456789'],
      message: 'Calendar connected to "sheet-alice-0123456789". You can close this tab and return to your tracker.',
    });
    expect(await refreshedStatus(tracker.page)).toBe('Connected');

    await tracker.page.click('#connect-pick');
    await tracker.page.locator('#connect-picker input[value="alice-work"]').check();
    await tracker.page.click('#connect-save');
    await tracker.page.locator('#connect-message .banner.ok').waitFor();
    expect(await tracker.page.locator('#connect-message').textContent()).toBe('Importing 1 calendar.');

    const interviews = async () => (await world.fakes.readSpreadsheet('sheet-alice-0123456789'))!.sheets.find((sheet) => sheet.title === 'Interviews')!;
    await expect.poll(async () => (await interviews()).rows.length, { timeout: 20_000 }).toBe(3);
    const [header, ...rows] = (await interviews()).rows.map((row) => row.map((cell) => cell?.stringValue ?? cell?.numberValue ?? null));
    expect(header).toEqual(INTERVIEW_HEADERS);
    const column = (name: string) => INTERVIEW_HEADERS.indexOf(name);
    expect(rows.map((row) => [row[column('Event ID')], row[column('Title')]]).sort()).toEqual([
      ['ev-acme', 'Phone screen - Acme'],
      ['ev-hooli', 'Onsite - Hooli'],
    ]);
    // Dates as date values: serial days of the wall time in the sheet's zone (UTC here) under a DATE_TIME
    // format, so they sort and compute as dates (https://developers.google.com/sheets/api/guides/formats#about_date_time_values).
    const sheet = await interviews();
    const serial = (iso: string) => Date.parse(iso) / 86_400_000 + 25_569;
    const { start, end } = interviewEvent('same-times', 'as both events');
    for (const [name, at] of [
      ['Start', start.dateTime],
      ['End', end.dateTime],
    ] as const) {
      const cells = sheet.rows.slice(1).map((row) => row[column(name)]);
      expect(cells.map((cell) => [cell?.stringValue, typeof cell?.numberValue])).toEqual([
        [undefined, 'number'],
        [undefined, 'number'],
      ]);
      for (const cell of cells) expect(cell!.numberValue).toBeCloseTo(serial(at), 6);
      expect(sheet.formats!.slice(1).map((row) => row[column(name)]?.type)).toEqual(['DATE_TIME', 'DATE_TIME']);
    }

    expect(await refreshedStatus(tracker.page)).toBe('Connected');
    expect(await tracker.page.locator('#connect-calendars li').first().textContent()).toMatch(
      /^alice-work(live updates|checked every few minutes) · last sync \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
    );
    expect(tracker.serviceCalls).toEqual([
      'POST /api/status',
      'POST /oauth/start',
      'POST /api/status',
      'POST /api/status',
      'POST /api/calendars',
      'POST /api/calendars/select',
      'POST /api/status',
      'POST /api/status',
    ]);
    expect(world.blocked).toEqual([]);
  });

  it("refuses a consent given as another account chosen in Google's chooser, naming that account, and connects nothing", async () => {
    await world.fakes.browser({ signedIn: ['carol@example.com', 'mallory@example.com'], picks: 'mallory@example.com', unticked: [] });
    const tracker = await openTracker(world, browser(), 'carol@example.com', 'sheet-carol-0123456789');

    const google = await connectThroughGoogle(tracker);
    expect(await google.textContent('body')).toBe(
      "You gave access as mallory@example.com, but this tracker is open as a different Google account. Nothing was connected: press Connect calendar again and choose the account this spreadsheet is open with on Google's page.",
    );
    expect(await refreshedStatus(tracker.page)).toBe('Not connected');
    expect(world.blocked).toEqual([]);
  });

  it('refuses a consent with the Drive box unticked, naming the box as Google words it, and connects nothing', async () => {
    await world.fakes.browser({ signedIn: ['dave@example.com'], picks: null, unticked: ['https://www.googleapis.com/auth/drive.file'] });
    const tracker = await openTracker(world, browser(), 'dave@example.com', 'sheet-dave-0123456789');

    const google = await connectThroughGoogle(tracker);
    expect(await google.textContent('body')).toBe(
      `NextRound needs every box on Google's page; "${DRIVE_FILE_BOX}" was left unticked. Nothing was connected: press Connect calendar again and tick it.`,
    );
    expect(await refreshedStatus(tracker.page)).toBe('Not connected');
    expect(world.blocked).toEqual([]);
  });
});
