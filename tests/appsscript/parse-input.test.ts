/** parseInput: every add-on function's first step; a bad input is one INVALID_INPUT naming the field to fix. */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { parseInput } from '../../appsscript/parse-input.js';
import { ChangeStageInput, CreateDraftsInput, DraftTarget, InterviewRef } from '../../appsscript/api/inputs.js';
import { isNextRoundError } from '../../shared/errors.js';

function refusal(schema: z.ZodType, input: unknown, what: string): { code: string; message: string; where: string | undefined } {
  try {
    parseInput(schema, input, what);
  } catch (error) {
    if (!isNextRoundError(error)) throw error;
    return { code: error.code, message: error.message, where: error.where };
  }
  throw new Error('parseInput accepted the input');
}

describe('parseInput', () => {
  it('returns the parsed value (trimmed, unknown keys dropped)', () => {
    expect(parseInput(InterviewRef, { interviewId: ' evt-1 ', extra: 1 }, 'loadPrep')).toEqual({ interviewId: 'evt-1' });
  });

  it.each([
    [InterviewRef, { interviewId: '' }, 'loadPrep', 'loadPrep.interviewId', 'Interview: Fill this in.'],
    [InterviewRef, undefined, 'loadPrep', 'loadPrep', 'This request: This is missing or not text.'],
    [ChangeStageInput, { applicationId: 'app-1', stage: 7 }, 'changeStage', 'changeStage.stage', 'Stage: This is missing or not text.'],
    // A union names the field of the option the input came closest to, not "Invalid input".
    [
      DraftTarget,
      { applicationId: 'app-1', kind: 'thank-you' },
      'previewDrafts',
      'previewDrafts.kind',
      'Kind of draft: Choose one of: follow-up, feedback-request.',
    ],
    [CreateDraftsInput, { interviewId: 'evt-1', keys: [] }, 'createDrafts', 'createDrafts.keys', 'Drafts to create: Choose at least 1.'],
    [DraftTarget, { interviewId: 'evt-1', topic: 5 }, 'previewDrafts', 'previewDrafts.topic', 'Topic: This is missing or not text.'],
  ])('refuses %j with INVALID_INPUT in the person’s words, keeping the path %s for logs', (schema, input, what, where, message) => {
    expect(refusal(schema, input, what)).toEqual({ code: 'INVALID_INPUT', message, where });
  });
});
