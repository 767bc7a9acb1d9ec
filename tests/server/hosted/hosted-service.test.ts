import { afterEach, describe, expect, it } from 'vitest';
import { sheetIds } from '../google/harness.js';
import { interviewEvent, PUBLIC_URL, startHostedFixture, waitFor, type HostedFixture } from './hosted-fixture.js';

const SHEET = 'sheet-alice-0123456789abcdef';
let fixture: HostedFixture | null = null;

afterEach(async () => {
  await fixture?.close();
  fixture = null;
});

async function started(env: Record<string, string> = {}, now?: () => number): Promise<HostedFixture> {
  fixture = await startHostedFixture({ env, now });
  await fixture.service.start();
  return fixture;
}

const liveFakeChannels = (f: HostedFixture) => [...f.fake.google.channels.channels.values()].filter((channel) => !channel.stopped);

describe('the hosted service (SQLite, in-process queue)', () => {
  it('opens a push channel when the person picks a calendar, then brings a booked interview into the tracker through the webhook', async () => {
    const f = await started();
    const key = await f.connect('alice', SHEET, 'work');
    const picked = await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    expect(picked).toEqual({ status: 200, json: { selected: 1, watched: 1, polled: 0 } });
    expect(liveFakeChannels(f).map((channel) => [channel.calendarId, channel.address])).toEqual([['work', `${PUBLIC_URL}/webhooks/calendar`]]);
    expect((await f.service.store.listChannelsExpiringBefore(Number.MAX_SAFE_INTEGER)).map((channel) => channel.calendarKey)).toEqual([key]);

    f.fake.google.calendar('work').put(interviewEvent('ev-1', 'Phone screen - Acme'));
    const book = f.fake.google.spreadsheets.get(SHEET)!;
    await waitFor(() => sheetIds(book).includes('ev-1'), 10_000, 'the pushed interview in the sheet');
    expect(sheetIds(book)).toEqual(['ev-1']);
    expect(f.fake.google.channels.sent.filter((sent) => sent.state === 'exists').map((sent) => sent.status)).toEqual([200]);

    const status = await f.api('alice', '/api/status', { spreadsheetId: SHEET });
    expect(status.json).toMatchObject({ status: 'connected', thisSpreadsheet: true, calendars: [{ calendarId: 'work', push: true, lastError: null }] });
  });

  it("lists the person's calendars for the picker, marking the chosen ones", async () => {
    const f = await started();
    await f.connect('alice', SHEET, 'primary');
    f.fake.google.calendar('team@example.com');
    await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['primary'] });
    const listed = await f.api('alice', '/api/calendars', { spreadsheetId: SHEET });
    expect(listed).toEqual({
      status: 200,
      json: {
        calendars: [
          { id: 'primary', name: 'primary', primary: true, chosen: true },
          { id: 'team@example.com', name: 'team@example.com', primary: false, chosen: false },
        ],
      },
    });
  });

  it('renews a channel before it expires: opens the new one at Google first, then stops the old one', async () => {
    const f = await started({ CHANNEL_TTL_S: '120', CHANNEL_RENEW_AHEAD_S: '600' });
    await f.connect('alice', SHEET, 'work');
    await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    const [old] = liveFakeChannels(f);
    const requestsBefore = f.fake.google.log.length;

    expect(await f.service.passes.maintainChannels()).toEqual({ renewed: 1, opened: 0 });
    const channelCalls = f.fake.google.log
      .slice(requestsBefore)
      .filter((r) => r.path.endsWith('/watch') || r.path.endsWith('/channels/stop'))
      .map((r) => r.path);
    expect(channelCalls).toEqual(['/calendar/v3/calendars/work/events/watch', '/calendar/v3/channels/stop']);
    const live = liveFakeChannels(f);
    expect(live.map((channel) => channel.id)).not.toContain(old!.id);
    expect(live).toHaveLength(1);
    expect((await f.service.store.findChannel(old!.id))?.stoppedAt).not.toBeNull();

    f.fake.google.calendar('work').put(interviewEvent('ev-2', 'Onsite - Globex'));
    await waitFor(() => sheetIds(f.fake.google.spreadsheets.get(SHEET)!).includes('ev-2'), 10_000, 'a change pushed on the renewed channel');
  });

  it('renews a channel once when two upkeep passes (two instances) reach it at the same moment', async () => {
    const f = await started({ CHANNEL_TTL_S: '120', CHANNEL_RENEW_AHEAD_S: '600' });
    await f.connect('alice', SHEET, 'work');
    await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    const results = await Promise.all([f.service.passes.maintainChannels(), f.service.passes.maintainChannels()]);
    expect(results.map((result) => result.renewed).sort()).toEqual([0, 1]);
    expect(liveFakeChannels(f)).toHaveLength(1);
    expect(await f.service.store.listChannelsExpiringBefore(Number.MAX_SAFE_INTEGER)).toHaveLength(1);
  });

  it('polls a calendar Google will not watch, and the periodic pass syncs every calendar anyway', async () => {
    const f = await started();
    await f.connect('alice', SHEET, 'holidays');
    f.fake.google.faults.add({ kind: 'status', status: 400, reason: 'pushNotSupportedForRequestedResource' }, { when: (r) => r.path.endsWith('/watch') });
    expect((await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['holidays'] })).json).toEqual({
      selected: 1,
      watched: 0,
      polled: 1,
    });
    const book = f.fake.google.spreadsheets.get(SHEET)!;
    await waitFor(() => f.logs.some((line) => line.event === 'sync.finished'), 10_000, 'the first sync');

    f.fake.google.calendar('holidays').put(interviewEvent('ev-3', 'Interview - Initech'));
    expect(await f.service.passes.pollUnwatched()).toBe(1);
    await waitFor(() => sheetIds(book).includes('ev-3'), 10_000, 'the polled interview');
    expect(await f.service.passes.runPeriodicPass()).toBe(1);
  });

  it('marks the connection as needing reconnect on invalid_grant, stops its channels, and refreshes exactly once', async () => {
    let clock = Date.now();
    const f = await started({}, () => clock);
    const key = await f.connect('alice', SHEET, 'work');
    await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.finished'), 10_000, 'the first sync');
    expect(f.oauth.tokenRequests.refresh_token).toBe(1);

    f.oauth.grants.revokeAllOf('alice');
    clock += 2 * 3600_000; // the cached access token has expired
    await f.service.queue.enqueue({ calendarKey: key, userId: 'alice', reason: 'manual' });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.failed'), 10_000, 'the refused refresh');
    await f.service.queue.enqueue({ calendarKey: key, userId: 'alice', reason: 'manual' });
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(f.oauth.tokenRequests.refresh_token).toBe(2);
    expect((await f.service.store.getConnection('alice'))?.status).toBe('needs_reconnect');
    expect(await f.service.store.listChannelsExpiringBefore(Number.MAX_SAFE_INTEGER)).toEqual([]);
    expect((await f.api('alice', '/api/status', { spreadsheetId: SHEET })).json).toMatchObject({
      status: 'needs_reconnect',
      calendars: [{ calendarId: 'work', push: false }],
    });
  });

  it('disconnects: stops the channels at Google, revokes the refresh token and forgets it', async () => {
    const f = await started();
    await f.connect('alice', SHEET, 'work');
    await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    expect(await f.api('alice', '/api/disconnect', { spreadsheetId: SHEET })).toEqual({ status: 200, json: { status: 'disconnected', revoked: true } });
    expect(liveFakeChannels(f)).toEqual([]);
    expect([...f.oauth.grants.refreshTokens.values()].map((grant) => grant.revoked)).toEqual([true]);
    expect(f.logs.find((line) => line.event === 'connection.disconnected')).toMatchObject({ level: 'info', revoke: 'revoked' });
    expect(await f.service.store.getSealedToken('alice')).toBeNull();
    expect((await f.api('alice', '/api/status', { spreadsheetId: SHEET })).json).toMatchObject({ status: 'disconnected' });
    expect((await f.api('alice', '/api/sync', { spreadsheetId: SHEET })).status).toBe(409);
  });

  it('refuses API calls without a verified identity and bodies that are not calendar ids', async () => {
    const f = await started();
    await f.connect('alice', SHEET, 'work');
    const anonymous = await fetch(`${f.url}/api/status`, { method: 'POST', body: JSON.stringify({ spreadsheetId: SHEET }) });
    expect(anonymous.status).toBe(401);
    expect(await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['<script>'] })).toEqual({
      status: 400,
      json: { error: 'calendarIds must be a calendar id.' },
    });
    expect(await f.api('alice', '/api/sync', { spreadsheetId: 'another-sheet-0123456789' })).toEqual({
      status: 409,
      json: { error: 'Your calendar is connected to another tracker; connect it here to move it.' },
    });
  });

  it('answers /healthz and /readyz, and /readyz turns 503 once shutdown begins', async () => {
    const f = await started();
    expect((await fetch(`${f.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${f.url}/readyz`)).json()).toEqual({ ready: true });
    const stopping = f.service.stop();
    expect((await fetch(`${f.url}/readyz`)).status).toBe(503);
    await stopping;
  });

  it('finishes a running sync before shutdown completes', async () => {
    const f = await started();
    const key = await f.connect('alice', SHEET, 'work');
    await f.service.store.saveCalendar({ key, userId: 'alice', calendarId: 'work', enabled: true });
    f.fake.google.calendar('work').put(interviewEvent('ev-4', 'Phone screen - Hooli'));
    f.fake.google.latencyMs = 150;
    await f.service.queue.enqueue({ calendarKey: key, userId: 'alice', reason: 'manual' });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.started'), 5_000, 'the sync to start');
    await f.service.stop();
    expect(sheetIds(f.fake.google.spreadsheets.get(SHEET)!)).toEqual(['ev-4']);
    expect(f.logs.find((line) => line.event === 'service.stopped')).toMatchObject({ finished: true, abandoned: 0 });
  });

  it('logs JSON lines that never carry a token', async () => {
    const f = await started();
    await f.connect('alice', SHEET, 'work');
    await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
    await waitFor(() => f.logs.some((line) => line.event === 'sync.finished'), 10_000, 'a sync');
    const text = JSON.stringify(f.logs);
    const secrets = [...f.oauth.grants.refreshTokens.keys(), ...[...f.fake.google.channels.channels.values()].map((channel) => channel.token ?? '')];
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).not.toMatch(/ya29\./);
  });
});
