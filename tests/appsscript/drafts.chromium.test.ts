/** The drafts flow in the real sidebar (headless Chromium) over the built bundle and the fake Gmail. */
import { expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { describeWithChromium } from '../support/capabilities.js';
import { useBrowser, openSidebar, saveScreenshot } from '../support/sidebar-harness.js';
import { INTERVIEWS, TEMPLATES, openDraftsWorkbook, recipientsOf } from './drafts-workbook.js';
import { writeAsPerson } from '../fakes/apps-script/index.js';
import { parseDraftLog } from '../../shared/mail/draft-log.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const XSS = '<img src=x onerror="window.__xss=1">';

function workbook() {
  const wb = openDraftsWorkbook({ now: NOW });
  wb.addRow(INTERVIEWS, {
    eventId: 'evt-onsite',
    start: new Date('2026-11-19T09:00:00Z'),
    end: new Date('2026-11-19T10:00:00Z'),
    title: 'Onsite',
    company: `Acme ${XSS}`,
    role: 'Backend Engineer',
    round: 'Onsite',
    interviewers: 'Ana Pérez <ana@acme.com>, Bo Li <bo@acme.com>, Chen Wu',
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
  });
  wb.log.reset();
  return wb;
}

describeWithChromium('the Drafts flow in the sidebar', () => {
  const browser = useBrowser();

  it('previews per interviewer, names the missing placeholder, creates the drafts and records them on the row', async () => {
    const wb = workbook();
    const { page, calls, blocked } = await openSidebar(browser(), wb);
    await page.click('#tab-due');
    const items = page.locator('#due-items li[data-kind="thank-you"]');
    await items.first().waitFor();
    // One card per person, each with its own Done / Snooze / Dismiss.
    expect(await items.locator('.due-open').allTextContents()).toEqual(['Thank Ana Pérez', 'Thank Bo Li', 'Thank Chen Wu']);
    expect(await items.first().locator('.muted').textContent()).toBe(`Acme ${XSS} · Onsite · ended 2026-11-19 11:00 · due 2026-11-19`);
    expect(await page.locator('#due-overdue-title').textContent()).toBe('Overdue (3)');

    await items.first().locator('.due-open').click();
    const cards = page.locator('.draft-card');
    await expect.poll(() => cards.count()).toBe(3);
    // No name in Settings yet: the cards ask the person to sign, not the template's author to fill {{my_name}}.
    const blockedTexts = await page.locator('.draft-blocked').allTextContents();
    expect(blockedTexts.slice(0, 2)).toEqual(Array(2).fill('Sign your drafts above first: your name goes at the end of each one.'));
    // This round comes from the calendar: Chen's card says where the address belongs, and offers no field the server would refuse.
    expect(blockedTexts[2]).toBe("Chen Wu comes from the calendar event: add their address to the event's guests, and the next import brings it here.");
    expect(await page.locator('.recipient-email').count()).toBe(0);
    // Nothing ready: the button is disabled and says why.
    expect(await page.locator('#create-drafts').isDisabled()).toBe(true);
    expect(await page.locator('#create-drafts-reason').textContent()).toBe('Not yet: say how to sign your drafts above.');
    expect(calls.filter((call) => call.name === 'createDrafts')).toEqual([]);
    expect(await seriousViolations(page, '#app'), 'drafts before signing').toEqual([]);

    // An empty name is refused on its field, in words, before any call.
    await page.click('#save-my-name');
    expect(await page.locator('#my-name-error').textContent()).toBe('Type the name your drafts should end with.');
    expect(await page.locator('#my-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#my-name').getAttribute('aria-describedby')).toBe('my-name-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('my-name');
    expect(calls.filter((call) => call.name === 'saveMyName')).toEqual([]);

    await page.fill('#my-name', 'Sam Doe');
    await page.click('#save-my-name');
    await expect.poll(() => page.locator('.draft-card.ready').count()).toBe(2);
    // The notice takes focus from the field it replaced, so a screen reader says the name was saved.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drafts-notice');
    expect(await page.locator('#create-drafts').isEnabled()).toBe(true);
    expect(await seriousViolations(page, '#app'), 'drafts ready').toEqual([]);
    await page.fill('#draft-topic', 'event sourcing');
    await page.locator('#draft-topic').dispatchEvent('change');
    await expect.poll(() => page.locator('.draft-card.ready .draft-body').first().textContent()).toContain('our conversation about event sourcing, and');
    const subjects = await page.locator('.draft-card.ready .draft-subject').allTextContents();
    const bodies = await page.locator('.draft-card.ready .draft-body').allTextContents();
    expect(subjects).toEqual(['Thank you, Ana', 'Thank you, Bo']);
    expect(await page.locator('.draft-card.ready .draft-to').allTextContents()).toEqual(['To: Ana Pérez <ana@acme.com>', 'To: Bo Li <bo@acme.com>']);

    await page.click('#create-drafts');
    await expect.poll(() => page.locator('#drafts-notice').textContent()).toBe('Drafts in Gmail (not sent): 2 created, 0 already there.');

    expect(wb.gmail.drafts.map((draft) => recipientsOf(draft.message.headers.to!).join())).toEqual(['ana@acme.com', 'bo@acme.com']);
    expect(wb.gmail.drafts.map((draft) => draft.message.headers.subject)).toEqual(subjects);
    expect(wb.gmail.drafts.map((draft) => draft.message.parts[0]!.body)).toEqual(bodies.map((body) => body.replace(/\n/g, '\r\n')));
    const row = wb.rowById(INTERVIEWS, 'eventId', 'evt-onsite');
    expect(parseDraftLog(row.drafts).map((record) => `${record.email} ${record.draftId} ${record.createdAt}`)).toEqual([
      'ana@acme.com r-1 2026-11-20 16:00',
      'bo@acme.com r-2 2026-11-20 16:00',
    ]);
    // Chen has no address yet, so the thank-yous are not all drafted.
    expect(row.thankYou).toBe('');
    const links = page.locator('.draft-existing a');
    expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual([
      'https://mail.google.com/mail/#drafts?compose=m-1',
      'https://mail.google.com/mail/#drafts?compose=m-2',
    ]);

    // A second click reuses the drafts instead of making copies.
    await page.click('#create-drafts');
    await expect.poll(() => page.locator('#drafts-notice').textContent()).toBe('Drafts in Gmail (not sent): 0 created, 2 already there.');
    expect(wb.gmail.drafts).toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(blocked).toEqual([]);

    await saveScreenshot(page, 'sidebar-drafts');
    await page.close();
  });

  it('creates only the drafts still on the row when the person edits it after the preview, and says which were not made', async () => {
    const wb = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
    const row = wb.addRow(INTERVIEWS, {
      eventId: 'evt-panel',
      start: new Date('2026-11-20T09:00:00Z'),
      end: new Date('2026-11-20T10:00:00Z'),
      title: 'Panel',
      company: 'Initech',
      role: 'Analyst',
      interviewers: 'Ana Pérez <ana@initech.example>, Bo Li <bo@initech.example>',
      meetingLink: 'https://meet.example.com/x',
      calendarStatus: 'confirmed',
    });
    const { page } = await openSidebar(browser(), wb);
    await page.click('#tab-due');
    await page.locator('#due-items li[data-kind="thank-you"] .due-open').first().click();
    await expect.poll(() => page.locator('.draft-card.ready').count()).toBe(2);
    // In the sheet, the person sorts and takes Bo off the round before pressing Create.
    wb.sheet(INTERVIEWS).sort(1, false);
    writeAsPerson(wb.sheet(INTERVIEWS), row, INTERVIEWS.columns.findIndex((column) => column.key === 'interviewers') + 1, 'Ana Pérez <ana@initech.example>');

    await page.click('#create-drafts');

    await expect.poll(() => page.locator('#drafts-notice').textContent()).toBe('Drafts in Gmail (not sent): 1 created, 0 already there, 1 not made.');
    expect(await page.locator('#drafts-unmade li').allTextContents()).toEqual(['This recipient is no longer on the row; preview again.']);
    expect(await page.locator('.draft-card').count()).toBe(1);
    expect(wb.gmail.drafts.map((draft) => recipientsOf(draft.message.headers.to!).join())).toEqual(['ana@initech.example']);
    await page.close();
  });

  it('offers the address field on a round added by hand, saves it to the row and announces it', async () => {
    const wb = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
    wb.addRow(INTERVIEWS, {
      eventId: 'nr-manual',
      start: new Date('2026-11-20T09:00:00Z'),
      end: new Date('2026-11-20T10:00:00Z'),
      title: 'Coffee',
      company: 'Hooli',
      role: 'Engineer',
      interviewers: 'Chen Wu',
      calendarStatus: 'manual',
    });
    const { page } = await openSidebar(browser(), wb);
    await page.click('#tab-due');
    await page.locator('#due-items li[data-kind="thank-you"] .due-open').first().click();
    await page.locator('#recipient-email-0').waitFor();
    expect(await page.locator('.draft-blocked').textContent()).toBe('Chen Wu has no email address; add it to the row first.');
    await page.fill('#recipient-email-0', 'chen@hooli.example');
    await page.locator('#recipient-email-0').press('Enter');
    await expect.poll(() => page.locator('.draft-card.ready').count()).toBe(1);
    expect(await page.locator('#drafts-notice').textContent()).toBe('Email saved for Chen Wu.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drafts-notice');
    expect(wb.rowById(INTERVIEWS, 'eventId', 'nr-manual').interviewers).toBe('Chen Wu <chen@hooli.example>');
    await page.close();
  });

  it('edits the template from the sidebar: an unknown placeholder is listed, a fixed one re-renders the previews', async () => {
    const wb = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
    wb.addRow(INTERVIEWS, {
      eventId: 'evt-screen',
      start: new Date('2026-11-20T09:00:00Z'),
      end: new Date('2026-11-20T10:00:00Z'),
      title: 'Screen',
      company: 'Globex',
      role: 'Designer',
      round: 'Screening',
      interviewers: 'Ana Pérez <ana@globex.example>',
      meetingLink: 'https://meet.example.com/x',
      calendarStatus: 'confirmed',
    });
    const { page } = await openSidebar(browser(), wb);
    await page.click('#tab-due');
    await page.locator('#due-items li[data-kind="thank-you"] .due-open').first().click();
    await expect.poll(() => page.locator('.draft-card.ready .draft-subject').textContent()).toBe('Thank you, Ana');

    await page.click('#template-editor summary');
    await expect.poll(() => page.inputValue('#template-subject')).toBe('Thank you, {{first_name}}');
    await page.fill('#template-subject', 'Our {{round}} chat, {{frist_name}}');
    await page.click('#save-template');
    await expect.poll(() => page.locator('#template-errors').textContent()).toBe('Subject: unknown placeholder {{frist_name}}');
    expect(wb.rowById(TEMPLATES, 'id', 'nr-template-thank-you').subject).toBe('Thank you, {{first_name}}');

    await page.fill('#template-subject', 'Our {{round}} chat, {{first_name}}');
    await page.click('#save-template');
    await expect.poll(() => page.locator('.draft-card.ready .draft-subject').textContent()).toBe('Our Screening chat, Ana');
    expect(await page.locator('#drafts-notice').textContent()).toBe('Template saved.');
    expect(wb.rowById(TEMPLATES, 'id', 'nr-template-thank-you').subject).toBe('Our {{round}} chat, {{first_name}}');
    await page.close();
  });
});
