import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import type { LocalConfig } from '../../../server/local/local-config.js';
import { startLocalService, type LocalStatus } from '../../../server/local/local-service.js';
import { redactSecrets } from '../../../server/local/redact-secrets.js';

const KEY = '9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const SECRET = `https://calendar.google.com/calendar/ical/me%40gmail.com/private-${KEY}/basic.ics`;
const status: LocalStatus = {
  sources: [SECRET],
  out: '/t/tracker.xlsx',
  timeZone: 'UTC',
  intervalSeconds: 300,
  passes: 1,
  lastPass: { number: 1, startedAt: 'a', finishedAt: 'b', error: `${SECRET} could not be read: 404`, summary: undefined },
  errors: [{ at: 'b', message: `${SECRET} could not be read: 404` }],
  imported: [],
  flagged: [],
};

describe('redactSecrets', () => {
  it.each([
    [SECRET, 'https://calendar.google.com/calendar/ical/me%40gmail.com/private-•••/basic.ics'],
    [`read ${SECRET}: failed`, 'read https://calendar.google.com/calendar/ical/me%40gmail.com/private-•••/basic.ics: failed'],
    ['webcal://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw', 'webcal://p42-caldav.icloud.com/published/2/•••'],
    ['https://cal.example/feed.ics?token=s3cr3t&x=1', 'https://cal.example/feed.ics?token=•••&x=•••'],
    ['https://user:pw@cal.example/feed.ics', 'https://•••@cal.example/feed.ics'],
    ['/home/me/examples/job-search.ics', '/home/me/examples/job-search.ics'],
  ])('shows %s as %s', (input, output) => {
    expect(redactSecrets(input)).toBe(output);
  });
});

describe('the status page and status.json', () => {
  const app = createApp({ localStatus: () => status, host: 'tracker.lan' });

  it.each(['/', '/status.json'])('refuse %s to a foreign Host header (DNS rebinding) with 421', async (path) => {
    const response = await app.request(path, { headers: { host: 'attacker.example:8787' } });
    expect([response.status, await response.text()]).not.toContain(KEY);
    expect(response.status).toBe(421);
  });

  it.each(['localhost:8787', '127.0.0.1:8787', '[::1]:8787', 'tracker.lan:8787', 'LOCALHOST'])('answer Host %s', async (host) => {
    expect((await app.request('/status.json', { headers: { host } })).status).toBe(200);
  });

  it('keep /healthz open to any Host (it tells nothing)', async () => {
    expect((await app.request('/healthz', { headers: { host: 'attacker.example' } })).status).toBe(200);
  });

  it('show the secret address redacted on the page and in the JSON', async () => {
    const page = await (await app.request('/', { headers: { host: 'localhost' } })).text();
    const json = await (await app.request('/status.json', { headers: { host: 'localhost' } })).text();
    expect([page.includes(KEY), json.includes(KEY)]).toEqual([false, false]);
    expect([page, json].every((text) => text.includes('private-•••/basic.ics'))).toBe(true);
  });
});

describe('the local service log', () => {
  it('names a failing secret feed without its key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nr-secret-'));
    // A loopback address: safe-fetch refuses it at once, and the refusal names the URL.
    const source = `https://127.0.0.1:1/calendar/ical/me/private-${KEY}/basic.ics`;
    const config: LocalConfig = {
      sources: [source],
      out: join(dir, 'tracker.xlsx'),
      dataDir: join(dir, 'state'),
      timeZone: 'UTC',
      intervalSeconds: 3600,
      from: undefined,
      to: undefined,
      include: undefined,
      exclude: undefined,
      port: 0,
      host: '127.0.0.1',
      selfEmails: [],
    };
    const lines: string[] = [];
    const service = await startLocalService(
      config,
      (line) => lines.push(line),
      () => new Date('2026-11-22T12:00:00Z'),
    );
    await service.firstPass;
    await service.stop();
    expect(lines.join('\n')).toContain('private-•••/basic.ics');
    expect(JSON.stringify([lines, service.status()])).not.toContain(KEY);
  });
});
