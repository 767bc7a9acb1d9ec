/**
 * The preview's left pane: the workbook's sheets as the sheet shows them
 * (dates and times in the sheet's zone, not ISO instants) and the fake
 * Gmail's Drafts folder, each draft as Gmail would list it. Everything is
 * escaped: cells are data.
 */
import { formatDate, formatDateTime } from '../shared/time/formats.js';
import type { FakeGmail } from '../tests/fakes/apps-script/gmail.js';
import type { LoadedAddon } from '../tests/support/load-bundle.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const STYLE =
  '<style>body{font:12px Roboto,Arial,sans-serif;margin:8px;color:#202124}table{border-collapse:collapse;margin-bottom:16px}' +
  'td,th{border:1px solid #dadce0;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden;text-overflow:ellipsis}th{background:#f1f3f4}' +
  'h3{margin:12px 0 4px}.draft{border:1px solid #dadce0;border-radius:6px;padding:8px;margin:8px 0;max-width:640px}.draft pre{white-space:pre-wrap;font:inherit}</style>';

/** A cell as the sheet shows it: a day at midnight as a date, other instants as date and time in the zone. */
function display(value: unknown, zone: string): string {
  if (!(value instanceof Date)) return String(value ?? '');
  const wall = formatDateTime(value.getTime(), zone);
  return wall.endsWith(' 00:00') ? formatDate(value.getTime(), zone) : wall;
}

export function sheetHtml(loaded: LoadedAddon, zone: string): string {
  const sections = loaded.spreadsheet.sheets.map((sheet) => {
    const values = sheet.peekValues();
    let last = values.length;
    while (last > 1 && (values[last - 1] ?? []).every((value) => value === '' || value === null)) last--;
    const rows = values.slice(0, last).map((line, r) => {
      const cells = line.map((value) => (r === 0 ? `<th>${escapeHtml(display(value, zone))}</th>` : `<td>${escapeHtml(display(value, zone))}</td>`));
      return `<tr>${cells.join('')}</tr>`;
    });
    return `<h3>${escapeHtml(sheet.name)}</h3><table>${rows.join('')}</table>`;
  });
  const empty = sections.length === 0 ? '<p>This spreadsheet is empty: open NextRound on the right to set it up.</p>' : '';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sheet</title>${STYLE}${empty}${sections.join('')}</html>`;
}

export function draftsHtml(gmail: FakeGmail): string {
  const items = gmail.drafts.map(
    (draft) =>
      `<div class="draft" data-id="${escapeHtml(draft.id)}"><div><b>To:</b> ${escapeHtml(draft.message.headers.to ?? '')}</div>` +
      `<div><b>Subject:</b> ${escapeHtml(draft.message.headers.subject ?? '')}</div><pre>${escapeHtml(draft.message.parts[0]?.body ?? '')}</pre></div>`,
  );
  const intro = `<h3>Gmail drafts (${gmail.drafts.length})</h3><p>A stand-in for your Gmail Drafts folder: NextRound writes drafts, never sends them.</p>`;
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Gmail drafts</title>${STYLE}${intro}${items.join('') || '<p>No drafts yet.</p>'}</html>`;
}
