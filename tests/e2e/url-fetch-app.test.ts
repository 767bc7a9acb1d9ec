/**
 * What the e2e UrlFetchApp claims about Apps Script's, against a real HTTP
 * server in a child process (the blocking call stops this thread's event
 * loop): https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncFetcher, type SyncFetcher } from './sync-fetch.js';
import { createUrlFetchApp } from './url-fetch-app.js';

// Echoes the request as JSON; /status/<n> answers n; /moved redirects to /.
const ECHO_SERVER = `
require('node:http').createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const status = /^\\/status\\/(\\d+)$/.exec(request.url);
    if (request.url === '/moved') return response.writeHead(302, { location: '/' }).end();
    response.writeHead(status ? Number(status[1]) : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ method: request.method, path: request.url, contentType: request.headers['content-type'] ?? null, auth: request.headers.authorization ?? null, body }));
  });
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;

const PUBLIC = 'https://service.example.com';
let server: ChildProcess;
let fetcher: SyncFetcher;
let app: ReturnType<typeof createUrlFetchApp>;

beforeAll(async () => {
  server = spawn(process.execPath, ['-e', ECHO_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((done) => server.stdout!.once('data', (chunk: Buffer) => done(chunk.toString('utf8').trim())));
  fetcher = createSyncFetcher();
  app = createUrlFetchApp(fetcher, { [PUBLIC]: `http://127.0.0.1:${port}` });
});
afterAll(async () => {
  await fetcher?.close();
  server?.kill();
});

const json = (response: { getContentText(): string }) => JSON.parse(response.getContentText()) as Record<string, unknown>;

describe('the e2e UrlFetchApp, as Apps Script documents fetch(url, params)', () => {
  it('sends GET by default, and the method, contentType, headers and payload given', () => {
    expect(json(app.fetch(`${PUBLIC}/a?x=1`))).toMatchObject({ method: 'GET', path: '/a?x=1', body: '' });
    const posted = app.fetch(`${PUBLIC}/b`, { method: 'post', contentType: 'application/json', headers: { Authorization: 'Bearer t' }, payload: '{"a":1}' });
    expect([posted.getResponseCode(), json(posted)]).toEqual([
      200,
      { method: 'POST', path: '/b', contentType: 'application/json', auth: 'Bearer t', body: '{"a":1}' },
    ]);
  });

  it('throws on an answer of 400 or more unless muteHttpExceptions is set, then returns it', () => {
    expect(() => app.fetch(`${PUBLIC}/status/409`)).toThrow(/returned code 409/);
    expect(app.fetch(`${PUBLIC}/status/409`, { muteHttpExceptions: true }).getResponseCode()).toBe(409);
  });

  it('follows redirects unless followRedirects is false', () => {
    expect(json(app.fetch(`${PUBLIC}/moved`))).toMatchObject({ path: '/' });
    const kept = app.fetch(`${PUBLIC}/moved`, { followRedirects: false });
    expect([kept.getResponseCode(), kept.getHeaders().location]).toEqual([302, '/']);
  });

  it('refuses an address the world has no host for', () => {
    expect(() => app.fetch('https://elsewhere.example.com/')).toThrow(/no host for https:\/\/elsewhere\.example\.com/);
  });
});
