import { describe, expect, it } from 'vitest';
import {
  APPLICATION_DRAFT_KINDS,
  CLOSED_STAGES,
  FUNNEL,
  LOST_STAGES,
  STAGES,
  STAGE_DEFINITIONS,
  isHeardBackStage,
  isLostStage,
  levelOfStage,
  stageOf,
  stagesMakingDue,
} from '../../../shared/stages/index.js';
import { PENDING_THANK_YOU_TEXTS, THANK_YOU_STATUSES, isThankYouPending } from '../../../shared/stages/thank-you.js';
import { APPLICATIONS, INTERVIEWS } from '../../../shared/schema/tracker-schema.js';
import { STAGE_HISTORY } from '../../../shared/schema/history-schema.js';

describe('the stage definitions', () => {
  it('give every derived list, in funnel order', () => {
    expect({
      stages: STAGES,
      closed: CLOSED_STAGES,
      lost: [...LOST_STAGES],
      funnel: FUNNEL,
      drafts: APPLICATION_DRAFT_KINDS,
      followUp: stagesMakingDue('follow-up'),
      feedback: stagesMakingDue('feedback-request'),
    }).toEqual({
      stages: ['Wishlist', 'Applied', 'Screening', 'Interviewing', 'Offer', 'Accepted', 'Rejected', 'Withdrawn', 'Ghosted'],
      closed: ['Accepted', 'Rejected', 'Withdrawn', 'Ghosted'],
      lost: ['Rejected', 'Ghosted'],
      funnel: ['Applied', 'Screening', 'Interviewing', 'Offer'],
      drafts: ['follow-up', 'feedback-request'],
      followUp: ['Applied', 'Screening', 'Interviewing'],
      feedback: ['Rejected'],
    });
  });

  it('are the dropdowns of Stage, From stage and To stage', () => {
    const options = (columns: typeof APPLICATIONS.columns, key: string) => columns.find((column) => column.key === key)?.options;
    expect(options(APPLICATIONS.columns, 'stage')).toEqual(STAGES);
    expect(options(STAGE_HISTORY.columns, 'fromStage')).toEqual(STAGES);
    expect(options(STAGE_HISTORY.columns, 'toStage')).toEqual(STAGES);
  });

  it('each carry a distinct label and colour', () => {
    expect(new Set(STAGE_DEFINITIONS.map((stage) => stage.label)).size).toBe(STAGE_DEFINITIONS.length);
    expect(new Set(STAGE_DEFINITIONS.map((stage) => stage.colour)).size).toBe(STAGE_DEFINITIONS.length);
    expect(STAGE_DEFINITIONS.every((stage) => /^#[0-9a-f]{6}$/.test(stage.colour))).toBe(true);
  });
});

describe('questions about a stage cell', () => {
  it.each([
    // cell, stageOf, level, heard back, lost
    ['Offer', 'Offer', 3, true, false],
    [' ghosted ', 'Ghosted', 0, false, true],
    ['REJECTED', 'Rejected', 0, true, true],
    ['Screening', 'Screening', 1, true, false],
    ['Applied', 'Applied', 0, false, false],
    ['Wishlist', 'Wishlist', -1, false, false],
    ['Offered', null, -1, false, false],
    ['', null, -1, false, false],
  ])('reads %j as %j, level %d, heard back %s, lost %s', (text, stage, level, heardBack, lost) => {
    expect([stageOf(text), levelOfStage(text), isHeardBackStage(text), isLostStage(text)]).toEqual([stage, level, heardBack, lost]);
  });
});

describe('thank-you statuses', () => {
  it('are the Thank-you dropdown, with an empty cell and "Not yet" pending', () => {
    expect(INTERVIEWS.columns.find((column) => column.key === 'thankYou')?.options).toEqual(THANK_YOU_STATUSES);
    expect(THANK_YOU_STATUSES).toEqual(['Not yet', 'Drafted', 'Sent', 'Not needed']);
    expect(PENDING_THANK_YOU_TEXTS).toEqual(['', 'not yet']);
  });

  it.each([
    ['', true],
    [null, true],
    ['Not yet', true],
    [' not YET ', true],
    ['Drafted', false],
    ['Sent', false],
    ['Not needed', false],
    // The person's own words mean it is handled: never nagged about, never overwritten.
    ['emailed Ana', false],
  ])('counts %j as pending: %s', (value, pending) => {
    expect(isThankYouPending(value)).toBe(pending);
  });
});
