/**
 * A second NextRound process for the lock tests: takes the tracker lock,
 * says "locked <pid>" on stdout, holds it for the given milliseconds, and writes
 * the time it let go into `<tracker>.released` before the lock is released.
 * Usage: tsx hold-tracker-lock.ts <tracker> <holdMs>
 */
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { trackerLock } from '../../../server/xlsx/tracker-lock.js';

const [tracker, holdMs] = process.argv.slice(2) as [string, string];
await trackerLock(tracker)('sync:test', async () => {
  process.stdout.write(`locked ${process.pid}\n`);
  await sleep(Number(holdMs));
  await writeFile(`${tracker}.released`, String(Date.now()));
});
