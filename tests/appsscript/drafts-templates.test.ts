/** Templates edited from the sidebar (built bundle): refused with named problems, saved by id as text, never evaluated. */
import { describe, expect, it } from 'vitest';
import { INTERVIEWS, TEMPLATES, openDraftsWorkbook } from './drafts-workbook.js';
import { leaksAmong } from '../support/message-leaks.js';

const NOW = new Date('2026-11-20T15:00:00Z');

function workbook() {
  const wb = openDraftsWorkbook({ now: NOW, myName: 'Sam Doe' });
  wb.addRow(INTERVIEWS, {
    eventId: 'evt-1',
    start: new Date('2026-11-20T09:00:00Z'),
    end: new Date('2026-11-20T10:00:00Z'),
    title: 'Screen',
    company: 'Acme',
    role: 'Engineer',
    round: 'Screening',
    interviewers: 'Ana Pérez <ana@acme.com>',
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
  });
  wb.log.reset();
  return wb;
}

const save = (subject: string, body = 'Hi {{first_name}}') => ({ id: 'nr-template-thank-you', name: 'Thank you', kind: 'thank-you' as const, subject, body });

describe('saveTemplate and the previews it feeds', () => {
  it.each([
    ['Thanks {{frist_name}}', ['Subject: unknown placeholder {{frist_name}}']],
    ['Thanks {{constructor}}', ['Subject: unknown placeholder {{constructor}}']],
    ['Thanks {{__proto__}}', ['Subject line 1 column 8: {{__proto__}} is not a placeholder name (use lowercase letters, digits and _)']],
  ])('refuses the subject %j, naming the problem, and writes nothing', (subject, problems) => {
    const wb = workbook();
    expect(wb.addon.saveTemplate(save(subject))).toEqual({ kind: 'invalid', problems });
    expect(wb.log.writes()).toBe(0);
  });

  it.each([
    [{ subject: '' }, 'Subject: Fill this in.'],
    [{ body: '' }, 'Body: Fill this in.'],
    [{ name: '  ' }, 'Name: Fill this in.'],
  ])("refuses a cleared field %j naming it in the person's words, not zod's", (over, problem) => {
    const wb = workbook();
    const result = wb.addon.saveTemplate({ ...save('Thanks'), ...over });
    expect(result).toEqual({ kind: 'invalid', problems: [problem] });
    expect(leaksAmong(result.kind === 'invalid' ? result.problems : [])).toEqual([]);
    expect(wb.log.writes()).toBe(0);
  });

  it('refuses an unbalanced placeholder with its line and column', () => {
    const wb = workbook();
    const result = wb.addon.saveTemplate(save('Thanks', 'Hi\n{{first_name'));
    expect(result.kind).toBe('invalid');
    expect(result.kind === 'invalid' && result.problems).toHaveLength(1);
    expect(result.kind === 'invalid' && result.problems[0]).toMatch(/^Body line 2 column 1: \{\{first_name /);
    expect(wb.log.writes()).toBe(0);
  });

  it.each([
    // biome-ignore lint/suspicious/noTemplateCurlyInString: other engines' syntax must come out as typed
    ['${7*7} and <%= 7*7 %>', '${7*7} and <%= 7*7 %>'],
    ['=HYPERLINK("https://evil.example") {{company}}', '=HYPERLINK("https://evil.example") Acme'],
    ['{{round}} on {{interview_date}}', 'Screening on Friday 20 November'],
  ])('saves %j by id, as plain text, and the next preview renders it literally as %j', (subject, rendered) => {
    const wb = workbook();
    wb.sheet(TEMPLATES).sort(2, false);
    expect(wb.addon.saveTemplate(save(subject))).toEqual({ kind: 'saved', template: save(subject) });
    expect(wb.rowById(TEMPLATES, 'id', 'nr-template-thank-you').subject).toBe(subject);
    expect(wb.addon.loadTemplate({ id: 'nr-template-thank-you' }).subject).toBe(subject);
    const [card] = wb.addon.previewDrafts({ interviewId: 'evt-1' }).previews;
    expect(card!.status === 'ready' && card!.subject).toBe(rendered);
  });

  it('adds a template without an id as a new row the Drafts panel can pick', () => {
    const wb = workbook();
    const result = wb.addon.saveTemplate({
      name: 'Short thanks',
      kind: 'thank-you',
      subject: 'Thanks, {{first_name}}!',
      body: 'Thank you for today.\n{{my_first_name}}',
    });
    expect(result.kind).toBe('saved');
    const id = result.kind === 'saved' ? result.template.id : '';
    expect(id).toMatch(/^tpl-[0-9a-f-]{36}$/);
    const preview = wb.addon.previewDrafts({ interviewId: 'evt-1', templateId: id });
    expect(preview.templates.map((template) => template.name)).toEqual(['Thank you', 'Short thanks']);
    expect(preview.previews.map((card) => card.status === 'ready' && `${card.subject} / ${card.body}`)).toEqual(['Thanks, Ana! / Thank you for today.\nSam']);
  });
});
