import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import { MAX_REQUEST_BODY_BYTES } from '../../../server/http/body-limit.js';
import type { LocalStatus } from '../../../server/local/local-service.js';
import { startHostedFixture, type HostedFixture } from '../hosted/hosted-fixture.js';

const FIFTY_MB = 50 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** A 50 MB body produced on demand, counting how much of it the server pulled. */
function hugeBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(CHUNK).fill(0x7b);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= FIFTY_MB) return controller.close();
      sent += CHUNK;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

async function postHuge(app: Hono, path: string, declareLength: boolean): Promise<{ status: number; pulled: number }> {
  const body = hugeBody();
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-test-user': 'u1' };
  if (declareLength) headers['content-length'] = String(FIFTY_MB);
  else headers['transfer-encoding'] = 'chunked';
  const response = await app.request(path, { method: 'POST', headers, body: body.stream, duplex: 'half' } as RequestInit);
  await response.body?.cancel();
  return { status: response.status, pulled: body.pulled() };
}

const postRoutes = (app: Hono) => [...new Set(app.routes.filter((route) => route.method === 'POST').map((route) => route.path))];

const status: LocalStatus = {
  sources: [],
  out: 't.xlsx',
  timeZone: 'UTC',
  intervalSeconds: 300,
  passes: 0,
  lastPass: undefined,
  errors: [],
  imported: [],
  flagged: [],
};

describe('request body limits', () => {
  let hosted: HostedFixture;
  beforeAll(async () => {
    hosted = await startHostedFixture();
  }, 60_000);
  afterAll(() => hosted?.close());

  it('covers /oauth/start and every other POST route of the hosted service', () => {
    expect(postRoutes(hosted.service.app)).toEqual(expect.arrayContaining(['/oauth/start', '/webhooks/calendar', '/api/sync']));
  });

  it('refuses a declared 50 MB body on every hosted POST route with 413 before reading any of it', async () => {
    const results = [];
    for (const path of postRoutes(hosted.service.app)) results.push({ path, ...(await postHuge(hosted.service.app, path, true)) });
    expect(results.filter((result) => result.status !== 413 || result.pulled > CHUNK * 2)).toEqual([]);
  });

  it('stops reading a streamed 50 MB body at the cap on every hosted POST route with 413', async () => {
    const results = [];
    for (const path of postRoutes(hosted.service.app)) results.push({ path, ...(await postHuge(hosted.service.app, path, false)) });
    expect(results.filter((result) => result.status !== 413 || result.pulled > MAX_REQUEST_BODY_BYTES + CHUNK * 3)).toEqual([]);
  });

  it('refuses a 50 MB body to the local service with 413, declared or streamed, without buffering it', async () => {
    const app = createApp({ localStatus: () => status });
    const declared = await postHuge(app, '/status.json', true);
    const streamed = await postHuge(app, '/', false);
    expect([declared.status, streamed.status]).toEqual([413, 413]);
    expect(Math.max(declared.pulled, streamed.pulled)).toBeLessThanOrEqual(MAX_REQUEST_BODY_BYTES + CHUNK * 3);
  });
});
