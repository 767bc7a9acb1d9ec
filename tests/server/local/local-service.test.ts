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
    expect(lines).toEqual([`pass 1 2026-11-22T12:00:00.000Z: found 1, added 1, updated 0, cancelled 0, unchanged 0, skipped 0 -> ${cfg.out} (next in 3600 s)`]);
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
    expect(lines[0]).toBe(`pass 1 failed: ${cfg.ics} could not be read as iCalendar: line 1 is not a property ("garbage").`);
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
    expect(lines[1]).toMatch(
      /^pass 2 .*: found 1, added 0, updated 0, cancelled 0, unchanged 1, skipped 0 \(nothing to write: no event changed since the last sync \(1 event in 1 calendar, 1 interview already in the tracker\)\) \(next in 1 s\)$/,
    );
  });

  it('syncs the calendars that can be read and names the one that cannot, cancelling nothing', async () => {
    const cfg = config();
    const broken = join(cfg.dataDir, '..', 'broken.ics');
    writeFileSync(broken, 'not a calendar');
    const lines: string[] = [];
    const service = await startLocalService({ ...cfg, sources: [broken, cfg.ics] }, (line) => lines.push(line), now);
    await service.firstPass;
    await service.stop();
    const summary = service.status().lastPass?.summary;
    expect([summary?.added, summary?.cancelled, summary?.written]).toEqual([1, 0, true]);
    expect(summary?.sources).toEqual([
      { id: `file:${broken}`, found: 0, error: `${broken} could not be read as iCalendar: line 1 is not a property ("not a calendar").` },
      { id: `file:${cfg.ics}`, found: 1 },
    ]);
    expect(lines[0]).toContain(`-> ${cfg.out} (next in 3600 s); calendar not read: file:${broken}: ${broken} could not be read as iCalendar`);
  });

  it('keeps a maybe-interview and the imported interviews on the status after a pass that changed nothing', async () => {
    const cfg = config();
    const chat = ['UID:u', 'SUMMARY:Chat', 'DESCRIPTION:Your interview with Globex', 'DTSTART:20261211T160000Z', 'DURATION:PT30M'];
    writeFileSync(cfg.ics, calendar(['UID:a', 'SUMMARY:Phone screen - Acme', 'DTSTART:20261210T160000Z', 'DURATION:PT30M'], chat));
    const service = await startLocalService(cfg, () => undefined, now);
    await service.firstPass;
    const second = await service.runPass();
    await service.stop();
    const status = service.status();
    expect([second?.summary?.flagged.length, status.flagged.map((f) => [f.title, f.reasons]), status.imported.map((row) => row.title)]).toEqual([
      0,
      [['Chat', ['description says "interview"']]],
      ['Phone screen - Acme'],
    ]);
  });
});
