/**
 * How a first pass grows with the calendar: 500, 5,000, 20,000 and 50,000
 * single events (one every 20 minutes, so all fall in the sync window; no
 * attendees, so 50,000 fit the 10 MiB a calendar may have) into
 * a new tracker, each pass in its own process (bench/local-pass.ts) for its
 * own peak RSS. CPU time, not wall time: the machine is shared. Linear
 * growth shows as a flat cost per event.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figure, type Figure } from './figure.js';
import { buildCalendar } from './local-calendar.js';

const here = dirname(fileURLToPath(import.meta.url));
const tsx = join(here, '../node_modules/tsx/dist/cli.mjs');
export const SCALE_EVENTS = [500, 5_000, 20_000, 50_000] as const;

/** One pass of `events` events in a fresh process: its CPU ms and peak RSS. */
export function passAtScale(events: number): { cpuMs: number; peakMb: number; found: number } {
  const dir = mkdtempSync(join(tmpdir(), 'nr-bench-scale-'));
  try {
    const ics = join(dir, 'calendar.ics');
    writeFileSync(ics, buildCalendar(0, events, 0, 20, true));
    const output = execFileSync(process.execPath, [tsx, join(here, 'local-pass.ts'), ics, '-', join(dir, 'tracker.xlsx')], { encoding: 'utf8' });
    return JSON.parse(output.trim().split('\n').pop()!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function measureScale(): Figure[] {
  const figures: Figure[] = [];
  const perEvent: string[] = [];
  for (const events of SCALE_EVENTS) {
    const pass = passAtScale(events);
    if (pass.found !== events) throw new Error(`the ${events}-event calendar listed ${pass.found} events`);
    perEvent.push(`${events}: ${((pass.cpuMs * 1000) / events).toFixed(0)} µs/event`);
    figures.push(
      figure(`local.sync_cpu_ms.${events}_events`, pass.cpuMs, 'ms', 'linear in events (reported)'),
      figure(`local.sync_peak_mb.${events}_events`, pass.peakMb, 'MB', 'reported'),
    );
  }
  process.stderr.write(`bench: first-pass CPU per event ${perEvent.join(', ')}\n`);
  return figures;
}
