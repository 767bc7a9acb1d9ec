/**
 * The one time module: wall time ↔ instant in any IANA zone with RFC 5545's
 * DST policy (https://www.rfc-editor.org/rfc/rfc5545#section-3.3.5: a gap
 * moves forward by its length, an overlap takes the earlier instant), the
 * tracker's date and date-time texts, and day arithmetic. Pure: only Intl
 * and zod, so it runs unchanged in Node and Apps Script's V8.
 */
export { MINUTE_MS, HOUR_MS, DAY_MS, isRealDay, addDays, daysBetween } from './days.js';
export { assertTimeZone, isTimeZone, zoneOffsetMs, offsetsOf, cacheOffsetsPerDay, type ZoneOffsets } from './zone-offset.js';
export {
  wallTimeToInstant,
  instantToWallTime,
  wallMsToInstant,
  instantToWallMs,
  wallTimeToWallMs,
  wallMsToWallTime,
  normalizeWallMs,
  type WallTime,
  type Zone,
} from './wall-time.js';
export {
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  parseDate,
  parseDateTime,
  parseWallTime,
  isDateText,
  isDateTimeText,
  formatDate,
  formatDateTime,
  formatInstant,
  parseUtcOffset,
} from './formats.js';
export { readCellTime, readCellTimeOrNote, formatWallMsDate, formatWallMsDateTime, elapsedMs } from './cell-times.js';
export { WallDate, WallDateTime } from './schemas.js';
export { dateProblem, dateTimeProblem } from './date-problems.js';
