/**
 * Why the last import left events out, folded away under one line ("Skipped
 * 12 events: why"): each reason with how many and a title or two, and how
 * many more were skipped for reasons not listed. A native <details>, so it
 * opens by keyboard; all text is set as text.
 */
import type { CalendarPassView } from '../../api/views.js';
import { h } from '../dom.js';
import { skippedExamples, skippedOther, skippedSummary } from './calendar-text.js';

export function skippedList(pass: Pick<CalendarPassView, 'skipped' | 'moreSkipped'>): Node[] {
  const total = pass.skipped.reduce((sum, entry) => sum + entry.count, 0) + pass.moreSkipped;
  if (total === 0) return [];
  const rows = pass.skipped.map((entry) =>
    h(
      'li',
      { className: 'item small' },
      h('div', {}, `${entry.count} × ${entry.reason}`),
      entry.titles.length > 0 ? h('div', { className: 'muted' }, skippedExamples(entry.titles)) : null,
    ),
  );
  if (pass.moreSkipped > 0) rows.push(h('li', { className: 'item small muted' }, skippedOther(pass.moreSkipped)));
  return [h('details', { id: 'import-skipped', className: 'small' }, h('summary', {}, skippedSummary(total)), h('ul', { className: 'list' }, ...rows))];
}
