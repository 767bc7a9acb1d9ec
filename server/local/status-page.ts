/**
 * The status page at `/`: each source and its state, the last pass (in local
 * time and "2 min ago"), its counts, the interviews imported, the events that
 * may be interviews with the reasons, and recent errors. Everything shown
 * comes from config files and calendars, so every value is HTML-escaped; the
 * page has no script.
 */
import { count } from '../cli/summary-text.js';
import { isUrl } from '../ics/ics-source.js';
import type { LocalStatus } from './local-service.js';
import type { TrackerSummary } from '../cli/sync-tracker.js';
import { formatLocalTime, timeAgo } from './local-time.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const e = escapeHtml;

/** `<time datetime="…">Dec 1, 2026, 9:40 PM (2 min ago)</time>`. */
function when(iso: string, status: LocalStatus, now: Date): string {
  return `<time datetime="${e(iso)}">${e(formatLocalTime(iso, status.timeZone))} (${timeAgo(iso, now)})</time>`;
}

/** One line per configured source: read (with its count), not read (with the error), or not synced yet. */
function sourceStates(status: LocalStatus): string {
  const states = new Map((status.lastPass?.summary?.sources ?? []).map((source) => [source.id, source]));
  const items = status.sources.map((location) => {
    // The ids IcsSource gives its calendars (a URL as is, a file as file:path).
    const state = states.get(isUrl(location) ? location : `file:${location}`);
    if (state === undefined) return `<li data-state="pending"><code>${e(location)}</code>: not synced yet</li>`;
    if (state.error !== undefined) return `<li data-state="failed" class="error"><code>${e(location)}</code>: not read: ${e(state.error)}</li>`;
    return `<li data-state="ok"><code>${e(location)}</code>: read, ${count(state.found, 'event')} in the window</li>`;
  });
  return `<ul id="sources">${items.join('')}</ul>`;
}

function list(id: string, title: string, items: readonly string[], className = ''): string {
  if (items.length === 0) return '';
  return `<h2>${title}</h2><ul id="${id}">${items.map((item) => `<li${className ? ` class="${className}"` : ''}>${item}</li>`).join('')}</ul>`;
}

/** The last pass's skipped events per reason (already bounded: a few reasons, a few titles each). */
function skippedReasons(summary: TrackerSummary | undefined): string[] {
  const skips = summary?.skippedReasons;
  if (!skips) return [];
  const items = skips.reasons.map(
    (entry) =>
      `${entry.count} × ${e(entry.reason)}${entry.titles.length > 0 ? ` <small>e.g. ${entry.titles.map((title) => `“${e(title)}”`).join(', ')}</small>` : ''}`,
  );
  if (skips.more > 0) items.push(`${skips.more} more for other reasons`);
  return items;
}

/** Renders the whole page; `now` is for "2 min ago". */
export function renderStatusPage(status: LocalStatus, now: Date = new Date()): string {
  const last = status.lastPass;
  const s = last?.summary;
  const counts = s
    ? (['found', 'added', 'updated', 'cancelled', 'unchanged', 'skipped'] as const)
        .map((key) => `<tr><th>${key}</th><td data-count="${key}">${s[key]}</td></tr>`)
        .join('')
    : '';
  const written = s ? `<p id="written">${s.written ? `Wrote <code>${e(s.out)}</code>.` : 'Nothing to write this pass.'}</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>NextRound (local)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="30">
<style>body{font:15px system-ui,sans-serif;margin:2rem;max-width:48rem}th{text-align:left;padding-right:1rem}.error{color:#a00}</style>
</head><body>
<h1>NextRound</h1>
<p>Syncing into <code id="out">${e(status.out)}</code> every ${status.intervalSeconds} s; ${count(status.passes, 'pass', 'passes')} so far. Times are in ${e(status.timeZone)}.</p>
<h2>Sources</h2>
${sourceStates(status)}
<h2>Last pass</h2>
${
  last
    ? `<p id="last-pass">Pass ${last.number}, finished ${when(last.finishedAt, status, now)}${last.error ? ` <span class="error">failed: ${e(last.error)}</span>` : ''}</p>
${written}<table id="counts">${counts}</table>`
    : '<p id="last-pass">None yet.</p>'
}
${list(
  'imported',
  'Imported interviews',
  status.imported.map((row) => `${e(row.title)} <small>${e(row.start)}</small> <small>imported ${when(row.at, status, now)}</small>`),
)}
${list(
  'flagged',
  'Maybe interviews, not imported',
  status.flagged.map((f) => `${e(f.title)} <small>${e(f.start)}</small>${f.reasons.length > 0 ? `: ${e(f.reasons.join('; '))}` : ''}`),
)}
${list('skipped', 'Skipped in the last pass, and why', skippedReasons(s))}
${list('left-out', 'Events left out', (s?.errors ?? []).map(e), 'error')}
${list('warnings', 'Warnings', (s?.warnings ?? []).map(e))}
<h2>Errors</h2>
${status.errors.length > 0 ? `<ul id="errors">${status.errors.map((x) => `<li class="error">${when(x.at, status, now)}: ${e(x.message)}</li>`).join('')}</ul>` : '<p id="errors">None.</p>'}
</body></html>
`;
}
