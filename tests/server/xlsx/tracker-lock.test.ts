import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { syncTracker, type SyncTrackerInput } from '../../../server/cli/sync-tracker.js';
import { lockFileOf, trackerLock } from '../../../server/xlsx/tracker-lock.js';
import { isNextRoundError } from '../../../shared/errors.js';
import { memoryCursors } from '../cli/memory-cursors.js';
import { calendar, repoRoot } from '../ics/fixtures.js';

const interview = (uid: string, day: number) => [`UID:${uid}`, `SUMMARY:Phone screen - Acme ${uid}`, `DTSTART:202604${day}T160000Z`, 'DURATION:PT1H'];

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'nr-lock-'));
  const ics = join(dir, 'cal.ics');
  writeFileSync(ics, calendar(interview('a', 10)));
  const input: SyncTrackerInput = {
    sources: [ics],
    out: join(dir, 'tracker.xlsx'),
    window: () => ({ from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }),
    timeZone: 'UTC',
    include: undefined,
    exclude: undefined,
    cursors: memoryCursors(),
    lock: { waitMs: 0, pollMs: 10 },
  };
  return { dir, input, addEvent: () => writeFileSync(ics, calendar(interview('a', 10), interview('b', 11))) };
}

/** Starts a second NextRound process holding the tracker's lock; resolves once it holds it. */
async function holdLockElsewhere(tracker: string, holdMs: number) {
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'tests/server/xlsx/hold-tracker-lock.ts'), tracker, String(holdMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // The holder's own pid, as it says it: tsx runs the script in a child process of its own.
  const pid = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const said = /locked (\d+)/.exec(chunk.toString());
      if (said) resolve(Number(said[1]));
    });
    child.on('exit', () => reject(new Error('the lock holder exited before locking')));
  });
  return { pid, exited };
}

describe('the tracker lock between NextRound processes', () => {
  it("makes a pass wait for another process's pass to finish, then run", async () => {
    const { input, addEvent } = setup();
    await syncTracker(input);
    const holder = await holdLockElsewhere(input.out, 700);
    addEvent();
    let startedAt = 0;
    const summary = await syncTracker({ ...input, lock: { waitMs: 20_000, pollMs: 20 } }).then((result) => {
      startedAt = Date.now();
      return result;
    });
    expect(await holder.exited).toBe(0);
    expect(summary.added).toBe(1);
    expect(startedAt).toBeGreaterThanOrEqual(Number(readFileSync(`${input.out}.released`, 'utf8')));
    expect(existsSync(lockFileOf(input.out))).toBe(false);
  }, 30_000);

  it('skips a pass that waited too long, naming the process that holds the lock, and writes nothing', async () => {
    const { input, addEvent } = setup();
    await syncTracker(input);
    const before = readFileSync(input.out);
    const holder = await holdLockElsewhere(input.out, 1500);
    addEvent();
    const error = await syncTracker({ ...input, lock: { waitMs: 100, pollMs: 20 } }).catch((thrown: unknown) => thrown);
    expect(isNextRoundError(error, 'UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(`Another NextRound pass (process ${holder.pid} on ${hostname()}`);
    expect(readFileSync(input.out).equals(before)).toBe(true);
    await holder.exited;
  }, 30_000);

  it('takes over a lock left by a process that is gone', async () => {
    const { input } = setup();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockFileOf(input.out), JSON.stringify({ pid: Number(gone.stdout), host: hostname(), at: '2026-12-01T00:00:00Z' }));
    const summary = await syncTracker(input);
    expect(summary.added).toBe(1);
    expect(existsSync(lockFileOf(input.out))).toBe(false);
  });

  it('serialises two passes started at once in one process, each writing once', async () => {
    const { input } = setup();
    let inside = 0;
    let most = 0;
    const lock = trackerLock(input.out, { waitMs: 5_000, pollMs: 5 });
    const pass = () =>
      lock('sync:x', async () => {
        most = Math.max(most, ++inside);
        await sleep(50);
        inside--;
      });
    await Promise.all([pass(), pass(), pass()]);
    expect(most).toBe(1);
  });

  it('releases the lock when the pass fails', async () => {
    const { input } = setup();
    const error = await trackerLock(input.out)('sync:x', async () => {
      throw new Error('boom');
    }).catch((thrown: unknown) => thrown);
    expect((error as Error).message).toBe('boom');
    expect(existsSync(lockFileOf(input.out))).toBe(false);
  });
});

describe("spreadsheet programs' lock files beside the tracker", () => {
  const cases = [
    ['LibreOffice', '.~lock.tracker.xlsx#'],
    ['Excel (or another program using Office lock files)', '~$tracker.xlsx'],
    ['Excel (or another program using Office lock files)', '~$acker.xlsx'],
  ] as const;

  for (const [program, name] of cases) {
    it(`skips the pass with a message naming ${name} and ${program.split(' ')[0]}, and writes nothing`, async () => {
      const { dir, input, addEvent } = setup();
      await syncTracker(input);
      const before = readFileSync(input.out);
      writeFileSync(join(dir, name), 'owner');
      addEvent();
      const error = await syncTracker(input).catch((thrown: unknown) => thrown);
      expect(isNextRoundError(error, 'UNAVAILABLE')).toBe(true);
      expect((error as Error).message).toBe(
        `${input.out} is open in ${program} (lock file ${join(dir, name)}); this pass was skipped and nothing was written. Save and close it, and NextRound syncs on its next pass.`,
      );
      expect(readFileSync(input.out).equals(before)).toBe(true);
      expect(existsSync(lockFileOf(input.out))).toBe(false);
    });
  }

  it('waits for the program to close the workbook, then syncs', async () => {
    const { dir, input, addEvent } = setup();
    await syncTracker(input);
    const ownerFile = join(dir, '.~lock.tracker.xlsx#');
    writeFileSync(ownerFile, 'owner');
    addEvent();
    setTimeout(() => rmSync(ownerFile), 150);
    const summary = await syncTracker({ ...input, lock: { waitMs: 10_000, pollMs: 20 } });
    expect(summary.added).toBe(1);
  });

  it('ignores lock files of other workbooks in the folder', async () => {
    const { dir, input } = setup();
    writeFileSync(join(dir, '.~lock.other.xlsx#'), 'owner');
    writeFileSync(join(dir, '~$other.xlsx'), 'owner');
    expect((await syncTracker(input)).added).toBe(1);
  });
});
