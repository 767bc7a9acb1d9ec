/** The built sidebar in headless Chromium over the built bundle in a vm. */
import { expect, it } from 'vitest';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { useBrowser, openSidebar, saveScreenshot } from '../support/sidebar-harness.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { formatDate, writeAsPerson } from '../fakes/apps-script/index.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';

const NOW = new Date('2026-03-02T08:30:00Z');
const XSS_COMPANY = '<img src=x onerror="window.__xss=1">';
const XSS_NOTES = '<script>window.__xss=2</script><b>bold</b>';

function seeded(applications = 12, overrides: Record<string, string>[] = [], interviewOverrides: Record<string, string>[] = []): LoadedAddon {
  const loaded = loadBundle({ now: NOW });
  loaded.addon.setUpTracker();
  seedTracker(loaded.spreadsheet, { applications, interviews: 6, now: NOW, overrides, interviewOverrides });
  loaded.log.reset();
  return loaded;
}

describeWithChromium('the sidebar in Chromium', () => {
  const browser = useBrowser();

  it('shows the pipeline summary of the seeded sheet after one server call and at most 3 reads', async () => {
    const loaded = seeded();
    const { page, calls, blocked } = await openSidebar(browser(), loaded);
    await page.locator('#stage-counts').waitFor();
    const counts = await page.locator('#stage-counts tr').evaluateAll((rows) => rows.map((row) => row.textContent));
    expect(counts).toEqual(['Wishlist2', 'Applied2', 'Screening2', 'Interviewing1', 'Offer1', 'Accepted1', 'Rejected1', 'Withdrawn1', 'Ghosted1']);
    expect(await page.locator('#total').textContent()).toBe('12 applications');
    expect(calls.map((call) => call.name)).toEqual(['loadTracker']);
    expect(calls[0]!.reads).toBeLessThanOrEqual(3);
    expect(blocked).toEqual([]);
    await saveScreenshot(page, 'sidebar-pipeline');
    await page.close();
  });

  it('opens a 2,000-row tracker with the same single call and 3 reads, listing the first 200 matches', async () => {
    const loaded = seeded(2000);
    const { page, calls } = await openSidebar(browser(), loaded);
    await expect.poll(() => page.locator('#total').textContent()).toBe('2000 applications');
    expect(calls.map((call) => [call.name, call.reads, call.writes])).toEqual([['loadTracker', 3, 0]]);
    await page.click('#tab-applications');
    expect(await page.locator('#application-list li').count()).toBe(200);
    expect(await page.getByText('Showing 200 of 2000; refine the search.').count()).toBe(1);
    await page.close();
  });

  it('shows the error of an interview that ends before it starts on End, tied to it and focused, and writes nothing', async () => {
    const loaded = seeded();
    const { page, calls } = await openSidebar(browser(), loaded);
    await page.click('#tab-interviews');
    await page.click('#add-interview');
    await page.fill('#f-company', 'Acme');
    await page.fill('#f-role', 'Engineer');
    await page.fill('#f-start', '2026-03-10T10:00');
    await page.fill('#f-end', '2026-03-10T09:00');
    await page.click('#interview-form-save');
    await expect.poll(() => page.locator('#e-end').textContent()).toBe('The end must be after the start');
    expect(await page.locator('#f-end').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-end').getAttribute('aria-describedby')).toBe('e-end');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-end');
    expect(calls.map((call) => call.name)).toEqual(['loadTracker']);
    expect(loaded.log.writes()).toBe(0);
    await saveScreenshot(page, 'sidebar-interview-error');
    await page.close();
  });

  it('shows, before any server call, the very field errors the server answers for the same application', async () => {
    const loaded = seeded();
    const { page, calls } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    await page.click('#add-application');
    // Days are picked with the browser's date picker, which cannot hold an impossible day: the server's check of those is in tests/shared.
    const typed = { company: '   ', role: 'R'.repeat(201), link: 'javascript:alert(1)', contactEmail: 'bob' };
    await page.evaluate(() => document.getElementById('f-role')?.removeAttribute('maxlength'));
    for (const [key, value] of Object.entries(typed)) await page.fill(`#f-${key}`, value);
    await page.selectOption('#f-stage', '');
    await page.click('#application-form-save');
    await expect.poll(() => page.locator('#e-company').textContent()).not.toBe('');
    const shown = await page
      .locator('.field-error')
      .evaluateAll((nodes) => Object.fromEntries(nodes.filter((n) => n.textContent).map((n) => [n.id.slice(2), n.textContent])));
    expect(calls.map((call) => call.name)).toEqual(['loadTracker']);
    const server = loaded.addon.saveApplication({ ...typed, stage: '', appliedOn: '2026-03-02' });
    expect(server).toEqual({ kind: 'invalid', fieldErrors: shown });
    expect(Object.keys(shown).sort()).toEqual([...Object.keys(typed), 'stage'].sort());
    expect(loaded.log.writes()).toBe(0);
    await page.close();
  });

  it('adds a valid interview round to the sheet as a manual row with real date-times', async () => {
    const loaded = seeded();
    const { page, calls } = await openSidebar(browser(), loaded);
    await page.click('#tab-interviews');
    await page.click('#add-interview');
    await page.selectOption('#f-applicationId', 'app-seed2');
    expect([await page.inputValue('#f-company'), await page.inputValue('#f-role')]).toEqual(['Initech', 'Data Analyst']);
    await page.fill('#f-company', 'Vandelay');
    await page.fill('#f-role', 'Analyst');
    await page.selectOption('#f-round', 'Onsite');
    await page.fill('#f-start', '2026-03-30T10:00');
    await page.fill('#f-end', '2026-03-30T11:30');
    await page.fill('#f-notes', '=HYPERLINK("https://evil.example")');
    await page.click('#interview-form-save');
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Saved.');
    expect(calls.map((call) => call.name)).toEqual(['loadTracker', 'saveInterview', 'loadTracker']);
    expect(calls[1]!.writes).toBeLessThanOrEqual(2);

    const sheet = loaded.spreadsheet.getSheetByName('Interviews')!;
    const rows = sheet.peekValues();
    const col = (key: string) => INTERVIEWS.columns.findIndex((column) => column.key === key);
    const added = rows.find((row) => row[col('company')] === 'Vandelay')!;
    expect(added[col('eventId')]).toMatch(/^nr-[0-9a-f]{16}$/);
    expect(added[col('calendarStatus')]).toBe('manual');
    expect(added[col('title')]).toBe('Onsite · Vandelay');
    expect(added[col('applicationId')]).toBe('app-seed2');
    expect(added[col('notes')]).toBe('=HYPERLINK("https://evil.example")');
    // 2026-03-30 is after the EU switch to summer time: 10:00 in Berlin is 08:00 UTC.
    expect(added[col('start')]).toEqual(new Date('2026-03-30T08:00:00Z'));
    expect(formatDate(added[col('end')] as Date, 'Europe/Berlin', 'yyyy-MM-dd HH:mm')).toBe('2026-03-30 11:30');
    await page.click('#tab-interviews');
    await expect.poll(() => page.locator('#interview-list li').first().textContent()).toBe('2026-03-30 10:00 · VandelayOnsite · Vandelay · added by hand');
    await saveScreenshot(page, 'sidebar-interview-saved');
    await page.close();
  });

  it('makes only https: meeting links clickable', async () => {
    const links = ['javascript:window.__xss=3', 'http://meet.example/plain', 'https://meet.example/ok', 'data:text/html,<b>x</b>'];
    // Rounds 5..8 of the seed start within the coming days, so they are all listed as upcoming.
    const overrides = [{}, {}, {}, {}, {}, ...links.map((meetingLink) => ({ meetingLink }))];
    const loaded = loadBundle({ now: NOW });
    loaded.addon.setUpTracker();
    seedTracker(loaded.spreadsheet, { applications: 1, interviews: 9, now: NOW, interviewOverrides: overrides });
    const { page } = await openSidebar(browser(), loaded);
    await expect.poll(() => page.locator('#upcoming li').count()).toBe(4);
    expect(await page.locator('#app a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual(['https://meet.example/ok']);
    await page.close();
  });

  it('renders markup typed into company and notes as text', async () => {
    const loaded = seeded(3, [{ company: XSS_COMPANY, notes: XSS_NOTES, nextAction: XSS_NOTES }]);
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    const first = page.locator('#application-list li').first();
    await expect.poll(() => first.locator('.line').first().textContent()).toBe(`${XSS_COMPANY} · Backend Engineer`);
    await first.locator('button').click();
    expect(await page.locator('h1').textContent()).toBe(`${XSS_COMPANY} — Backend Engineer`);
    await page.click('#hub-edit');
    expect(await page.locator('#f-notes').inputValue()).toBe(XSS_NOTES);
    expect(await page.locator('h1').textContent()).toBe(`Edit ${XSS_COMPANY} — Backend Engineer`);
    expect(await page.locator('img, b, #app script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('keeps each answer with its own call when google.script.run answers out of order', async () => {
    const loaded = seeded();
    // The sidebar's first load answers last, after a save and a second load made meanwhile.
    const { page, calls } = await openSidebar(browser(), loaded, { delays: [400, 0, 0] });
    const answers = await page.evaluate(async () => {
      const run = (
        window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> & { withSuccessHandler(f: (v: unknown) => void): never } } } }
      ).google.script.run;
      return await new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const done = (label: string) => (value: unknown) => {
          const record = value as { kind?: string; summary?: { total: number } };
          seen.push(`${label}:${record.kind ?? record.summary?.total}`);
          if (seen.length === 2) resolve(seen);
        };
        (run.withSuccessHandler(done('save')) as unknown as Record<string, (a: unknown) => void>).saveApplication!({
          company: 'Hooli',
          role: 'PM',
          stage: 'Applied',
        });
        (run.withSuccessHandler(done('load2')) as unknown as Record<string, () => void>).loadTracker!();
      });
    });
    expect(answers).toEqual(['save:saved', 'load2:13']);
    // The sidebar's own first load, answered last, still renders its own (older) answer.
    await expect.poll(() => page.locator('#total').textContent()).toBe('12 applications');
    expect(calls.map((call) => call.name)).toEqual(['loadTracker', 'saveApplication', 'loadTracker']);
    await page.close();
  });

  it('welcomes a spreadsheet with no tracker (no error), sets it up with one action, then shows the first steps instead of zeros', async () => {
    const loaded = loadBundle({ now: NOW });
    const { page, calls } = await openSidebar(browser(), loaded);
    await expect.poll(() => page.locator('#welcome h1').textContent()).toBe('Welcome to NextRound');
    expect(await page.locator('[role=alert], .banner.error').count()).toBe(0);
    expect(await page.locator('#welcome #start-steps li').count()).toBe(3);
    await page.click('#set-up');
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Your tracker is ready. Start by adding a job.');
    expect(await page.locator('#total').textContent()).toBe('0 applications');
    expect(await page.locator('#stage-counts').count()).toBe(0);
    expect(await page.locator('#home #start-steps li').count()).toBe(3);
    expect(calls.map((call) => call.name)).toEqual(['loadTracker', 'setUpTracker', 'loadTracker']);
    await page.close();
  });

  it('finds an application by search, refuses an empty company (focusing it), then saves the edit into its own row after a sort', async () => {
    const loaded = seeded();
    const sheet = loaded.spreadsheet.getSheetByName('Applications')!;
    sheet.setFrozenRows(1);
    sheet.sort(APPLICATIONS.columns.findIndex((column) => column.key === 'notes') + 1, false);
    loaded.log.reset();
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    await page.fill('#search', 'globex designer');
    await expect.poll(() => page.locator('#application-list li').count()).toBe(2);
    await page.locator('#application-list li', { hasText: 'Globex' }).first().locator('button').click();
    await page.click('#hub-edit');
    await page.selectOption('#f-stage', 'Offer');
    await page.fill('#f-company', ' ');
    await page.click('#application-form-save');
    await expect.poll(() => page.locator('#e-company').textContent()).not.toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-company');
    expect(loaded.log.writes()).toBe(0);
    await page.fill('#f-company', 'Globex');
    await page.fill('#f-nextActionDue', '2026-03-06');
    await page.click('#application-form-save');
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Saved.');
    const rows = sheet.peekValues().filter((row) => row[1] === 'Globex');
    expect(rows.map((row) => [row[0], row[3]])).toEqual([
      ['app-seed9', 'Offer'],
      ['app-seed1', 'Applied'],
    ]);
    await page.close();
  });

  it('shows a row without an id read-only, explaining why', async () => {
    const loaded = seeded(2);
    writeAsPerson(loaded.spreadsheet.getSheetByName('Applications')!, 4, 2, 'Typed by hand');
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-applications');
    await page.locator('#application-list li', { hasText: 'Typed by hand' }).locator('button').click();
    await page.click('#hub-edit');
    expect(await page.locator('#application-form-locked').textContent()).toContain('This row has no ID');
    expect(await page.locator('#application-form-save').count()).toBe(0);
    await page.close();
  });
});
