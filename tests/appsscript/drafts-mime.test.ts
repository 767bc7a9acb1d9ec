/**
 * The built bundle creates drafts through the fake Gmail service, which
 * parses the raw MIME independently: exact headers, one recipient, the
 * encoded subject, escaped HTML, and no header injected by any payload.
 */
import { describe, expect, it } from 'vitest';
import { INTERVIEWS, TEMPLATES, openDraftsWorkbook, recipientsOf, type DraftsWorkbook } from './drafts-workbook.js';

const NOW = new Date('2026-11-20T15:00:00Z');
const START = new Date('2026-11-20T10:00:00Z');
const END = new Date('2026-11-20T11:00:00Z');

function withInterview(cells: Record<string, unknown>, myName = 'Sam Doe'): DraftsWorkbook {
  const workbook = openDraftsWorkbook({ now: NOW, myName });
  workbook.addRow(INTERVIEWS, {
    eventId: 'evt-1',
    start: START,
    end: END,
    title: 'Interview',
    company: 'Acme',
    role: 'Backend Engineer',
    round: 'Technical',
    interviewers: 'Ana Pérez <ana@acme.com>',
    meetingLink: 'https://meet.example.com/x',
    calendarStatus: 'confirmed',
    ...cells,
  });
  workbook.log.reset();
  return workbook;
}

describe('createDrafts in the built bundle', () => {
  it('hands Gmail exactly the previewed message: four headers, one recipient, encoded subject, escaped HTML', () => {
    const workbook = withInterview({ company: 'Acme & <Sons>', interviewers: 'Zoë Pérez <zoe@acme.com>' });
    const preview = workbook.addon.previewDrafts({ interviewId: 'evt-1', topic: '<b>systems</b>' });
    expect(preview.previews).toHaveLength(1);
    const [card] = preview.previews;
    expect(card!.status).toBe('ready');
    if (card!.status !== 'ready') return;
    expect(card!.subject).toBe('Thank you, Zoë');
    expect(card!.body).toBe(
      [
        'Hi Zoë,',
        '',
        'Thank you for taking the time to talk with me about the Backend Engineer role at Acme & <Sons>. ' +
          'I especially enjoyed our conversation about <b>systems</b>, and it left me even more excited about the role.',
        '',
        'If anything else would help, I am happy to send it along.',
        '',
        'Best regards,',
        'Sam Doe',
      ].join('\n'),
    );

    const result = workbook.addon.createDrafts({ interviewId: 'evt-1', topic: '<b>systems</b>', keys: [card!.key] });

    expect(result.outcomes.map((outcome) => outcome.status)).toEqual(['created']);
    expect(workbook.gmail.drafts).toHaveLength(1);
    const { message, userId, mime } = workbook.gmail.drafts[0]!;
    expect(userId).toBe('me');
    expect(message.headerNames).toEqual(['MIME-Version', 'To', 'Subject', 'Content-Type']);
    expect(message.rawHeaders[1]).toBe('To: =?UTF-8?B?Wm/DqyBQw6lyZXo=?= <zoe@acme.com>');
    expect(message.rawHeaders[2]).toBe('Subject: =?UTF-8?B?VGhhbmsgeW91LCBab8Or?=');
    expect(message.headers.subject).toBe('Thank you, Zoë');
    expect(recipientsOf(message.headers.to!)).toEqual(['zoe@acme.com']);
    expect(message.parts.map((part) => part.contentType)).toEqual(['text/plain; charset=UTF-8', 'text/html; charset=UTF-8']);
    expect(message.parts[0]!.body).toBe(card!.body.replace(/\n/g, '\r\n'));
    const html = message.parts[1]!.body;
    expect(html).toContain('Acme &amp; &lt;Sons&gt;');
    expect(html).toContain('&lt;b&gt;systems&lt;/b&gt;');
    expect(html).not.toMatch(/<b>|<Sons>/);
    expect(mime).not.toMatch(/^(Bcc|Cc):/im);
  });

  it('records the draft on the row by id, marks the thank-you Drafted, and costs 3 reads + 1 row write + 1 draft', () => {
    const workbook = withInterview({ interviewers: 'Ana Pérez <ana@acme.com>' });
    const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-1' });
    workbook.log.reset();
    workbook.addon.createDrafts({ interviewId: 'evt-1', keys: previews.map((preview) => preview.key) });
    const row = workbook.rowById(INTERVIEWS, 'eventId', 'evt-1');
    expect(row.drafts).toBe('thank-you to ana@acme.com · r-1 · 2026-11-20 16:00 · https://mail.google.com/mail/#drafts?compose=m-1');
    expect(row.thankYou).toBe('Drafted');
    expect(workbook.log.count('Range.getValues')).toBe(3 + 1);
    expect(workbook.log.count('Range.setValues')).toBe(1);
    expect(workbook.log.count('Gmail.Users.Drafts.create')).toBe(1);
  });

  // Each payload goes into one field; a draft is either refused or made with exactly the four headers.
  const payloads: { name: string; cells: Record<string, unknown>; template?: { subject: string } }[] = [
    { name: 'CRLF + Bcc in the interviewer name', cells: { interviewers: 'Ana\r\nBcc: evil@x.example <ana@acme.com>' } },
    { name: 'CRLF + Bcc inside the angle address', cells: { interviewers: 'Ana <ana@acme.com\r\nBcc: evil@x.example>' } },
    { name: 'LF + Bcc inside a quoted name', cells: { interviewers: '"Ana\nBcc: evil@x.example" <ana@acme.com>' } },
    { name: 'CR + Cc inside a quoted name', cells: { interviewers: '"Ana\rCc: evil@x.example" <ana@acme.com>' } },
    { name: 'a Bcc: header as the name', cells: { interviewers: '"Bcc: evil@x.example" <ana@acme.com>' } },
    { name: 'two addresses in one angle', cells: { interviewers: 'Ana <ana@acme.com, evil@x.example>' } },
    { name: 'percent-encoded CRLF in the name', cells: { interviewers: 'Ana%0D%0ABcc: evil@x.example <ana@acme.com>' } },
    { name: 'a unicode line separator in the name', cells: { interviewers: '"Ana\u2028Bcc: evil@x.example" <ana@acme.com>' } },
    { name: 'CRLF + Bcc in the company (in the subject)', cells: { company: 'Acme\r\nBcc: evil@x.example' }, template: { subject: 'Thanks from {{company}}' } },
    {
      name: 'LF + Bcc in the round (in the subject)',
      cells: { round: 'Technical\nBcc: evil@x.example' },
      template: { subject: '{{round}} with {{first_name}}' },
    },
    { name: 'CRLF + Bcc in the role (in the subject)', cells: { role: 'Engineer\r\n\r\nBcc: evil@x.example' }, template: { subject: 'The {{role}} role' } },
    { name: 'a header line in the template subject', cells: {}, template: { subject: 'Thanks\r\nBcc: evil@x.example' } },
  ];

  it.each(payloads)('injects no header for $name', ({ cells, template }) => {
    const workbook = withInterview(cells);
    let templateId: string | undefined;
    if (template) {
      templateId = 'tpl-payload';
      workbook.addRow(TEMPLATES, { id: templateId, name: 'Payload', kind: 'thank-you', subject: template.subject, body: 'Hi {{first_name|there}}' });
    }
    const { previews } = workbook.addon.previewDrafts({ interviewId: 'evt-1', templateId });
    const result = workbook.addon.createDrafts({ interviewId: 'evt-1', templateId, keys: previews.map((preview) => preview.key) });
    for (const draft of workbook.gmail.drafts) {
      expect(draft.message.headerNames).toEqual(['MIME-Version', 'To', 'Subject', 'Content-Type']);
      expect(recipientsOf(draft.message.headers.to!)).toEqual(['ana@acme.com']);
      expect(draft.mime.split('\r\n\r\n')[0]).not.toMatch(/^(Bcc|Cc):/im);
    }
    const blocked = result.outcomes.filter((outcome) => outcome.status === 'blocked');
    expect(blocked.length + workbook.gmail.drafts.length).toBe(previews.length);
    // A calendar round's unusable address is fixed in the event's guests.
    for (const outcome of blocked)
      expect(outcome.status === 'blocked' && outcome.message).toMatch(/line break|control|not one valid email|no email|event's guests/i);
  });
});
