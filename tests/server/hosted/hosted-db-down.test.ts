import { afterAll, expect, it } from 'vitest';
import { describeWithPostgres, TEST_DATABASE_URL } from '../../support/capabilities.js';
import { sheetIds } from '../google/harness.js';
import { dropSchemas, uniqueSchemaName } from '../store/pg-schema.js';
import { startTcpProxy } from '../webhook/tcp-proxy.js';
import { interviewEvent, startHostedFixture, waitFor } from './hosted-fixture.js';

const schemas: string[] = [];
const SHEET = 'sheet-alice-0123456789abcdef';

await describeWithPostgres('the hosted service while PostgreSQL goes down', () => {
  afterAll(() => dropSchemas(schemas));

  it('answers 503 on /readyz and the webhook while the database is down, then catches up with the periodic pass: 0 lost changes', async () => {
    const upstream = new URL(TEST_DATABASE_URL);
    const proxy = await startTcpProxy(upstream.hostname, Number(upstream.port || 5432));
    const viaProxy = new URL(TEST_DATABASE_URL);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const schema = uniqueSchemaName('nr_hdown');
    schemas.push(schema, `${schema}_queue`);
    const f = await startHostedFixture({ databaseUrl: viaProxy.toString(), schema });
    try {
      await f.service.start();
      await f.connect('alice', SHEET, 'work');
      await f.api('alice', '/api/calendars/select', { spreadsheetId: SHEET, calendarIds: ['work'] });
      f.fake.google.calendar('work').put(interviewEvent('ev-before', 'Phone screen - Acme'));
      const book = f.fake.google.spreadsheets.get(SHEET)!;
      await waitFor(() => sheetIds(book).includes('ev-before'), 20_000, 'the first change');

      // Cut only once no sync runs (a job failing while the database is gone is pg-boss's to retry, not this test's subject).
      const count = (event: string) => f.logs.filter((line) => line.event === event).length;
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await waitFor(() => count('sync.started') === count('sync.finished') + count('sync.failed'), 20_000, 'no sync running');
      proxy.cut();
      expect((await fetch(`${f.url}/readyz`)).status).toBe(503);
      const sentBefore = f.fake.google.channels.sent.length;
      f.fake.google.calendar('work').put(interviewEvent('ev-during', 'Onsite - Globex'));
      await f.fake.google.channels.settled();
      expect(new Set(f.fake.google.channels.sent.slice(sentBefore).map((sent) => sent.status))).toEqual(new Set([503]));
      await expect(f.service.passes.runPeriodicPass()).rejects.toMatchObject({ code: 'UNAVAILABLE' });

      proxy.restore();
      await waitFor(async () => (await fetch(`${f.url}/readyz`)).status === 200, 20_000, '/readyz back to 200');
      expect(await f.service.passes.runPeriodicPass()).toBe(1);
      await waitFor(() => sheetIds(book).includes('ev-during'), 30_000, 'the change made during the outage');
      expect(sheetIds(book)).toEqual(['ev-before', 'ev-during']);
    } finally {
      await f.close();
      await proxy.close();
    }
  }, 90_000);
});
