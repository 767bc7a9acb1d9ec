/// <reference types="google-apps-script" />
/**
 * The preview server, as a function the CLI (preview.ts) and the preview
 * walk test both start: the built bundle in a vm over the test fakes, the
 * real sidebar and board pages with a google.script.run shim that POSTs
 * here, and a left pane that shows the sheet (cells as the sheet shows
 * them, in its zone) or the fake Gmail's Drafts folder. Nothing leaves the
 * machine: Gmail, the Calendar advanced service and the sync service are
 * in-memory stand-ins.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleDir, loadBundle, type LoadedAddon } from '../tests/support/load-bundle.js';
import { toWire } from '../tests/support/sidebar-harness.js';
import { createGmail, type FakeGmail } from '../tests/fakes/apps-script/gmail.js';
import { FakeCalendarService } from '../tests/fakes/apps-script/calendar.js';
import { installDemoCalendar } from './preview-calendar.js';
import { serveDemoJobPosting } from './preview-job-posting.js';
import { seedBelievableSearch } from './preview-seed.js';
import { draftsHtml, sheetHtml } from './preview-pages.js';

export interface PreviewOptions {
  /** Start from an empty spreadsheet (first run) instead of the sample search. */
  empty?: boolean;
  port?: number;
  timeZone?: string;
  now?: Date;
}

export interface RunningPreview {
  url: string;
  loaded: LoadedAddon;
  gmail: FakeGmail;
  close(): Promise<void>;
}

const shim = (page: 'sidebar' | 'board') => `<script>
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_t, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, failure);
      if (name === 'withFailureHandler') return (f) => runner(success, f);
      return (...args) => fetch('/rpc/' + String(name), { method: 'POST', body: JSON.stringify(args) })
        .then(async (r) => { const body = await r.json(); if (!r.ok) throw new Error(body.message); return body.result; })
        .then((v) => { success && success(v); parent.postMessage(name === 'openBoard' ? 'open-board' : 'changed', '*'); }, (e) => failure && failure(e));
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() { parent.postMessage('close-${page}', '*'); } } } };
})();
</script>`;

const INDEX = `<!doctype html><html lang="en"><meta charset="utf-8"><title>NextRound preview</title>
<style>
body{margin:0;display:flex;height:100vh;font:13px Roboto,Arial,sans-serif}
#left{flex:1;display:flex;flex-direction:column;min-width:0}
#left nav{display:flex;gap:4px;padding:4px 8px;border-bottom:1px solid #dadce0;background:#f8f9fa}
#left nav button{border:1px solid #dadce0;background:#fff;border-radius:4px;padding:2px 10px;cursor:pointer;font:inherit}
#left nav button[aria-pressed="true"]{background:#e8f0fe;border-color:#1a73e8}
#pane{flex:1;border:0}#side{width:300px;border:0;border-left:1px solid #dadce0}
#board-overlay{position:fixed;inset:0;background:rgb(0 0 0 / 40%);display:none;align-items:center;justify-content:center}
#board-overlay iframe{width:min(1200px,96vw);height:min(720px,92vh);border:0;background:#fff;border-radius:8px}
</style>
<div id="left"><nav aria-label="Preview"><button id="show-sheet" aria-pressed="true">Sheet</button><button id="show-drafts" aria-pressed="false">Gmail drafts</button></nav>
<iframe id="pane" title="Sheet" src="/sheet"></iframe></div>
<iframe id="side" title="NextRound sidebar" src="/sidebar"></iframe>
<div id="board-overlay"><iframe id="board" title="NextRound board"></iframe></div>
<script>
const pane = document.getElementById('pane'), overlay = document.getElementById('board-overlay');
const show = (what) => { pane.src = '/' + what; pane.title = what === 'sheet' ? 'Sheet' : 'Gmail drafts';
  for (const b of document.querySelectorAll('nav button')) b.setAttribute('aria-pressed', String(b.id === 'show-' + what)); };
document.getElementById('show-sheet').onclick = () => show('sheet');
document.getElementById('show-drafts').onclick = () => show('drafts');
addEventListener('message', (e) => {
  if (e.data === 'open-board') { document.getElementById('board').src = '/board'; overlay.style.display = 'flex'; return; }
  if (e.data === 'close-board') overlay.style.display = 'none';
  pane.contentWindow.location.reload();
});
</script></html>`;

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('Request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the preview; `port` 0 picks a free one. */
export function startPreview(options: PreviewOptions = {}): Promise<RunningPreview> {
  const timeZone = options.timeZone ?? 'Europe/Berlin';
  const now = options.now ?? new Date();
  const loaded = loadBundle({ timeZone, now: options.now });
  const gmail = createGmail(loaded.log);
  loaded.context.Gmail = gmail.global;
  // The Calendar advanced service, for Calendar → Import in the add-on: a new interview and a lunch to tell apart.
  const calendar = new FakeCalendarService(loaded.log);
  const primary = calendar.add('primary', 'Me (main calendar)');
  const inDays = (days: number, hourUtc: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hourUtc)).toISOString();
  primary.put({
    id: 'cal-cobalt-screen',
    summary: 'Recruiter call: Cobalt Security',
    start: { dateTime: inDays(3, 9) },
    end: { dateTime: inDays(3, 9).replace(':00:00', ':30:00') },
    attendees: [
      { email: 'me@example.com', self: true },
      { email: 'jonas.berg@cobaltsecurity.example', displayName: 'Jonas Berg' },
    ],
    hangoutLink: 'https://meet.google.com/cob-alts-ecu',
  });
  primary.put({ id: 'cal-lunch', summary: 'Lunch with Kim', start: { dateTime: inDays(2, 11) }, end: { dateTime: inDays(2, 12) } });
  loaded.context.Calendar = calendar.service;
  loaded.addon.onOpen();
  if (!options.empty) {
    loaded.addon.setUpTracker();
    seedBelievableSearch(loaded.spreadsheet, now, timeZone);
  }
  installDemoCalendar(loaded);
  serveDemoJobPosting(loaded);

  const server: Server = createServer(async (request, response) => {
    const send = (status: number, type: string, text: string) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
      response.end(text);
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') return send(200, 'text/html', INDEX);
    if (url.pathname === '/sheet') return send(200, 'text/html', sheetHtml(loaded, timeZone));
    if (url.pathname === '/drafts') return send(200, 'text/html', draftsHtml(gmail));
    if (url.pathname === '/sidebar' || url.pathname === '/board') {
      const page = url.pathname.slice(1) as 'sidebar' | 'board';
      const html = readFileSync(join(bundleDir, `${page}.html`), 'utf8');
      return send(
        200,
        'text/html',
        html.replace('<script>', () => `${shim(page)}<script>`),
      );
    }
    const rpc = /^\/rpc\/([A-Za-z][A-Za-z0-9]*)$/.exec(url.pathname);
    if (rpc && request.method === 'POST') {
      try {
        const args: unknown = JSON.parse(await body(request));
        const fn: unknown = loaded.context[rpc[1]!];
        if (typeof fn !== 'function' || !Array.isArray(args)) throw new Error(`Script function not found: ${rpc[1]}`);
        return send(200, 'application/json', JSON.stringify({ result: toWire(fn(...args)) }));
      } catch (error) {
        const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
        return send(500, 'application/json', JSON.stringify({ message }));
      }
    }
    return send(404, 'text/plain', 'Not found');
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 8787, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 8787);
      resolve({
        url: `http://127.0.0.1:${port}/`,
        loaded,
        gmail,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
