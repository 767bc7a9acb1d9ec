/**
 * Quotas as a design input (the hosted service against a fake Google that
 * enforces Sheets' per-project and per-user quotas, at Google's own numbers
 * unless BENCH_QUOTA_SCALE says otherwise):
 * - Sheets calls of a pass whose calendar change is not an interview (0);
 * - a drain of 1,000 people's calendars, more work than the project's
 *   300 writes a minute allow: minutes to drain next to the floor the quota
 *   sets (1,000 writes / 300 per minute), the share of the write budget
 *   used meanwhile, and the 429s the fake answered (0).
 * BENCH_DRAIN_USERS changes the number of people (a quicker check).
 */
import { figure, type BenchSuite, type Figure } from './figure.js';
import { runDrain } from './service-drain.js';
import { interviewEvent, startHostedFixture, waitFor } from '../tests/server/hosted/hosted-fixture.js';

async function measureIrrelevantChanges(changes: number): Promise<number> {
  const f = await startHostedFixture({ env: { PUSH_ENABLED: 'false' } });
  try {
    await f.service.start();
    await f.connect('ann', 'sheet-ann', 'work');
    const finished = () => f.logs.filter((line) => line.event === 'sync.finished').length;
    await f.api('ann', '/api/calendars/select', { spreadsheetId: 'sheet-ann', calendarIds: ['work'] });
    await waitFor(() => finished() === 1, 10_000, 'the first pass');
    const before = f.fake.google.requests('sheets').length;
    for (let i = 0; i < changes; i++) {
      f.fake.google.calendar('work').put({ ...interviewEvent(`lunch-${i}`, `Lunch with Sam ${i}`), attendees: [] });
      await f.api('ann', '/api/sync', { spreadsheetId: 'sheet-ann' });
      await waitFor(() => finished() === i + 2, 10_000, `pass ${i + 2}`);
    }
    return (f.fake.google.requests('sheets').length - before) / changes;
  } finally {
    await f.close();
  }
}

export const run: BenchSuite = async () => {
  const figures: Figure[] = [figure('service.sheets_calls_per_irrelevant_change', await measureIrrelevantChanges(20), 'calls', '0')];
  const users = Number(process.env.BENCH_DRAIN_USERS ?? 1000);
  const scale = Number(process.env.BENCH_QUOTA_SCALE ?? 1);
  const drain = await runDrain(users, 5, scale);
  if (drain.quotaErrors > 0 || drain.unsynced > 0) throw new Error(`drain: ${drain.quotaErrors} quota errors surfaced, ${drain.unsynced} users unsynced`);
  const minutes = drain.seconds / 60;
  // Each person's pass needs one write at least: no schedule drains faster than the project's write quota allows.
  const floorMinutes = users / drain.writesPerMinute;
  process.stderr.write(
    `bench: drain ${users} users at ${drain.writesPerMinute} writes/min (Google's x${scale}): ${drain.writes} writes in ${drain.seconds.toFixed(1)} s, ${drain.throttled} 429s\n`,
  );
  figures.push(
    figure(
      `service.drain_${users}_users_min`,
      minutes,
      'min',
      `floor ${floorMinutes.toFixed(2)} min at ${drain.writesPerMinute} writes/min; floor/actual >= 0.9`,
      floorMinutes,
    ),
    figure('service.quota_utilisation', drain.writes / (drain.writesPerMinute * minutes), 'share of write budget', '>= 0.9, 0 x 429'),
    figure('service.drain_429s', drain.throttled, 'answers', '0'),
  );
  return figures;
};
