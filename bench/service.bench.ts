/**
 * Hosted service speed (issue 6), side by side in one run:
 * - webhook acknowledgements per second on loopback (autocannon), ours next
 *   to a bare Hono hello-world served the same way: the ratio;
 * - webhook p99 latency at a fixed 1,000 req/s;
 * - start to listening and idle RSS of the bundled service, which loads
 *   the per-API Google packages on the first sync, next to the same bundle
 *   with those two packages preloaded (the umbrella `googleapis` it once
 *   used is no longer installed);
 * (The 1,000-user drain against the quotas is bench/quota.bench.ts.)
 * BENCH_WEBHOOK_ONLY=1 runs the first two alone (a quick check).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { figure, type BenchSuite, type Figure } from './figure.js';
import { benchEnv, webhookTarget } from './service-webhook.js';

interface CannonResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
}
interface CannonOptions {
  url: string;
  method?: string;
  connections?: number;
  duration?: number;
  overallRate?: number;
  headers?: Record<string, string>;
  setupClient?: (client: { setHeaders(headers: Record<string, string>): void; on(event: 'response', fn: () => void): void }) => void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: CannonOptions) => Promise<CannonResult>;

const root = new URL('..', import.meta.url).pathname;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function listen(app: Hono): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function measureWebhook(databaseUrl?: string): Promise<Figure[]> {
  const target = await webhookTarget(databaseUrl);
  const mode = databaseUrl ? '_postgres' : '';
  const hello = await listen(new Hono().post('/', (c) => c.text('hello')));
  const ours = await listen(target.app);
  let message = 1;
  // Every request carries a new message number, so each one claims it and enqueues (coalesced) work.
  const setupClient: CannonOptions['setupClient'] = (client) => {
    const next = () => client.setHeaders(target.headers(message++));
    next();
    client.on('response', next);
  };
  try {
    const ratios: number[] = [];
    const rps: Array<[number, number]> = [];
    for (let round = 0; round < 3; round++) {
      // The same per-request header rewrite on both sides, so autocannon's own cost (same process) is equal.
      const bare = await autocannon({ url: `${hello.url}/`, method: 'POST', connections: 10, duration: 3, setupClient });
      const webhook = await autocannon({ url: `${ours.url}/webhooks/calendar`, method: 'POST', connections: 10, duration: 3, setupClient });
      if (webhook.non2xx > 0) throw new Error(`webhook answered ${webhook.non2xx} non-2xx`);
      rps.push([webhook.requests.average, bare.requests.average]);
      ratios.push(webhook.requests.average / bare.requests.average);
    }
    const paced = await autocannon({ url: `${ours.url}/webhooks/calendar`, method: 'POST', connections: 10, duration: 5, overallRate: 1000, setupClient });
    // The hello-world's p99 at the same rate: what this machine adds whatever the server does.
    const pacedBare = await autocannon({ url: `${hello.url}/`, method: 'POST', connections: 10, duration: 5, overallRate: 1000, setupClient });
    const [ourRps, bareRps] = rps[ratios.indexOf(median(ratios))]!;
    process.stderr.write(`bench: webhook ${Math.round(ourRps)} req/s vs hello-world ${Math.round(bareRps)} req/s\n`);
    return [
      figure(`service.webhook_rps_ratio${mode}`, median(ratios), 'ratio', databaseUrl ? 'reported (store and pg-boss on PostgreSQL)' : '>= 0.7'),
      figure(`service.webhook_p99_ms${mode}`, paced.latency.p99, 'ms', '< 10 at 1,000 req/s', pacedBare.latency.p99),
    ];
  } finally {
    await ours.close();
    await hello.close();
    await target.close();
  }
}

/** Spawns the bundle, waits for `service.listening`, reads VmRSS after a second of idling. */
async function startOnce(bundle: string, preload: string[]): Promise<{ startMs: number; rssMb: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nr-start-'));
  const began = performance.now();
  const child = spawn(process.execPath, [...preload.flatMap((name) => ['--import', name]), bundle], {
    cwd: root,
    env: { ...benchEnv(dataDir, { LOG_LEVEL: 'info' }), PATH: process.env.PATH ?? '', PORT: String(20_000 + Math.floor(Math.random() * 20_000)) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const startMs = await new Promise<number>((resolve, reject) => {
      child.on('exit', (code) => reject(new Error(`service exited with ${code}`)));
      setTimeout(() => reject(new Error('service did not log service.listening within 20 s')), 20_000).unref();
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"service.listening"')) resolve(performance.now() - began);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
    return { startMs, rssMb: rssKb / 1024 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureStart(): Promise<Figure[]> {
  const bundle = join(root, 'dist/server/hosted.mjs');
  // As `npm run build:server` and the Dockerfile build it: code split, so what only PostgreSQL or a first sidebar call needs loads on demand.
  execFileSync(process.execPath, [join(root, 'scripts/build-server.mjs')], { stdio: 'inherit' });
  const ours: Array<{ startMs: number; rssMb: number }> = [];
  // Beside it: the same bundle with the two Google client packages loaded up front instead of on the first sync.
  const eager: Array<{ startMs: number; rssMb: number }> = [];
  for (let run = 0; run < 5; run++) {
    ours.push(await startOnce(bundle, []));
    eager.push(await startOnce(bundle, ['@googleapis/calendar', '@googleapis/sheets']));
  }
  return [
    figure('service.start_ms', median(ours.map((r) => r.startMs)), 'ms', '<= 300', median(eager.map((r) => r.startMs))),
    figure('service.idle_rss_mb', median(ours.map((r) => r.rssMb)), 'MB', '<= 80', median(eager.map((r) => r.rssMb))),
  ];
}

export const run: BenchSuite = async () => {
  // PostgreSQL mode where a database is at hand (BENCH_DATABASE_URL, else the tests' TEST_DATABASE_URL).
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const figures = [
    ...(await measureWebhook()),
    ...(databaseUrl ? await measureWebhook(databaseUrl) : []),
    ...(process.env.BENCH_WEBHOOK_ONLY ? [] : await measureStart()),
  ];
  // The 1,000-user drain, now paced by the quota budget, is in quota.bench.ts.
  return figures;
};
