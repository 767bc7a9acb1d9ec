/**
 * Model-based sync runs: thousands in-process (same fake state, adapters and
 * fault switches, no sockets), and 150 over HTTP with the real
 * googleapis client, to show the wire changes nothing.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { createGoogleClients, fixedTokenAuth } from '../../../server/google/clients.js';
import { inProcessCalendar, inProcessSheets } from '../../fake-google/in-process.js';
import { startFakeGoogle } from '../../fake-google/server.js';
import { action, runScenario, type Connect } from './model-scenario.js';

const inProcess: Connect = async (google) => ({ calendar: inProcessCalendar(google), sheets: inProcessSheets(google), close: async () => undefined });
const overHttp: Connect = async (google) => {
  const fake = await startFakeGoogle(google);
  const clients = createGoogleClients({ auth: fixedTokenAuth('model'), rootUrl: fake.url, timeoutMs: 5_000 });
  return { calendar: clients.calendar, sheets: clients.sheets, close: () => fake.close() };
};
const scenarios = fc.array(action, { minLength: 1, maxLength: 25 });

describe('sync, model-based', () => {
  it('keeps every invariant over thousands of mixed runs', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, (actions) => runScenario(actions, inProcess)),
      { numRuns: 1500, seed: 20261122 },
    );
  });

  it('keeps every invariant over the real client and HTTP too', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, (actions) => runScenario(actions, overHttp)),
      { numRuns: 150, seed: 4242 },
    );
  });
});
