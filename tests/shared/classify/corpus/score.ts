/**
 * The labelled corpus scored: each event through the classifier (cancelled
 * ones through the planner, as a sync sees them), then precision, recall,
 * company, role and round accuracy and cancelled retention. Shared by the
 * corpus test and bench/classify.bench.ts (the detection figures).
 */
import { classifyEvent } from '../../../../shared/classify/classify-event.js';
import { DEFAULT_RULES } from '../../../../shared/classify/rules.js';
import { planRowChanges } from '../../../../shared/sync/plan-row-changes.js';
import { selfAddresses } from '../../../../shared/sync/self-addresses.js';
import { SCHEMA_HEADERS } from '../../sync/memory-ports.js';
import { AGENCY } from './agency.js';
import type { Labelled } from './build.js';
import { CANCELLED } from './cancelled.js';
import { ENGLISH } from './english.js';
import { NON_ENGLISH } from './non-english.js';
import { TRAP } from './trap.js';
import { VENDOR } from './vendor.js';
import { HELD_OUT } from './held-out.js';

export const CORPUS: (Labelled & { conducts?: true })[] = [...ENGLISH, ...VENDOR, ...NON_ENGLISH, ...AGENCY, ...TRAP, ...CANCELLED, ...HELD_OUT];
// No --me: the person's address comes from the calendar (self flags, and the owner of the .ics-shaped events).
export const rules = {
  ...DEFAULT_RULES,
  selfEmails: selfAddresses(
    CORPUS.map((entry) => entry.event),
    [],
  ),
};
export const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export interface Outcome {
  entry: Labelled;
  imported: boolean;
  company: string;
  role: string;
  round: string;
  reasons: string[];
}

/** Live events through the classifier; cancelled ones through the planner, as a sync sees them (no row yet). */
export function outcome(entry: Labelled): Outcome {
  const found = classifyEvent(entry.event, rules);
  if (entry.event.status !== 'cancelled') return { entry, imported: found.verdict === 'interview', ...found };
  const plan = planRowChanges({ headers: SCHEMA_HEADERS, rows: [], timeZone: 'UTC' }, [entry.event], { rules, full: false });
  const row = plan.ops.find((op) => op.kind === 'append' && op.cells.calendarStatus === 'cancelled');
  return {
    entry,
    imported: row !== undefined,
    company: row?.cells.company ?? '',
    role: row?.cells.role ?? '',
    round: row?.cells.round ?? '',
    reasons: found.reasons,
  };
}

export const OUTCOMES = CORPUS.map(outcome);
const ratio = (hit: number, of: number) => (of === 0 ? 1 : hit / of);

export function score(outcomes: readonly Outcome[]) {
  const tp = outcomes.filter((o) => o.imported && o.entry.interview);
  const fp = outcomes.filter((o) => o.imported && !o.entry.interview).length;
  const fn = outcomes.filter((o) => !o.imported && o.entry.interview).length;
  const field = (key: 'company' | 'role' | 'round') => {
    const judged = tp.filter((o) => o.entry[key] !== undefined);
    return ratio(judged.filter((o) => same(o[key], o.entry[key]!)).length, judged.length);
  };
  const cancelled = outcomes.filter((o) => o.entry.interview && o.entry.event.status === 'cancelled');
  const cancelledKept = ratio(cancelled.filter((o) => o.imported).length, cancelled.length);
  return {
    events: outcomes.length,
    interviews: outcomes.filter((o) => o.entry.interview).length,
    tp: tp.length,
    fp,
    fn,
    precision: ratio(tp.length, tp.length + fp),
    recall: ratio(tp.length, tp.length + fn),
    company: field('company'),
    role: field('role'),
    round: field('round'),
    cancelledKept,
  };
}
