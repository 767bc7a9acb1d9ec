import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store.js';
import { createWebhookApp } from '../../../server/webhook/webhook-app.js';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { dropSchemas, uniqueSchemaName } from '../store/pg-schema.js';
import { startTcpProxy } from './tcp-proxy.js';
import { channelFixture, CountingQueue, NOW, notificationHeaders } from './webhook-fixture.js';

const schemas: string[] = [];

await describeWithPostgres('the webhook while PostgreSQL goes down', () => {
  afterAll(() => dropSchemas(schemas));

  it('answers 503 while the database is down, then recovers with 0 lost notifications', async () => {
    const upstream = new URL(TEST_DATABASE_URL);
    const proxy = await startTcpProxy(upstream.hostname, Number(upstream.port || 5432));
    const viaProxy = new URL(TEST_DATABASE_URL);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const schema = uniqueSchemaName('nr_down');
    schemas.push(schema);
    const store = await openStore({ databaseUrl: viaProxy.toString(), schema });
    const fixtures = Array.from({ length: 20 }, (_, i) => channelFixture(`c${i}`));
    for (const f of fixtures) await store.saveChannel(f.channel);
    const queue = new CountingQueue(store, 20);
    await queue.start();
    const app = createWebhookApp({ store, queue, maxBodyBytes: 1024, now: () => NOW });
    const deliver = async (i: number, messageNumber: number) =>
      (await app.request('/webhooks/calendar', { method: 'POST', headers: notificationHeaders(fixtures[i]!, messageNumber) })).status;
    try {
      const before = await Promise.all(fixtures.map((_, i) => deliver(i, 1)));
      await queue.inner.drained();
      proxy.cut();
      const during = await Promise.all(fixtures.map((_, i) => deliver(i, 2)));
      proxy.restore();
      // Google retries a 503; the retries now land.
      const retried = await Promise.all(fixtures.map((_, i) => deliver(i, 2)));
      await queue.inner.drained();
      expect([new Set(before), new Set(during), new Set(retried)]).toEqual([new Set([200]), new Set([503]), new Set([200])]);
      const runsPerCalendar = fixtures.map((f) => queue.runs.filter((job) => job.calendarKey === f.channel.calendarKey).length);
      expect(runsPerCalendar).toEqual(fixtures.map(() => 2));
      expect(await Promise.all(fixtures.map(async (f) => (await store.findChannel(f.channel.channelId))?.lastMessage))).toEqual(fixtures.map(() => 2));
    } finally {
      await queue.inner.stop();
      await store.close();
      await proxy.close();
    }
  });
});
