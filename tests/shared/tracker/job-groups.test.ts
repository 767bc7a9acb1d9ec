import { describe, expect, it } from 'vitest';
import { byNextAction, groupJobs, planBoard, stepStage } from '../../../shared/tracker/job-groups.js';

const job = (company: string, stage: string, nextActionDue = '') => ({ company, role: 'Engineer', stage, nextActionDue });

describe('groupJobs', () => {
  it('puts closed applications apart and sorts each group by the soonest next action, none last', () => {
    const { active, closed } = groupJobs([
      job('Zeta', 'Applied'),
      job('Acme', 'Rejected', '2026-11-01'),
      job('Beta', 'Interviewing', '2026-12-03'),
      job('Gamma', 'screening', '2026-12-01'),
      job('Delta', ''),
      job('Omega', 'Ghosted'),
    ]);
    expect(active.map((j) => j.company)).toEqual(['Gamma', 'Beta', 'Delta', 'Zeta']);
    expect(closed.map((j) => j.company)).toEqual(['Acme', 'Omega']);
  });

  it('breaks ties by company, then role', () => {
    expect([job('B', 'Applied', '2026-12-01'), job('A', 'Applied', '2026-12-01')].sort(byNextAction).map((j) => j.company)).toEqual(['A', 'B']);
  });
});

describe('planBoard', () => {
  it('makes one column per stage in order, coloured by its definition, and a No stage column only when needed', () => {
    const columns = planBoard([job('Acme', 'Offer'), job('Typo', 'Intervewing')]);
    expect(columns.map((c) => [c.stage, c.cards.length])).toEqual([
      ['', 1],
      ['Wishlist', 0],
      ['Applied', 0],
      ['Screening', 0],
      ['Interviewing', 0],
      ['Offer', 1],
      ['Accepted', 0],
      ['Rejected', 0],
      ['Withdrawn', 0],
      ['Ghosted', 0],
    ]);
    expect(columns.find((c) => c.stage === 'Offer')).toMatchObject({ colour: '#e6f4ea', ink: '#137333', closed: false });
    expect(planBoard([])[0]!.stage).toBe('Wishlist');
  });
});

describe('stepStage', () => {
  it('moves one stage along the defined order and stops at the ends', () => {
    expect([stepStage('Applied', 1), stepStage('applied', -1), stepStage('Wishlist', -1), stepStage('Ghosted', 1), stepStage('', 1)]).toEqual([
      'Screening',
      'Wishlist',
      null,
      null,
      'Wishlist',
    ]);
  });
});
