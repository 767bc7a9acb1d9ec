import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBundle, LOCAL_BUNDLE } from '../../scripts/server-bundle.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  cwd: string;
}

// A fresh clone has no dist/ yet (npm start's prestart builds it; here the tests do).
beforeAll(ensureServerBundle);

/** Runs what `npm start` runs (node dist/server/main.mjs) in a fresh folder until it exits; stops it once stdout matches `stopWhen`, or after 20 s. */
function npmStart(env: Record<string, string>, prepare: (cwd: string) => void = () => undefined, stopWhen?: RegExp): Promise<Run> {
  const cwd = mkdtempSync(join(tmpdir(), 'nr-start-check-'));
  prepare(cwd);
  const child = spawn(process.execPath, [LOCAL_BUNDLE], {
    cwd,
    env: { ...process.env, PORT: '0', NEXTROUND_TZ: 'UTC', NEXTROUND_CONFIG: '', NEXTROUND_FROM: '2026-06-01', NEXTROUND_TO: '2027-06-01', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stopWhen?.test(stdout)) child.kill('SIGTERM');
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, cwd });
    }),
  );
}

/** Exit 2, one line on stderr naming `setting`, nothing on stdout (no pass), no tracker written. */
function expectRefusedBeforeAnyPass(run: Run, setting: string | RegExp): void {
  expect({ code: run.code, stdout: run.stdout, lines: run.stderr.trim().split('\n').length }).toEqual({ code: 2, stdout: '', lines: 1 });
  expect(run.stderr).toMatch(typeof setting === 'string' ? new RegExp(`^nextround: .*${setting}`) : setting);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(join(run.cwd, 'nextround-tracker.xlsx'))).toBe(false);
}

describe('npm start refuses a setting that cannot work, before any pass (the real process)', () => {
  let taken: Server;
  let takenPort: number;
  beforeAll(async () => {
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    takenPort = (taken.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => taken.close(resolve)));

  it('a NEXTROUND_FROM that is no date', async () => {
    expectRefusedBeforeAnyPass(await npmStart({ NEXTROUND_FROM: '2026-13-45' }), 'NEXTROUND_FROM "2026-13-45" is not a date');
  });

  it('a NEXTROUND_FROM after NEXTROUND_TO', async () => {
    expectRefusedBeforeAnyPass(await npmStart({ NEXTROUND_FROM: '2027-06-01', NEXTROUND_TO: '2026-06-01' }), 'NEXTROUND_FROM .* must be before NEXTROUND_TO');
  });

  it('a state folder that cannot be written', async () => {
    const run = await npmStart({ NEXTROUND_DATA_DIR: 'blocked/state' }, (cwd) => writeFileSync(join(cwd, 'blocked'), 'a file in the way'));
    expectRefusedBeforeAnyPass(run, 'The state folder .*blocked/state \\(NEXTROUND_DATA_DIR\\) cannot be written: a file is in the way');
  });

  it('a port another program holds', async () => {
    expectRefusedBeforeAnyPass(await npmStart({ PORT: String(takenPort) }), `PORT ${takenPort} is in use`);
  });

  it('a HOST that does not resolve (DNS)', async () => {
    expectRefusedBeforeAnyPass(await npmStart({ HOST: 'no-such-host.invalid' }), 'HOST "no-such-host.invalid" is not a name this machine can resolve');
  });

  it('a state database that is not one, named', async () => {
    const run = await npmStart({}, (cwd) => {
      mkdirSync(join(cwd, '.nextround'));
      writeFileSync(join(cwd, '.nextround/state.db'), 'not a database, just text long enough to have a header of sorts');
    });
    expectRefusedBeforeAnyPass(run, 'The state database .*\\.nextround/state\\.db cannot be read: it is not a NextRound state database');
  });
});

describe('npm start with a webcal:// address in its config file (the real process)', () => {
  it('fetches it as https, not as a file beside the config', async () => {
    const writeConfig = (cwd: string) => writeFileSync(join(cwd, 'nextround.config.json'), JSON.stringify({ sources: ['webcal://127.0.0.1:1/cal.ics'] }));
    const run = await npmStart({ NEXTROUND_CONFIG: 'nextround.config.json' }, writeConfig, /pass 1 /);
    expect(run.stdout).toContain('pass 1 failed: Refused to fetch https://127.0.0.1:1/cal.ics');
    expect(readdirSync(run.cwd)).not.toContain('webcal:');
  });
});
