/**
 * Local mode at size: parse + expand + sync a 5,000-event calendar (4,000
 * single events and 50 recurring series of 20) into a 2,000-row .xlsx
 * tracker. Each pass runs in a fresh process (bench/local-pass.ts) so its
 * peak RSS is its own. No naive baseline: the alternative is not a slower
 * way to do the same, it is doing it by hand.
 * Then the programs as started (bench/local-program.ts), the bundle beside
 * tsx: start to listening and idle RSS of local mode, and the peak RSS of
 * one `nextround sync` of the 9 MB, 110,000-event calendar.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncTracker } from '../server/cli/sync-tracker.js';
import { figure, type BenchSuite, type Figure } from './figure.js';
import { bigCalendar } from './local-big-calendar.js';
import { buildCalendar } from './local-calendar.js';
import { measureScale } from './local-scale.js';
import { measureWrite } from './local-write.js';
import { buildBundle, startLocal, syncOnce, tempFile, type Way } from './local-program.js';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '../node_modules/tsx/dist/cli.mjs');
const RUNS = 5;

export const run: BenchSuite = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nr-bench-local-'));
  const full = join(dir, 'full.ics');
  const seed = join(dir, 'seed.ics');
  const template = join(dir, 'template.xlsx');
  writeFileSync(full, buildCalendar(0, 4000, 50));
  writeFileSync(seed, buildCalendar(0, 2000, 0));
  // The 2,000-row workbook: the first 2,000 single events, already synced.
  const cursors = new Map<string, string | null>();
  await syncTracker({
    sources: [seed],
    out: template,
    window: () => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') }),
    timeZone: 'America/New_York',
    include: /./,
    exclude: undefined,
    cursors: { get: async (id) => cursors.get(id) ?? null, set: async (id, c) => void cursors.set(id, c) },
  });

  const write = await measureWrite(template);
  const results: { ms: number; cpuMs: number; peakMb: number; baselineMb: number; found: number; added: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const output = execFileSync(process.execPath, [tsx, join(here, 'local-pass.ts'), full, template, join(dir, `out-${i}.xlsx`)], {
      encoding: 'utf8',
    });
    results.push(JSON.parse(output.trim().split('\n').pop()!));
  }
  rmSync(dir, { recursive: true, force: true });
  const first = results[0]!;
  if (first.found !== 5000 || first.added !== 3000) {
    throw new Error(`bench calendar is off: found ${first.found}, added ${first.added} (want 5000, 3000)`);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  process.stderr.write(
    `bench: local pass CPU time ${Math.round(median(results.map((r) => r.cpuMs)))} ms (median); ` +
      `process RSS before the pass (runtime and modules) ${Math.round(median(results.map((r) => r.baselineMb)))} MB\n`,
  );
  return [
    // Wall time beside CPU time (the baseline column): on a shared machine the gap is the neighbours.
    figure('local.sync_5000_ms', median(results.map((r) => r.ms)), 'ms', 'near the CPU time (baseline: CPU ms)', median(results.map((r) => r.cpuMs))),
    figure('local.sync_5000_peak_mb', median(results.map((r) => r.peakMb)), 'MB', '<= 160'),
    write,
    ...measureScale(),
    ...(await measurePrograms()),
  ];
};

const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measurePrograms(): Promise<Figure[]> {
  buildBundle();
  const starts: Record<Way, { startMs: number; idleRssMb: number }[]> = { bundle: [], tsx: [] };
  // Alternating, so a neighbour's burst on the shared machine falls on both sides alike.
  for (let run = 0; run < RUNS; run++) for (const way of ['bundle', 'tsx'] as const) starts[way].push(await startLocal(way));
  const calendar = tempFile('big.ics', bigCalendar());
  const peaks: Record<Way, number[]> = { bundle: [], tsx: [] };
  try {
    for (let run = 0; run < 3; run++) {
      for (const way of ['bundle', 'tsx'] as const) {
        const dir = mkdtempSync(join(tmpdir(), 'nr-bench-110k-'));
        // A fixed year, so the figure does not move with today's date: ~11,000 events in it, 1,368 of them interviews.
        const args = ['sync', '--ics', calendar.path, '--out', join(dir, 'tracker.xlsx'), '--state', join(dir, 'state'), '--json'];
        const pass = syncOnce(way, [...args, '--from', '2026-01-01', '--to', '2027-01-01', '--tz', 'UTC']);
        rmSync(dir, { recursive: true, force: true });
        if (pass.code !== 0) throw new Error(`the 110k-event sync (${way}) exited with ${pass.code}`);
        peaks[way].push(pass.peakMb);
      }
    }
  } finally {
    calendar.remove();
  }
  const of = (way: Way, key: 'startMs' | 'idleRssMb') => medianOf(starts[way].map((s) => s[key]));
  return [
    figure('local.start_ms', of('bundle', 'startMs'), 'ms', 'reported (baseline: tsx)', of('tsx', 'startMs')),
    figure('local.idle_rss_mb', of('bundle', 'idleRssMb'), 'MB', 'reported (baseline: tsx)', of('tsx', 'idleRssMb')),
    figure('local.sync_110k_peak_mb', medianOf(peaks.bundle), 'MB', '<= 400 (baseline: tsx)', medianOf(peaks.tsx)),
  ];
}
