import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGoogleClients, fixedTokenAuth } from '../../server/google/clients.js';
import { calendar as calendarClient } from '@googleapis/calendar';
import { startFakeGoogle, type RunningFakeGoogle } from './server.js';

let fake: RunningFakeGoogle;
let calendar: ReturnType<typeof createGoogleClients>['calendar'];

const status = async (promise: Promise<unknown>) =>
  promise.then(
    () => 200,
    (error: { response?: { status?: number; data?: { error?: { errors?: { reason?: string }[] } } } }) =>
      `${error.response?.status} ${error.response?.data?.error?.errors?.[0]?.reason}`,
  );

beforeAll(async () => {
  fake = await startFakeGoogle();
  calendar = createGoogleClients({ auth: fixedTokenAuth('t'), rootUrl: fake.url }).calendar;
  const cal = fake.google.calendar('primary');
  for (let i = 0; i < 5; i++)
    cal.put({ id: `ev${i}`, summary: `Event ${i}`, start: { dateTime: '2026-05-01T10:00:00Z' }, end: { dateTime: '2026-05-01T11:00:00Z' } });
});
afterAll(async () => fake.close());

describe('fake Calendar v3 events.list', () => {
  it('pages to the last page and gives nextSyncToken only there', async () => {
    const first = (await calendar.events.list({ calendarId: 'primary', maxResults: 2, singleEvents: true })).data;
    expect(first.items?.map((item) => item.id)).toEqual(['ev0', 'ev1']);
    expect(first.nextSyncToken).toBeUndefined();
    const second = (await calendar.events.list({ calendarId: 'primary', maxResults: 2, singleEvents: true, pageToken: first.nextPageToken! })).data;
    const third = (await calendar.events.list({ calendarId: 'primary', maxResults: 2, singleEvents: true, pageToken: second.nextPageToken! })).data;
    expect(third.items?.map((item) => item.id)).toEqual(['ev4']);
    expect(third.nextPageToken).toBeUndefined();
    expect(typeof third.nextSyncToken).toBe('string');
  });

  it('serves empty pages that still carry a nextPageToken when asked', async () => {
    fake.google.calendar('primary').emptyPages = true;
    try {
      const first = (await calendar.events.list({ calendarId: 'primary', singleEvents: true })).data;
      expect([first.items, typeof first.nextPageToken, first.nextSyncToken]).toEqual([[], 'string', undefined]);
    } finally {
      fake.google.calendar('primary').emptyPages = false;
    }
  });

  it('lists only changes after a sync token, deletions as minimal cancelled resources', async () => {
    const full = (await calendar.events.list({ calendarId: 'primary', singleEvents: true, showDeleted: true })).data;
    fake.google.calendar('primary').remove('ev2');
    const delta = (await calendar.events.list({ calendarId: 'primary', singleEvents: true, showDeleted: true, syncToken: full.nextSyncToken! })).data;
    expect(delta.items).toEqual([{ kind: 'calendar#event', id: 'ev2', status: 'cancelled', etag: expect.any(String), updated: expect.any(String) }]);
  });

  it('answers 410 fullSyncRequired for an expired sync token', async () => {
    const full = (await calendar.events.list({ calendarId: 'primary', singleEvents: true })).data;
    fake.google.calendar('primary').expireSyncTokens();
    expect(await status(calendar.events.list({ calendarId: 'primary', singleEvents: true, syncToken: full.nextSyncToken! }))).toBe('410 fullSyncRequired');
  });

  it('refuses parameters Google forbids with a sync token, and parameters that differ from the full sync', async () => {
    const full = (await calendar.events.list({ calendarId: 'primary', singleEvents: true })).data;
    const token = full.nextSyncToken!;
    expect(await status(calendar.events.list({ calendarId: 'primary', singleEvents: true, syncToken: token, timeMin: '2026-01-01T00:00:00Z' }))).toBe(
      '400 invalid',
    );
    expect(await status(calendar.events.list({ calendarId: 'primary', singleEvents: false, syncToken: token }))).toBe('400 invalid');
  });

  it('refuses a page of an incremental listing asked without its syncToken (the sync guide repeats it)', async () => {
    const token = (
      await calendar.events.list({ calendarId: 'primary', singleEvents: true, maxResults: 1 }).then(async function last(page): Promise<typeof page> {
        return page.data.nextPageToken
          ? last(await calendar.events.list({ calendarId: 'primary', singleEvents: true, maxResults: 1, pageToken: page.data.nextPageToken }))
          : page;
      })
    ).data.nextSyncToken!;
    for (const id of ['ev0', 'ev1'])
      fake.google
        .calendar('primary')
        .put({ id, summary: `Again ${id}`, start: { dateTime: '2026-05-01T10:00:00Z' }, end: { dateTime: '2026-05-01T11:00:00Z' } });
    const first = (await calendar.events.list({ calendarId: 'primary', singleEvents: true, maxResults: 1, syncToken: token })).data;
    expect(typeof first.nextPageToken).toBe('string');
    expect(await status(calendar.events.list({ calendarId: 'primary', singleEvents: true, maxResults: 1, pageToken: first.nextPageToken! }))).toBe(
      '400 invalid',
    );
    expect(
      await status(calendar.events.list({ calendarId: 'primary', singleEvents: true, maxResults: 1, pageToken: first.nextPageToken!, syncToken: token })),
    ).toBe(200);
  });

  it('bounds a full listing by timeMin', async () => {
    const items = (await calendar.events.list({ calendarId: 'primary', singleEvents: true, timeMin: '2026-06-01T00:00:00Z' })).data.items;
    expect(items).toEqual([]);
  });

  it('requires an Authorization header', async () => {
    const anonymous = calendarClient({ version: 'v3', rootUrl: fake.url, retry: false });
    expect(await status(anonymous.events.list({ calendarId: 'primary' }))).toBe('401 authError');
  });
});

describe('fake Calendar v3 push channels', () => {
  it('watches only for an https address, loopback http included (Google calls "an HTTPS server")', async () => {
    const watch = (address: string) =>
      status(calendar.events.watch({ calendarId: 'primary', requestBody: { id: `chan-${address.length}`, type: 'web_hook', address } }));
    expect([await watch('http://127.0.0.1:8080/hook'), await watch('http://hooks.example/hook'), await watch('hooks.example/hook')]).toEqual([
      '400 push.webhookUrlNotHttps',
      '400 push.webhookUrlNotHttps',
      '400 push.webhookUrlNotHttps',
    ]);
  });

  it("shortens a channel asked to live longer than Google's one week, and numbers messages per channel", async () => {
    const asked = Date.now() + 30 * 86_400_000;
    const answer = (
      await calendar.events.watch({
        calendarId: 'primary',
        requestBody: { id: 'chan-long', type: 'web_hook', address: 'https://hooks.example/calendar', expiration: String(asked) },
      })
    ).data;
    expect(Number(answer.expiration)).toBeLessThanOrEqual(Date.now() + 604_800_000);
    const other = (
      await calendar.events.watch({ calendarId: 'primary', requestBody: { id: 'chan-other', type: 'web_hook', address: 'https://hooks.example/calendar' } })
    ).data;
    await fake.google.channels.settled();
    expect([fake.google.channels.channels.get('chan-long')!.messageNumber, fake.google.channels.channels.get('chan-other')!.messageNumber]).toEqual([1, 1]);
    for (const channel of [answer, other]) await calendar.channels.stop({ requestBody: { id: channel.id!, resourceId: channel.resourceId! } });
  });

  it('retries a notification the receiver answers with 503, not one answered 404, and can lose one', async () => {
    const statuses = [503, 200, 404];
    const { serve } = await import('@hono/node-server');
    const listener = serve({ port: 0, hostname: '127.0.0.1', fetch: () => new Response(null, { status: statuses.shift() ?? 200 }) });
    await new Promise((resolve) => listener.once('listening', resolve));
    const port = (listener.address() as { port: number }).port;
    try {
      fake.google.channels.route('https://receiver.test', `http://127.0.0.1:${port}`);
      await calendar.events.watch({ calendarId: 'primary', requestBody: { id: 'chan-r', type: 'web_hook', address: 'https://receiver.test/hook' } });
      await fake.google.channels.settled();
      fake.google.calendar('primary').put({ id: 'ev-r', summary: 'Changed' });
      await fake.google.channels.settled();
      fake.google.channels.loseNext = 1;
      fake.google.calendar('primary').put({ id: 'ev-r', summary: 'Changed again' });
      await fake.google.channels.settled();
      expect(fake.google.channels.sent.filter((entry) => entry.channelId === 'chan-r').map((entry) => [entry.state, entry.status])).toEqual([
        ['sync', 503],
        ['sync', 200],
        ['exists', 404],
        ['exists', null],
      ]);
    } finally {
      await calendar.channels.stop({ requestBody: { id: 'chan-r', resourceId: fake.google.channels.channels.get('chan-r')!.resourceId } });
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it("sends a sync message, then one per change with Google's headers, and none after stop", async () => {
    const received: Record<string, string>[] = [];
    const { serve } = await import('@hono/node-server');
    const listener = serve({
      port: 0,
      hostname: '127.0.0.1',
      fetch: (request) => {
        received.push(Object.fromEntries(request.headers));
        return new Response(null, { status: 200 });
      },
    });
    await new Promise((resolve) => listener.once('listening', resolve));
    const port = (listener.address() as { port: number }).port;
    try {
      fake.google.channels.route('https://receiver.test', `http://127.0.0.1:${port}`);
      const channel = (
        await calendar.events.watch({
          calendarId: 'primary',
          requestBody: { id: 'chan-1', type: 'web_hook', address: 'https://receiver.test/hook', token: 'tok' },
        })
      ).data;
      fake.google.calendar('primary').put({ id: 'ev9', summary: 'New' });
      await fake.google.channels.settled();
      expect(received.map((headers) => [headers['x-goog-channel-id'], headers['x-goog-resource-state'], headers['x-goog-channel-token']])).toEqual([
        ['chan-1', 'sync', 'tok'],
        ['chan-1', 'exists', 'tok'],
      ]);
      // Message numbers count per channel, the sync message being 1 (https://developers.google.com/calendar/api/guides/push).
      expect(received[0]!['x-goog-message-number']).toBe('1');
      expect(Number(received[1]!['x-goog-message-number'])).toBeGreaterThan(1);
      await calendar.channels.stop({ requestBody: { id: 'chan-1', resourceId: channel.resourceId! } });
      fake.google.calendar('primary').put({ id: 'ev10', summary: 'Later' });
      await fake.google.channels.settled();
      expect(received).toHaveLength(2);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });
});
