import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNextRoundError, type ErrorCode } from '../../../shared/errors.js';
import { fetchIcsText, type SafeFetchOptions } from '../../../server/ics/safe-fetch.js';

/** A raw listener that only counts the connections it accepts. */
async function countingListener(host: string): Promise<{ server: Server; port: number; accepted: () => number }> {
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, port: (server.address() as AddressInfo).port, accepted: () => accepted };
}

async function failure(url: string, options?: SafeFetchOptions): Promise<string> {
  try {
    await fetchIcsText(url, { timeoutMs: 3000, ...options });
    return 'fetched';
  } catch (error) {
    return isNextRoundError(error) ? error.code : `untyped: ${String(error)}`;
  }
}

let v4: Awaited<ReturnType<typeof countingListener>>;
let v6: Awaited<ReturnType<typeof countingListener>>;
let web: HttpServer;
let webPort: number;
const BODY = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 'A'));

beforeAll(async () => {
  v4 = await countingListener('127.0.0.1');
  v6 = await countingListener('::1');
  web = createHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const redirect = (location: string) => response.writeHead(302, { location }).end();
    if (url.pathname === '/cal.ics') response.end(BODY);
    else if (url.pathname === '/gzip') response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(BODY));
    else if (url.pathname === '/bomb') response.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb);
    else if (url.pathname === '/huge') response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end();
    else if (url.pathname === '/slow') {
      response.writeHead(200);
      const timer = setInterval(() => response.write('X'), 100);
      response.on('close', () => clearInterval(timer));
    } else if (url.pathname === '/to-v6') redirect(`http://[::1]:${v6.port}/cal.ics`);
    else if (url.pathname === '/to-file') redirect('file:///etc/passwd');
    else if (url.pathname === '/to-metadata') redirect('http://169.254.169.254/latest/meta-data/');
    else if (url.pathname === '/loop') redirect('/loop');
    else if (url.pathname === '/rebind') redirect(`http://rebind.test:${v6.port}/cal.ics`);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  webPort = (web.address() as AddressInfo).port;
});

afterAll(async () => {
  await Promise.all([v4, v6].map(({ server }) => new Promise((resolve) => server.close(resolve))));
  web.closeAllConnections();
  await new Promise((resolve) => web.close(resolve));
});

describe('fetchIcsText refuses non-public addresses (default policy)', () => {
  const matrix: [string, () => string, SafeFetchOptions?][] = [
    ['IPv4 loopback', () => `http://127.0.0.1:${v4.port}/cal.ics`],
    ['https to loopback', () => `https://127.0.0.1:${v4.port}/cal.ics`],
    ['localhost by name', () => `http://localhost:${v4.port}/cal.ics`],
    ['IPv6 loopback', () => `http://[::1]:${v6.port}/cal.ics`],
    ['IPv6 loopback written out', () => `http://[0:0:0:0:0:0:0:1]:${v6.port}/`],
    ['IPv6 unspecified', () => `http://[::]:${v6.port}/`],
    ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${v4.port}/`],
    ['IPv4-mapped loopback in hex', () => `http://[::ffff:7f00:1]:${v4.port}/`],
    ['0.0.0.0', () => `http://0.0.0.0:${v4.port}/`],
    ['decimal loopback', () => `http://2130706433:${v4.port}/`],
    ['hex loopback', () => `http://0x7f000001:${v4.port}/`],
    ['octal loopback', () => `http://017700000001:${v4.port}/`],
    ['short loopback', () => `http://127.1:${v4.port}/`],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['AWS IPv6 metadata', () => 'http://[fd00:ec2::254]/'],
    ['private 10/8', () => 'http://10.0.0.1/'],
    ['private 172.16/12', () => 'http://172.16.5.4/'],
    ['private 192.168/16', () => 'http://192.168.1.1/'],
    ['CGNAT', () => 'http://100.64.0.1/'],
    ['IPv6 link-local', () => 'http://[fe80::1]/'],
    ['multicast', () => 'http://224.0.0.1/'],
    ['a name resolving to loopback', () => `http://calendar.test:${v4.port}/`, { resolve: async () => [{ address: '127.0.0.1', family: 4 }] }],
    [
      'a name resolving to a public and a private address',
      () => `http://mixed.test:${v4.port}/`,
      {
        resolve: async () => [
          { address: '93.184.216.34', family: 4 },
          { address: '127.0.0.1', family: 4 },
        ],
      },
    ],
    ['a name resolving to NAT64 loopback', () => `http://nat64.test:${v6.port}/`, { resolve: async () => [{ address: '64:ff9b::7f00:1', family: 6 }] }],
    ['file:', () => 'file:///etc/passwd'],
    ['ftp:', () => `ftp://127.0.0.1:${v4.port}/`],
  ];

  it.each(matrix)('refuses %s with FETCH_REFUSED', async (_label, url, options) => {
    expect(await failure(url(), options)).toBe('FETCH_REFUSED');
  });

  it('let no connection reach the loopback listeners', () => {
    expect([v4.accepted(), v6.accepted()]).toEqual([0, 0]);
  });
});

describe('fetchIcsText against a stand-in public server (127.0.0.1 allowed by the test policy)', () => {
  // Only 127.0.0.1 counts as public here; ::1 stays forbidden, as a private address would be.
  const onlyV4Loopback: SafeFetchOptions = { isAllowedAddress: (address) => address === '127.0.0.1' };
  const url = (path: string) => `http://127.0.0.1:${webPort}${path}`;

  it('returns the body, plain or gzip', async () => {
    expect(await fetchIcsText(url('/cal.ics'), onlyV4Loopback)).toBe(BODY);
    expect(await fetchIcsText(url('/gzip'), onlyV4Loopback)).toBe(BODY);
  });

  it.each<[string, string, ErrorCode, SafeFetchOptions?]>([
    ['a redirect to IPv6 loopback', '/to-v6', 'FETCH_REFUSED'],
    ['a redirect to a file: URL', '/to-file', 'FETCH_REFUSED'],
    ['a redirect to cloud metadata', '/to-metadata', 'FETCH_REFUSED'],
    ['a redirect loop past 5 hops', '/loop', 'FETCH_REFUSED'],
    ['a gzip bomb (20 MB inflated, 1 MB allowed)', '/bomb', 'FETCH_REFUSED', { maxBytes: 1024 * 1024 }],
    ['a declared length over the limit', '/huge', 'FETCH_REFUSED', { maxBytes: 1024 * 1024 }],
    ['a body that never ends', '/slow', 'UNAVAILABLE', { timeoutMs: 400 }],
    ['an HTTP 404', '/missing', 'NOT_FOUND'],
  ])('stops %s', async (_label, path, code, extra) => {
    expect(await failure(url(path), { ...onlyV4Loopback, ...extra })).toBe(code);
  });

  it('re-resolves on redirect, so a name that rebinds to a private address is refused', async () => {
    let calls = 0;
    const rebinding: SafeFetchOptions = {
      ...onlyV4Loopback,
      resolve: async () => (calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '::1', family: 6 }]),
    };
    expect(await failure(`http://rebind.test:${webPort}/rebind`, rebinding)).toBe('FETCH_REFUSED');
    expect(calls).toBe(2);
    expect(v6.accepted()).toBe(0);
  });

  it('names the URL and the reason in the message', async () => {
    const error = await fetchIcsText(url('/to-v6'), onlyV4Loopback).catch((e: unknown) => e);
    expect(isNextRoundError(error) && error.message).toBe(`Refused to fetch http://[::1]:${v6.port}/cal.ics: ::1 is not a public address.`);
  });
});
