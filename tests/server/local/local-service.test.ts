import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalService } from '../../../server/local/local-service.js';
import type { LocalConfig } from '../../../server/local/local-config.js';
import { calendar } from '../ics/fixtures.js';

function config(): LocalConfig & { ics: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nr-local-'));
  const ics = join(dir, 'cal.ics');
  writeFileSync(ics, calendar(['UID:a', 'SUMMARY:Phone screen - Acme', 'DTSTART:20261210T160000Z', 'DURATION:PT30M']));
  return {
    ics,
    sources: [ics],
    out: join(dir, 'tracker.xlsx'),
    dataDir: join(dir, 'state'),
    timeZone: 'UTC',
    intervalSeconds: 3600,
    from: undefined,
    to: undefined,
    include: undefined,
    exclude: undefined,
    port: 0,
    host: '127.0.0.1',
    selfEmails: [],
  };
}

const now = () => new Date('2026-11-22T12:00:00Z');

describe('startLocalService', () => {
  it('runs a first pass at once and logs one progress line', async () => {
    const lines: string[] = [];
    const cfg = config();
    const service = await startLocalService(cfg, (line) => lines.push(line), now);
    await service.firstPass;
    await service.stop();
    expect(lines).toEqual([
      `pass 1 2026-11-22T12:00:00.000Z: found 1, added 1, updated 0, cancelled 0, unchanged 0, skipped 0 -> ${cfg.out} (next in 3600 s)`,
    ]);
    expect(service.status().lastPass?.summary?.added).toBe(1);
  });

  it('records a failed pass on the status and keeps serving', async () => {
    const lines: string[] = [];
    const cfg = config();
    writeFileSync(cfg.ics, 'garbage');
    const service = await startLocalService(cfg, (line) => lines.push(line), now);
    await service.firstPass;
    writeFileSync(cfg.ics, calendar(['UID:a', 'SUMMARY:Phone screen - Acme', 'DTSTART:20261210T160000Z', 'DURATION:PT30M']));
    const second = await service.runPass();
    await service.stop();
    expect(lines[0]).toBe(`pass 1 failed: ${cfg.ics} is not an iCalendar file (no BEGIN:VCALENDAR at the start).`);
    expect([service.status().errors.length, service.status().passes, second?.summary?.added]).toEqual([1, 2, 1]);
  });

  it('never runs two passes at once', async () => {
    const service = await startLocalService(config(), () => undefined, now);
    await service.firstPass;
    const [first, second] = await Promise.all([service.runPass(), service.runPass()]);
    await service.stop();
    expect([first?.number, second]).toEqual([2, undefined]);
  });

  it('re-syncs on the interval', async () => {
    const cfg = { ...config(), intervalSeconds: 1 };
    const lines: string[] = [];
    const service = await startLocalService(cfg, (line) => lines.push(line), now);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await service.stop();
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[1]).toMatch(/^pass 2 .*: found 1, added 0, updated 0, cancelled 0, unchanged 0, skipped 0 /);
  });
});
