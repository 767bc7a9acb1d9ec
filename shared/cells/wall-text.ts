/** Dates a person typed as text ("2026-03-08 14:30"), read by the one time module. */
import { formatDate, formatDateTime, parseWallTime } from '../time/index.js';

/**
 * The wall time a typed text names, `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`
 * (seconds dropped), or null when it names none.
 *
 * @example readWallText('2026-03-08T14:30:00') === '2026-03-08 14:30'
 */
export function readWallText(text: string): string | null {
  const wall = parseWallTime(text);
  if (wall === null) return null;
  return /\d[ T]\d/.test(text.trim()) ? formatDateTime(wall) : formatDate(wall);
}
