/**
 * Starts the fake Google server on a free loopback port. Tests point the
 * real client at it: `google.calendar({ version: 'v3', rootUrl: fake.url })`.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createFakeGoogleApp } from './app.js';
import { FakeGoogle } from './fake-google.js';

export interface RunningFakeGoogle {
  google: FakeGoogle;
  /** `http://127.0.0.1:<port>/`, for `rootUrl`. */
  url: string;
  close(): Promise<void>;
}

export async function startFakeGoogle(google = new FakeGoogle()): Promise<RunningFakeGoogle> {
  const app = createFakeGoogleApp(google);
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
  });
  const { port } = server.address() as AddressInfo;
  return {
    google,
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await google.channels.settled();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
