/** The plain checks for nested input that the sidebar and the server both run (checklists, debriefs). */
import { describe, expect, it } from 'vitest';
import { checkPrep, EMPTY_PREP } from '../../../shared/prep/prep.js';
import { checkDebrief } from '../../../shared/reflect/debrief.js';

describe('checkPrep', () => {
  it('fills what was left out and trims lines, keeping notes as typed but for trailing blanks', () => {
    expect(checkPrep({})).toEqual({ ok: true, value: EMPTY_PREP });
    expect(checkPrep({ requirements: [{ requirement: ' Go ' }], context: 'Payments\r\n  growing  \n', questions: [{ text: 'On-call?', done: true }] })).toEqual(
      {
        ok: true,
        value: {
          ...EMPTY_PREP,
          requirements: [{ requirement: 'Go', evidence: '', done: false }],
          context: 'Payments\n  growing',
          questions: [{ text: 'On-call?', done: true }],
        },
      },
    );
  });

  it.each([
    ['no object', 'not a checklist', [], 'Expected an object'],
    ['an empty requirement', { requirements: [{ requirement: '  ' }] }, ['requirements', 0, 'requirement'], 'Required'],
    ['a two-line question', { questions: [{ text: 'a' }, { text: 'b\nc' }] }, ['questions', 1, 'text'], 'One line per item'],
    ['evidence too long', { requirements: [{ requirement: 'Go', evidence: 'e'.repeat(501) }] }, ['requirements', 0, 'evidence'], 'At most 500 characters'],
    ['a done box that is text', { people: [{ text: 'Ana', done: 'yes' }] }, ['people', 0, 'done'], 'Expected true or false'],
    ['too many people', { people: Array.from({ length: 31 }, () => ({ text: 'x' })) }, ['people'], 'At most 30 items'],
    ['a list that is text', { questions: 'Why?' }, ['questions'], 'Expected a list'],
    ['a note too long', { assessment: 'a'.repeat(2001) }, ['assessment'], 'At most 2000 characters'],
  ])('names the place of %s', (_what, input, path, message) => {
    expect(checkPrep(input)).toEqual({ ok: false, path, message });
  });
});

describe('checkDebrief', () => {
  it.each([
    [{ selfRating: 0 }, ['selfRating'], 'Rate from 1 to 5'],
    [{ selfRating: 2.5 }, ['selfRating'], 'Rate from 1 to 5'],
    [{ selfRating: '3' }, ['selfRating'], 'Rate from 1 to 5'],
    [{ lessons: ['ok', 7] }, ['lessons', 1], 'Expected text'],
    [{ questionsAsked: Array.from({ length: 51 }, () => 'q') }, ['questionsAsked'], 'At most 50 items'],
  ])('refuses %j at %j', (input, path, message) => {
    expect(checkDebrief(input)).toEqual({ ok: false, path, message });
  });

  it('reads fields as own properties only', () => {
    expect(checkDebrief(Object.create({ selfRating: 9 }))).toEqual({
      ok: true,
      value: { wentWell: [], toImprove: [], lessons: [], questionsAsked: [], selfRating: null },
    });
  });
});
