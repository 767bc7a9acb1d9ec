/** Interviews that have ended and still wait for a debrief, newest first. */
import { DAY_MS, formatWallMsDateTime, readCellTimeOrNote } from '../time/index.js';
import { hasDebrief } from './debrief.js';

export interface AwaitingDebrief {
  interviewId: string;
  company: string;
  role: string;
  round: string;
  endedAt: string;
}

/**
 * Lists ended, not cancelled interviews with no debrief written, ended at
 * most `windowDays` ago (older imported history is not worth a reminder).
 * Saving a debrief removes its round from this list.
 */
export function listAwaitingDebrief(
  interviews: readonly Readonly<Record<string, unknown>>[],
  now: string,
  windowDays = 30,
): { items: AwaitingDebrief[]; problems: string[] } {
  const problems: string[] = [];
  const nowMs = readCellTimeOrNote(now, 'now', problems);
  const found: (AwaitingDebrief & { ms: number })[] = [];
  if (nowMs === null) return { items: [], problems };
  for (const row of interviews) {
    if (String(row.calendarStatus ?? '') === 'cancelled' || hasDebrief(row)) continue;
    const id = String(row.eventId ?? '');
    const end = readCellTimeOrNote(row.end, `Interviews row ${id} End`, problems) ?? readCellTimeOrNote(row.start, `Interviews row ${id} Start`, problems);
    if (end === null || end > nowMs || nowMs - end > windowDays * DAY_MS) continue;
    const text = (key: string) => String(row[key] ?? '').trim();
    found.push({ interviewId: id, company: text('company'), role: text('role'), round: text('round'), endedAt: formatWallMsDateTime(end), ms: end });
  }
  found.sort((a, b) => b.ms - a.ms || a.interviewId.localeCompare(b.interviewId));
  return { items: found.map(({ ms: _ms, ...item }) => item), problems };
}
