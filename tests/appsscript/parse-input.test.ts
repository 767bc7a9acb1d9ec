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
    [InterviewRef, { interviewId: '' }, 'loadPrep', 'loadPrep.interviewId', 'Too small: expected string to have >=1 characters'],
    [InterviewRef, undefined, 'loadPrep', 'loadPrep', 'Invalid input: expected object, received undefined'],
    [ChangeStageInput, { applicationId: 'app-1', stage: 7 }, 'changeStage', 'changeStage.stage', 'Invalid input: expected string, received number'],
    // A union names the field of the option the input came closest to, not "Invalid input".
    [
      DraftTarget,
      { applicationId: 'app-1', kind: 'thank-you' },
      'previewDrafts',
      'previewDrafts.kind',
      'Invalid option: expected one of "follow-up"|"feedback-request"',
    ],
    [CreateDraftsInput, { interviewId: 'evt-1', keys: [] }, 'createDrafts', 'createDrafts.keys', 'Too small: expected array to have >=1 items'],
    [DraftTarget, { interviewId: 'evt-1', topic: 5 }, 'previewDrafts', 'previewDrafts.topic', 'Invalid input: expected string, received number'],
  ])('refuses %j with INVALID_INPUT at %s', (schema, input, what, where, message) => {
    expect(refusal(schema, input, what)).toEqual({ code: 'INVALID_INPUT', message: `${where}: ${message}.`, where });
  });
});
