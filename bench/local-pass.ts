/**
 * One measured local pass, run in its own process by local.bench.ts so the
 * peak memory is this pass's alone: copies the 2,000-row workbook (none
 * when the template is `-`: a first pass into a new tracker), syncs the
 * calendar into it, prints {ms, cpuMs, peakMb, summary} as JSON.
 */
import { copyFileSync } from 'node:fs';
import type { CursorStore } from '../shared/sync/ports.js';
import { syncTracker } from '../server/cli/sync-tracker.js';

const [ics, template, out] = process.argv.slice(2) as [string, string, string];
if (template !== '-') copyFileSync(template, out);
const cursors = new Map<string, string | null>();
const store: CursorStore = { get: async (id) => cursors.get(id) ?? null, set: async (id, c) => void cursors.set(id, c) };

// What the process holds before the pass (node, tsx, exceljs loaded), reported beside the peak.
const baselineMb = process.memoryUsage().rss / 1024 / 1024;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await syncTracker({
  sources: [ics],
  out,
  window: () => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') }),
  timeZone: 'America/New_York',
  include: /./,
  exclude: undefined,
  cursors: store,
});
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
// CPU time beside wall time: on a shared, loaded machine wall time mostly measures the neighbours.
const cpuMs = (cpu.user + cpu.system) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, cpuMs, peakMb, baselineMb, found: summary.found, added: summary.added, unchanged: summary.unchanged }));
