/**
 * Dates a person typed as text ("2026-03-08 14:30"). The one place the cell
 * model calls the wall-time parser, so that the time module can be swapped
 * in with one import.
 */
import { parseWallTime } from '../due/wall-time.js';
import { utcAxisMsToWall } from './serial.js';

/**
 * The wall time a typed text names, `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`
 * (seconds dropped), or null when it names none.
 *
 * @example readWallText('2026-03-08T14:30:00') === '2026-03-08 14:30'
 */
export function readWallText(text: string): string | null {
  let ms: number | null;
  try {
    ms = parseWallTime(text, 'cell');
  } catch {
    return null;
  }
  if (ms === null) return null;
  return utcAxisMsToWall(ms, /\d[ T]\d/.test(text.trim()));
}
