/**
 * The status page at `/`: sources, the last pass, its counts and recent
 * errors. Everything shown comes from config files and calendars, so every
 * value is HTML-escaped; the page has no script.
 */
import type { LocalStatus } from './local-service.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Renders the whole page. */
export function renderStatusPage(status: LocalStatus): string {
  const e = escapeHtml;
  const last = status.lastPass;
  const s = last?.summary;
  const counts = s
    ? ['found', 'added', 'updated', 'cancelled', 'unchanged', 'skipped']
        .map((key) => `<tr><th>${key}</th><td data-count="${key}">${s[key as keyof typeof s] as number}</td></tr>`)
        .join('')
    : '';
  const flagged = (s?.flagged ?? [])
    .map((f) => `<li>${e(f.title)} <small>${e(f.start)}</small></li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>NextRound (local)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="30">
<style>body{font:15px system-ui,sans-serif;margin:2rem;max-width:48rem}th{text-align:left;padding-right:1rem}.error{color:#a00}</style>
</head><body>
<h1>NextRound</h1>
<p>Syncing into <code id="out">${e(status.out)}</code> every ${status.intervalSeconds} s; ${status.passes} pass${status.passes === 1 ? '' : 'es'} so far.</p>
<h2>Sources</h2>
<ul id="sources">${status.sources.map((source) => `<li><code>${e(source)}</code></li>`).join('')}</ul>
<h2>Last pass</h2>
${
  last
    ? `<p id="last-pass">Pass ${last.number}, finished ${e(last.finishedAt)}${last.error ? ` <span class="error">failed: ${e(last.error)}</span>` : ''}</p>
<table id="counts">${counts}</table>`
    : '<p id="last-pass">None yet.</p>'
}
${flagged ? `<h2>Maybe interviews, not imported</h2><ul id="flagged">${flagged}</ul>` : ''}
${s && s.errors.length > 0 ? `<h2>Events left out</h2><ul id="left-out">${s.errors.map((x) => `<li class="error">${e(x)}</li>`).join('')}</ul>` : ''}
${s && s.warnings.length > 0 ? `<h2>Warnings</h2><ul id="warnings">${s.warnings.map((w) => `<li>${e(w)}</li>`).join('')}</ul>` : ''}
<h2>Errors</h2>
${status.errors.length > 0 ? `<ul id="errors">${status.errors.map((x) => `<li class="error">${e(x.at)}: ${e(x.message)}</li>`).join('')}</ul>` : '<p id="errors">None.</p>'}
</body></html>
`;
}
