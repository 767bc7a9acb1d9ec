import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countPrepProgress, parsePrep, type Prep } from '../../../shared/prep/prep.js';
import { formatPrepCell, parsePrepCell } from '../../../shared/prep/prep-cell.js';

const prep = parsePrep({
  requirements: [
    { requirement: 'Go in production', evidence: '4 years at Acme', done: true },
    { requirement: 'Kubernetes' },
    { requirement: 'A → B pipelines \\ ETL', evidence: 'built one → twice' },
  ],
  assessment: 'Live coding, 60 min\n  bring an editor',
  context: 'Payments team',
  questions: [{ text: 'How is on-call organised?' }],
  people: [{ text: 'Ana Pérez, hiring manager', done: true }],
});

describe('the prep cell', () => {
  it('reads like a checklist a person would write', () => {
    expect(formatPrepCell(prep)).toBe(
      [
        'Requirements:',
        '[x] Go in production → 4 years at Acme',
        '[ ] Kubernetes',
        '[ ] A \\→ B pipelines \\\\ ETL → built one → twice',
        'Assessment: Live coding, 60 min',
        '    bring an editor',
        'Context: Payments team',
        'Questions to ask:',
        '[ ] How is on-call organised?',
        'People to look up:',
        '[x] Ana Pérez, hiring manager',
      ].join('\n'),
    );
    expect(parsePrepCell(formatPrepCell(prep), 'Interviews row e1 Prep')).toEqual(prep);
    expect(countPrepProgress(prep)).toEqual({ done: 2, total: 5 });
  });

  it('reads an empty cell as an empty checklist, and writes an empty checklist as an empty cell', () => {
    expect(parsePrepCell('', 'x')).toEqual(parsePrep({}));
    expect(formatPrepCell(parsePrep({}))).toBe('');
  });

  it('names the line a hand edit broke', () => {
    expect(() => parsePrepCell('Requirements:\n[ ] Go\nremember SQL', 'Interviews row e1 Prep')).toThrow(
      'Interviews row e1 Prep, line 3: "remember SQL" is not part of the checklist layout',
    );
  });

  it('refuses a checklist item on two lines, naming it', () => {
    expect(() => parsePrep({ questions: [{ text: 'a\nb' }] })).toThrow('prep.questions.0.text: One line per item.');
  });

  it('round-trips every valid checklist exactly', () => {
    // Characters that matter to the layout, plus some ordinary ones.
    const unit = fc.constantFrom('a', 'b', ' ', '→', '\\', '[', ']', 'x', ':', '•', '-', 'é', '\n', '  ', 'Assessment: ', 'Requirements:');
    const line = fc
      .string({ unit, minLength: 1, maxLength: 30 })
      .map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' '))
      .filter((s) => s.trim() !== '');
    const arbitrary = fc.record({
      requirements: fc.array(fc.record({ requirement: line, evidence: fc.oneof(fc.constant(''), line), done: fc.boolean() }), { maxLength: 4 }),
      assessment: fc.string({ unit, maxLength: 60 }),
      context: fc.string({ unit, maxLength: 60 }),
      questions: fc.array(fc.record({ text: line, done: fc.boolean() }), { maxLength: 4 }),
      people: fc.array(fc.record({ text: line, done: fc.boolean() }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arbitrary, (input) => {
        const valid: Prep = parsePrep(input);
        expect(parsePrepCell(formatPrepCell(valid), 'x')).toEqual(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
