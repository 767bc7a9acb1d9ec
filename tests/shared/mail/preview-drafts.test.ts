import { describe, expect, it } from 'vitest';
import { previewThankYous } from '../../../shared/mail/preview-drafts.js';
import { appendDraftRecord, parseDraftLog, recordDraft } from '../../../shared/mail/draft-log.js';
import { DEFAULT_TEMPLATES } from '../../../shared/templates/default-templates.js';

const template = { name: 'Short', subject: 'Thanks, {{first_name}}', body: 'Hi {{first_name}}, thank you for the {{round}} at {{company}}.\n{{my_name}}' };
const interview = {
  eventId: 'ev-7',
  start: '2026-11-17 14:00',
  end: '2026-11-17 15:00',
  company: 'Acme <b>',
  role: 'Dev',
  round: 'Technical',
  interviewers: 'Ana Pérez <ana@acme.com>, Bo <bo@acme.com>, Chris, Dee <dee@@acme.com>',
  drafts: 'thank-you to bo@acme.com · r-1 · 2026-11-17 16:00 · https://mail.google.com/mail/#drafts?compose=m1',
};
const person = { name: 'Sam Lee' };

describe('previewThankYous', () => {
  it('gives one preview per interviewer: exact text, the existing draft, or why it is blocked', () => {
    expect(previewThankYous({ interview, template, person })).toEqual([
      {
        key: 'ev-7|ana@acme.com|thank-you',
        rowId: 'ev-7',
        kind: 'thank-you',
        recipient: { name: 'Ana Pérez', email: 'ana@acme.com' },
        status: 'ready',
        subject: 'Thanks, Ana',
        body: 'Hi Ana, thank you for the Technical at Acme <b>.\nSam Lee',
        existing: null,
      },
      {
        key: 'ev-7|bo@acme.com|thank-you',
        rowId: 'ev-7',
        kind: 'thank-you',
        recipient: { name: 'Bo', email: 'bo@acme.com' },
        status: 'ready',
        subject: 'Thanks, Bo',
        body: 'Hi Bo, thank you for the Technical at Acme <b>.\nSam Lee',
        existing: {
          kind: 'thank-you',
          email: 'bo@acme.com',
          draftId: 'r-1',
          createdAt: '2026-11-17 16:00',
          link: 'https://mail.google.com/mail/#drafts?compose=m1',
        },
      },
      {
        key: 'ev-7||thank-you',
        rowId: 'ev-7',
        kind: 'thank-you',
        recipient: { name: 'Chris', email: null },
        status: 'blocked',
        message: 'Chris has no email address; add it to the row first.',
        missing: [],
        unknown: [],
      },
      {
        key: 'ev-7|dee@@acme.com|thank-you',
        rowId: 'ev-7',
        kind: 'thank-you',
        recipient: { name: 'Dee', email: 'dee@@acme.com' },
        status: 'blocked',
        message: '"dee@@acme.com" is not one valid email address; a draft goes to exactly one recipient.',
        missing: [],
        unknown: [],
      },
    ]);
  });

  it('blocks a draft whose template needs an empty value, naming it', () => {
    const [preview] = previewThankYous({ interview: { ...interview, round: '' }, template, person });
    expect(preview).toMatchObject({ status: 'blocked', missing: ['round'], unknown: [] });
  });

  it('asks the person to sign their drafts when their own name is the only empty value, and keeps the template’s message otherwise', () => {
    const [unsigned] = previewThankYous({ interview, template, person: { name: '' } });
    expect(unsigned).toMatchObject({
      status: 'blocked',
      message: 'Sign your drafts above first: your name goes at the end of each one.',
      missing: ['my_name'],
    });
    const [alsoRound] = previewThankYous({ interview: { ...interview, round: '' }, template, person: { name: '' } });
    expect(alsoRound).toMatchObject({ status: 'blocked', missing: ['round', 'my_name'] });
    expect(alsoRound!.status === 'blocked' && alsoRound!.message).toBe(
      'Template "Short" cannot be used yet: empty {{round}}, {{my_name}} (fill it in or add a |fallback).',
    );
  });

  it('renders the default thank-you with the topic the person typed', () => {
    const [preview] = previewThankYous({ interview, template: DEFAULT_TEMPLATES[0]!, person, topic: 'your event pipeline' });
    expect(preview!.status === 'ready' && preview!.body).toContain('our conversation about your event pipeline, and it left me');
  });

  it('blocks the single preview of an interview that names nobody', () => {
    expect(previewThankYous({ interview: { ...interview, interviewers: '' }, template, person }).map((p) => [p.key, p.status])).toEqual([
      ['ev-7||thank-you', 'blocked'],
    ]);
  });
});

describe('appendDraftRecord', () => {
  it("adds a line and keeps the person's own text", () => {
    const record = recordDraft({ kind: 'thank-you', email: 'ana@acme.com', draftId: 'r-2', messageId: 'm2', createdAt: '2026-11-17 16:05' });
    const cell = appendDraftRecord(`${interview.drafts}\nsent Bo's by hand\n`, record);
    expect(cell).toBe(
      `${interview.drafts}\nsent Bo's by hand\nthank-you to ana@acme.com · r-2 · 2026-11-17 16:05 · https://mail.google.com/mail/#drafts?compose=m2`,
    );
    expect(parseDraftLog(cell).map((r) => r.draftId)).toEqual(['r-1', 'r-2']);
    expect(appendDraftRecord('', record).split('\n')).toHaveLength(1);
  });
});
