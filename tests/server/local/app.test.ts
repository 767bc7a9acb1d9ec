import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app.js';
import type { LocalStatus } from '../../../server/local/local-service.js';
import { escapeHtml, renderStatusPage } from '../../../server/local/status-page.js';

const xss = '<img src=x onerror=alert(1)>"\'&';
const status: LocalStatus = {
  sources: [`/cal/${xss}.ics`],
  out: '/t/tracker.xlsx',
  timeZone: 'America/New_York',
  intervalSeconds: 300,
  passes: 2,
  lastPass: {
    number: 2,
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:00:01.000Z',
    error: undefined,
    summary: {
      out: '/t/tracker.xlsx',
      written: true,
      found: 41,
      added: 7,
      updated: 1,
      cancelled: 2,
      unchanged: 3,
      skipped: 34,
      imported: [{ eventId: 'o', title: `Onsite ${xss}`, start: '2026-12-03 09:00' }],
      flagged: [{ eventId: 'x', title: `Chat ${xss}`, start: '2026-12-01 10:00', reasons: ['a person from outside', 'a video link'] }],
      warnings: [`${xss}.ics: the series "s" has too many occurrences; expansion stopped.`],
      errors: [`${xss}.ics: event "x" was left out: bad date.`],
      sources: [{ id: `file:/cal/${xss}.ics`, found: 41 }],
    },
  },
  errors: [{ at: '2026-11-22T09:00:00.000Z', message: `broken.ics could not be read: ${xss}` }],
  imported: [{ eventId: 'o', title: `Onsite ${xss}`, start: '2026-12-03 09:00', at: '2026-11-22T10:00:01.000Z' }],
  flagged: [{ eventId: 'x', title: `Chat ${xss}`, start: '2026-12-01 10:00', reasons: ['a person from outside', 'a video link'] }],
};

describe('escapeHtml', () => {
  it.each([
    ['<script>', '&lt;script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"'`, '&quot;&#39;'],
    ['plain', 'plain'],
  ])('escapes %s as %s', (input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});

describe('createApp', () => {
  const app = createApp({ localStatus: () => status });

  it('answers /healthz with 200 {ok: true}', async () => {
    const response = await app.request('/healthz');
    expect([response.status, await response.json()]).toEqual([200, { ok: true }]);
  });

  it('serves the status page with every outside value escaped and no script allowed', async () => {
    const response = await app.request('/');
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).not.toContain('<img');
    expect(html.split(escapeHtml(xss)).length - 1).toBe(6);
    expect(html).toContain('<td data-count="cancelled">2</td>');
  });

  it('has no status page without local mode', async () => {
    expect((await createApp({}).request('/')).status).toBe(404);
  });

  it('renders "None yet." before the first pass', () => {
    expect(renderStatusPage({ ...status, passes: 0, lastPass: undefined, errors: [] })).toContain('<p id="last-pass">None yet.</p>');
  });

  it('shows times in the tracker’s zone and how long ago', () => {
    const html = renderStatusPage(status, new Date('2026-11-22T10:02:30.000Z'));
    expect(html).toContain('Pass 2, finished <time datetime="2026-11-22T10:00:01.000Z">Nov 22, 2026, 5:00 AM (2 min ago)</time>');
    expect(html).toContain('<time datetime="2026-11-22T09:00:00.000Z">Nov 22, 2026, 4:00 AM (1 h ago)</time>: broken.ics could not be read');
  });

  it('shows each source’s state: read with its count, not read with its error, or not synced yet', () => {
    const sources = ['/cal/a.ics', 'https://cal.example/b.ics', '/cal/c.ics'];
    const summary = {
      ...status.lastPass!.summary!,
      sources: [
        { id: 'file:/cal/a.ics', found: 1 },
        { id: 'https://cal.example/b.ics', found: 0, error: 'HTTP 500.' },
      ],
    };
    const html = renderStatusPage({ ...status, sources, lastPass: { ...status.lastPass!, summary } });
    expect(html).toContain(
      '<ul id="sources"><li data-state="ok"><code>/cal/a.ics</code>: read, 1 event in the window</li>' +
        '<li data-state="failed" class="error"><code>https://cal.example/b.ics</code>: not read: HTTP 500.</li>' +
        '<li data-state="pending"><code>/cal/c.ics</code>: not synced yet</li></ul>',
    );
  });

  it('lists the maybe-interviews with their reasons and the interviews imported', () => {
    const html = renderStatusPage(status);
    expect(html).toContain(`<li>Chat ${escapeHtml(xss)} <small>2026-12-01 10:00</small>: a person from outside; a video link</li>`);
    expect(html).toMatch(/<ul id="imported"><li>Onsite [^<]*<small>2026-12-03 09:00<\/small> <small>imported <time/);
  });

  it('says why the last pass skipped events: each reason with its count and titles, escaped, and how many more', () => {
    const skippedReasons = { reasons: [{ reason: `title says "${xss}"`, count: 30, titles: [`Standup ${xss}`, 'Lunch'] }], more: 3 };
    const html = renderStatusPage({ ...status, lastPass: { ...status.lastPass!, summary: { ...status.lastPass!.summary!, skippedReasons } } });
    expect(html).not.toContain('<img');
    expect(html).toContain(`<h2>Skipped in the last pass, and why</h2><ul id="skipped"><li>30 × title says &quot;${escapeHtml(xss)}`);
    expect(html).toContain(`<small>e.g. “Standup ${escapeHtml(xss)}”, “Lunch”</small></li><li>3 more for other reasons</li></ul>`);
    expect(renderStatusPage(status)).not.toContain('id="skipped"');
  });
});
