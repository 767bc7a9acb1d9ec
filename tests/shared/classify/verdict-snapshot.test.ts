/**
 * The classifier's every answer, pinned: the verdict, reasons, company,
 * role, round, interviewers and link of each labelled corpus event and of
 * 10,000 seeded mixed events (mixed-events.ts), recorded before the
 * classifier was made faster, so a speed-up that changes any answer fails
 * here by event. `UPDATE_VERDICTS=1 npx vitest run tests/shared/classify/verdict-snapshot`
 * records them again (only for a change meant to alter answers).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { classifyEvent } from '../../../shared/classify/classify-event.js';
import { DEFAULT_RULES } from '../../../shared/classify/rules.js';
import type { CalendarEvent } from '../../../shared/sync/calendar-event.js';
import { planRowChanges } from '../../../shared/sync/plan-row-changes.js';
import { selfAddresses } from '../../../shared/sync/self-addresses.js';
import { SCHEMA_HEADERS } from '../sync/memory-ports.js';
import { AGENCY } from './corpus/agency.js';
import { CANCELLED } from './corpus/cancelled.js';
import { ENGLISH } from './corpus/english.js';
import { HELD_OUT } from './corpus/held-out.js';
import { NON_ENGLISH } from './corpus/non-english.js';
import { TRAP } from './corpus/trap.js';
import { VENDOR } from './corpus/vendor.js';
import { mixedEvents } from './mixed-events.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const update = process.env.UPDATE_VERDICTS === '1';

/** Each event's answer as one line of JSON, in event order. */
function verdictLines(events: readonly CalendarEvent[]): string[] {
  const rules = { ...DEFAULT_RULES, selfEmails: selfAddresses(events, []) };
  return events.map((event) => JSON.stringify({ title: event.summary, ...classifyEvent(event, rules) }));
}

/** Recorded lines, or the current ones written as the record when asked to update. */
function recorded(name: string, lines: readonly string[], gzip: boolean): string[] {
  const file = new URL(name, FIXTURES);
  const text = `${lines.join('\n')}\n`;
  if (update || !existsSync(file)) writeFileSync(file, gzip ? gzipSync(text, { level: 9 }) : text);
  const stored = readFileSync(file);
  return (gzip ? gunzipSync(stored) : stored).toString('utf8').trimEnd().split('\n');
}

/** Lines that differ, as "recorded → now" pairs a person can read (the first 20). */
function differences(was: readonly string[], now: readonly string[]): string[] {
  const changed: string[] = [];
  for (let i = 0; i < Math.max(was.length, now.length) && changed.length < 20; i++) {
    if (was[i] !== now[i]) changed.push(`#${i}\n  recorded ${was[i]}\n  now      ${now[i]}`);
  }
  return changed;
}

const CORPUS = [...ENGLISH, ...VENDOR, ...NON_ENGLISH, ...AGENCY, ...TRAP, ...CANCELLED, ...HELD_OUT].map((entry) => entry.event);
const MIXED = mixedEvents(10_000);

describe('the classifier gives the recorded answers', () => {
  it('for every labelled corpus event', () => {
    const now = verdictLines(CORPUS);
    expect(differences(recorded('corpus-verdicts.jsonl', now, false), now)).toEqual([]);
  });

  it('for 10,000 seeded mixed events', () => {
    const now = verdictLines(MIXED);
    expect(differences(recorded('mixed-verdicts.jsonl.gz', now, true), now)).toEqual([]);
  });

  it('and the planner the recorded row operations for those 10,000 events', () => {
    const plan = planRowChanges({ headers: SCHEMA_HEADERS, rows: [], timeZone: 'Europe/Berlin' }, MIXED, { rules: DEFAULT_RULES, full: false });
    // The plan as recorded before skip reasons and per-source sweeps were added to it (those have their own tests).
    const digest = createHash('sha256')
      .update(JSON.stringify({ ...plan, skips: undefined, sweepsLeftAlone: undefined }))
      .digest('hex');
    expect(recorded('mixed-plan.sha256', [digest], false)).toEqual([digest]);
  });
});
