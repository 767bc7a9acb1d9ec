/** Paste a rejection in the real sidebar: confirm → Rejected, a Stage history row, the feedback draft offered; axe-clean at 300 px, by keyboard. */
import { expect, it } from 'vitest';
import { STAGE_HISTORY } from '../../shared/schema/history-schema.js';
import { seriousViolations } from '../support/axe.js';
import { describeWithChromium } from '../support/capabilities.js';
import { openSidebar, useBrowser } from '../support/sidebar-harness.js';
import { APPLICATIONS, openDraftsWorkbook } from './drafts-workbook.js';
import { NAV_WORDS } from '../../appsscript/sidebar/words.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const XSS = '<img src=x onerror="window.__xss=1">';
const REJECTION = `From: Talent <talent@acme-robotics.com>\nSubject: Backend Engineer ${XSS}\n\nHi Sam, thank you for your time. Unfortunately we have decided to move forward with other candidates.`;

function seeded() {
  const workbook = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
  workbook.addRow(APPLICATIONS, {
    id: 'a1',
    company: 'Acme Robotics',
    role: 'Backend Engineer',
    stage: 'Interviewing',
    contact: 'Ana',
    contactEmail: 'ana@acme-robotics.com',
    lastUpdate: new Date('2026-11-20T10:00:00Z'),
  });
  workbook.log.reset();
  return workbook;
}

describeWithChromium('paste a reply in the sidebar', () => {
  const browser = useBrowser();

  it('reads a pasted rejection, writes only on Confirm, records the stage change and offers the feedback draft, by keyboard', async () => {
    const workbook = seeded();
    const { page, calls } = await openSidebar(browser(), workbook);
    await page.click('#tab-due');
    await page.locator('#open-reply').waitFor();
    await page.focus('#open-reply');
    await page.keyboard.press('Enter');
    await page.locator('#reply-text').waitFor();
    expect(await seriousViolations(page, '#reply')).toEqual([]);

    await page.focus('#reply-text');
    await page.keyboard.insertText(REJECTION);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#reply-proposal').waitFor();
    expect(await page.locator('#reply-kind').textContent()).toBe('A rejection · talent@acme-robotics.com');
    expect(await page.locator('#reply-application').textContent()).toBe(
      'Acme Robotics — Backend Engineer (sent from acme-robotics.com, the contact’s domain, names the role Backend Engineer)',
    );
    expect(await page.locator('#reply-stage').inputValue()).toBe('Rejected');
    expect(await page.locator('#reply-next-action').inputValue()).toBe('Ask for feedback');
    expect(await page.locator('#reply-next-due').inputValue()).toBe('2026-12-03');
    expect(workbook.log.writes()).toBe(0);
    expect(await seriousViolations(page, '#reply')).toEqual([]);

    await page.focus('#confirm-reply');
    await page.keyboard.press('Enter');
    await page.locator('#reply-feedback-draft').waitFor();
    expect(await page.locator('#reply-done').textContent()).toBe('Saved: now Rejected, recorded in Stage history.');
    expect(workbook.rowById(APPLICATIONS, 'id', 'a1').stage).toBe('Rejected');
    const history = workbook
      .sheet(STAGE_HISTORY)
      .peekValues()
      .filter((line, index) => index > 0 && line.some((cell) => cell !== '' && cell !== null));
    expect(history).toHaveLength(1);
    expect(history[0]).toEqual(expect.arrayContaining(['a1', 'Interviewing', 'Rejected']));
    expect(await seriousViolations(page, '#reply')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

    await page.focus('#reply-feedback-draft');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.draft-card').count()).toBe(1);
    expect(calls.filter((call) => call.name === 'previewDrafts').map((call) => call.args)).toEqual([[{ applicationId: 'a1', kind: 'feedback-request' }]]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.close();
  });

  it('shows a clear message for text that is not an email, and changes nothing', async () => {
    const workbook = seeded();
    const { page } = await openSidebar(browser(), workbook);
    await page.click('#tab-due');
    await page.click('#open-reply');
    await page.fill('#reply-text', 'thanks!');
    await page.click('#read-reply');
    await expect
      .poll(() => page.locator('#reply-result [role="alert"]').textContent())
      .toBe('This does not look like an email: paste the whole message you received (with its From line if you can).');
    expect(workbook.log.writes()).toBe(0);
    await page.close();
  });

  it('opens from an application hub under the Jobs trail and reads the pasted reply as that application', async () => {
    const workbook = seeded();
    const { page, calls } = await openSidebar(browser(), workbook);
    await page.click('#tab-applications');
    await page.click('#application-list [data-key="a1"]');
    await page.click('#hub-reply');
    await page.locator('#reply-text').waitFor();
    expect(await page.locator('.trail li').allTextContents()).toEqual(['Jobs', 'Paste a reply']);
    await page.fill('#reply-text', REJECTION);
    await page.click('#read-reply');
    await page.locator('#reply-proposal').waitFor();
    expect(calls.filter((call) => call.name === 'previewReply').map((call) => call.args)).toEqual([[{ text: REJECTION, applicationId: 'a1' }]]);
    // Back returns to the hub it was opened from, once the person agrees to leave the pasted reply unrecorded.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await page.click('#back');
    expect(asked).toEqual([NAV_WORDS.leaveUnsaved]);
    await expect.poll(() => page.locator('#page-title').textContent()).toBe('Acme Robotics — Backend Engineer');
    expect(workbook.log.writes()).toBe(0);
    await page.close();
  });
});
