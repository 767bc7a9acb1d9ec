import { describe, expect, it } from 'vitest';
import { DUE_RULES, dueRule, passesTests, spanMs } from '../../../shared/due/due-rules.js';
import { DEFAULT_DUE_SETTINGS } from '../../../shared/due/due-settings.js';

const HOUR = 3_600_000;

describe('DUE_RULES', () => {
  it('define each rule once, with its sheet, columns and thresholds at the default settings', () => {
    expect(
      DUE_RULES.map((rule) => ({
        id: rule.id,
        sheet: rule.sheet,
        keys: [...rule.tests.flatMap((test) => test.keys), ...rule.clock.keys],
        dueAfter: 'dueAfter' in rule.clock ? rule.clock.dueAfter(DEFAULT_DUE_SETTINGS) : null,
        within: 'within' in rule.clock ? rule.clock.within(DEFAULT_DUE_SETTINGS) : null,
      })),
    ).toEqual([
      { id: 'thank-you', sheet: 'Interviews', keys: ['calendarStatus', 'thankYou', 'end'], dueAfter: { hours: 24 }, within: { days: 14 } },
      { id: 'feedback-request', sheet: 'Applications', keys: ['stage', 'drafts', 'lastUpdate'], dueAfter: null, within: { days: 30 } },
      { id: 'follow-up', sheet: 'Applications', keys: ['stage', 'appliedOn', 'lastUpdate'], dueAfter: { days: 7 }, within: null },
      { id: 'next-action', sheet: 'Applications', keys: ['nextAction', 'stage', 'nextActionDue'], dueAfter: { days: 1 }, within: null },
    ]);
  });

  it.each([
    [{ hours: 24 }, 24 * HOUR],
    [{ days: 7 }, 7 * 24 * HOUR],
  ])('counts %j as %d ms', (span, ms) => {
    expect(spanMs(span)).toBe(ms);
  });
});

describe('the row tests listDue and the pipeline share with the highlights', () => {
  const feedbackDraft = 'feedback-request to ana@acme.com · r-1 · 2026-11-19 12:00 · https://mail.google.com/mail/#drafts?compose=m1';
  it.each([
    ['thank-you', { calendarStatus: 'confirmed', thankYou: 'Not yet' }, true],
    ['thank-you', { calendarStatus: 'Cancelled', thankYou: '' }, false],
    ['thank-you', { calendarStatus: 'manual', thankYou: 'Sent' }, false],
    ['feedback-request', { stage: ' rejected', drafts: '' }, true],
    ['feedback-request', { stage: 'Rejected', drafts: feedbackDraft }, false],
    ['feedback-request', { stage: 'Ghosted', drafts: '' }, false],
    ['follow-up', { stage: 'interviewing' }, true],
    ['follow-up', { stage: 'Offer' }, false],
    ['follow-up', { stage: '' }, false],
    ['next-action', { stage: 'Offer', nextAction: 'Negotiate' }, true],
    ['next-action', { stage: 'Dreaming', nextAction: 'Call' }, true],
    ['next-action', { stage: 'Withdrawn', nextAction: 'Call' }, false],
    ['next-action', { stage: 'Applied', nextAction: '  ' }, false],
  ] as const)('%s on %j: %s', (id, row, expected) => {
    expect(passesTests(dueRule(id), row)).toBe(expected);
  });
});
