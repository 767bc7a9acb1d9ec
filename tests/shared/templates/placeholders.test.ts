import { describe, expect, it } from 'vitest';
import { buildPlaceholderValues, splitName } from '../../../shared/templates/placeholders.js';
import { DEFAULT_TEMPLATES } from '../../../shared/templates/default-templates.js';
import { renderMessage } from '../../../shared/templates/render-template.js';
import { lintTemplate, parseTemplateRow } from '../../../shared/templates/template-row.js';

const interview = { eventId: 'ev1', start: '2026-11-17 14:00', end: '2026-11-17 15:00', company: 'Acme', role: 'Data Engineer', round: 'Technical' };
const application = { id: 'app-1', company: 'Acme', role: 'Data Engineer', appliedOn: '2026-11-03', stage: 'Interviewing' };

describe('splitName', () => {
  it.each([
    ['Ana María Pérez', ['Ana', 'María Pérez']],
    ['  Pérez,  Ana ', ['Ana', 'Pérez']],
    ['Cher', ['Cher', '']],
    ['', ['', '']],
  ])('splits %j into %j', (name, expected) => {
    expect(splitName(name)).toEqual(expected);
  });
});

describe('buildPlaceholderValues', () => {
  it('takes each value from the interview, the recipient, the application and the person', () => {
    expect(
      buildPlaceholderValues({
        interview,
        application,
        recipient: { name: 'Ana Pérez', email: 'ana@acme.com' },
        person: { name: 'Sam Lee' },
        topic: ' your data platform ',
        daysSilent: 9,
      }),
    ).toEqual({
      first_name: 'Ana',
      last_name: 'Pérez',
      full_name: 'Ana Pérez',
      company: 'Acme',
      role: 'Data Engineer',
      round: 'Technical',
      interview_date: 'Tuesday 17 November',
      applied_date: '3 November',
      days_silent: '9',
      topic: 'your data platform',
      my_name: 'Sam Lee',
      my_first_name: 'Sam',
    });
  });

  it('leaves placeholders empty when their source is absent, inventing nothing', () => {
    expect(buildPlaceholderValues({ person: { name: '' }, recipient: { name: 'Bo', email: null, company: 'Initech' } })).toEqual({
      first_name: 'Bo',
      last_name: '',
      full_name: 'Bo',
      company: 'Initech',
      role: '',
      round: '',
      interview_date: '',
      applied_date: '',
      days_silent: '',
      topic: '',
      my_name: '',
      my_first_name: '',
    });
  });
});

describe('the default templates', () => {
  const full = buildPlaceholderValues({ interview, application, recipient: { name: 'Ana Pérez', email: 'ana@acme.com' }, person: { name: 'Sam Lee' } });

  it('are valid rows with no unknown or malformed placeholder', () => {
    for (const template of DEFAULT_TEMPLATES) {
      expect(parseTemplateRow(template, `Templates!${template.name}`)).toEqual(template);
      expect(lintTemplate(template)).toEqual([]);
    }
    expect(DEFAULT_TEMPLATES.map((template) => template.kind)).toEqual(['thank-you', 'feedback-request', 'follow-up', 'check-in']);
  });

  it('render the thank-you exactly, with the topic fallback reading naturally', () => {
    expect(renderMessage(DEFAULT_TEMPLATES[0]!, full)).toEqual({
      ok: true,
      subject: 'Thank you, Ana',
      body:
        'Hi Ana,\n\nThank you for taking the time to talk with me about the Data Engineer role at Acme. ' +
        'I especially enjoyed our conversation about the team and its work, and it left me even more excited about the role.\n\n' +
        'If anything else would help, I am happy to send it along.\n\nBest regards,\nSam Lee',
    });
  });

  it('render the follow-up to an unnamed recruiter with "there"', () => {
    const noName = buildPlaceholderValues({ application, recipient: { name: '', email: 'jobs@acme.com' }, person: { name: 'Sam Lee' } });
    const result = renderMessage(DEFAULT_TEMPLATES[2]!, noName);
    expect(result.ok && result.body.split('\n')[0]).toBe('Hi there,');
    expect(result.ok && result.subject).toBe('Following up on the Data Engineer role');
  });

  it('refuse a thank-you to an interviewer without a name rather than writing "Hi ,"', () => {
    const noName = buildPlaceholderValues({ interview, recipient: { name: '', email: 'x@acme.com' }, person: { name: 'Sam Lee' } });
    expect(renderMessage(DEFAULT_TEMPLATES[0]!, noName)).toMatchObject({ ok: false, missing: ['first_name'], unknown: [] });
  });
});

describe('parseTemplateRow and lintTemplate', () => {
  it("names the row and the field of a bad template row in the person's words", () => {
    expect(() => parseTemplateRow({ id: 't1', name: 'Mine', kind: 'poem', subject: 's', body: 'b' }, 'Templates row 4')).toThrow(
      /^Templates row 4: Kind of draft: Choose one of: /,
    );
    expect(() => parseTemplateRow({ id: 't1', name: 'Mine', kind: 'thank-you', subject: '', body: 'b' }, 'Templates row 4')).toThrow(
      /^Templates row 4: Subject: Fill this in\.$/,
    );
  });

  it('lists malformed and unknown placeholders with their place', () => {
    expect(lintTemplate({ subject: 'Hi {{First}}', body: 'x\n{{compnay}} {{role' })).toEqual([
      'Subject line 1 column 4: {{First}} is not a placeholder name (use lowercase letters, digits and _)',
      'Body line 2 column 13: {{role has no closing }}',
      'Body: unknown placeholder {{compnay}}',
    ]);
  });
});
