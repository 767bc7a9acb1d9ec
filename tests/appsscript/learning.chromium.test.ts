/** The learning loop's sidebar tabs in headless Chromium over the built bundle in a vm. */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describeWithChromium } from '../support/capabilities.js';
import { loadBundle, type LoadedAddon } from '../support/load-bundle.js';
import { useBrowser, openSidebar, saveScreenshot, openFromHome } from '../support/sidebar-harness.js';
import { seedTracker } from '../fakes/apps-script/seed-tracker.js';
import { APPLICATIONS, INTERVIEWS } from '../../shared/schema/tracker-schema.js';
import { buildActivityLog, formatActivityCsv } from '../../shared/activity/activity-log.js';
import { fillRows, SEED_INSTANT, seedSearch } from './learning-seed.js';

const NOW = new Date('2026-03-02T08:30:00Z');
const col = (key: string) => INTERVIEWS.columns.findIndex((column) => column.key === key);
const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.textContent));
/** A row chart's bars (HTML): label, value, and width as a share of the track in %, to 0.1. */
const rowBars = (page: Page, chart: string) =>
  page
    .locator(`#${chart} .bar`)
    .evaluateAll((spans) =>
      spans.map((span) => [
        span.getAttribute('data-label'),
        Number(span.getAttribute('data-value')),
        Math.round(Number.parseFloat((span as HTMLElement).style.width) * 10) / 10,
      ]),
    );

const bars = (page: Page, chart: string) =>
  page
    .locator(`#${chart} rect.bar`)
    .evaluateAll((rects) =>
      rects.map((rect) => [rect.getAttribute('data-label'), Number(rect.getAttribute('data-value')), Number(rect.getAttribute('width'))]),
    );

function searchWorkbook(): LoadedAddon {
  const loaded = loadBundle({ now: SEED_INSTANT });
  loaded.addon.setUpTracker();
  seedSearch(loaded.spreadsheet);
  loaded.log.reset();
  return loaded;
}

describeWithChromium('the learning loop in the sidebar', () => {
  const browser = useBrowser();

  it('lists a due debrief, and saving it writes the row and removes it from the list', async () => {
    const loaded = loadBundle({ now: NOW });
    loaded.addon.setUpTracker();
    seedTracker(loaded.spreadsheet, { applications: 4, interviews: 8, now: NOW });
    const { page, calls } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'reflect');
    await page.locator('#awaiting li').first().waitFor();
    const awaiting = () => page.locator('#awaiting [data-interview-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-interview-id')));
    expect(await awaiting()).toEqual(['evt-seed4', 'evt-seed3', 'evt-seed2', 'evt-seed1', 'evt-seed0']);
    await page.click('#awaiting [data-interview-id="evt-seed3"]');
    await page.locator('#debrief-form').waitFor();
    await page.fill('#d-wentWell', 'Clear story\n\n  Good rapport  ');
    await page.fill('#d-toImprove', '=Slow down');
    await page.selectOption('#d-selfRating', '4');
    await page.click('#debrief-save');
    await expect.poll(() => page.locator('#reflect-status').textContent()).toBe('Debrief saved for Umbrella.');
    await page.locator('#awaiting li').first().waitFor();
    expect(await awaiting()).toEqual(['evt-seed4', 'evt-seed2', 'evt-seed1', 'evt-seed0']);
    const row = loaded.spreadsheet.getSheetByName('Interviews')!.peekValues()[4]!;
    expect([row[col('eventId')], row[col('wentWell')], row[col('toImprove')], row[col('selfRating')]]).toEqual([
      'evt-seed3',
      '• Clear story\n• Good rapport',
      '• =Slow down',
      4,
    ]);
    expect(calls.map((call) => call.name)).toEqual(['loadTracker', 'loadReflect', 'loadDebrief', 'saveDebrief', 'loadReflect']);
    expect(calls.find((call) => call.name === 'saveDebrief')!.writes).toBe(2);
    await page.close();
  });

  it('adds feedback received later to an earlier round and records the rejection in Stage history', async () => {
    const loaded = loadBundle({ now: NOW });
    loaded.addon.setUpTracker();
    seedTracker(loaded.spreadsheet, { applications: 4, interviews: 8, now: NOW, interviewOverrides: [{}, { applicationId: 'app-seed3' }] });
    const { page, calls } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'reflect');
    await page.locator('#past-round').waitFor();
    await page.selectOption('#past-round', 'evt-seed1');
    await page.locator('#fb-add').waitFor();
    expect(await page.inputValue('#fb-date')).toBe('2026-03-02');
    await page.fill('#fb-text', '@Wanted more depth on testing');
    await page.click('#fb-add');
    await expect.poll(() => texts(page, '#feedback-list li')).toEqual(['2026-03-02 — @Wanted more depth on testing']);
    expect(loaded.spreadsheet.getSheetByName('Interviews')!.peekValues()[2]![col('feedback')]).toBe('2026-03-02 — @Wanted more depth on testing');
    expect(await page.inputValue('#stage-select')).toBe('Interviewing');
    await page.selectOption('#stage-select', 'Rejected');
    await page.click('#stage-move');
    // Nothing typed in the debrief form: the tracker is reloaded, so the select shows the new stage.
    await expect.poll(() => page.locator('#notice').textContent()).toBe('Umbrella: Interviewing → Rejected.');
    await expect.poll(() => page.locator('#stage-select').inputValue()).toBe('Rejected');
    const history = loaded.spreadsheet.getSheetByName('Stage history')!.peekValues().slice(1);
    expect(history.map((row) => row.slice(1, 6))).toEqual([['app-seed3', 'Umbrella', 'Engineering Manager', 'Interviewing', 'Rejected']]);
    expect(calls.map((call) => call.name)).toEqual(['loadTracker', 'loadReflect', 'loadDebrief', 'addFeedback', 'changeStage', 'loadTracker', 'loadDebrief']);
    // With unsaved words in the form, the change is made but nothing is reloaded.
    await page.fill('#d-lessons', 'Ask about the team earlier');
    await page.selectOption('#stage-select', 'Ghosted');
    await page.click('#stage-move');
    await expect.poll(() => page.locator('#reflect-status').textContent()).toBe('Umbrella: Rejected → Ghosted.');
    expect(await page.inputValue('#d-lessons')).toBe('Ask about the team earlier');
    expect(calls.map((call) => call.name).slice(7)).toEqual(['changeStage']);
    await page.close();
  });

  it('saves a prepare checklist for an upcoming round and shows how much is ready', async () => {
    const loaded = loadBundle({ now: NOW });
    loaded.addon.setUpTracker();
    seedTracker(loaded.spreadsheet, { applications: 4, interviews: 8, now: NOW });
    const { page } = await openSidebar(browser(), loaded);
    await openFromHome(page, 'prepare');
    expect(
      await page.locator('#prepare-rounds [data-interview-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-interview-id'))),
    ).toEqual(['evt-seed5', 'evt-seed6', 'evt-seed7']);
    await page.click('#prepare-rounds [data-interview-id="evt-seed6"]');
    await page.locator('#prep-form').waitFor();
    expect(await page.locator('#prep-progress').textContent()).toBe('0/0 ready');
    await page.click('#prep-add-requirements');
    await page.fill('#prep-requirements-0 input.text', 'Kubernetes');
    await page.fill('#prep-requirements-0 input.evidence', 'Ran clusters at Acme');
    await page.check('#prep-requirements-0 input.done');
    await page.click('#prep-add-questions');
    await page.fill('#prep-questions-0 input.text', 'How is on-call organised?');
    await page.fill('#prep-assessment', 'Live coding');
    await page.click('#prep-save');
    await expect.poll(() => page.locator('#prepare-status').textContent()).toBe('Checklist saved.');
    expect(await page.locator('#prep-progress').textContent()).toBe('1/2 ready');
    const row = loaded.spreadsheet.getSheetByName('Interviews')!.peekValues()[7]!;
    expect(row[col('prep')]).toBe(
      'Requirements:\n[x] Kubernetes → Ran clusters at Acme\nAssessment: Live coding\nQuestions to ask:\n[ ] How is on-call organised?',
    );
    await page.close();
  });

  it('draws the Insights charts from the seeded search with the exact figures of the core', async () => {
    const loaded = searchWorkbook();
    const { page, calls, blocked } = await openSidebar(browser(), loaded);
    await page.click('#tab-insights');
    await page.locator('#chart-funnel').waitFor();
    // Funnel bars are scaled to the 200 that applied (compute-insights.test.ts: 200, 100, 80, 20).
    expect(await rowBars(page, 'chart-funnel')).toEqual([
      ['Applied', 200, 100],
      ['Screening', 100, 50],
      ['Interviewing', 80, 40],
      ['Offer', 20, 10],
    ]);
    // Each label is the share of Applied, the same base the bars are scaled to; step conversions are said in words.
    expect(await texts(page, '#chart-funnel .value')).toEqual(['200', '100 · 50%', '80 · 40%', '20 · 10%']);
    expect(await page.locator('#funnel-steps').textContent()).toContain('Interviewing → Offer 25%');
    expect(await page.locator('#round-types li').first().textContent()).toBe('Recruiter call100% of 100 (inferred)');
    expect(await page.locator('#round-types-source').textContent()).toMatch(/^Inferred from what happened next/);
    // Each rate says the applications it is out of (compute-insights.test.ts: 29 or 28 per source); bars are 120 units at 100%.
    expect(await texts(page, '#chart-sources .value')).toEqual([
      ...['62% of 29 · 5 d', '59% of 29 · 5 d', '59% of 29 · 5 d', '59% of 29 · 5 d'],
      ...['61% of 28 · 5 d', '61% of 28 · 6 d', '61% of 28 · 6 d'],
    ]);
    expect((await rowBars(page, 'chart-sources'))[0]).toEqual(['Company site', 0.6207, 62.1]);
    // HTML text: at 200 % zoom (150 px of layout) it is drawn twice as large and still fits the sidebar's width.
    const valueBoxes = () => page.locator('#chart-sources .value').evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().right));
    for (const width of [300, 150]) {
      await page.setViewportSize({ width, height: 900 });
      expect(
        (await valueBoxes()).filter((right) => right > width + 0.5),
        `at ${width} px`,
      ).toEqual([]);
    }
    await page.setViewportSize({ width: 300, height: 900 });
    const months = await bars(page, 'chart-months');
    expect(months.map(([, value]) => value)).toEqual([8, 26, 34, 28, 29, 29, 32, 32, 33, 30, 27, 31, 31, 26, 4]);
    expect([months[0]![0], months.at(-1)![0]]).toEqual(['2025-01', '2026-03']);
    // Each month's count is text too, not only a bar's hover title: it opens by keyboard and grows with zoom.
    await page.focus('#chart-months-numbers summary');
    await page.keyboard.press('Enter');
    expect(await texts(page, '#chart-months-numbers li')).toHaveLength(15);
    expect((await texts(page, '#chart-months-numbers li'))[0]).toBe('2025-01: 8 interviews');
    const examples = await texts(page, '#themes li .examples');
    expect(examples).toHaveLength(7);
    expect(await page.locator('#themes li .examples').first().isVisible()).toBe(true);
    expect(await texts(page, '#themes li > span:not(.examples)')).toEqual([
      ...['Coding accuracy', '55', 'Communication', '55', 'Company research', '55', 'Learn Kubernetes basics', '55'],
      ...['Examples and impact (STAR)', '45', 'System design', '45', 'Time management', '45'],
    ]);
    expect((await texts(page, '#questions li > span:not(.examples)')).slice(0, 2)).toEqual(['Tell me about yourself', '140']);
    expect(await page.locator('#insights-summary').textContent()).toBe(
      '400 interviews held, 390 debriefed; last one 6 days ago; 15 months in a row with an interview.',
    );
    expect(await page.locator('#market-check').count()).toBe(0);
    expect(await page.locator('#app').evaluate((app) => [app.querySelectorAll('.chart-rows').length, app.querySelectorAll('svg.chart').length])).toEqual([
      2, 1,
    ]);
    // Insights is one of the pages fetched on first use (screens.html), then read in one call.
    expect(calls.map((call) => call.name)).toEqual(['loadTracker', 'loadScreens', 'loadInsights']);
    expect(blocked).toEqual([]);
    // The README's picture comes from the seeded preview (tests/scripts/readme-screenshots.chromium.test.ts); this one is an artifact.
    await saveScreenshot(page, 'sidebar-insights-learning');
    await page.click('#rebuild-insights');
    // 58: the 50 rows of before, one résumé-version row, 7 skills to build (issue 17).
    await expect.poll(() => page.locator('#insights-status').textContent()).toBe('The Insights sheet now has 58 rows.');
    await page.close();
  });

  it('renders sheet text as text in Reflect and Insights, and shows the market-check nudge', async () => {
    const xss = '<img src=x onerror="window.__xss=1">';
    const loaded = loadBundle({ now: new Date('2027-06-01T10:00:00Z') });
    loaded.addon.setUpTracker();
    fillRows(loaded.spreadsheet, INTERVIEWS, [
      {
        eventId: 'ev-old',
        start: '2026-03-14 10:00',
        end: '2026-03-14 11:00',
        title: 'x',
        company: xss,
        role: 'SRE',
        round: 'Onsite',
        calendarStatus: 'confirmed',
        toImprove: `• ${xss}`,
      },
      {
        eventId: 'ev-new',
        start: '2027-05-31 10:00',
        end: '2027-05-31 11:00',
        title: 'y',
        company: `<script>window.__xss=2</script>`,
        role: 'SRE',
        calendarStatus: 'cancelled',
      },
    ]);
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-insights');
    await page.locator('#market-check').waitFor();
    expect(await page.locator('#market-check').textContent()).toBe(
      'Your last interview was on 2026-03-14, 444 days ago. Interviewing at least once a year keeps you close to your market.',
    );
    expect(await texts(page, '#themes li span:first-child')).toEqual([xss]);
    await openFromHome(page, 'reflect');
    await page.locator('#past-round').waitFor();
    expect(await texts(page, '#past-round option')).toEqual(['Add feedback or edit an earlier round…', `2026-03-14 · ${xss} · Onsite`]);
    await page.selectOption('#past-round', 'ev-old');
    await page.locator('#debrief-form h2').waitFor();
    expect(await page.locator('#debrief-form h2').textContent()).toBe(`${xss} · Onsite`);
    expect(await page.inputValue('#d-toImprove')).toBe(xss);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#app img, #app script').count()).toBe(0);
    await page.close();
  });

  it('downloads the activity CSV, which a spreadsheet parser reads with the right rows and neutralised cells', async () => {
    const loaded = loadBundle({ now: SEED_INSTANT });
    loaded.addon.setUpTracker();
    const data = seedSearch(loaded.spreadsheet, 20);
    const evil = [
      {
        id: 'app-evil',
        company: '=HYPERLINK("https://evil.example","x")',
        role: '@SUM(A1)',
        stage: 'Applied',
        source: 'Other',
        appliedOn: '2026-03-19',
        link: '-2+3',
      },
    ];
    fillRows(loaded.spreadsheet, APPLICATIONS, evil);
    const { page } = await openSidebar(browser(), loaded);
    await page.click('#tab-insights');
    await page.locator('#export-csv').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toBe('nextround-activity-2026-03-20.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const expected = buildActivityLog({ ...data, applications: [...data.applications, ...evil] });
    expect(csv).toBe(formatActivityCsv(expected.entries));
    const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([csv]));
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(1 + expected.entries.length);
    expect(rows[0]).toEqual(['Date', 'Type', 'Company', 'Role', 'Detail']);
    const last = rows.at(-1)!;
    expect(last.slice(1)).toEqual(['Application', '\'=HYPERLINK("https://evil.example","x")', "'@SUM(A1)", 'via Other · -2+3']);
    expect(rows.flat().filter((cell) => typeof cell === 'object' && cell !== null && !(cell instanceof Date))).toEqual([]);
    await expect
      .poll(() => page.locator('#insights-status .banner').textContent())
      .toBe(`${expected.entries.length} entries exported to nextround-activity-2026-03-20.csv.`);
    // A textarea's value has LF line ends.
    expect(await page.inputValue('#csv-text')).toBe(csv.replace(/\r\n/g, '\n'));
    await page.close();
  });
});
