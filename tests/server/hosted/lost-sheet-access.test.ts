/**
 * A grant lost after connecting: the next sync gets 404 (the file is
 * invisible to the app again) or 403 (the person lost access) for the
 * tracker, and the connection says it needs access to the sheet, not a
 * reconnect (https://developers.google.com/workspace/drive/api/guides/handle-errors).
 * A pass whose calendar delta can touch no row reads no sheet (see
 * relevant-changes.ts), so each case makes an interview change first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGoogleAccess } from '../../../server/hosted/google-access.js';
import { readConnectionStatus } from '../../../server/hosted/connection-status.js';
import { createSyncHandler } from '../../../server/hosted/sync-handler.js';
import { deriveCalendarKey } from '../../../server/store/types.js';
import type { SyncHandler } from '../../../server/queue/types.js';
import { SHEET, USER, startGrantFixture, type GrantFixture } from '../oauth/grant-fixture.js';
import { interviewEvent } from './hosted-fixture.js';

let f: GrantFixture;
let sync: SyncHandler;
const key = deriveCalendarKey(USER, 'primary');
const run = async () =>
  sync({ calendarKey: key, userId: USER, reason: 'manual' }, { fence: await f.store.acquireFence(key) }).then(
    () => 'ok',
    (error: Error) => error.message,
  );

beforeEach(async () => {
  f = await startGrantFixture();
  f.fake.google.driveFile.grant(USER, SHEET);
  const authorize = await fetch(await f.consentUrl(), { redirect: 'manual' });
  await fetch(authorize.headers.get('location')!);
  await f.store.saveCalendar({ key, userId: USER, calendarId: 'primary', enabled: true });
  f.fake.google.calendar('primary').put(interviewEvent('ev-1', 'Phone screen - Acme'));
  const access = createGoogleAccess({ flow: f.flow, rootUrl: f.fake.url });
  sync = createSyncHandler({
    store: f.store,
    access,
    log: () => undefined,
    windowDays: 30,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => undefined, random: () => 0 },
  });
});
afterEach(async () => f.close());

describe('a tracker grant lost after connecting', () => {
  it.each([
    ['404 once the drive.file grant is gone', () => f.fake.google.driveFile.revoke(USER, SHEET)],
    [
      '403 once the person lost access to the file',
      () => f.fake.google.faults.add({ kind: 'status', status: 403, reason: 'forbidden' }, { when: (request) => request.api === 'sheets' }),
    ],
  ])('marks the connection as needing access to the sheet on %s, with that message for the sidebar', async (_case, loseAccess) => {
    expect(await run()).toBe('ok');
    expect(await f.store.getConnection(USER)).toMatchObject({ status: 'connected' });
    loseAccess();
    f.fake.google.calendar('primary').put(interviewEvent('ev-2', 'Onsite - Acme'));
    await run();
    const view = await readConnectionStatus(f.store, { userId: USER, spreadsheetId: SHEET }, Date.now());
    expect(view.status).toBe('needs_sheet_access');
    expect(view.calendars[0]?.lastError).toMatch(/^NextRound needs access to the sheet/);
    expect(await run()).toBe('ok');
    expect(f.fake.google.requests('sheets').filter((entry) => entry.status === 404 || entry.status === 403)).toHaveLength(1);
  });

  it('keeps a rate-limit 403 a rate limit, not lost access', async () => {
    expect(await run()).toBe('ok');
    f.fake.google.faults.add({ kind: 'status', status: 403, reason: 'userRateLimitExceeded' }, { when: (request) => request.api === 'sheets' });
    f.fake.google.calendar('primary').put(interviewEvent('ev-2', 'Onsite - Acme'));
    expect(await run()).toMatch(/rate/i);
    expect((await f.store.getConnection(USER))?.status).toBe('connected');
  });
});
