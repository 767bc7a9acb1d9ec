/**
 * The tracker-grant step in headless Chromium: consent at the fake OAuth
 * server, the callback answers the Picker page, the page builds the Picker
 * stand-in, and the service verifies the grant by a read through the fake
 * Google (drive.file enforced) before the connection becomes `connected`.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeWithChromium } from '../../support/capabilities.js';
import { useBrowser } from '../../support/sidebar-harness.js';
import { API_KEY, SHEET, USER, startGrantFixture, type GrantFixture } from './grant-fixture.js';

let f: GrantFixture;
afterEach(async () => f.close());

/** Follows consent to the Picker page and waits until the stand-in dialog is shown. */
async function openPickerPage(page: Page): Promise<{ csp: string; cacheControl: string }> {
  const seen = page.waitForResponse((response) => new URL(response.url()).pathname === '/oauth/callback');
  await page.goto(await f.consentUrl());
  const callback = await seen;
  await page.locator('#stand-in-picker').waitFor();
  return { csp: (await callback.headerValue('content-security-policy')) ?? '', cacheControl: (await callback.headerValue('cache-control')) ?? '' };
}

const status = async () => (await f.store.getConnection(USER))?.status;
const message = (page: Page) => page.locator('#picker-message').textContent();

describeWithChromium('the Picker page after consent', () => {
  const browser = useBrowser();

  describe('for the Cloud project of the service', () => {
    beforeEach(async () => {
      f = await startGrantFixture();
    });

    it('builds the Picker for exactly this spreadsheet, the project number, the just-issued token and the API key, and connects only after a verifying read', async () => {
      const page = await browser().newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Every request but the browser's own favicon probe must succeed (a CSP refusal or a missing script would show here).
      page.on(
        'response',
        (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`),
      );
      page.on('console', (entry) => entry.type() === 'error' && !entry.text().includes('404 (Not Found)') && errors.push(entry.text()));
      const { csp, cacheControl } = await openPickerPage(page);

      const calls = (await page.evaluate(() => (window as unknown as { __pickerCalls: unknown[][] }).__pickerCalls)) as unknown[][];
      expect(calls).toContainEqual(['setFileIds', SHEET]);
      expect(calls).toContainEqual(['setAppId', f.fake.google.driveFile.projectNumber]);
      expect(calls).toContainEqual(['setOAuthToken', f.issued[0]]);
      expect(calls).toContainEqual(['setDeveloperKey', API_KEY]);
      expect(await page.locator('.stand-in-file').allTextContents()).toEqual([SHEET]);
      expect(await status()).toBe('needs_sheet_access');
      expect(csp).toContain(`script-src 'self' ${new URL(f.scriptUrl).origin} https://apis.google.com`);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(cacheControl).toBe('no-store');
      expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);

      const readsBefore = f.fake.google.requests('sheets').length;
      await page.click('#stand-in-select');
      await page.locator('body[data-connected="true"]').waitFor();
      expect(await message(page)).toBe(`Calendar connected to "${SHEET}". You can close this tab and return to your tracker.`);
      expect(await status()).toBe('connected');
      const verifyingRead = f.fake.google
        .requests('sheets')
        .slice(readsBefore)
        .find((entry) => entry.path === `/v4/spreadsheets/${SHEET}`);
      expect(verifyingRead?.status).toBe(200);
      expect(await page.locator('#picker-retry').isHidden()).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('leaves the connection waiting when the person cancels, says what to do, and offers the step again', async () => {
      const page = await browser().newPage();
      await openPickerPage(page);
      await page.click('#stand-in-cancel');
      await page.locator('body[data-connected="false"]').waitFor();
      expect(await message(page)).toBe(
        'You closed the file picker without choosing your tracker, so NextRound still cannot write to it. Click "Choose the tracker" and select it.',
      );
      expect(await status()).toBe('needs_sheet_access');

      await page.click('#picker-retry');
      await page.click('#stand-in-select');
      await page.locator('body[data-connected="true"]').waitFor();
      expect(await status()).toBe('connected');
      await page.close();
    });
  });

  describe('for a Picker built with another project number', () => {
    beforeEach(async () => {
      f = await startGrantFixture({ projectNumber: '999999999999' });
    });

    it('grants nothing: the verifying read is refused and the page says the sheet is still out of reach', async () => {
      const page = await browser().newPage();
      await openPickerPage(page);
      await page.click('#stand-in-select');
      await page.locator('body[data-connected="false"]').waitFor();
      expect(await message(page)).toContain('NextRound needs access to the sheet');
      expect(await status()).toBe('needs_sheet_access');
      await page.close();
    });
  });
});
