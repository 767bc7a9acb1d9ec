/**
 * "Going quiet": open applications with no news for `ghostAfterDays`,
 * suggested as Ghosted (one click in the sidebar, recorded in Stage
 * history like any stage change). News is what listDue counts for a
 * follow-up: applied, last update, a past interview, a follow-up drafted;
 * an interview still to come means the application is not quiet. A later
 * reply revives a Ghosted application (shared/reply/propose-reply.ts).
 */
import { parseDraftLog } from '../mail/draft-log.js';
import { daysBetween, formatWallMsDate, readCellTime, readCellTimeOrNote, type Zone } from '../time/index.js';
import type { DueSettings } from './due-settings.js';
import { groupInterviewsByApplication } from './link-rows.js';
import { stageIsOpen } from './row-tests.js';

type Row = Readonly<Record<string, unknown>>;

export interface QuietApplication {
  applicationId: string;
  company: string;
  role: string;
  stage: string;
  /** The last news, `YYYY-MM-DD`. */
  since: string;
  silentDays: number;
}

const OPEN = stageIsOpen();
const text = (value: unknown) => String(value ?? '').trim();

/** Lists the quiet applications, longest silence first (ties by company, then id). */
export function listGoingQuiet(input: {
  applications: readonly Row[];
  interviews: readonly Row[];
  now: string;
  settings: Pick<DueSettings, 'ghostAfterDays'>;
  timeZone?: Zone;
}): QuietApplication[] {
  const zone = input.timeZone ?? 'UTC';
  const now = readCellTime(input.now, 'now', zone)!;
  const quietly = (value: unknown) => readCellTimeOrNote(value, '', [], zone);
  const byApplication = groupInterviewsByApplication(input.applications, input.interviews);
  const found: QuietApplication[] = [];
  for (const row of input.applications) {
    const stage = text(row.stage);
    // Wishlist was never sent, Offer waits on the person: neither goes quiet.
    if (!OPEN.holds(row) || stage === 'Wishlist' || stage === 'Offer' || stage === '') continue;
    let latest = Math.max(quietly(row.appliedOn) ?? -Infinity, quietly(row.lastUpdate) ?? -Infinity);
    let upcoming = false;
    for (const interview of byApplication.get(text(row.id)) ?? []) {
      if (text(interview.calendarStatus) === 'cancelled') continue;
      const moment = quietly(interview.end) ?? quietly(interview.start);
      if (moment === null) continue;
      if (moment > now) upcoming = true;
      else latest = Math.max(latest, moment);
    }
    for (const draft of parseDraftLog(row.drafts)) if (draft.kind === 'follow-up') latest = Math.max(latest, quietly(draft.createdAt) ?? -Infinity);
    if (upcoming || latest === -Infinity) continue;
    const silentDays = daysBetween(latest, now);
    if (silentDays < input.settings.ghostAfterDays) continue;
    found.push({ applicationId: text(row.id), company: text(row.company), role: text(row.role), stage, since: formatWallMsDate(latest), silentDays });
  }
  return found.sort((a, b) => b.silentDays - a.silentDays || a.company.localeCompare(b.company) || a.applicationId.localeCompare(b.applicationId));
}
