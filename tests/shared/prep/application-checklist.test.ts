import { describe, expect, it } from 'vitest';
import { formatApplicationChecklist, isNiceToHave, startingPrep } from '../../../shared/prep/application-checklist.js';
import { parsePrep } from '../../../shared/prep/prep.js';

const where = { round: 'Interviews row 3 Prep', application: 'Applications row 2 Requirements' };

describe("the application's checklist", () => {
  it('lists must-haves first, then nice-to-haves marked in words, none ticked', () => {
    const cell = formatApplicationChecklist([
      { requirement: 'Kubernetes', level: 'nice' },
      { requirement: 'Go', level: 'must' },
    ]);
    expect(cell).toBe('Requirements:\n[ ] Go\n[ ] (nice to have) Kubernetes');
    expect(isNiceToHave('(nice to have) Kubernetes')).toBe(true);
  });

  it('keeps a long nice-to-have within the 300 characters a checklist line may have', () => {
    const cell = formatApplicationChecklist([{ requirement: 'x'.repeat(300), level: 'nice' }]);
    const line = cell.split('\n')[1]!.slice('[ ] '.length);
    expect(line).toHaveLength(300);
    expect(parsePrep(startingPrep('', cell, where)).requirements).toHaveLength(1);
  });

  it('is where a round with an empty Prep cell starts, evidence kept and ticks cleared', () => {
    const application = 'Requirements:\n[x] Go → 4 years at Acme\n[ ] (nice to have) Kubernetes';
    expect(startingPrep('', application, where).requirements).toEqual([
      { requirement: 'Go', evidence: '4 years at Acme', done: false },
      { requirement: '(nice to have) Kubernetes', evidence: '', done: false },
    ]);
  });

  it("leaves a round's own checklist as it is", () => {
    expect(startingPrep('Requirements:\n[x] Rust', 'Requirements:\n[ ] Go', where).requirements).toEqual([{ requirement: 'Rust', evidence: '', done: true }]);
  });

  it('names the application cell and line when a hand edit broke it', () => {
    expect(() => startingPrep('', 'Requirements:\nGo', where)).toThrow('Applications row 2 Requirements, line 2');
  });
});
