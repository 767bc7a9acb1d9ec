import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBundle, LOCAL_BUNDLE, processRunning } from '../../scripts/server-bundle.js';
import { repoRoot } from '../ics/fixtures.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Node logs every module it loads under NODE_DEBUG, with the process id (https://nodejs.org/api/cli.html#node_debugmodule).
const DEBUG_MODULES = { NODE_DEBUG: 'esm,module' };
const COMPILERS = /[/\\](tsx|esbuild|@esbuild)[/\\]/;

/** Runs `command` from the repo with the module log on; stops the process that loaded `stopWhen.entry` with SIGTERM once stdout matches `stopWhen`. */
function runLogged(command: string, args: string[], env: Record<string, string>, stopWhen?: { stdout: RegExp; entry: string }): Promise<Run> {
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...DEBUG_MODULES, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let stopped = false;
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stopWhen && !stopped && stopWhen.stdout.test(stdout)) {
      stopped = true;
      // The service itself, not npm: what npm forwards is npm's business; the service must stop cleanly on SIGTERM.
      process.kill(processRunning(stderr, stopWhen.entry).pid, 'SIGTERM');
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('npm start and the nextround command run the prebuilt bundle, with no TypeScript compiler loaded', () => {
  beforeAll(ensureServerBundle);

  it('npm start runs node dist/server/main.mjs, which syncs and stops cleanly without loading tsx or esbuild', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-npm-start-'));
    const env = {
      PORT: '0',
      NEXTROUND_TZ: 'UTC',
      NEXTROUND_CONFIG: '',
      NEXTROUND_FROM: '2026-06-01',
      NEXTROUND_TO: '2027-06-01',
      NEXTROUND_OUT: join(dir, 'tracker.xlsx'),
      NEXTROUND_DATA_DIR: join(dir, 'state'),
    };
    const run = await runLogged('npm', ['start'], env, { stdout: /stopped cleanly|pass 1 /, entry: LOCAL_BUNDLE });
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('> node dist/server/main.mjs')]);
    expect(run.stdout).toMatch(/pass 1 \S+: found 41, added 7/);
    expect(run.stdout).toContain('stopped cleanly');
    const service = processRunning(run.stderr, LOCAL_BUNDLE).modules;
    expect(service.filter((path) => COMPILERS.test(path))).toEqual([]);
    // The probe sees what the service loads: its chunks and the native SQLite binding's package.
    expect(service.some((path) => path.includes('/dist/server/chunks/'))).toBe(true);
    expect(service.some((path) => path.includes('/better-sqlite3/'))).toBe(true);
    // prestart found the bundle up to date, so it did not load esbuild either.
    const prestart = processRunning(run.stderr, join(repoRoot, 'scripts/build-server.mjs')).modules;
    expect(prestart.filter((path) => COMPILERS.test(path))).toEqual([]);
  });

  it('bin/nextround.mjs runs dist/server/cli.mjs without loading tsx or esbuild', async () => {
    const run = await runLogged(process.execPath, ['bin/nextround.mjs', '--help'], {});
    expect([run.code, run.stdout]).toEqual([0, expect.stringMatching(/^usage: nextround <command>/)]);
    const cli = processRunning(run.stderr, join(repoRoot, 'bin/nextround.mjs')).modules;
    expect(cli).toContain(`file://${join(repoRoot, 'dist/server/cli.mjs')}`);
    expect(cli.filter((path) => COMPILERS.test(path))).toEqual([]);
  });

  it('the same probe finds tsx in the old way of starting (tsx as a loader), so its silence above means something', async () => {
    const run = await runLogged(process.execPath, ['--import', 'tsx', 'server/main.ts'], { NEXTROUND_CONFIG: '', NEXTROUND_FROM: 'no date' });
    expect(run.code).toBe(2);
    const old = processRunning(run.stderr, join(repoRoot, 'server/main.ts')).modules;
    expect(old.some((path) => COMPILERS.test(path))).toBe(true);
  });
});
