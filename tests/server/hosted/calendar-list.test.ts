import { afterEach, describe, expect, it } from 'vitest';
import { FAULTS } from '../../fake-google/faults.js';
import { startHostedFixture, type HostedFixture } from './hosted-fixture.js';

const SHEET = 'sheet-ann';
let fixture: HostedFixture | null = null;
afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

async function connected(): Promise<HostedFixture> {
  fixture = await startHostedFixture();
  const f = fixture;
  await f.service.start();
  await f.connect('ann', SHEET, 'primary');
  return f;
}

describe("the picker's calendar list", () => {
  it("pages through Google's calendar list to the end (more than one page of 250)", async () => {
    const f = await connected();
    for (let i = 0; i < 300; i++) f.fake.google.calendar(`team-${String(i).padStart(3, '0')}@example.com`);
    const listed = await f.api('ann', '/api/calendars', { spreadsheetId: SHEET });
    expect(listed.status).toBe(200);
    expect((listed.json.calendars as unknown[]).length).toBe(301);
    expect(
      f.fake.google
        .requests('calendar')
        .filter((request) => request.path.endsWith('/calendarList'))
        .map((request) => request.query.pageToken ?? 'first'),
    ).toEqual(['first', '250']);
  });

  // A 401 is answered by renewing the access token and asking once more (refresh-on-unauthorized.ts), so Google
  // refusing the credentials means both attempts refused; the rate limits are served to the one request.
  it.each([
    [FAULTS.rateLimit403(), 1, 503],
    [{ kind: 'status' as const, status: 403, reason: 'quotaExceeded' }, 1, 503],
    [{ kind: 'status' as const, status: 401, reason: 'authError' }, 2, 409],
  ])("answers Google's %j (served %i times) with %i and words, not a bare 500", async (fault, times, status) => {
    const f = await connected();
    f.fake.google.faults.add(fault, { times, when: (request) => request.path.endsWith('/calendarList') });
    const listed = await f.api('ann', '/api/calendars', { spreadsheetId: SHEET });
    expect(listed.status).toBe(status);
    expect(String(listed.json.error)).toMatch(/^Calendar calendarList\.list failed: /);
  });
});

describe('a push channel Google refuses', () => {
  it("is logged as a warning with Google's reason, and the calendar is polled", async () => {
    const f = await connected();
    f.fake.google.faults.add({ kind: 'status', status: 400, reason: 'push.webhookUrlNotHttps' }, { when: (request) => request.path.endsWith('/events/watch') });
    const picked = await f.api('ann', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['primary'] });
    expect(picked.json).toEqual({ selected: 1, watched: 0, polled: 1 });
    expect(f.logs.find((line) => line.event === 'channel.refused')).toMatchObject({
      level: 'warn',
      status: 400,
      reason: 'push.webhookUrlNotHttps',
      fallback: 'polling',
    });
  });
});
