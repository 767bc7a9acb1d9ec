import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStatus } from '../../../server/local/local-service.js';
import { formatLocalTime } from '../../../server/local/local-time.js';
import { repoRoot } from '../ics/fixtures.js';
import { freePort, waitForOutput } from './spawn-service.js';

const ZONE = 'Asia/Tokyo';

/** The page's visible text: inline tags dropped, block tags as spaces, entities the page uses decoded, spaces collapsed. */
function pageText(html: string): string {
  return html
    .replace(/<\/?(code|small|time|span)\b[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('npm start with one calendar that is not iCalendar and the example calendar (the real process)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'nr-start-fail-'));
  const broken = join(cwd, 'broken.ics');
  const example = join(repoRoot, 'examples/job-search.ics');
  let child: ChildProcess;
  let output = '';
  let port: number;
  let exited: Promise<number | null>;

  beforeAll(async () => {
    writeFileSync(broken, '<html>Moved</html>');
    port = await freePort();
    child = spawn(process.execPath, [join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), join(repoRoot, 'server/main.ts')], {
      cwd,
      env: {
        ...process.env,
        PORT: String(port),
        NEXTROUND_ICS: `${broken},${example}`,
        NEXTROUND_TZ: ZONE,
        NEXTROUND_CONFIG: '',
        NEXTROUND_FROM: '2026-06-01',
        NEXTROUND_TO: '2027-06-01',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    await waitForOutput(() => output, /pass 1 /, 30_000);
  }, 40_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  });

  // "cancelled 1" is the example calendar's own cancelled phone screen, kept as a cancelled row: the broken calendar cancels nothing.
  it('syncs the example calendar and names the broken one in the progress line, cancelling only what the calendar cancelled', () => {
    expect(output).toMatch(
      new RegExp(
        `pass 1 \\S+: found 41, added 7, updated 0, cancelled 1, unchanged 0, skipped 33 -> \\S+nextround-tracker\\.xlsx \\(next in 300 s\\); ` +
          `calendar not read: file:\\S+broken\\.ics: \\S+broken\\.ics could not be read as iCalendar`,
      ),
    );
  });

  it('gives each source’s state and the imported interviews in /status.json', async () => {
    const status = (await (await fetch(`http://127.0.0.1:${port}/status.json`)).json()) as LocalStatus;
    expect(status.lastPass?.summary?.sources).toEqual([
      { id: `file:${broken}`, found: 0, error: `${broken} could not be read as iCalendar: line 1 is not a property ("<html>Moved</html>").` },
      { id: `file:${example}`, found: 41 },
    ]);
    // 7 interviews and the cancelled phone screen, which is kept as a row marked cancelled.
    expect([status.imported.length, status.lastPass?.summary?.cancelled]).toEqual([8, 1]);
  });

  it('shows on the status page each source’s state, local times, and the imported interviews', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`);
    const html = await response.text();
    const status = (await (await fetch(`http://127.0.0.1:${port}/status.json`)).json()) as LocalStatus;
    const text = pageText(html);
    expect(text).toContain(`${broken}: not read: ${broken} could not be read as iCalendar`);
    expect(text).toContain(`${example}: read, 41 events in the window`);
    // The pass time as a person in Tokyo reads it, and how long ago.
    expect(text).toMatch(new RegExp(`Pass 1, finished ${formatLocalTime(status.lastPass!.finishedAt, ZONE)} \\((just now|\\d+ min ago)\\)`));
    expect(text).not.toContain(status.lastPass!.finishedAt);
    expect(status.imported.length).toBe(8);
    for (const row of status.imported) expect(text).toContain(`${row.title} ${row.start} imported`);
  });
});
