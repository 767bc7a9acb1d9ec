/**
 * The sync service parses .ics with the shared code (shared/ics), the same
 * the add-on runs on what UrlFetchApp returns; only fetching is the server's.
 */
export { parseIcs } from '../../shared/ics/index.js';
export type { ParsedCalendar } from '../../shared/ics/index.js';
