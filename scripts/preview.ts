/// <reference types="google-apps-script" />
/**
 * `npm run preview`: the real sidebar in a local browser, against an
 * in-memory workbook with sample data, so anyone can try the add-on without
 * a Google account. The built bundle runs in a vm over the same fakes the
 * tests use; google.script.run is a small shim that POSTs to this server.
 * The Calendar tab talks to a demo sync service (preview-calendar.ts).
 *
 *   http://127.0.0.1:8787/        sidebar (300 px) beside the sheet's contents
 */
import { createServer, type IncomingMessage } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleDir, loadBundle } from '../tests/support/load-bundle.js';
import { toWire } from '../tests/support/sidebar-harness.js';
import { seedTracker } from '../tests/fakes/apps-script/seed-tracker.js';
import { installDemoCalendar } from './preview-calendar.js';

const port = Number(process.env.PORT ?? 8787);
const loaded = loadBundle({ timeZone: process.env.TZ_SHEET ?? 'Europe/Berlin' });
loaded.addon.onOpen();
loaded.addon.setUpTracker();
seedTracker(loaded.spreadsheet, { applications: 24, interviews: 12, now: new Date() });
installDemoCalendar(loaded);

const SHIM = `<script>
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_t, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, failure);
      if (name === 'withFailureHandler') return (f) => runner(success, f);
      return (...args) => fetch('/rpc/' + String(name), { method: 'POST', body: JSON.stringify(args) })
        .then(async (r) => { const body = await r.json(); if (!r.ok) throw new Error(body.message); return body.result; })
        .then((v) => { success && success(v); parent.postMessage('changed', '*'); }, (e) => failure && failure(e));
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();
</script>`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function sheetHtml(): string {
  const sections = loaded.spreadsheet.sheets.map((sheet) => {
    const rows = sheet.peekValues().map((line, r) => {
      const cells = line.map((value) => {
        const text = value instanceof Date ? value.toISOString() : String(value);
        return r === 0 ? `<th>${escapeHtml(text)}</th>` : `<td>${escapeHtml(text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<h3>${escapeHtml(sheet.name)}</h3><table>${rows.join('')}</table>`;
  });
  return `<!doctype html><meta charset="utf-8"><style>body{font:12px sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 4px;white-space:nowrap}</style>${sections.join('')}`;
}

const INDEX = `<!doctype html><meta charset="utf-8"><title>NextRound preview</title>
<style>body{margin:0;display:flex;height:100vh;font:13px sans-serif}iframe{border:0}#side{width:300px;border-left:1px solid #ccc}#sheet{flex:1}</style>
<iframe id="sheet" src="/sheet"></iframe><iframe id="side" src="/sidebar"></iframe>
<script>addEventListener('message', () => document.getElementById('sheet').contentWindow.location.reload());</script>`;

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

const server = createServer(async (request, response) => {
  const send = (status: number, type: string, text: string) => {
    response.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
    response.end(text);
  };
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') return send(200, 'text/html', INDEX);
  if (url.pathname === '/sheet') return send(200, 'text/html', sheetHtml());
  if (url.pathname === '/sidebar') {
    const html = readFileSync(join(bundleDir, 'sidebar.html'), 'utf8');
    return send(
      200,
      'text/html',
      html.replace('<script>', () => `${SHIM}<script>`),
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

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(`NextRound preview: http://127.0.0.1:${bound}/  (sample data in memory; Ctrl-C to stop)`);
});
