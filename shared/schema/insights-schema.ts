/**
 * The Insights sheet: rebuilt whole by "Look back", in a long layout a person
 * can filter and chart (one section per block, one row per item). The add-on
 * owns it; it never reads it back.
 */
import type { SheetSpec } from './types.js';

export const INSIGHTS: SheetSpec = {
  key: 'insights',
  name: 'Insights',
  idKey: 'key',
  columns: [
    // Section + item, e.g. "funnel/Screening": stable across rebuilds for lookups from the person's own formulas.
    { key: 'key', header: 'Key', type: 'id', owner: 'addon', required: true, hidden: true },
    { key: 'section', header: 'Section', type: 'text', owner: 'addon', required: true, width: 130 },
    { key: 'item', header: 'Item', type: 'text', owner: 'addon', required: true, width: 220 },
    { key: 'value', header: 'Value', type: 'number', owner: 'addon', required: true, width: 80 },
    { key: 'outOf', header: 'Out of', type: 'number', owner: 'addon', width: 80 },
    { key: 'rate', header: 'Rate', type: 'number', owner: 'addon', width: 80 },
    { key: 'medianDays', header: 'Median days', type: 'number', owner: 'addon', width: 100 },
    { key: 'examples', header: 'Examples', type: 'longtext', owner: 'addon', width: 320 },
  ],
};
