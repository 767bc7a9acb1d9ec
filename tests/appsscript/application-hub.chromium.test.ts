/** The application hub's contacts: the job's contact and each round's interviewers, each person once, as text. */
import { expect, it } from 'vitest';
import { describeWithChromium } from '../support/capabilities.js';
import { openSidebar, useBrowser } from '../support/sidebar-harness.js';
import { APPLICATIONS, INTERVIEWS, openDraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-03-02T08:30:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describeWithChromium('the application hub', () => {
  const browser = useBrowser();

  it('lists the contact and every interviewer once, however many rounds they sat in', async () => {
    const workbook = openDraftsWorkbook({ now: NOW });
    workbook.addRow(APPLICATIONS, { id: 'a1', company: 'Acme', role: 'Engineer', stage: 'Interviewing', contact: 'Ana Pérez', contactEmail: '' });
    const round = (eventId: string, day: number, interviewers: string) =>
      workbook.addRow(INTERVIEWS, {
        eventId,
        applicationId: 'a1',
        company: 'Acme',
        role: 'Engineer',
        start: days(day),
        end: days(day),
        interviewers,
        calendarStatus: 'manual',
      });
    round('r1', -9, 'Ana Pérez <ana@acme.example>, Bo <bo@acme.example>');
    round('r2', -5, 'Bo <BO@acme.example>');
    round('r3', -2, '<img src=x onerror=alert(1)>, Bo');
    const { page } = await openSidebar(browser(), workbook);
    await page.click('#tab-applications');
    await page.getByRole('button', { name: /Acme/ }).first().click();
    await page.locator('#hub-contacts li').first().waitFor();
    expect(await page.locator('#hub-contacts li').allTextContents()).toEqual([
      'Ana Pérez · ana@acme.example',
      'Bo · bo@acme.example',
      // As the interviewers parser reads it: text, never markup.
      'img src=x onerror=alert(1)',
    ]);
    expect(await page.locator('#hub-contacts img').count()).toBe(0);
    await page.close();
  });
});
