/**
 * The classifier scored on a labelled corpus of invitations
 * (tests/shared/classify/corpus): precision and recall of imports, company,
 * role and round accuracy, and retention of cancelled interviews, per
 * category, against thresholds. The table is printed for the record.
 */
import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../../shared/classify/classify-event.js';
import type { Category } from './corpus/build.js';
import { HELD_OUT } from './corpus/held-out.js';
import { CORPUS, OUTCOMES, rules, same, score } from './corpus/score.js';

const CATEGORIES: Category[] = ['English', 'vendor', 'non-English', 'agency', 'trap', 'cancelled'];
const round2 = (value: number) => Math.round(value * 1000) / 1000;

describe('the classifier on the labelled corpus', () => {
  it('holds at least 150 events across every category', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    for (const category of CATEGORIES) expect(CORPUS.filter((entry) => entry.category === category).length).toBeGreaterThanOrEqual(10);
  });

  it('imports interviews with precision ≥ 0.98 and recall ≥ 0.95 overall, and reads company, role and round', () => {
    const table = Object.fromEntries(
      [
        ...CATEGORIES.map((c) => [c, score(OUTCOMES.filter((o) => o.entry.category === c))] as const),
        ['held-out', score(OUTCOMES.filter((o) => HELD_OUT.includes(o.entry)))] as const,
        ['all', score(OUTCOMES)] as const,
      ].map(([name, s]) => [name, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round2(v)]))]),
    );
    console.table(table);
    const misses = OUTCOMES.filter((o) => o.imported !== o.entry.interview).map(
      (o) => `${o.entry.category}: "${o.entry.event.summary}" ${o.imported ? 'imported' : 'missed'} (${o.reasons.join('; ')})`,
    );
    const wrong = OUTCOMES.filter((o) => o.imported && o.entry.interview).flatMap((o) =>
      (['company', 'role', 'round'] as const)
        .filter((k) => o.entry[k] !== undefined && !same(o[k], o.entry[k]!))
        .map((k) => `"${o.entry.event.summary}" ${k}: "${o[k]}" (want "${o.entry[k]}")`),
    );
    if (misses.length + wrong.length > 0) console.log([...misses, ...wrong].join('\n'));
    const all = score(OUTCOMES);
    expect(all.precision).toBeGreaterThanOrEqual(0.98);
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
    expect(all.company).toBeGreaterThanOrEqual(0.9);
    expect(all.role).toBeGreaterThanOrEqual(0.9);
    expect(all.round).toBeGreaterThanOrEqual(0.85);
  });

  it.each(CATEGORIES.filter((c) => c !== 'trap'))('keeps precision ≥ 0.95 and recall ≥ 0.9 within the %s category', (category) => {
    const s = score(OUTCOMES.filter((o) => o.entry.category === category));
    expect([s.precision, s.recall].every((value) => value >= (value === s.precision ? 0.95 : 0.9))).toBe(true);
  });

  it('imports none of the traps, and never an interview the person conducts', () => {
    expect(OUTCOMES.filter((o) => o.entry.category === 'trap' && o.imported).map((o) => o.entry.event.summary)).toEqual([]);
    expect(OUTCOMES.filter((o) => (o.entry as { conducts?: true }).conducts).length).toBeGreaterThanOrEqual(10);
  });

  it('keeps every cancelled interview as a row marked cancelled', () => {
    const cancelled = OUTCOMES.filter((o) => o.entry.category === 'cancelled');
    expect(cancelled.filter((o) => o.entry.interview && !o.imported).map((o) => o.entry.event.summary)).toEqual([]);
    expect(score(OUTCOMES).cancelledKept).toBe(1);
    expect(cancelled.filter((o) => !o.entry.interview && o.imported).map((o) => o.entry.event.summary)).toEqual([]);
  });

  it('gives reasons for every decision, imported, flagged or skipped', () => {
    expect(CORPUS.filter((entry) => classifyEvent(entry.event, rules).reasons.length === 0).map((entry) => entry.event.summary)).toEqual([]);
  });
});
