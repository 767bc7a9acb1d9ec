import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NextRoundError } from '../../../shared/errors.js';
import type { WorkQueue } from '../../../server/queue/types.js';
import { openStore } from '../../../server/store/open-store.js';
import type { SyncStore } from '../../../server/store/types.js';
import { channelTokenMatches, hashChannelToken } from '../../../server/webhook/channel-token.js';
import { createWebhookApp } from '../../../server/webhook/webhook-app.js';
import { channelFixture, CountingQueue, NOW, notificationHeaders } from './webhook-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'nextround-webhook-'));
let store: SyncStore;
let queue: CountingQueue;
let run = 0;
const live = channelFixture('live');
const other = channelFixture('other');
const stopped = channelFixture('stopped', { stoppedAt: NOW - 1000 });
const expired = channelFixture('expired', { expiresAt: NOW - 1 });

afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  store = await openStore({ dataDir: join(dir, `run-${++run}`) });
  for (const f of [live, other, stopped, expired]) await store.saveChannel(f.channel);
  // A wide window: the replay test must not depend on how fast 50 parallel requests finish.
  queue = new CountingQueue(store, 400);
  await queue.start();
});
afterEach(async () => {
  await queue.inner.stop();
  await store.close();
});

const appOf = (maxBodyBytes = 1024) => createWebhookApp({ store, queue, maxBodyBytes, now: () => NOW });
const post = (headers: Record<string, string>, body?: string | ReadableStream) => {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers, body };
  // Node's fetch Request needs duplex for a streamed body.
  if (body instanceof ReadableStream) init.duplex = 'half';
  return appOf().request('/webhooks/calendar', init);
};

describe('channel tokens', () => {
  it('match only the exact token, through the stored hash', () => {
    const hash = hashChannelToken('abc');
    expect([channelTokenMatches('abc', hash), channelTokenMatches('abd', hash), channelTokenMatches('', hash), channelTokenMatches('abc', 'short')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('POST /webhooks/calendar', () => {
  it('queues one sync for a genuine notification and acknowledges only after', async () => {
    const response = await post(notificationHeaders(live, 1));
    expect(response.status).toBe(200);
    expect(queue.enqueued).toEqual([{ calendarKey: 'cal_live', userId: 'user-live', reason: 'push' }]);
    expect((await store.findChannel('ch-live'))?.lastMessage).toBe(1);
  });

  it('acknowledges the initial sync message without queuing work', async () => {
    expect((await post(notificationHeaders(live, 1, 'sync'))).status).toBe(200);
    expect(queue.enqueued).toEqual([]);
  });

  it('turns 1,000 replays of one valid notification into one sync', async () => {
    const statuses = new Set<number>();
    for (let batch = 0; batch < 20; batch++) {
      const responses = await Promise.all(Array.from({ length: 50 }, () => post(notificationHeaders(live, 42))));
      for (const response of responses) statuses.add(response.status);
    }
    await queue.inner.drained();
    expect([...statuses]).toEqual([200]);
    expect(queue.enqueued).toHaveLength(1);
    expect(queue.runs).toEqual([{ calendarKey: 'cal_live', userId: 'user-live', reason: 'push' }]);
  });

  it("answers 503 when the queue is down and takes Google's retry once it is back", async () => {
    let queueUp = false;
    const flaky: Pick<WorkQueue, 'enqueue'> = {
      async enqueue(job) {
        if (!queueUp) throw new NextRoundError('UNAVAILABLE', 'queue database unreachable');
        return queue.enqueue(job);
      },
    };
    const app = createWebhookApp({ store, queue: flaky, maxBodyBytes: 1024, now: () => NOW });
    const deliver = async () => (await app.request('/webhooks/calendar', { method: 'POST', headers: notificationHeaders(live, 3) })).status;
    const down = await deliver();
    expect((await store.findChannel('ch-live'))?.lastMessage).toBe(0);
    queueUp = true;
    const retried = await deliver();
    const replayed = await deliver();
    expect([down, retried, replayed]).toEqual([503, 200, 200]);
    expect(queue.enqueued).toEqual([{ calendarKey: 'cal_live', userId: 'user-live', reason: 'push' }]);
  });

  it('refuses an oversized body with 413 before the handler, with or without a length', async () => {
    const sized = await post(notificationHeaders(live, 1), 'x'.repeat(2048));
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 8; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(512)));
        controller.close();
      },
    });
    const streamed = await post(notificationHeaders(live, 2), chunks);
    expect([sized.status, streamed.status]).toEqual([413, 413]);
    expect(queue.enqueued).toEqual([]);
    expect((await store.findChannel('ch-live'))?.lastMessage).toBe(0);
  });

  it('queues 0 syncs for 10,000 forged header combinations', async () => {
    // Start from one channel's genuine headers and forge some of them: most requests get past
    // parsing, so each later check (channel, liveness, resource, token, replay) is exercised.
    const pick = (...values: string[]) => fc.constantFrom(...values);
    const channels = [live, other, stopped, expired];
    const forge = (genuineValue: string, forged: fc.Arbitrary<string>) =>
      fc.option(
        fc.oneof({ arbitrary: fc.constant(genuineValue), weight: 5 }, { arbitrary: forged, weight: 3 }, { arbitrary: fc.string({ maxLength: 80 }), weight: 1 }),
        {
          nil: undefined,
          freq: 25,
        },
      );
    const request = fc.constantFrom(...channels).chain((base) =>
      fc.record({
        channelId: forge(base.channel.channelId, pick(...channels.map((f) => f.channel.channelId), 'ch-unknown', 'x'.repeat(65), 'CH-LIVE')),
        token: forge(
          base.token,
          pick(...channels.map((f) => f.token), base.token.slice(1), `${base.token}x`, base.token.toUpperCase(), base.channel.tokenHash, 'x'.repeat(257)),
        ),
        resourceId: forge(base.channel.resourceId, pick(...channels.map((f) => f.channel.resourceId), 'res-unknown')),
        state: forge('exists', pick('not_exists', 'sync', 'EXISTS', 'deleted')),
        messageNumber: forge('7', fc.oneof(fc.integer({ min: 1, max: 1_000_000 }).map(String), pick('0', '-1', '1e3', '9'.repeat(20), 'abc'))),
      }),
    );
    type Forged = { channelId?: string; token?: string; resourceId?: string; state?: string; messageNumber?: string };
    const genuine = (r: Forged) =>
      [live, other].some((f) => r.channelId === f.channel.channelId && r.token === f.token && r.resourceId === f.channel.resourceId) &&
      (r.state === 'exists' || r.state === 'not_exists') &&
      /^\d{1,15}$/.test(r.messageNumber ?? '') &&
      Number(r.messageNumber) > 0;
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        request.filter((r) => !genuine(r)),
        async (r) => {
          const headers: Record<string, string> = {};
          const set = (name: string, value: string | undefined) => {
            // Header values cannot hold control characters; a client could not send them either.
            // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the check
            if (value !== undefined && !/[\u0000-\u001f\u007f]/.test(value)) headers[name] = value;
          };
          set('x-goog-channel-id', r.channelId);
          set('x-goog-channel-token', r.token);
          set('x-goog-resource-id', r.resourceId);
          set('x-goog-resource-state', r.state);
          set('x-goog-message-number', r.messageNumber);
          const response = await post(headers);
          sent++;
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          return response.status !== 503;
        },
      ),
      { numRuns: 10_000 },
    );
    await queue.inner.drained();
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect([queue.enqueued.length, queue.runs.length]).toEqual([0, 0]);
    expect([...statuses.keys()].every((status) => [200, 400, 403].includes(status))).toBe(true);
    expect(statuses.get(403)).toBeGreaterThan(3000);
  });
});
