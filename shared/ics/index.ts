/**
 * .ics parsing and bounded recurrence expansion, the same in the sync
 * service and the add-on; each runtime fetches the bytes its own way.
 */
export { parseIcs } from './parse-ics.js';
export { decodeIcsBytes, unfoldText } from './unfold.js';
export type { IcsWindow, ParseIcsOptions, ParsedCalendar, ParsedOccurrence } from './types.js';
export { readRecurRule, type RecurRule } from './recur-rule.js';
export { expandRule } from './expand-rule.js';
export { WorkBudget, RecurrenceWorkExceeded } from './work-budget.js';
export { findLinks } from './event-fields.js';
